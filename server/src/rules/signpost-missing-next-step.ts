import type { LetterModel } from '../model/letterModel';
import type { Sentence } from '../model/voice';
import type { Finding } from './types';
import { missingParagraphFinding, offers, sentencesOfBlock } from './helpers';
import { DENIAL, OFFER } from './phrases';

/**
 * Shared by the three "missing next step" rules: find the letter's offer of the next step; when
 * there is none, report it on the sign-off and offer to insert the right paragraph there.
 */
export function missingNextStep(
  model: LetterModel,
  options: {
    ruleId: string;
    thing: RegExp;
    message: string;
    paragraph: string;
    fixTitle: string;
    group: string;
  },
): { finding: Finding | null; offer: Sentence | undefined } {
  const offer = offers(model, options.thing, OFFER, DENIAL)[0];
  if (offer) return { finding: null, offer };
  const finding = missingParagraphFinding(model, { ...options, safe: true });
  return { finding, offer };
}

/** The text of the paragraph that holds the offer: the window and the way to ask are usually beside it. */
export function offerParagraphText(model: LetterModel, offer: Sentence): string {
  return sentencesOfBlock(model, offer.block)
    .map((s) => s.text)
    .join(' ');
}
