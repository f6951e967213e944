import type { LetterModel } from '../model/letterModel';
import type { Sentence } from '../model/voice';
import type { Finding } from './types';
import { offers, replaceFix, sentenceWithTrailingSpace } from './helpers';
import { AFTER_THE_PROCEDURE, DENIAL, NHS_CONTEXT, OFFER, OMBUDSMAN, ROUTE } from './phrases';
import { matches } from '../model/memo';

const ADDRESSES_COMPLAINANT = /\byou(?:r)?\b|^\s*(?:please\s+)?(?:contact|write|go|refer|complain|approach|ask)\b|\bnext\s+(?:step|stage)\b|\b(?:option|route)\b/i;
const NOT_NOW =
  /\b(?:cannot|can't|can\s+not|not\s+yet|not\s+(?:be\s+)?able|unable|will\s+not|won't|would\s+not|will\s+only|only\s+(?:be\s+)?(?:able\s+to\s+)?(?:consider|look|investigate)|not\s+(?:the|your)\s+(?:next|right|correct|first)|may\s+have\s+(?:heard|been\s+told|read|seen))\b/i;
/** Reporting what someone was told before ("I am sorry you were told to go to the Ombudsman") is not an offer. */
const REPORTED = /\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:wrongly\s+|incorrectly\s+)?(?:told|advised|informed|directed|sent|signposted|pointed|referred)\b/i;
/** The NHS part of a joint complaint rightly goes to the PHSO. */
const PHSO = /\bParliamentary\s+and\s+Health\s+Service\s+Ombudsman\b|\bPHSO\b|\bHealth\s+Service\s+Ombudsman\b/i;

/**
 * Sentences in which the council presents the Ombudsman as a route open to the complainant now,
 * rather than after the statutory procedure ends. The sentence before it in the same paragraph
 * and the one after count too: "After the panel, if you are still unhappy, there is one more step. You can contact…".
 */
export function ombudsmanOfferedNow(model: LetterModel): Sentence[] {
  const found: Sentence[] = [];
  model.sentences.forEach((sentence, index) => {
    const text = sentence.text;
    if (!matches(OMBUDSMAN, sentence) || !matches(ROUTE, sentence) || !matches(ADDRESSES_COMPLAINANT, sentence)) return;
    if (AFTER_THE_PROCEDURE.test(text) || NOT_NOW.test(text) || REPORTED.test(text)) return;
    if (PHSO.test(text) && NHS_CONTEXT.test(text.replace(PHSO, ' '))) return;
    // The condition may sit in the sentence before or after: "…you can contact the Ombudsman. It expects all three stages to be completed first."
    const neighbours = [model.sentences[index - 1], model.sentences[index + 1]];
    if (neighbours.some((n) => n && n.block === sentence.block && AFTER_THE_PROCEDURE.test(n.text))) return;
    found.push(sentence);
  });
  return found;
}

/**
 * Findings for the Ombudsman offered before the procedure's next step. Where the letter offers the
 * next step elsewhere, the fix removes the Ombudsman sentence; otherwise it puts the next step's
 * paragraph in its place.
 */
export function ombudsmanTooEarly(
  model: LetterModel,
  options: { ruleId: string; nextStep: RegExp; nextStepName: string; paragraph: string; group: string; message: string },
): Finding[] {
  const offersOfNextStep = offers(model, options.nextStep, OFFER, DENIAL);
  return ombudsmanOfferedNow(model).map((sentence) => {
    const offeredElsewhere = offersOfNextStep.some((offer) => offer !== sentence);
    const span = offeredElsewhere ? sentenceWithTrailingSpace(model, sentence) : sentence;
    const fix = offeredElsewhere
      ? replaceFix(`Remove the Ombudsman signposting (the letter already offers ${options.nextStepName})`, span, '', { safe: true })
      : replaceFix(`Replace with the ${options.nextStepName} paragraph`, span, options.paragraph, { safe: true, group: options.group });
    return { ruleId: options.ruleId, start: span.start, end: span.end, message: options.message, fixes: [fix] };
  });
}
