import type { LetterModel } from '../model/letterModel';
import { CORPORATE_PROCEDURE, OTHER_PROCEDURE_NAMES, PART3_SUBJECT, STATUTORY_MENTION } from './phrases';

/**
 * Is the letter, rightly, about a complaint outside the children's statutory procedure (school
 * transport under the Education Act, council tax…) handled under the corporate procedure? Then the
 * statutory stage rules (stage 2 by an IO and IP, a Review Panel, the statutory timescales) do not
 * apply to it; rules about the Ombudsman's name or an apology still do.
 */

/** The officer says in terms that the matter is outside the statutory procedure. */
export const OUT_OF_STATUTORY_SCOPE =
  /\bnot\s+(?:made\s+|provided\s+|carried\s+out\s+)?under\s+(?:the\s+)?Children\s+Act\b|\b(?:outside|not\s+(?:covered\s+by|within|part\s+of))\s+(?:the\s+)?(?:scope\s+of\s+(?:the\s+)?)?(?:statutory|Children\s+Act)\b|\bdoes\s+not\s+(?:fall|come)\s+(?:under|within)\s+(?:the\s+)?(?:statutory|Children\s+Act)\b|\bunder\s+(?:section\s+\d+\w*\s+of\s+)?the\s+Education\s+Act\b/i;

const memo = new WeakMap<LetterModel, boolean>();

export function isCorporateMatter(model: LetterModel): boolean {
  let answer = memo.get(model);
  if (answer === undefined) {
    const statutoryNamed = model.sentences.some((s) => STATUTORY_MENTION.test(s.text));
    const corporate = model.sentences.some((s) => test(CORPORATE_PROCEDURE, s.text) || (!statutoryNamed && test(OTHER_PROCEDURE_NAMES, s.text)));
    const outOfScope = model.sentences.some((s) => OUT_OF_STATUTORY_SCOPE.test(s.text));
    answer = corporate && (outOfScope || !PART3_SUBJECT.test(model.text));
    memo.set(model, answer);
  }
  return answer;
}

/** For the shared global patterns: test without leaving lastIndex behind. */
function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
