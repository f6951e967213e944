import type { Rule } from './types';
import { missingNextStep } from './signpost-missing-next-step';
import { STAGE2_THING } from './phrases';
import { stage2Paragraph } from './wording';

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
