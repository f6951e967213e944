import type { Rule } from '../types';
import type { Sentence } from '../../model/voice';
import type { Span } from '../../model/text';
import { rewriteFix, sentencesBefore } from './shared';
import { MEETING, OPTIONAL, statementPreconditions, STATEMENT_LETTERS } from './meetings';
import { matches } from '../../model/memo';

/** The complainant has asked to be contacted in writing only ("you asked us to contact you by email only"). */
const WRITTEN_PREFERENCE =
  /\byou\s+(?:do|did)\s*(?:n['’]t|\s+not)\s+(?:want|wish)\s+to\s+(?:meet|speak|talk|be\s+(?:called|phoned|telephoned|rung|visited|contacted\s+by\s+(?:phone|telephone)))\b|\b(?:you\s+(?:have\s+)?(?:asked|said|told\s+(?:us|me)|explained|made\s+(?:it\s+)?clear|requested|indicated|stated|prefer|would\s+prefer|preferred|wish|wished|want|wanted|would\s+like|would\s+rather|only\s+want|only\s+wish)\b[^.]{0,60}?\b(?:(?:contact|communicat\w*|correspond\w*|deal\w*|hear\w*|keep\s+in\s+touch|write|writing)\b[^.]{0,40}?\b(?:only\s+)?(?:in\s+writing|by\s+(?:e-?mail|letter|post))|(?:in\s+writing|by\s+(?:e-?mail|letter|post))\s+only|not\s+(?:to\s+)?(?:meet|speak|talk|be\s+(?:called|phoned|telephoned|visited))|(?:do|did)\s+not\s+(?:want|wish)\s+to\s+(?:meet|speak|talk|be\s+(?:called|phoned|telephoned|visited))|written\s+(?:contact|communication|correspondence)\s+only)|\byour\s+(?:request|preference|wish(?:es)?)\s+(?:for|to|that)\b[^.]{0,60}\b(?:in\s+writing|by\s+(?:e-?mail|letter)|written))/i;
/** "If you would like an advocate, please contact us by email": an offer, not the complainant's wish. */
const CONDITIONAL_BEFORE = /\b(?:if|should|when|whether)\s+$/i;
/** Words that make the meeting a condition, not an offer or a remedy. */
const NECESSITY =
  /\b(?:need|needs|must|have\s+to|has\s+to|will\s+need|require[sd]?|necessary|essential|cannot|can['’]t|unable|before\s+(?:we|I|the\s+\w+(?:\s+\w+)?)\s+can|in\s+order\s+(?:for\s+(?:us|me)\s+)?to|condition|only\s+(?:be\s+able|once|when|if))\b|\b(?:until|unless)\s+(?:we|you|I)\s+(?:have\s+)?(?:met|meet|spoken|speak|talked|talk|agree\s+to\s+(?:a|meet|speak))\b/i;

/**
 * The complaint held up until something happens: "will remain on hold until…", "is paused until",
 * "cannot progress unless…", "no further action will be taken until…".
 */
const HELD_UNTIL =
  /\b(?:(?:remain\w*|be|kept|keep|put|placed|stay\w*|is|are|was|will\s+be)\s+(?:on\s+hold|paused|suspended|in\s+abeyance|parked|held)|(?:will\s+not|won['’]t|cannot|can\s*not|can['’]t|(?:is|are|am)\s+unable\s+to|(?:is|are)\s+not\s+able\s+to)\s+(?:be\s+able\s+to\s+)?(?:be\s+)?(?:progress|proceed|move\s+(?:on|forward)|go\s+ahead|start|begin|commence|continu|take\s+(?:this|it|your\s+complaint)\s+(?:any\s+)?(?:further|forward))\w*|no\s+further\s+(?:action|progress|steps?|work)\s+(?:will|can)\s+be\s+(?:taken|made))\b[^.]{0,60}?\b(?:until|unless|before)\b/i;
/** "Until this has taken place", "until then", "until we have heard from you": pointing back to the sentence before. */
const POINTS_BACK = /\b(?:until|unless|before)\s+(?:then|this|that|it|such\s+a\s+\w+|the\s+(?:meeting|call|visit|conversation|discussion)|(?:we|I|he|she|they)\s+(?:have|has)\s+(?:met|spoken|heard|talked)|you\s+(?:have\s+)?(?:done\s+so|call\w*|phon\w*|telephon\w*|r[ia]ng|contact\w*|spoken|met|agreed))\b/i;
/** Asking the complainant to ring or meet: "please telephone Mr Fairley", "if you would call us". */
const CALL_REQUEST = /\b(?:telephone|phone|ring|call)\s+(?:me|us|him|her|them|the\s+\w+|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\w+)\b/i;

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
        { letter: 'stage1-response', text: 'You asked us to correspond with you by letter only. Could you ring the team manager, Mrs Obi, to talk this through? We cannot take your complaint any further until you have done so.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'You have asked us to contact you by email only, and we will. If you would ever like to meet, we would be happy to arrange it.' },
        { letter: 'stage1-response', text: 'You have told us you do not want to meet, so we will not ask you to: we will keep in touch with you in writing.' },
        { letter: 'stage1-response', text: 'You have asked us to contact you by email only. The team manager has telephoned the school for its records, and your complaint is on hold until they arrive.' },
      ],
    },
  },
  check(model) {
    const preference = model.sentences.find((s) => statesPreference(s.text));
    if (!preference) return [];
    const reportedElsewhere = (STATEMENT_LETTERS as readonly string[]).includes(model.inference.letterType)
      ? new Set(statementPreconditions(model).map((s) => s.start))
      : new Set<number>();
    const candidate = (s: Sentence) => s !== preference && !statesPreference(s.text) && !matches(OPTIONAL, s) && !reportedElsewhere.has(s.start);
    const conditions = model.sentences.filter((s) => candidate(s) && matches(MEETING, s) && matches(NECESSITY, s));
    const flagged = new Set(conditions);
    const spans: Span[] = conditions.map((s) => ({ start: s.start, end: s.end }));
    // The complaint put on hold until the meeting or call asked for just before ("Please telephone Mr
    // Fairley to arrange a meeting. Your complaint will remain on hold until this has taken place.").
    for (const s of model.sentences) {
      if (flagged.has(s) || !candidate(s) || !matches(HELD_UNTIL, s)) continue;
      if (matches(MEETING, s)) {
        spans.push({ start: s.start, end: s.end });
        continue;
      }
      const previous = sentencesBefore(model, s, 1)[0];
      if (!previous || !matches(POINTS_BACK, s) || flagged.has(previous) || reportedElsewhere.has(previous.start) || matches(OPTIONAL, previous)) continue;
      if (!matches(MEETING, previous) && !matches(CALL_REQUEST, previous)) continue;
      spans.push(previous.block === s.block ? { start: previous.start, end: s.end } : { start: s.start, end: s.end });
    }
    spans.sort((a, b) => a.start - b.start);
    return spans
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
