/**
 * Offsets everywhere in the core are UTF-16 code-unit offsets into the document text, which is what
 * JavaScript strings index and what LSP positions count by default. Lines end at \n; a preceding \r
 * belongs to the line ending, never to the line's content.
 */

export interface Span {
  start: number;
  end: number;
}

/** The index of the first span starting at or after `offset` (spans in document order), or their length. */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Zero-based line containing the offset (offsets past the end clamp to the last line). */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[line] + Math.max(0, character), this.lineContentEnd(line));
  }

  /** Offset just before the line's ending (\n or \r\n). */
  lineContentEnd(line: number): number {
    const hasNext = line + 1 < this.lineStarts.length;
    const end = hasNext ? this.lineStarts[line + 1] - 1 : this.text.length;
    return hasNext && end > this.lineStarts[line] && this.text[end - 1] === '\r' ? end - 1 : end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineContentEnd(line));
  }
}

/** The line ending the document mostly uses, so inserted text matches it. */
export function detectEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * Returns the text with every character inside the given spans (except line breaks) replaced by a
 * space. Offsets and line numbers of the result match the original exactly.
 */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, cursor);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    out += text.slice(cursor, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    cursor = end;
  }
  return out + text.slice(cursor);
}
