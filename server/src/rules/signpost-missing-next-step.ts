import type { LetterModel } from '../model/letterModel';
import type { Sentence } from '../model/voice';
import type { Finding } from './types';
import { missingParagraphFinding, offers } from './helpers';
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
