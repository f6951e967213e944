/** What bench/bench.ts and its editor-like client process (bench/editor.ts) share. */
import { readFileSync } from 'node:fs';

export const URI = 'file:///tmp/signpost-bench/letter.md';
/** The benchmark lints every size fully: the size limit is raised above the 50,000-line letter. */
export const SETTINGS = { lintDelayMs: 0, maxDocumentSizeKb: 100_000 };

export interface EditorMeasures {
  coldStart: Stats;
  roundTrip: Stats;
  peakRssMb: number | null;
}

export interface Stats {
  median: number;
  p95: number;
  min: number;
  samples: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { median: rank(0.5), p95: rank(0.95), min: sorted[0], samples: sorted.length };
}

/** Typing at a cursor in the middle of the letter, one character per change (as an editor sends it). */
export class Typist {
  private typed = 0;
  private static readonly WORDS = ' The team manager will write to you again.';
  constructor(private line: number, private character: number) {}
  next(): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
    const ch = Typist.WORDS[this.typed++ % Typist.WORDS.length];
    const at = { line: this.line, character: this.character++ };
    return { range: { start: at, end: at }, text: ch };
  }
}

export function middleProseLine(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
    const content = lines[i].replace(/\r$/, '');
    if (/^[A-Z][a-z]/.test(content) && content.length > 20) return { line: i, character: content.length };
  }
  return { line: 0, character: 0 };
}

export function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null; // not Linux
  }
}

