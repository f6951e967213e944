import type { Finding, Rule } from './types';
import { missingNextStep } from './signpost-missing-next-step';
import { DENIAL, OFFER, STAGE3_THING } from './phrases';
import { offers, paragraphText } from './helpers';
import { stage3Paragraph, stage3WindowSentence } from './wording';

const TWENTY_WORKING_DAYS = /\b(?:20|twenty)\s+working\s+days\b/i;
const HOW_TO_ASK =
  /\b(?:writ(?:e|ing)|email|e-mail|letter|phone|telephone|call|contact|let\s+(?:us|me)\s+know|tell\s+(?:us|me)|by\s+post|online|reply)\b/i;

export const missingStage3Right: Rule = {
  meta: {
    id: 'signpost/missing-stage3-right',
    title: 'Stage 2 adjudication without the right to a Stage 3 Review Panel',
    defaultSeverity: 'error',
    citation:
      'LGSCO Lewisham 23 020 345 (agreed action: inform her she may request a stage three review by an independent panel); SI 2006/1738 reg 19(4) (panel within 30 working days); reg 18 (20 working days to ask) [I]',
    description:
      'A stage 2 adjudication letter must tell the complainant (a) that they can ask for a Stage 3 Review Panel, (b) that they have 20 working days to ask, and (c) how to ask.',
    appliesTo: ['stage2-adjudication'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'Complaint 1 is upheld and we will apologise and arrange training. I hope this brings the matter to a close.' },
        { letter: 'stage2-adjudication', text: 'Complaint 1 is upheld. If you remain dissatisfied you can ask for a Review Panel.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'If you are not satisfied with this response, you can ask for a Stage 3 Review Panel. Please write to the Complaints Team within 20 working days of receiving this letter.' },
      ],
    },
  },
  check(model, context) {
    const { finding, offer } = missingNextStep(model, {
      ruleId: this.meta.id,
      thing: STAGE3_THING,
      message:
        'This adjudication letter does not tell the complainant of their right to a Stage 3 Review Panel, the 20 working days they have to ask, or how to ask.',
      paragraph: stage3Paragraph(context.council),
      fixTitle: 'Insert the Stage 3 Review Panel paragraph before the sign-off',
      group: 'stage3-paragraph',
    });
    if (finding) return [finding];
    if (!offer) return [];
    // Any offer whose paragraph gives the window and the way to ask is enough; report on the first offer.
    const paragraph = offers(model, STAGE3_THING, OFFER, DENIAL)
      .map((o) => paragraphText(model, o.block))
      .join(' ');
    const missing = [
      !TWENTY_WORKING_DAYS.test(paragraph) && 'the 20 working days they have to ask',
      !HOW_TO_ASK.test(paragraph) && 'how to ask',
    ].filter((part): part is string => Boolean(part));
    if (missing.length === 0) return [];
    const partial: Finding = {
      ruleId: this.meta.id,
      start: offer.start,
      end: offer.end,
      message: `This offers a Stage 3 Review Panel but does not say ${missing.join(' or ')}.`,
      fixes: [
        {
          title: 'Add the 20-working-day window and how to ask',
          edits: [{ start: offer.end, end: offer.end, newText: ' ' + stage3WindowSentence(context.council) }],
          preferred: true,
          safe: true,
        },
      ],
    };
    return [partial];
  },
};
