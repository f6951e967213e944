import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll as fixAllText } from '../engine/fixes';
import type { LintOptions } from '../engine/lint';

export interface FixAllResult {
  fixed: number;
  /** One edit covering only the changed region, so the rest of the letter (and the cursor) is untouched. */
  edit: TextEdit | null;
}

export function fixAll(document: TextDocument, options: LintOptions): FixAllResult {
  const before = document.getText();
  const { text: after, fixed } = fixAllText(before, options);
  if (after === before) return { fixed: 0, edit: null };
  let prefix = 0;
  const limit = Math.min(before.length, after.length);
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair (an emoji) between the kept and the replaced text.
  const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
  const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    fixed,
    edit: {
      range: { start: document.positionAt(prefix), end: document.positionAt(before.length - suffix) },
      newText: after.slice(prefix, after.length - suffix),
    },
  };
}
