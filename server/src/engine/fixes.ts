import type { Fix, TextEdit } from '../rules/types';
import { lint, type LintOptions, type Problem } from './lint';

/** Applies non-overlapping edits; overlapping ones are a programming error and throw. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit || edit.start > edit.end || edit.start < 0 || edit.end > text.length) {
      throw new Error('Overlapping or out-of-range edits');
    }
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

/** The fix "fix all" would use for a problem: its preferred safe fix, if it has one. */
export function safeFixOf(problem: Problem): Fix | undefined {
  return problem.fixes.find((fix) => fix.safe && fix.preferred) ?? problem.fixes.find((fix) => fix.safe);
}

/**
 * Picks the safe fixes of one lint pass that can be applied together: no two touching the same
 * text, and at most one per paragraph group (two rules may both want to insert the panel paragraph).
 */
export function compatibleSafeFixes(problems: readonly Problem[]): Fix[] {
  const chosen: Fix[] = [];
  const groups = new Set<string>();
  let lastEnd = -1;
  const candidates = problems
    .map(safeFixOf)
    .filter((fix): fix is Fix => Boolean(fix))
    .sort((a, b) => editStart(a) - editStart(b));
  for (const fix of candidates) {
    const start = editStart(fix);
    if (start < lastEnd || (start === lastEnd && isInsertion(fix))) continue;
    if (fix.group && groups.has(fix.group)) continue;
    chosen.push(fix);
    if (fix.group) groups.add(fix.group);
    lastEnd = Math.max(...fix.edits.map((edit) => edit.end));
  }
  return chosen;
}

const MAX_PASSES = 10;

/** Applies every safe fix, re-linting between passes until nothing changes (so it is idempotent). */
export function fixAll(text: string, options: LintOptions = {}): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = compatibleSafeFixes(lint(current, options).problems);
    if (fixes.length === 0) break;
    current = applyEdits(current, fixes.flatMap((fix) => fix.edits));
    fixed += fixes.length;
  }
  return { text: current, fixed };
}

function editStart(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.start));
}

function isInsertion(fix: Fix): boolean {
  return fix.edits.every((edit) => edit.start === edit.end);
}
