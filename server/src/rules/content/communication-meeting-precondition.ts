import type { Rule } from '../types';
import { rewriteFix } from './shared';
import { MEETING, OPTIONAL, statementPreconditions, STATEMENT_LETTERS } from './meetings';

/** The complainant has asked to be contacted in writing only ("you asked us to contact you by email only"). */
const WRITTEN_PREFERENCE =
  /\byou\s+(?:do|did)\s*(?:n['’]t|\s+not)\s+(?:want|wish)\s+to\s+(?:meet|speak|talk|be\s+(?:called|phoned|telephoned|rung|visited|contacted\s+by\s+(?:phone|telephone)))\b|\b(?:you\s+(?:have\s+)?(?:asked|said|told\s+(?:us|me)|explained|made\s+(?:it\s+)?clear|requested|indicated|stated|prefer|would\s+prefer|preferred|wish|wished|want|wanted|would\s+like|would\s+rather|only\s+want|only\s+wish)\b[^.]{0,60}?\b(?:(?:contact|communicat\w*|correspond\w*|deal\w*|hear\w*|keep\s+in\s+touch|write|writing)\b[^.]{0,40}?\b(?:only\s+)?(?:in\s+writing|by\s+(?:e-?mail|letter|post))|(?:in\s+writing|by\s+(?:e-?mail|letter|post))\s+only|not\s+(?:to\s+)?(?:meet|speak|talk|be\s+(?:called|phoned|telephoned|visited))|(?:do|did)\s+not\s+(?:want|wish)\s+to\s+(?:meet|speak|talk|be\s+(?:called|phoned|telephoned|visited))|written\s+(?:contact|communication|correspondence)\s+only)|\byour\s+(?:request|preference|wish(?:es)?)\s+(?:for|to|that)\b[^.]{0,60}\b(?:in\s+writing|by\s+(?:e-?mail|letter)|written))/i;
/** "If you would like an advocate, please contact us by email": an offer, not the complainant's wish. */
const CONDITIONAL_BEFORE = /\b(?:if|should|when|whether)\s+$/i;
/** Words that make the meeting a condition, not an offer or a remedy. */
const NECESSITY =
  /\b(?:need|needs|must|have\s+to|has\s+to|will\s+need|require[sd]?|necessary|essential|cannot|can['’]t|unable|before\s+(?:we|I|the\s+\w+(?:\s+\w+)?)\s+can|in\s+order\s+(?:for\s+(?:us|me)\s+)?to|condition|only\s+(?:be\s+able|once|when|if))\b|\b(?:until|unless)\s+(?:we|you|I)\s+(?:have\s+)?(?:met|meet|spoken|speak|talked|talk|agree\s+to\s+(?:a|meet|speak))\b/i;

function statesPreference(text: string): boolean {
  const m = WRITTEN_PREFERENCE.exec(text);
  return Boolean(m && !CONDITIONAL_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)));
}

export const meetingPrecondition: Rule = {
  meta: {
    id: 'communication/meeting-precondition',
    title: 'Meeting or call required of a complainant who asked for written contact only',
    defaultSeverity: 'warning',
    citation:
      'LGSCO Barking & Dagenham 23 018 689 (the complainant "has expressed she only wants to communicate in writing. Mrs X is entitled to ask for this. The Council should write to Mrs X and explore a statement of complaint with her")',
    description:
      'A complainant may ask for all contact to be in writing. When the letter records that wish, it must not then make a meeting, visit or phone call a condition of dealing with the complaint. Offering a meeting the complainant may decline is fine. (In a stage 2 acknowledgement, a meeting required before the investigation starts is reported by stage2/statement-meeting-required.)',
    appliesTo: 'any-letter',
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'You have asked us to contact you by email only. However, we will need to meet you at home before we can respond to your complaint.' },
        { letter: 'stage2-adjudication', text: 'I note that you have told us you do not wish to speak to us by phone. Unfortunately we are unable to arrange the actions in this letter unless you agree to a telephone call with the team manager.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'You have asked us to contact you by email only, and we will. If you would ever like to meet, we would be happy to arrange it.' },
        { letter: 'stage1-response', text: 'You have told us you do not want to meet, so we will not ask you to: we will keep in touch with you in writing.' },
      ],
    },
  },
  check(model) {
    const preference = model.sentences.find((s) => statesPreference(s.text));
    if (!preference) return [];
    const reportedElsewhere = (STATEMENT_LETTERS as readonly string[]).includes(model.inference.letterType)
      ? new Set(statementPreconditions(model).map((s) => s.start))
      : new Set<number>();
    return model.sentences
      .filter(
        (s) =>
          s !== preference &&
          !statesPreference(s.text) &&
          MEETING.test(s.text) &&
          NECESSITY.test(s.text) &&
          !OPTIONAL.test(s.text) &&
          !reportedElsewhere.has(s.start),
      )
      .map((sentence) => ({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'The complainant has asked for contact in writing only, but this makes a meeting, visit or call a condition of dealing with the complaint. They are entitled to ask for written contact: deal with the complaint in writing, and offer a meeting only as an option.',
        fixes: [
          rewriteFix(
            'Replace with dealing with the complaint in writing',
            sentence,
            'As you have asked, we will deal with your complaint in writing. We would be happy to meet or speak with you if you wish, but you do not have to.',
          ),
        ],
      }));
  },
};
