import type { LetterModel } from './letterModel';
import { firstStartingAtOrAfter, type Span } from './text';
import { parseUkDate, type FoundDate } from '../time/dates';
import { letterDateOf, withLetterDate, type Anchor } from '../time/anchors';
import type { Stage } from './letterTypes';

/**
 * The dates a letter states and what they are (its own date, when the complaint or the next stage
 * was asked for, when the panel met), from front matter first and then from the council's own
 * words. Computed on demand and memoised per model, so letters that no rule dates cost nothing.
 */
export type AnchorName = 'letterDate' | 'received' | 'stage2Requested' | 'stage3Requested' | 'panelDate';

export interface DatedAnchor extends Span {
  name: AnchorName;
  date: Date;
  source: 'front-matter' | 'text';
}

export interface Timeline {
  /** Every date in the council's own words (quoted dates are the complainant's, not anchors). */
  dates: FoundDate[];
  anchors: Partial<Record<AnchorName, DatedAnchor>>;
  /** Dates the council gives as deadlines ("please let us know by …"). */
  deadlines: Anchor[];
  /** Dates that cannot exist ("31/02/2025"), in the text or the front matter. */
  impossible: (Span & { problem: string })[];
}

const memo = new WeakMap<LetterModel, Timeline>();

/** The timeline's dates inside the span (the dates are in document order: binary search, then a short walk). */
export function datesWithin(timeline: Timeline, span: Span): FoundDate[] {
  const dates = timeline.dates;
  const within: FoundDate[] = [];
  for (let i = firstStartingAtOrAfter(dates, span.start); i < dates.length && dates[i].start < span.end; i++) if (dates[i].end <= span.end) within.push(dates[i]);
  return within;
}

export function timelineOf(model: LetterModel): Timeline {
  let timeline = memo.get(model);
  if (!timeline) {
    timeline = buildTimeline(model);
    memo.set(model, timeline);
  }
  return timeline;
}

function buildTimeline(model: LetterModel): Timeline {
  const dates: FoundDate[] = [];
  model.blocks.forEach((block, index) => {
    for (const found of model.blockDates(index)) dates.push({ ...found, start: block.start + found.start, end: block.start + found.end });
  });
  const anchors: Timeline['anchors'] = {};
  const impossible: Timeline['impossible'] = [];
  for (const found of dates) if (!found.date && found.problem) impossible.push({ start: found.start, end: found.end, problem: found.problem });

  // Front matter first: it is the officer's explicit statement.
  const stage: Stage | null = model.inference.stage;
  const frontMatterDates = model.frontMatter?.dates ?? {};
  const fromFrontMatter: [keyof typeof frontMatterDates, AnchorName | null][] = [
    ['date', 'letterDate'],
    ['received', 'received'],
    ['requested', stage === 3 ? 'stage3Requested' : stage === 2 ? 'stage2Requested' : stage === 1 ? 'received' : null],
    ['panel', 'panelDate'],
  ];
  for (const [key, name] of fromFrontMatter) {
    const entry = frontMatterDates[key];
    if (!entry) continue;
    const parsed = parseUkDate(entry.raw);
    if (!parsed) {
      impossible.push({ ...entry.span, problem: `Front matter "${key}: ${entry.raw}" is not a date Signpost can read: write it as 2025-03-03 or 3 March 2025.` });
    } else if ('problem' in parsed) {
      impossible.push({ ...entry.span, problem: parsed.problem });
    } else if (name && !anchors[name]) {
      anchors[name] = { name, date: parsed.date, start: entry.span.start, end: entry.span.end, source: 'front-matter' };
    }
  }

  // The letter's date is told by where it stands in the letter; every other date by its own
  // sentence, which stays inside its block, so each block's dates are classified once per block text.
  const classified: Anchor[] = [];
  model.blocks.forEach((block, index) => {
    for (const anchor of model.blockAnchors(index)) classified.push({ ...anchor, start: block.start + anchor.start, end: block.start + anchor.end });
  });
  const deadlines: Anchor[] = [];
  for (const anchor of withLetterDate(letterDateOf(model.voice, dates), classified)) {
    if (anchor.kind === 'deadline') {
      deadlines.push(anchor);
      continue;
    }
    const name = anchor.kind as AnchorName;
    if (!anchors[name]) anchors[name] = { name, date: anchor.date, start: anchor.start, end: anchor.end, source: 'text' };
  }
  return { dates, anchors, deadlines, impossible };
}
