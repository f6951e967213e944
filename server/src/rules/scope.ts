import type { LetterModel } from '../model/letterModel';
import type { Sentence } from '../model/voice';
import { paragraphText } from './helpers';
import { matches } from '../model/memo';
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

/** Non-global twins of the shared global patterns, for remembered yes/no tests (see `matches`). */
const NAMES_CORPORATE = new RegExp(CORPORATE_PROCEDURE.source, 'i');
const NAMES_OTHER_PROCEDURE = new RegExp(OTHER_PROCEDURE_NAMES.source, 'i');

/** The letter names the statutory procedure somewhere: other procedure names then do not count. */
function namesStatutoryProcedure(model: LetterModel): boolean {
  return model.sentences.some((s) => matches(STATUTORY_MENTION, s));
}

const memo = new WeakMap<LetterModel, boolean>();

export function isCorporateMatter(model: LetterModel): boolean {
  let answer = memo.get(model);
  if (answer === undefined) {
    const statutoryNamed = namesStatutoryProcedure(model);
    const corporate = model.sentences.some((s) => matches(NAMES_CORPORATE, s) || (!statutoryNamed && matches(NAMES_OTHER_PROCEDURE, s)));
    const outOfScope = model.sentences.some((s) => matches(OUT_OF_STATUTORY_SCOPE, s));
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
    const statutoryNamed = namesStatutoryProcedure(model);
    for (const sentence of model.sentences) {
      const names = matches(NAMES_CORPORATE, sentence) ? [...sentence.text.matchAll(CORPORATE_PROCEDURE)] : [];
      if (!statutoryNamed && matches(NAMES_OTHER_PROCEDURE, sentence)) names.push(...sentence.text.matchAll(OTHER_PROCEDURE_NAMES));
      if (names.length === 0 || matches(ANOTHER_SERVICE, sentence)) continue;
      if (MOVED_TO_STATUTORY.test(paragraphText(model, sentence.block))) continue;
      for (const m of names) mentions.push({ sentence, start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length });
    }
  }
  mentionsMemo.set(model, mentions);
  return mentions;
}
