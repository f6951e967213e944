import type { LetterModel } from '../model/letterModel';
import type { Sentence } from '../model/voice';
import { paragraphText } from './helpers';
import { matches, memoByText } from '../model/memo';
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

type Match = { index: number; length: number };

/** What a sentence says about procedures, read once per sentence text. */
const proceduresIn = memoByText((text: string) => {
  const matchesOf = (pattern: RegExp): Match[] => [...text.matchAll(pattern)].map((m) => ({ index: m.index ?? 0, length: m[0].length }));
  return {
    statutory: STATUTORY_MENTION.test(text),
    outOfScope: OUT_OF_STATUTORY_SCOPE.test(text),
    corporate: matchesOf(CORPORATE_PROCEDURE),
    otherNames: matchesOf(OTHER_PROCEDURE_NAMES),
  };
});

const memo = new WeakMap<LetterModel, boolean>();

export function isCorporateMatter(model: LetterModel): boolean {
  let answer = memo.get(model);
  if (answer === undefined) {
    const statutoryNamed = model.sentences.some((s) => proceduresIn(s.text).statutory);
    const corporate = model.sentences.some((s) => {
      const named = proceduresIn(s.text);
      return named.corporate.length > 0 || (!statutoryNamed && named.otherNames.length > 0);
    });
    const outOfScope = model.sentences.some((s) => proceduresIn(s.text).outOfScope);
    answer = corporate && (outOfScope || !PART3_SUBJECT.test(model.text));
    memo.set(model, answer);
  }
  return answer;
}

/** A sentence that explains the move away from the corporate procedure is correct, not a fault. */
const MOVED_TO_STATUTORY =
  /\b(?:statutory|children\s+act|2006\s+regulations|representations\s+procedure)\b[\s\S]*\b(?:mov\w*|transferr?\w*|instead|no\s+longer|now\s+(?:be\s+)?(?:consider|handl|deal|investigat)\w*|should\s+have|wrongly|mistaken\w*|in\s+error|apologi[sz]\w*|rather\s+than)\b|\b(?:mov\w*|transferr?\w*|instead|no\s+longer|should\s+have|wrongly|mistaken\w*|in\s+error|apologi[sz]\w*)\b[\s\S]*\b(?:statutory|children\s+act|2006\s+regulations|representations\s+procedure)\b/i;

/** "The damp in your flat is not a matter for Children's Services: Housing will reply under the corporate procedure." */
const ANOTHER_SERVICE =
  /\bnot\s+(?:a\s+matter|something|an\s+issue)\s+for\s+(?:the\s+)?children|\b(?:passed|referred|forwarded|sent|transferred)\b[^.;]{0,40}\bto\s+(?:the\s+|our\s+)?(?:housing|education|schools?|transport|highways|council\s+tax|benefits|revenues|adult|environmental|planning|parking|waste)\b/i;

export interface CorporateMention {
  sentence: Sentence;
  start: number;
  end: number;
}

const mentionsMemo = new WeakMap<LetterModel, CorporateMention[]>();

/**
 * Where a letter about a Part 3 matter puts it through the corporate procedure: each naming of that
 * procedure, except explanations that the complaint was moved to the statutory procedure and
 * another service's own matter sent on under its procedure. Empty for corporate matters outside Part 3.
 */
export function corporateProcedureForPart3(model: LetterModel): CorporateMention[] {
  let mentions = mentionsMemo.get(model);
  if (mentions) return mentions;
  mentions = [];
  if (PART3_SUBJECT.test(model.text) && !isCorporateMatter(model)) {
    const statutoryNamed = model.sentences.some((s) => proceduresIn(s.text).statutory);
    for (const sentence of model.sentences) {
      const named = proceduresIn(sentence.text);
      const names = statutoryNamed ? named.corporate : [...named.corporate, ...named.otherNames];
      if (names.length === 0 || matches(ANOTHER_SERVICE, sentence)) continue;
      if (MOVED_TO_STATUTORY.test(paragraphText(model, sentence.block))) continue;
      for (const m of names) mentions.push({ sentence, start: sentence.start + m.index, end: sentence.start + m.index + m.length });
    }
  }
  mentionsMemo.set(model, mentions);
  return mentions;
}
