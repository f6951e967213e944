import type { LetterInfo } from '../../../shared/settings';
import { LETTER_TYPE_LABELS } from '../model/letterTypes';
import type { DocumentLint } from './documentLinter';
import { deadlinesOf } from './deadlines';
import { formatLongDate } from '../time/calendar';

export function letterInfo(linted: DocumentLint | undefined): LetterInfo {
  const inference = linted?.result?.model.inference;
  if (!inference) {
    return { isLetter: false, stage: null, letterType: 'not-a-letter', letterTypeLabel: LETTER_TYPE_LABELS['not-a-letter'], source: 'none', evidence: [], nextDeadline: null };
  }
  return {
    isLetter: inference.isLetter,
    stage: inference.stage,
    letterType: inference.letterType,
    letterTypeLabel: LETTER_TYPE_LABELS[inference.letterType],
    source: inference.source,
    // Line numbers and reasons only: the reasons are Signpost's words, never the letter's text.
    evidence: inference.evidence.slice(0, 20).map((e) => ({ line: e.line, reason: e.reason })),
    nextDeadline: nextDeadline(linted),
  };
}

/** The first statutory deadline of the letter's own stage (due, then latest). */
function nextDeadline(linted: DocumentLint | undefined): string | null {
  const deadlines = deadlinesOf(linted);
  const first = deadlines?.deadlines.find((d) => d.from === deadlines.anchor);
  return first ? `${first.label} ${formatLongDate(first.date)}` : null;
}
