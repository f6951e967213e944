import type { Finding, Rule } from '../types';
import type { LetterModel } from '../../model/letterModel';
import { datesWithin, timelineOf, type AnchorName } from '../../model/timeline';
import { statedPeriods, topicOf, type PeriodTopic } from './periods';
import { LAW, TIMESCALE_CITATION } from './law';
import { formatLike } from './dateFormat';
import { formatLongDate } from '../../time/calendar';
import { sentenceContaining } from '../../model/voice';

/** The anchor each timescale counts from. */
const COUNTS_FROM: Record<PeriodTopic, AnchorName> = {
  stage1: 'received',
  stage2: 'stage2Requested',
  panelMeeting: 'stage3Requested',
  panelReport: 'panelDate',
  finalResponse: 'panelDate',
  requestWindow: 'letterDate',
};

const ANCHOR_WORDS: Record<AnchorName, string> = {
  letterDate: 'the date of this letter',
  received: 'the complaint was received',
  stage2Requested: 'stage 2 was requested',
  stage3Requested: 'the panel was requested',
  panelDate: 'the panel met',
};

const PERIOD_BEFORE = /\b(?:within|in|up\s+to|no\s+later\s+than|no\s+more\s+than)\s*$/i;
const DATE_OF_PERIOD =
  /^(?:\s+of\s+(?:your|the|this|receiv\w+|our)\b[^.;]{0,50}?)?[\s,;:(\u2013\u2014-]*(?:(?:that\s+is|i\.e\.|which\s+(?:is|will\s+be|would\s+be|means)|so|meaning)\s*[,:]?\s*)?(?:(?:by|on|before|no\s+later\s+than|on\s+or\s+before)\s+)?$/i;

export const deadlineDateWrong: Rule = {
  meta: {
    id: 'time/deadline-date-wrong',
    title: 'Deadline date miscalculated',
    defaultSeverity: 'error',
    citation: `${TIMESCALE_CITATION}; working days per reg 2 with the England and Wales bank holidays (GOV.UK)`,
    description:
      'A date the letter gives with a number of working days (“within 20 working days, by 12 June 2025”) must be that many working days from its starting point, counting the day of receipt as day 0 and skipping weekends, Christmas, Boxing Day, Good Friday and bank holidays (and configured closure days). A date the council commits to for its own step must not be later than the law allows.',
    appliesTo: 'any-letter',
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        {
          letter: 'stage2-adjudication',
          frontMatter: ['date: 2024-06-05'],
          text: 'If you are not satisfied, you can ask for a Stage 3 Review Panel by writing to us within 20 working days, that is by 28 June 2024.',
        },
        {
          letter: 'stage2-acknowledgement',
          frontMatter: ['requested: 2024-04-30'],
          text: 'We will send you the outcome of the stage 2 investigation within 25 working days, by 4 June 2024.',
        },
        {
          letter: 'stage2-acknowledgement',
          frontMatter: ['requested: 2024-04-30'],
          text: 'We will complete the stage 2 investigation and send you our response by 30 August 2024.',
        },
      ],
      correct: [
        {
          letter: 'stage2-adjudication',
          frontMatter: ['date: 2024-06-05'],
          text: 'If you are not satisfied, you can ask for a Stage 3 Review Panel by writing to us within 20 working days, that is by 3 July 2024.',
        },
        {
          letter: 'stage2-acknowledgement',
          frontMatter: ['requested: 2024-04-30'],
          text: 'We will send you the outcome of the stage 2 investigation within 25 working days, by 6 June 2024.',
        },
      ],
    },
  },
  check(model, { calendar }) {
    const timeline = timelineOf(model);
    const findings: Finding[] = [];
    const checked = new Set<number>();
    // 1. A date stated together with its number of working days.
    for (const period of statedPeriods(model)) {
      if (period.unit !== 'working-day') continue;
      const anchor = timeline.anchors[COUNTS_FROM[period.topic]];
      if (!anchor) continue;
      for (const found of datesWithin(timeline, period.sentence)) {
        if (!found.date || found.start < period.end) continue;
        if (anchor.start === found.start) continue;
        // Only a date given as that period's end: "within 20 working days, that is by 3 July", not
        // "longer than 25 working days … a new date of 29 November".
        if (!PERIOD_BEFORE.test(model.voice.slice(period.sentence.start, period.start))) continue;
        if (!DATE_OF_PERIOD.test(model.voice.slice(period.end, found.start))) continue;
        checked.add(found.start);
        const expected = calendar.addWorkingDays(anchor.date, period.amount);
        // A later date for the complainant's own window is generous (post takes time), not wrong.
        const wrong = period.topic === 'requestWindow' ? found.date < expected : found.date.getTime() !== expected.getTime();
        if (!wrong) continue;
        findings.push(dateFinding(this.meta.id, model, found, expected, `${period.amount} working days after ${ANCHOR_WORDS[anchor.name]} (${formatLongDate(anchor.date)}) is ${formatLongDate(expected)}, not ${formatLongDate(found.date)}.`));
      }
    }
    // 2. A date the council commits to for its own step, later than the law allows.
    for (const deadline of timeline.deadlines) {
      if (checked.has(deadline.start)) continue;
      const sentence = sentenceContaining(model.sentences, deadline);
      if (!sentence) continue;
      const topic = topicOf(sentence.text, model.voice.slice(deadline.end, sentence.end), model);
      if (!topic || topic === 'requestWindow') continue;
      const anchor = timeline.anchors[COUNTS_FROM[topic]];
      if (!anchor) continue;
      const latest = calendar.addWorkingDays(anchor.date, LAW[topic].max);
      if (deadline.date <= latest) continue;
      const found = timeline.dates.find((d) => d.start === deadline.start)!;
      findings.push(
        dateFinding(this.meta.id, model, found, latest, `${formatLongDate(deadline.date)} is later than the law allows: ${LAW[topic].says}; from ${formatLongDate(anchor.date)} (${ANCHOR_WORDS[anchor.name]}) the latest is ${formatLongDate(latest)}.`),
      );
    }
    return findings;
  },
};

function dateFinding(ruleId: string, model: LetterModel, found: { start: number; end: number; raw: string }, expected: Date, message: string): Finding {
  const replacement = formatLike(model.text.slice(found.start, found.end), expected);
  return {
    ruleId,
    start: found.start,
    end: found.end,
    message,
    fixes: [{ title: `Change to ${replacement}`, edits: [{ start: found.start, end: found.end, newText: replacement }], preferred: true, safe: false }],
  };
}
