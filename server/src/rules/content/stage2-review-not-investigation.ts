import type { Rule } from '../types';
import { reviewSentences, rewriteFix } from './shared';

export const reviewNotInvestigation: Rule = {
  meta: {
    id: 'stage2/review-not-investigation',
    title: 'A review of the stage 1 response presented as a Stage 2 investigation',
    defaultSeverity: 'error',
    citation:
      'LGSCO Lewisham 23 020 345 (the council "investigated her concerns together with the information presented as part of the stage one response" instead of a stage two investigation by an IO and IP: fault); Kent 24 003 150; SI 2006/1738 reg 17 [I]',
    description:
      'Stage 2 is a fresh investigation by an Investigating Officer, overseen by an Independent Person, followed by an adjudication. A manager’s review of the stage 1 response, or “looking again” at the complaint, is not Stage 2, however senior the manager. The rule fires on a Stage 2 letter that describes such a review and does not name both an Investigating Officer and an Independent Person (error in an adjudication, warning in an acknowledgement). The fix replaces the sentence with arranging a proper Stage 2 investigation; it is never applied automatically.',
    appliesTo: ['stage2-adjudication', 'stage2-acknowledgement'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'At Stage 2, a senior manager has reviewed the Stage 1 response and the case records. I agree with the Stage 1 findings, and your complaint is not upheld.' },
        { letter: 'stage2-adjudication', text: 'I have looked again at your complaint, together with the information presented as part of the stage one response. Complaint 1 is not upheld.' },
        { letter: 'stage2-acknowledgement', text: 'Thank you for asking for a Stage 2 review. The Head of Service will review your complaint and the original response and write to you within 25 working days.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, Investigating Officer, overseen by Mr White, Independent Person. As part of her investigation Ms Green reviewed the stage 1 response and the case records. Complaint 1 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, Investigating Officer, overseen by Mr White, Independent Person. If you are not satisfied, you can ask for a Stage 3 Review Panel to review your complaint.' },
      ],
    },
  },
  check(model) {
    const adjudication = model.inference.letterType === 'stage2-adjudication';
    return reviewSentences(model).map((sentence) => ({
      ruleId: this.meta.id,
      start: sentence.start,
      end: sentence.end,
      severity: adjudication ? undefined : ('warning' as const),
      message:
        'This describes Stage 2 as a review of the stage 1 response, and the letter does not name an Investigating Officer and an Independent Person. Stage 2 is an independent investigation by an Investigating Officer, overseen by an Independent Person; a manager looking again at the complaint is not Stage 2.',
      fixes: [
        rewriteFix(
          'Replace with arranging a Stage 2 investigation by an Investigating Officer and an Independent Person',
          sentence,
          'We will now arrange for your complaint to be investigated at Stage 2 by an Investigating Officer, overseen by an Independent Person who is not employed by the Council.',
        ),
      ],
    }));
  },
};
