import type { Rule } from './types';
import { missingNextStep } from './signpost-missing-next-step';
import { LGSCO_ROUTE } from './phrases';
import { LGSCO_CONTACT, lgscoParagraph } from './wording';

const CONTACT_DETAILS = /\blgo\.org\.uk\b|\b0300\s*061\s*0614\b/i;

export const missingLgscoAfterStage3: Rule = {
  meta: {
    id: 'signpost/missing-lgsco-after-stage3',
    title: 'Stage 3 final response without Ombudsman signposting',
    defaultSeverity: 'error',
    citation:
      'SI 2006/1738 reg 20 (the response must include information about complaining to the Local Commissioner) [V: LG Inform duty 3565]; LGSCO information for link officers, chapter 5 (signposting text)',
    description:
      'After the review panel, the council’s final response must tell the complainant they can go to the Local Government and Social Care Ombudsman, with its contact details.',
    appliesTo: ['stage3-final-response'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage3-final-response', text: 'The panel met on 3 June 2024 and made three recommendations. We accept all three. This concludes the statutory complaints procedure.' },
        { letter: 'stage3-final-response', text: 'The panel made two recommendations, which we accept. If you remain unhappy you can contact the Local Government and Social Care Ombudsman.' },
      ],
      correct: [
        { letter: 'stage3-final-response', text: 'The panel made two recommendations, which we accept. If you remain dissatisfied, you can ask the Local Government and Social Care Ombudsman to look at your complaint. Website: www.lgo.org.uk. Telephone: 0300 061 0614.' },
      ],
    },
  },
  check(model) {
    const { finding, offer } = missingNextStep(model, {
      ruleId: this.meta.id,
      thing: LGSCO_ROUTE,
      message:
        'This final response does not tell the complainant they can take their complaint to the Local Government and Social Care Ombudsman (reg 20 requires information about complaining to the Ombudsman).',
      paragraph: lgscoParagraph(),
      fixTitle: 'Insert the Ombudsman paragraph before the sign-off',
      group: 'lgsco-paragraph',
    });
    if (finding) return [finding];
    if (!offer || CONTACT_DETAILS.test(model.text)) return [];
    return [
      {
        ruleId: this.meta.id,
        start: offer.start,
        end: offer.end,
        severity: 'warning',
        message: 'This signposts the Ombudsman but gives no way to contact it: add its website and telephone number.',
        fixes: [{ title: 'Add the Ombudsman’s contact details', edits: [{ start: offer.end, end: offer.end, newText: ' ' + LGSCO_CONTACT }], preferred: true, safe: true }],
      },
    ];
  },
};
