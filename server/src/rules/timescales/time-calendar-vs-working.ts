import type { Rule } from '../types';
import { statedPeriods } from './periods';
import { LAW } from './law';

export const calendarVsWorking: Rule = {
  meta: {
    id: 'time/calendar-vs-working',
    title: 'Statutory period without “working”',
    defaultSeverity: 'info',
    citation: 'SI 2006/1738 reg 2: the statutory periods are counted in working days (not weekends, Christmas Day, Boxing Day, Good Friday or bank holidays)',
    description:
      'The statutory periods are working days. “20 days” or “25 days” reads as calendar days and gives the complainant the wrong date; write “working days”.',
    appliesTo: 'any-letter',
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'You can ask for a Stage 2 investigation by writing to us within 20 days of receiving this letter.' },
        { letter: 'stage2-acknowledgement', text: 'We will complete the stage 2 investigation within 25 days.' },
      ],
      correct: [{ letter: 'stage1-response', text: 'You can ask for a Stage 2 investigation by writing to us within 20 working days of receiving this letter.' }],
    },
  },
  check(model) {
    return statedPeriods(model)
      .filter((period) => period.unit === 'day' && LAW[period.topic].allowed.includes(period.amount))
      .map((period) => ({
        ruleId: this.meta.id,
        start: period.start,
        end: period.end,
        message: `The statutory period is ${period.amount} working days, not calendar days: write “${period.amount} working days”.`,
        fixes: [{ title: 'Insert “working”', edits: [{ start: period.unitStart, end: period.unitStart, newText: 'working ' }], preferred: true, safe: true }],
      }));
  },
};
