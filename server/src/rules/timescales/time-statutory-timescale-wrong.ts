import type { Finding, Rule, Severity } from '../types';
import { statedPeriods } from './periods';
import { LAW, TIMESCALE_CITATION } from './law';

export const statutoryTimescaleWrong: Rule = {
  meta: {
    id: 'time/statutory-timescale-wrong',
    title: 'Statutory timescale stated wrongly',
    defaultSeverity: 'error',
    citation: `${TIMESCALE_CITATION}; Wokingham 24 009 439 (a panel "within 20 working days" contradicts reg 19(4))`,
    description:
      'A timescale the letter gives for the council’s own steps must match the law: stage 1 in 10 working days (up to 20), stage 2 in 25 working days (up to 65), the Review Panel within 30 working days of the request, its report in 5 and the final response within 20 working days of the panel. Longer than the law allows is an error; a different panel timescale is a warning; a shorter period, or the right length in calendar units, is information.',
    appliesTo: 'any-letter',
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-acknowledgement', text: 'We aim to complete the stage 2 investigation within 3 months of your request.' },
        { letter: 'stage2-adjudication', text: 'If you ask for a Stage 3 Review Panel within 20 working days by writing to us, the panel will meet within 20 working days of your request.' },
        { letter: 'stage1-response', text: 'Stage 1 complaints are normally answered within 28 days. You can ask for a Stage 2 investigation within 20 working days by writing to us.' },
      ],
      correct: [
        { letter: 'stage2-acknowledgement', text: 'We will complete the stage 2 investigation within 25 working days. If we need longer, we will write to tell you why, and it will be no more than 65 working days.' },
        { letter: 'stage2-adjudication', text: 'You can ask for a Stage 3 Review Panel within 20 working days by writing to us. The panel will meet within 30 working days of your request.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    for (const period of statedPeriods(model)) {
      if (period.topic === 'requestWindow') continue;
      const law = LAW[period.topic];
      // "20 days" for a 20-working-day period is time/calendar-vs-working's business.
      if (period.unit === 'day' && law.allowed.includes(period.amount)) continue;
      let severity: Severity;
      if (period.unit === 'working-day') {
        if (law.allowed.includes(period.amount)) continue;
        // Promising to be quicker than the law requires is not a fault; misstating the panel's 30 days is (Wokingham).
        severity = period.amount > law.max ? 'error' : period.topic === 'panelMeeting' ? 'warning' : 'info';
      } else if (period.workingDays > law.max + 1) {
        severity = 'error';
      } else {
        severity = law.allowed.some((allowed) => Math.abs(allowed - period.workingDays) <= 1) ? 'info' : 'warning';
      }
      const stated = model.text.slice(period.start, period.end);
      const later = period.workingDays > law.max + (period.unit === 'working-day' ? 0 : 1);
      findings.push({
        ruleId: this.meta.id,
        start: period.start,
        end: period.end,
        severity,
        message: `“${stated}” ${later ? 'is longer than the law allows' : period.unit === 'working-day' ? 'is not the statutory timescale (a shorter promise is fine only if it is kept)' : severity === 'info' ? 'is not how the law counts' : 'is not the statutory timescale'}: ${law.says}.`,
        fixes: [{ title: `Change to “${law.correct}”`, edits: [{ start: period.start, end: period.end, newText: law.correct }], preferred: true, safe: false }],
      });
    }
    return findings;
  },
};
