import type { Rule } from '../types';
import { timelineOf } from '../../model/timeline';

export const impossibleDate: Rule = {
  meta: {
    id: 'time/impossible-date',
    title: 'A date that does not exist',
    defaultSeverity: 'warning',
    citation: 'Dates in UK letters are day first (DD/MM/YYYY); a date that cannot exist gives the complainant a wrong deadline (catalogue rule 36, working-day arithmetic per SI 2006/1738 reg 2)',
    description:
      'A date that cannot exist (31/02/2025, 29 February 2023), a US-style month-first date (03/13/2025), or a weekday that does not match the date (“Monday 4 March 2025”). Signpost reads every numeric date day first.',
    appliesTo: 'any-letter',
    fixable: false,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'We received your complaint on 31/02/2025. You can ask for a Stage 2 investigation within 20 working days by writing to us.' },
        { letter: 'stage1-response', text: 'We met you on Monday 4 March 2025. You can ask for a Stage 2 investigation within 20 working days by writing to us.' },
      ],
      correct: [{ letter: 'stage1-response', text: 'We received your complaint on 28/02/2025. You can ask for a Stage 2 investigation within 20 working days by writing to us.' }],
    },
  },
  check(model) {
    return timelineOf(model).impossible.map((problem) => ({ ruleId: this.meta.id, start: problem.start, end: problem.end, message: problem.problem, fixes: [] }));
  },
};
