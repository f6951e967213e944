import type { LetterModel } from '../model/letterModel';
import type { Sentence } from '../model/voice';
import { AFTER_THE_PROCEDURE, OMBUDSMAN, ROUTE } from './phrases';

const ADDRESSES_COMPLAINANT = /\byou(?:r)?\b|^\s*(?:please\s+)?(?:contact|write|go|refer|complain|approach|ask)\b|\bnext\s+(?:step|stage)\b|\b(?:option|route)\b/i;
const NOT_NOW = /\b(?:cannot|can't|can\s+not|not\s+yet|not\s+(?:be\s+)?able|unable|will\s+not|won't|would\s+not|will\s+only|only\s+(?:be\s+)?(?:able\s+to\s+)?(?:consider|look|investigate))\b/i;

/**
 * Sentences in which the council presents the Ombudsman as a route open to the complainant now,
 * rather than after the statutory procedure ends. The sentence before it in the same paragraph
 * counts too: "After the panel, if you are still unhappy, there is one more step. You can contact…".
 */
export function ombudsmanOfferedNow(model: LetterModel): Sentence[] {
  const found: Sentence[] = [];
  model.sentences.forEach((sentence, index) => {
    const text = sentence.text;
    if (!OMBUDSMAN.test(text) || !ROUTE.test(text) || !ADDRESSES_COMPLAINANT.test(text)) return;
    if (AFTER_THE_PROCEDURE.test(text) || NOT_NOW.test(text)) return;
    const previous = model.sentences[index - 1];
    if (previous && previous.block === sentence.block && AFTER_THE_PROCEDURE.test(previous.text)) return;
    found.push(sentence);
  });
  return found;
}
