import type { Rule } from '../types';
import { missingParagraphFinding } from '../helpers';
import { appendFix, INDEPENDENT_PERSON } from './shared';
import { ipInvolvedSentence } from '../wording';
import { matches } from '../../model/memo';

/** Where the letter speaks of the panel's report or recommendations: the involvement belongs there. */
const PANEL_OUTCOME = /\bpanel['’]?s?\b[^.]{0,60}\b(?:report|recommend\w*|findings|conclusions)\b|\b(?:report|recommendations)\s+(?:of|from)\s+the\s+(?:review\s+)?panel\b/i;

export const ipNotInvolved: Rule = {
  meta: {
    id: 'stage3/ip-not-involved',
    title: 'Stage 3 final response with no sign of the Stage 2 Independent Person',
    defaultSeverity: 'warning',
    citation:
      'SI 2006/1738 reg 20 (the council, together with the Independent Person appointed at Stage 2, decides how to respond to the panel’s recommendations): LG Inform duty 3565 [V]; catalogue rule 29',
    description:
      'The council does not answer the Review Panel alone: it decides what to do about the panel’s recommendations together with the Independent Person who oversaw the Stage 2 investigation. A final response that never mentions the Independent Person gives the complainant no sign that this happened. The fix adds a sentence to complete with the Independent Person’s name; it is never applied automatically.',
    appliesTo: ['stage3-final-response'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage3-final-response', text: 'The Review Panel met on 3 June and made two recommendations, which the Council accepts. We will review the contact plan by 31 July.' },
        { letter: 'stage3-final-response', text: 'I have now considered the panel’s report. The Council accepts the panel’s recommendation and will pay you £250 by 30 June.' },
      ],
      correct: [
        { letter: 'stage3-final-response', text: 'The Review Panel met on 3 June and made two recommendations. I have considered them together with Mrs Joan Reid, the Independent Person at Stage 2, and the Council accepts both. We will review the contact plan by 31 July.' },
        { letter: 'stage3-final-response', text: 'Your complaint was reviewed by a panel on 3 June. Its recommendations, and the Council’s response, have been agreed with the Independent Person, Mr Owen Ross: the Council accepts them and will pay you £250 by 30 June.' },
      ],
    },
  },
  check(model) {
    if (model.sentences.some((s) => matches(INDEPENDENT_PERSON, s))) return [];
    const message =
      'This final response does not mention the Independent Person from Stage 2. The council decides how to respond to the panel’s recommendations together with that Independent Person (reg 20): say that it did.';
    const panelOutcome = model.sentences.find((s) => matches(PANEL_OUTCOME, s));
    if (panelOutcome) {
      return [{ ruleId: this.meta.id, start: panelOutcome.start, end: panelOutcome.end, message, fixes: [appendFix('Add that the Independent Person was involved, to complete', panelOutcome, ' ' + ipInvolvedSentence(), false)] }];
    }
    const finding = missingParagraphFinding(model, {
      ruleId: this.meta.id,
      message,
      paragraph: ipInvolvedSentence(),
      fixTitle: 'Add that the Independent Person was involved, to complete',
      group: 'stage3-ip-involved',
      safe: false,
    });
    return finding ? [finding] : [];
  },
};
