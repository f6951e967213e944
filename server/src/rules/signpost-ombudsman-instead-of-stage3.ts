import type { Rule } from './types';
import { ombudsmanTooEarly } from './ombudsmanRoute';
import { offers } from './helpers';
import { DENIAL, OFFER, STAGE3_THING } from './phrases';
import { stage3Paragraph } from './wording';
import { matches } from '../model/memo';

const EARLY_REFERRAL_GROUNDS =
  /\b(?:all|every|each)\s+(?:of\s+)?(?:your\s+|the\s+)?(?:complaints?|points?|parts?|issues?|elements?)\b[^.;]{0,60}\bupheld\b[^.]{0,160}\b(?:action\s+plan|plan\s+of\s+action|agreed\s+(?:a\s+|the\s+|an\s+)?(?:plan|actions?|outcomes?|remedies))/i;

export const ombudsmanInsteadOfStage3: Rule = {
  meta: {
    id: 'signpost/ombudsman-instead-of-stage3',
    title: 'Ombudsman signposted instead of a Stage 3 Review Panel',
    defaultSeverity: 'error',
    citation:
      'LGSCO Bexley 24 016 952 ("Directing Ms X to the Ombudsman before completing stage 3 … was fault"); South Gloucestershire 21 007 738; Suffolk 23 015 464; SI 2006/1738 reg 19(1)',
    description:
      'At stage 2 the next step is a Stage 3 Review Panel. A letter may mention the Ombudsman as an alternative only under the narrow early-referral exception (a robust stage 2 that upheld all significant complaints, with an agreed action plan), declared with `exception: early-referral` in the front matter, and even then it must still offer the panel.',
    appliesTo: ['stage2-adjudication', 'stage2-acknowledgement', 'stage2-extension', 'refusal'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'If you remain dissatisfied, you must now contact the Local Government and Social Care Ombudsman instead.' },
        { letter: 'stage2-adjudication', text: 'This concludes the Council’s complaints procedure. You are welcome to take your complaint to the LGSCO.' },
        { letter: 'stage2-adjudication', text: 'If you are unhappy with the outcome, you can either ask for a review panel or go to the Ombudsman.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'If you are not satisfied with this response, you can ask for a Stage 3 Review Panel within 20 working days by writing to us. If you remain dissatisfied after the Review Panel, you can contact the Local Government and Social Care Ombudsman.' },
        {
          letter: 'stage2-adjudication',
          frontMatter: ['exception: early-referral'],
          text: 'Because every significant complaint was upheld and we have agreed an action plan with you, you may ask the Ombudsman to consider your complaint now. You can still ask for a Stage 3 Review Panel within 20 working days of receiving this letter if you prefer.',
        },
      ],
    },
  },
  check(model, context) {
    if (model.inference.letterType === 'refusal' && model.inference.stage !== 3) return [];
    // Under the early-referral exception, declared in the front matter or with its grounds stated in the
    // letter (every complaint upheld, an agreed action plan), the Ombudsman may be offered beside the panel.
    const panelOffered = offers(model, STAGE3_THING, OFFER, DENIAL).length > 0;
    if (panelOffered && (model.frontMatter?.earlyReferralException || model.sentences.some((s) => matches(EARLY_REFERRAL_GROUNDS, s)))) return [];
    return ombudsmanTooEarly(model, {
      ruleId: this.meta.id,
      nextStep: STAGE3_THING,
      nextStepName: 'Stage 3 Review Panel',
      paragraph: stage3Paragraph(context.council),
      group: 'stage3-paragraph',
      message:
        'This sends the complainant to the Ombudsman at stage 2. The next step is a Stage 3 Review Panel; the Ombudsman expects it to be completed first, and early referral is allowed only when every significant complaint was upheld with an agreed action plan (declare it with `exception: early-referral`).',
    });
  },
};
