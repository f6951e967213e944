import type { Rule } from '../types';
import { timelineOf } from '../../model/timeline';
import { letterDeadlines } from '../../time/deadlines';
import { formatLongDate } from '../../time/calendar';
import { paragraphText } from '../helpers';

const APOLOGY = /\b(?:sorry|apologi[sz]e\w*|apology|apologies)\b/i;
const FOR_DELAY =
  /\b(?:delay\w*|late|later\s+than|longer\s+than|time\s+(?:it\s+has\s+|it\s+)?(?:taken|took)|timescales?|time\s*limits?|overdue|outside\s+(?:the\s+)?(?:statutory\s+)?(?:time|timescale)|not\s+(?:respond|meet|complet)\w*\s+(?:in|within|on)\s+time)\b/i;
const SALUTATION = /^\s*Dear\b/i;

export const overdueNoApology: Rule = {
  meta: {
    id: 'time/overdue-no-apology',
    title: 'Late response with no apology for the delay',
    defaultSeverity: 'warning',
    citation:
      'LGSCO Barking & Dagenham 23 018 689 (£150 for delay at stage 2); Cumberland 24 004 450; West Sussex 24 018 419; Worcestershire 22 003 365; Bexley 24 016 952 (140 working days at stage 2); timescales per SI 2006/1738 and Getting the Best from Complaints',
    description:
      'A response dated after the statutory maximum for its stage (stage 1: 20 working days after the complaint was received; stage 2: 65 working days after it was requested; stage 3: 20 working days after the panel) must acknowledge the delay and apologise for it. The quick fix inserts an apology saying how many working days late the response is.',
    appliesTo: ['stage1-response', 'stage2-adjudication', 'stage3-final-response'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        {
          letter: 'stage2-adjudication',
          frontMatter: ['requested: 2024-04-30', 'date: 2024-11-15'],
          text: 'I enclose the Investigating Officer’s report and the Independent Person’s report. You can ask for a Stage 3 Review Panel within 20 working days by writing to us.',
        },
      ],
      correct: [
        {
          letter: 'stage2-adjudication',
          frontMatter: ['requested: 2024-04-30', 'date: 2024-11-15'],
          text: 'I apologise that this response is much later than the 65 working days the law allows. I enclose the Investigating Officer’s report and the Independent Person’s report. You can ask for a Stage 3 Review Panel within 20 working days by writing to us.',
        },
        {
          letter: 'stage2-adjudication',
          frontMatter: ['requested: 2024-04-30', 'date: 2024-06-05'],
          text: 'I enclose the Investigating Officer’s report and the Independent Person’s report. You can ask for a Stage 3 Review Panel within 20 working days by writing to us.',
        },
      ],
    },
  },
  check(model, { calendar }) {
    const timeline = timelineOf(model);
    const letterDate = timeline.anchors.letterDate;
    const { latest } = letterDeadlines(model.inference.stage, model.inference.letterType, timeline, calendar);
    if (!letterDate || !latest || letterDate.date <= latest.date) return [];
    // "I must begin with an apology. … This letter is 13 working days late." apologises in the same paragraph.
    const apologisesForDelay = (block: number) => {
      const text = paragraphText(model, block);
      return APOLOGY.test(text) && FOR_DELAY.test(text);
    };
    if (model.blocks.some((_, block) => apologisesForDelay(block))) return [];
    const late = calendar.workingDaysBetween(latest.date, letterDate.date);
    const salutation = model.blocks.find((block) => SALUTATION.test(model.voice.slice(block.start, block.end)));
    const anchor = salutation ?? letterDate;
    const apology =
      `I apologise that this response is ${late} working day${late === 1 ? '' : 's'} later than the law allows ` +
      `(${latest.workingDays} working days, so by ${formatLongDate(latest.date)}). That delay is our fault, and I am sorry for the frustration and uncertainty it has caused you.`;
    return [
      {
        ruleId: this.meta.id,
        start: anchor.start,
        end: anchor.end,
        message: `This letter is dated ${late} working day${late === 1 ? '' : 's'} after the statutory maximum (${latest.label.toLowerCase()}: ${formatLongDate(latest.date)}) but does not acknowledge or apologise for the delay.`,
        fixes: salutation
          ? [{ title: 'Insert an apology for the delay', edits: [{ start: salutation.end, end: salutation.end, newText: model.eol + model.eol + apology }], preferred: true, safe: false }]
          : [],
      },
    ];
  },
};
