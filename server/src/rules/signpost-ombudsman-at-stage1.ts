import type { Rule } from './types';
import { ombudsmanTooEarly } from './ombudsmanRoute';
import { STAGE2_THING } from './phrases';
import { stage2Paragraph } from './wording';

export const ombudsmanAtStage1: Rule = {
  meta: {
    id: 'signpost/ombudsman-at-stage1',
    title: 'Ombudsman signposted at stage 1',
    defaultSeverity: 'error',
    citation:
      'LGSCO Lewisham 23 020 345 (pointing a stage 2 request to the Ombudsman was fault); LGSCO Lancashire report, July 2019 ("instead directed him to the Ombudsman"); SI 2006/1738 regs 15(2), 17 [S]',
    description:
      'A stage 1 response (or a reply to a request for stage 2) must offer a Stage 2 investigation, not send the complainant to the Ombudsman. The Ombudsman expects all three stages to be completed first.',
    appliesTo: ['stage1-acknowledgement', 'stage1-response', 'refusal'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'I have not upheld your complaint. If you remain dissatisfied, you may now refer your complaint to the Local Government and Social Care Ombudsman.' },
        { letter: 'stage1-response', text: 'I hope this resolves matters. Should you wish to take this further, your next step would be the Ombudsman.' },
        { letter: 'stage1-response', text: 'You could contact the Ombudsman if you remain unhappy with our response to your complaint.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'If you are not satisfied, you can ask for your complaint to be investigated at Stage 2 by an Investigating Officer and an Independent Person. Please tell us within 20 working days. The Ombudsman will normally expect you to complete all three stages of the procedure before it looks at your complaint.' },
        { letter: 'stage1-response', text: 'You can ask for a Stage 2 investigation within 20 working days. Once the statutory procedure is complete, you can contact the Local Government and Social Care Ombudsman if you are still unhappy.' },
      ],
    },
  },
  check(model, context) {
    if (model.inference.letterType === 'refusal' && model.inference.stage !== 2) return [];
    return ombudsmanTooEarly(model, {
      ruleId: this.meta.id,
      nextStep: STAGE2_THING,
      nextStepName: 'Stage 2',
      paragraph: stage2Paragraph(context.council),
      group: 'stage2-paragraph',
      message:
        'This sends the complainant to the Ombudsman at stage 1. Under the children’s statutory procedure the next step is a Stage 2 investigation by an Investigating Officer and an Independent Person; the Ombudsman expects all three stages to be completed first.',
    });
  },
};
