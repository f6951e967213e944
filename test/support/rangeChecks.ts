import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../../server/src/engine/lint';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (inside an emoji). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/**
 * Every problem, in UTF-16 offsets: inside the text, start ≤ end, never inside a surrogate pair or
 * between \r and \n, and every fix's edits inside the problem's own range. Returns what is wrong
 * (empty when all is well), naming rules and offsets only, never the text.
 */
export function problemRangeErrors(text: string, result: LintResult): string[] {
  const errors: string[] = [];
  const boundaryError = (offset: number) =>
    splitsSurrogatePair(text, offset) ? 'splits a surrogate pair' : offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? 'splits a CRLF' : '';
  for (const p of result.problems) {
    const where = `${p.ruleId} [${p.start}, ${p.end}) in ${text.length}`;
    if (!(Number.isInteger(p.start) && Number.isInteger(p.end) && 0 <= p.start && p.start <= p.end && p.end <= text.length)) {
      errors.push(`${where}: outside the text`);
      continue;
    }
    for (const offset of [p.start, p.end]) {
      const problem = boundaryError(offset);
      if (problem) errors.push(`${where}: offset ${offset} ${problem}`);
    }
    for (const fix of p.fixes) {
      for (const edit of fix.edits) {
        if (!(p.start <= edit.start && edit.start <= edit.end && edit.end <= p.end)) {
          errors.push(`${where}: fix "${fix.title}" edits [${edit.start}, ${edit.end}) outside the finding`);
        }
      }
    }
  }
  return errors;
}

/** Every LSP range is a real position of the document: line inside it, character inside the line (not in its line break). */
export function diagnosticRangeErrors(document: TextDocument, diagnostics: Diagnostic[]): string[] {
  const errors: string[] = [];
  for (const d of diagnostics) {
    for (const [name, position] of [['start', d.range.start], ['end', d.range.end]] as const) {
      const valid =
        Number.isInteger(position.line) &&
        Number.isInteger(position.character) &&
        position.line >= 0 &&
        position.line < document.lineCount &&
        position.character >= 0;
      const roundTrip = valid ? document.positionAt(document.offsetAt(position)) : null;
      if (!roundTrip || roundTrip.line !== position.line || roundTrip.character !== position.character) {
        errors.push(`${String(d.code)} ${name} ${position.line}:${position.character} is not a position of the document (${document.lineCount} lines)`);
      }
    }
    if (document.offsetAt(d.range.start) > document.offsetAt(d.range.end)) errors.push(`${String(d.code)} range ends before it starts`);
  }
  return errors;
}
