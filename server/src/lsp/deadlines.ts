import type { DocumentLint } from './documentLinter';
import { timelineOf } from '../model/timeline';
import { letterDeadlines, type LetterDeadlines } from '../time/deadlines';
import { calendarFor } from '../engine/lint';
import { formatLongDate, toIsoDate } from '../time/calendar';
import type { Span } from '../model/text';

/** The custom request the client uses for "Signpost: Show Statutory Deadlines". */
export const DEADLINES_REQUEST = 'signpost/deadlines';

export interface DeadlinesView {
  anchor: { label: string; date: string; line: number } | null;
  deadlines: { label: string; date: string; iso: string; workingDays: number; from: string }[];
  letterDay: number | null;
  summary: string | null;
  /** Where the code lens goes (the anchor date). */
  anchorSpan: Span | null;
}

const ANCHOR_LABELS = {
  letterDate: 'letter date',
  received: 'complaint received',
  stage2Requested: 'stage 2 requested',
  stage3Requested: 'panel requested',
  panelDate: 'panel met',
} as const;

export function deadlinesOf(linted: DocumentLint | undefined): (LetterDeadlines & { view: DeadlinesView }) | null {
  const model = linted?.result?.model;
  if (!linted || !model || !model.inference.isLetter) return null;
  const calendar = calendarFor(linted.options.nonWorkingDays ?? []);
  const computed = letterDeadlines(model.inference.stage, model.inference.letterType, timelineOf(model), calendar);
  const deadlines = computed.deadlines.map((d) => ({
    label: d.label,
    date: formatLongDate(d.date),
    iso: toIsoDate(d.date),
    workingDays: d.workingDays,
    from: ANCHOR_LABELS[d.from.name],
  }));
  const own = computed.deadlines.filter((d) => d.from === computed.anchor);
  const parts = own.map((d, index) => (index === 0 ? `${d.label} ${formatLongDate(d.date)} (${d.workingDays} working days)` : `${shortLabel(d.label)} ${formatLongDate(d.date)} (${d.workingDays})`));
  if (computed.letterDay !== null) parts.push(`this letter: day ${computed.letterDay}`);
  return {
    ...computed,
    view: {
      anchor: computed.anchor
        ? { label: ANCHOR_LABELS[computed.anchor.name], date: formatLongDate(computed.anchor.date), line: model.lines.lineAt(computed.anchor.start) }
        : null,
      deadlines,
      letterDay: computed.letterDay,
      summary: parts.length ? parts.join(' · ') : null,
      anchorSpan: computed.anchor ? { start: computed.anchor.start, end: computed.anchor.end } : null,
    },
  };
}

function shortLabel(label: string): string {
  return /latest/i.test(label) ? 'latest' : label.toLowerCase();
}
