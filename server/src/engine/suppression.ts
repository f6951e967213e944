import type { LetterModel } from '../model/letterModel';

/**
 * Markdown-native suppression comments (invisible in the rendered letter):
 *   <!-- signpost-disable-file -->                 nothing in this file is reported
 *   <!-- signpost-disable-next-line [rule ...] --> the next line
 *   <!-- signpost-disable-line [rule ...] -->      the comment's own line
 *   <!-- signpost-disable [rule ...] --> … <!-- signpost-enable [rule ...] -->
 * Without rule ids a directive covers every rule.
 */
const DIRECTIVE = /^signpost-(disable-file|disable-next-line|disable-line|disable|enable)\b\s*([\s\S]*)$/;

interface LineRange {
  from: number;
  to: number;
  rules: Set<string> | 'all';
}

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

export function readSuppressions(model: LetterModel): Suppressions {
  const ranges: LineRange[] = [];
  const open = new Map<string, number>(); // rule id or '*' → line where disabled
  let fileDisabled = false;
  for (const comment of model.comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const ids = match[2]
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean);
    const rules: Set<string> | 'all' = ids.length ? new Set(ids) : 'all';
    const endLine = model.lines.lineAt(comment.end);
    switch (match[1]) {
      case 'disable-file':
        fileDisabled = true;
        break;
      case 'disable-next-line':
        ranges.push({ from: endLine + 1, to: endLine + 1, rules });
        break;
      case 'disable-line':
        ranges.push({ from: comment.line, to: endLine, rules });
        break;
      case 'disable':
        for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, comment.line);
        break;
      case 'enable':
        for (const id of ids.length ? ids : [...open.keys()]) {
          const from = open.get(id);
          if (from === undefined) continue;
          ranges.push({ from, to: comment.line, rules: id === '*' ? 'all' : new Set([id]) });
          open.delete(id);
        }
        break;
    }
  }
  for (const [id, from] of open) ranges.push({ from, to: Infinity, rules: id === '*' ? 'all' : new Set([id]) });
  return {
    isSuppressed(ruleId, line) {
      if (fileDisabled) return true;
      return ranges.some((r) => line >= r.from && line <= r.to && (r.rules === 'all' || r.rules.has(ruleId)));
    },
  };
}

export function disableNextLineComment(ruleId: string): string {
  return `<!-- signpost-disable-next-line ${ruleId} -->`;
}
