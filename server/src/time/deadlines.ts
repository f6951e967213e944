import type { LetterType, Stage } from '../model/letterTypes';
import type { DatedAnchor, Timeline } from '../model/timeline';
import type { WorkingDayCalendar } from './calendar';

/**
 * The statutory timescales (SI 2006/1738; Getting the Best from Complaints; LGSCO decisions), in
 * working days, and the deadlines they give a letter. One table, used by the rules, the code lens,
 * the status bar and `signpost deadlines`.
 */
export const TIMESCALES = {
  stage1: { due: 10, latest: 20 },
  stage2: { due: 25, latest: 65 },
  panelMeeting: 30,
  panelReport: 5,
  finalResponseAfterReport: 15,
  finalResponseAfterPanel: 20,
  requestWindow: 20,
} as const;

export interface Deadline {
  label: string;
  from: DatedAnchor;
  workingDays: number;
  date: Date;
}

export interface LetterDeadlines {
  /** The date the letter's own stage is counted from. */
  anchor: DatedAnchor | null;
  deadlines: Deadline[];
  /** The letter's date as a working day counted from the anchor (day 0 = the anchor). */
  letterDay: number | null;
  /** The statutory maximum for the letter's own stage, when it has one. */
  latest: Deadline | null;
}

const STAGE_TYPES: Record<Stage, readonly LetterType[]> = {
  1: ['stage1-response'],
  2: ['stage2-acknowledgement', 'stage2-extension', 'stage2-adjudication'],
  3: ['stage3-arrangements', 'stage3-final-response'],
};

export function letterDeadlines(stage: Stage | null, letterType: LetterType, timeline: Timeline, calendar: WorkingDayCalendar): LetterDeadlines {
  const { anchors } = timeline;
  const deadlines: Deadline[] = [];
  const add = (label: string, from: DatedAnchor | undefined, workingDays: number): Deadline | null => {
    if (!from) return null;
    const deadline = { label, from, workingDays, date: calendar.addWorkingDays(from.date, workingDays) };
    deadlines.push(deadline);
    return deadline;
  };
  let anchor: DatedAnchor | null = null;
  let latest: Deadline | null = null;
  const isStage = (s: Stage) => stage === s && (STAGE_TYPES[s].includes(letterType) || letterType === 'refusal' || letterType === 'unknown-letter');
  if (isStage(1)) {
    anchor = anchors.received ?? null;
    add('Stage 1 response due', anchors.received, TIMESCALES.stage1.due);
    latest = add('Stage 1 latest (complex complaint)', anchors.received, TIMESCALES.stage1.latest);
  } else if (isStage(2)) {
    anchor = anchors.stage2Requested ?? null;
    add('Stage 2 due', anchors.stage2Requested, TIMESCALES.stage2.due);
    latest = add('Stage 2 latest (with an extension)', anchors.stage2Requested, TIMESCALES.stage2.latest);
  } else if (isStage(3)) {
    anchor = anchors.panelDate ?? anchors.stage3Requested ?? null;
    add('Review Panel must meet by', anchors.stage3Requested, TIMESCALES.panelMeeting);
    add('Panel report due', anchors.panelDate, TIMESCALES.panelReport);
    latest = add('Final response due', anchors.panelDate, TIMESCALES.finalResponseAfterPanel);
  }
  if (anchors.letterDate && (stage === 1 || stage === 2) && letterType !== 'refusal') {
    add(`Complainant can ask for stage ${stage + 1} until about`, anchors.letterDate, TIMESCALES.requestWindow);
  }
  const letterDay = anchor && anchors.letterDate ? calendar.workingDaysBetween(anchor.date, anchors.letterDate.date) : null;
  return { anchor, deadlines, letterDay, latest: stage === 3 && letterType !== 'stage3-final-response' ? null : latest };
}
