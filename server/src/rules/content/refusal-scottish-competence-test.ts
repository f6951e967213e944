import type { Rule } from '../types';
import { noAgePresumptionSentence } from '../wording';
import { rewriteFix } from './shared';
import { matches } from '../../model/memo';

const AGE_12 =
  /\b(?:aged?|age\s+of|over(?:\s+the\s+age\s+of)?|at\s+least|from(?:\s+the\s+age\s+of)?|older\s+than|above)\s+(?:12|twelve)\b|\b(?:12|twelve)\s+(?:years?\s+(?:old\s+|of\s+age\s+)?)?(?:or|and)\s+(?:over|above|older)\b|\bunder\s+(?:the\s+age\s+of\s+)?(?:12|twelve)\b/i;
const COMPETENCE =
  /\b(?:competen\w*|capacity|consent\w*|mature\s+enough|old\s+enough|make\s+(?:their|his|her)\s+own\s+decisions?|decide\s+(?:for\s+(?:themselves|himself|herself)|whether)|exercise\s+(?:their|his|her)\s+(?:own\s+)?(?:data\s+protection\s+)?rights|(?:data\s+protection|privacy|information)\s+rights|understand\w*|agree(?:s|d)?\s+to\s+(?:the\s+)?shar\w*|(?:decide|choose)\s+who)\b/i;
const SCOTTISH = /\bsection\s+208\b|\bs\.?\s*208\b|\bAge\s+of\s+Legal\s+Capacity\s+\(Scotland\)|\bScottish\s+(?:standard|test|law|rule|presumption)\b/i;
/** The letter itself puts the Scottish rule aside. */
const ENGLISH_TEST =
  /\bgillick\b|\bno\s+(?:fixed\s+|set\s+)?(?:age|presumption)\b|\bnot\s+(?:presumed|assumed)\b|\b(?:does|do)\s+not\s+apply\b|\bonly\s+(?:applies\s+)?in\s+scotland\b|\bin\s+england\b[^.]{0,60}\b(?:no|not)\b|\bfraser\b/i;

/** A cheap screen: only sentences that mention twelve, section 208 or Scotland can match. */
const MAYBE = /12|twelve|208|scot/i;

export const scottishCompetenceTest: Rule = {
  meta: {
    id: 'refusal/scottish-competence-test',
    title: 'Scottish age-12 competence presumption applied in an English letter',
    defaultSeverity: 'warning',
    citation:
      'Data Protection Act 2018 s208(3) (the presumption that a child aged 12 or over can exercise data protection rights applies in Scotland only); ICO guidance on children’s capacity; LGSCO Bexley 24 016 952 (the council "applied a Scottish standard for child competency rather than the English standard test")',
    description:
      'In England a child’s competence to make a decision (such as refusing to let information be shared) depends on their understanding of it (the Gillick test), not on an age. The presumption that a child aged 12 or over has capacity is Scottish law (DPA 2018 s208). A letter that treats a child as competent, or not, because they are over or under 12, or cites section 208, applies the wrong test. A letter that mentions the Scottish rule to set it aside is correct.',
    appliesTo: 'any-letter',
    fixable: true,
    examples: {
      faulty: [
        { letter: 'refusal', text: 'As your daughter is over 12, she is presumed to be competent to decide whether her information is shared with you.' },
        { letter: 'stage1-response', text: 'Children aged 12 and over can make their own decisions about their personal information, so we must respect Sam’s wishes.' },
        { letter: 'refusal', text: 'Under section 208 of the Data Protection Act 2018, a young person of Jade’s age is able to refuse consent.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'Jade is 14. We have considered whether she understands what sharing her information with you would mean (Gillick competence), and we think she does.' },
        { letter: 'stage1-response', text: 'In Scotland children aged 12 or over are presumed to be competent, but that rule does not apply in England; we have assessed Jade’s understanding instead.' },
      ],
    },
  },
  check(model) {
    return model.sentences
      .filter((s) => matches(MAYBE, s) && ((matches(AGE_12, s) && matches(COMPETENCE, s)) || matches(SCOTTISH, s)) && !matches(ENGLISH_TEST, s))
      .map((sentence) => ({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This applies an age-12 presumption of competence, which is Scottish law (DPA 2018 s208). In England the question is whether the child understands the decision (Gillick competence), whatever their age (Bexley 24 016 952).',
        fixes: [rewriteFix('Replace with the English test (the child’s understanding)', sentence, noAgePresumptionSentence())],
      }));
  },
};
