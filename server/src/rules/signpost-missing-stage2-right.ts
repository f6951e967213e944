import type { Rule } from './types';
import { missingNextStep } from './signpost-missing-next-step';
import { DENIAL, OFFER, STAGE2_THING } from './phrases';
import { offers, replaceFix } from './helpers';
import { corporateProcedureForPart3 } from './scope';

const MANAGERS_REVIEW =
  /\breview(?:ed)?\b[^.;]{0,40}\bby\s+(?:the|a|an|our)\s+(?:\w+\s+){0,3}?(?:director|manager|head|senior|officer|lead)\b|\b(?:director|manager|head\s+of\s+service|senior\s+officer)\b(?:\s+[\w-]+){0,4}?\s+will\s+(?:review|look\s+again|reconsider|look\s+at|re-?examine)\b/i;
const INDEPENDENT = /\bindependent\b|\binvestigating\s+officer\b/i;
import { stage2Paragraph } from './wording';
import { matches } from '../model/memo';

export const missingStage2Right: Rule = {
  meta: {
    id: 'signpost/missing-stage2-right',
    title: 'Stage 1 response without the right to Stage 2',
    defaultSeverity: 'error',
    citation:
      'SI 2006/1738 regs 15(2), 17 [S: Family Rights Group]; LGSCO Lewisham 23 020 345; Lewisham 24 015 996 (no form is needed to ask)',
    description:
      'A stage 1 response must tell the complainant that, if not satisfied, they can ask for their complaint to be investigated at Stage 2 (by an Investigating Officer and an Independent Person), and how to ask.',
    appliesTo: ['stage1-response'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'I have looked into your complaint about the child in need assessment and I do not uphold it. I hope this letter answers your concerns.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'I do not uphold your complaint. If you are not satisfied, you can ask for a Stage 2 investigation within 20 working days by writing to the Complaints Team.' },
        { letter: 'stage1-response', text: 'I partly uphold your complaint. Should you remain unhappy, you may request an independent investigation of your complaint; please let us know within 20 working days.' },
      ],
    },
  },
  check(model, context) {
    // "You can ask for a Stage 2 review by the Assistant Director" offers a manager's review, not the
    // statutory Stage 2 (an Investigating Officer and an Independent Person): it is replaced.
    // So does "Stage 2 of our procedure" in a Part 3 letter that runs under the corporate procedure.
    const corporate = corporateProcedureForPart3(model).length > 0;
    const managerial = offers(model, STAGE2_THING, OFFER, DENIAL).filter(
      (s) => (matches(MANAGERS_REVIEW, s) || corporate) && !matches(INDEPENDENT, s),
    );
    const genuine = offers(model, STAGE2_THING, OFFER, DENIAL).filter((s) => !managerial.includes(s));
    if (managerial.length > 0 && genuine.length === 0) {
      return managerial.map((sentence) => ({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This offers a Stage 2 that is a council manager’s review or the corporate procedure’s second stage. Statutory Stage 2 is an investigation by an Investigating Officer, overseen by an Independent Person who is not employed by the council; tell the complainant they can ask for that.',
        fixes: [replaceFix('Replace with the Stage 2 paragraph', sentence, stage2Paragraph(context.council), { safe: true, group: 'stage2-paragraph' })],
      }));
    }
    const { finding } = missingNextStep(model, {
      ruleId: this.meta.id,
      thing: STAGE2_THING,
      message:
        'This stage 1 response does not tell the complainant they can ask for a Stage 2 investigation (an Investigating Officer and an Independent Person) if they are not satisfied, or how to ask.',
      paragraph: stage2Paragraph(context.council),
      fixTitle: 'Insert the Stage 2 paragraph before the sign-off',
      group: 'stage2-paragraph',
    });
    return finding ? [finding] : [];
  },
};
