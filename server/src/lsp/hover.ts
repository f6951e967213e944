import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLint } from './documentLinter';
import { ruleDocUri } from '../docs/ruleDocs';
import { timelineOf } from '../model/timeline';
import { calendarFor } from '../engine/lint';
import { formatLongDate } from '../time/calendar';
import { deadlinesOf } from './deadlines';

/** Hover on a flagged phrase: what is wrong, the rule, and where the law or the Ombudsman says so. */
export function hover(document: TextDocument, linted: DocumentLint, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const problems = (linted.result?.problems ?? []).filter((p) => p.start <= offset && offset <= p.end);
  if (problems.length === 0) return dateHover(document, linted, offset);
  const sections = problems.map(
    (p) =>
      `**Signpost: ${p.title}** (\`${p.ruleId}\`, ${p.severity})\n\n${p.message}\n\n*Source:* ${p.citation}\n\n[About this rule](${ruleDocUri(p.ruleId)})`,
  );
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: document.positionAt(problems[0].start), end: document.positionAt(problems[0].end) },
  };
}

/** Hover on a recognised date: which day of the week, whether it is a working day, and how far it is from the anchor. */
function dateHover(document: TextDocument, linted: DocumentLint, offset: number): Hover | null {
  const model = linted.result?.model;
  if (!model?.inference.isLetter) return null;
  const found = timelineOf(model).dates.find((d) => d.start <= offset && offset <= d.end && d.date);
  if (!found?.date) return null;
  const calendar = calendarFor(linted.options.nonWorkingDays ?? []);
  const lines = [`**${formatLongDate(found.date)}**`];
  const reason = calendar.nonWorkingReason(found.date);
  if (reason) lines.push(`Not a working day: ${reason}.`);
  const anchor = deadlinesOf(linted)?.anchor;
  if (anchor && anchor.start !== found.start) {
    const days = calendar.workingDaysBetween(anchor.date, found.date);
    lines.push(`${Math.abs(days)} working day${Math.abs(days) === 1 ? '' : 's'} ${days >= 0 ? 'after' : 'before'} ${formatLongDate(anchor.date)} (counting that day as day 0).`);
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: { start: document.positionAt(found.start), end: document.positionAt(found.end) },
  };
}
