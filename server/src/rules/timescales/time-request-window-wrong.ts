import type { Finding, Rule, Severity } from '../types';
import { statedPeriods } from './periods';
import { LAW } from './law';
import { matches } from '../../model/memo';

const ABSOLUTE_BAR =
  /\b(?:will\s+not|cannot|can\s*not|won['\u2019]t|unable\s+to)\s+(?:be\s+)?(?:accept|consider|progress|escalat|deal\s+with)\w*\b[^.;]*\b(?:after|outside|later|beyond|past)\b|\bstrictly\b|\bout\s+of\s+time\b|\b(?:requests?|complaints?)\s+(?:received\s+)?(?:after|outside)\s+(?:this|that|the)\s+(?:date|time|period)\s+(?:will|cannot|can\s*not)\b/i;

export const requestWindowWrong: Rule = {
  meta: {
    id: 'time/request-window-wrong',
    title: 'Time to ask for the next stage stated wrongly',
    defaultSeverity: 'warning',
    citation:
      'Getting the Best from Complaints: ask for stage 2 within 20 working days of the stage 1 response, as guidance not a hard bar [S: council pages]; SI 2006/1738 reg 18 (20 working days for stage 3) [I]',
    description:
      'The complainant has 20 working days to ask for Stage 2 or a Stage 3 Review Panel. A shorter window (“14 days”, “two weeks”) is a warning; a calendar equivalent (“28 days”, “one month”) is information; presenting the window as an absolute bar (“requests received after this date will not be accepted”) is a warning, because councils can and should consider a late request.',
    appliesTo: 'any-letter',
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'If you are not satisfied, you can ask for a Stage 2 investigation. You must let us know within 14 days of the date of this letter.' },
        { letter: 'stage2-adjudication', text: 'You can ask for a Stage 3 Review Panel by writing to us within 20 working days. Requests received after this date will not be accepted.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'If you are not satisfied, you can ask for a Stage 2 investigation by writing to us within 20 working days of receiving this letter. If you need longer, please tell us.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    const barSentences = new Set<number>();
    for (const period of statedPeriods(model)) {
      if (period.topic !== 'requestWindow') continue;
      if (ABSOLUTE_BAR.test(period.sentence.text)) barSentences.add(period.sentence.start);
      if (period.unit === 'day' && period.amount === LAW.requestWindow.allowed[0]) continue; // calendar-vs-working
      if (period.unit === 'working-day' && period.amount >= 20) continue;
      const shorter = period.workingDays < 19;
      if (!shorter && period.unit === 'working-day') continue;
      const severity: Severity = shorter ? 'warning' : 'info';
      const stated = model.text.slice(period.start, period.end);
      findings.push({
        ruleId: this.meta.id,
        start: period.start,
        end: period.end,
        severity,
        message: shorter
          ? `“${stated}” gives the complainant less time than the 20 working days they have to ask for the next stage.`
          : `“${stated}” is roughly right, but the guidance gives 20 working days: say so, so the complainant can count.`,
        fixes: [{ title: 'Change to “20 working days”', edits: [{ start: period.start, end: period.end, newText: '20 working days' }], preferred: true, safe: false }],
      });
    }
    // The bar may also be written in a sentence of its own, right after the window.
    for (const sentence of model.sentences) {
      if (barSentences.has(sentence.start) || !matches(ABSOLUTE_BAR, sentence)) continue;
      if (!/\b(?:stage|panel|request|escalat)\w*/i.test(sentence.text)) continue;
      barSentences.add(sentence.start);
    }
    for (const start of barSentences) {
      const sentence = model.sentences.find((s) => s.start === start)!;
      findings.push({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        severity: 'warning',
        message:
          'This presents the time limit for asking for the next stage as an absolute bar. The 20 working days are guidance: the council should consider a later request, so say “if you need longer, please tell us”.',
        fixes: [
          {
            title: 'Replace with “If you need longer, please tell us.”',
            edits: [{ start: sentence.start, end: sentence.end, newText: 'If you need longer, please tell us.' }],
            preferred: true,
            safe: false,
          },
        ],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
