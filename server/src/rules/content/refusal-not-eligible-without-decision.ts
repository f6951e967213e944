import type { Rule } from '../types';
import { sufficientInterestDecision } from '../wording';
import { addressesSufficientInterest, rewriteFix } from './shared';
import { paragraphText } from '../helpers';
import { matches } from '../../model/memo';

/**
 * The person is told they cannot complain at all: not entitled, not eligible, no right to, not a
 * person who can. (Whether the subject can be complained about is another matter: see SUBJECT_BAR.)
 */
const NOT_ENTITLED =
  /\b(?:are|is|were|was)\s+(?:(?:therefore|also|currently)\s+)?not\s+(?:(?:therefore|currently|legally)\s+)?(?:entitled|eligible|able|permitted|allowed|someone\s+who\s+(?:can|is\s+able)|a\s+person\s+who\s+(?:can|is\s+able))\s+to\s+(?:make\s+(?:a|this|the|your)\s+|raise\s+(?:a|this)\s+|bring\s+(?:a|this)\s+|submit\s+(?:a|this)\s+)?complain\w*|\bnot\s+(?:entitled|eligible)\s+to\s+(?:use|access)\s+(?:the|this|our)\s+(?:statutory\s+|children['’]?s\s+)?complaints?\s+(?:procedure|process)|\b(?:do|does)\s+not\s+have\s+(?:the\s+|a\s+|any\s+)?(?:legal\s+)?(?:right|standing|entitlement|eligibility)\s+to\s+(?:make\s+a\s+|raise\s+a\s+|bring\s+a\s+)?complain\w*|\bnot\s+(?:an?\s+)?(?:eligible|qualifying)\s+(?:person|complainant)\b|\bonly\s+(?:the\s+child|(?:a\s+)?parents?|people|persons?|those|someone)\b[^.]{0,60}\b(?:can|may|are\s+able\s+to|are\s+entitled\s+to|is\s+entitled\s+to)\s+(?:make\s+a\s+)?complain\w*/i;
/** "We cannot accept a complaint from you …": a refusal of the person, when a reason about who they are goes with it. */
const REFUSES_THE_PERSON =
  /\b(?:cannot|can\s*not|can['’]t|unable\s+to|will\s+not|won['’]t|not\s+able\s+to|not\s+in\s+a\s+position\s+to)\s+(?:accept|consider|register|investigate|log|deal\s+with|take\s+forward)\s+(?:a\s+|any\s+|your\s+|this\s+|the\s+)?complaints?\s+(?:made\s+)?(?:from|by)\s+you\b/i;
/** Who the person is: the reasons councils give for turning a relative or friend away. */
const WHO_THEY_ARE =
  /\bparental\s+responsibility\b|\bnot\s+(?:the|a|his|her|their)\s+(?:child['’]s\s+)?(?:parent|legal\s+guardian|guardian|mother|father)\b|\b(?:grand(?:mother|father|parent)s?|aunt|uncle|relatives?|family\s+(?:member|friend)|friend|neighbour|former\s+foster\s+carer|step-?(?:mother|father|parent))\b/i;
/** A bar on the subject or the time, not on the person (other rules read those). */
const SUBJECT_BAR =
  /\b(?:court|judge|proceedings|police|school|academy|NHS|hospital|GP|Ofsted|tribunal|time\s+limit|out\s+of\s+time|within\s+(?:a|one|12)\s+(?:year|months?)|already\s+been\s+(?:investigated|considered|answered))\b/i;
/** The child's own wishes or competence, which refusal/child-consent and refusal/scottish-competence-test read. */
const CHILD_CONSENT = /\bconsent\b|\bdoes\s+not\s+(?:want|wish|agree)\b|\bdo(?:es)?\s+not\s+agree\b|\bcompeten\w*/i;
/** A paragraph admitting that an earlier refusal was wrong ("We told you that you could not complain. That was wrong."). */
const ADMITTED = /\bwrong(?:ly)?\b|\bshould\s+not\s+have\b|\bmistake\w*|\bin\s+error\b|\bincorrect\w*/i;

export const notEligibleWithoutDecision: Rule = {
  meta: {
    id: 'refusal/not-eligible-without-decision',
    title: 'A relative or friend told they cannot complain, without a sufficient-interest decision',
    defaultSeverity: 'warning',
    citation:
      'Children Act 1989 s26(3)(e) (anyone the council considers has sufficient interest in the child’s welfare may make representations); LG Inform duty 3558 [S]: decide as soon as possible, taking account of the child’s views, and say so if the answer is no; Barnet 24 009 108 (a refusal after applying that test was not fault)',
    description:
      'Besides the child, parents, people with parental responsibility and foster carers, anyone the council decides has sufficient interest in the child’s welfare may complain under the statutory procedure: a grandparent, an aunt, a family friend, a former foster carer. A letter that turns such a person away as “not entitled” or “not eligible” to complain, or because they do not have parental responsibility, without saying that the council considered whether they have sufficient interest and why it decided as it did, is a warning. A letter that states that decision and its reasons is correct, whatever the decision. The fix replaces the sentence with the decision to complete; it is never applied automatically.',
    appliesTo: 'any-letter',
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'refusal', text: 'As you are not Jayden’s parent and do not have parental responsibility for him, you are not entitled to make a complaint under the children’s complaints procedure.' },
        { letter: 'refusal', text: 'Thank you for your email about your granddaughter. We cannot accept a complaint from you because you do not have parental responsibility for Amira.' },
      ],
      correct: [
        { letter: 'refusal', text: 'As you do not have parental responsibility for Amira, you are not entitled to complain as her parent, but we will consider whether you have sufficient interest in her welfare and write to you with our decision by 3 March 2025.' },
        { letter: 'stage2-adjudication', text: 'In March the Council told you that you were not entitled to complain because you are Amira’s grandmother. That was wrong, and I apologise.' },
        { letter: 'refusal', text: 'We have considered whether you have sufficient interest in Jayden’s welfare for your complaint to be considered. We have decided that you do not, because you have not been in contact with him for six years and he has told us he does not want you to act for him. You are therefore not able to make a complaint under the children’s complaints procedure.' },
        { letter: 'refusal', text: 'You are not able to complain to us about the decision the family court made in March; only the court can change that decision.' },
        { letter: 'stage1-response', text: 'As Amira’s grandmother you can complain in your own right, and I have looked into each of your concerns below.' },
      ],
    },
  },
  check(model) {
    if (addressesSufficientInterest(model)) return [];
    return model.sentences
      .filter((s) => {
        const refusesThePerson = matches(NOT_ENTITLED, s) || (matches(REFUSES_THE_PERSON, s) && matches(WHO_THEY_ARE, s));
        if (!refusesThePerson || matches(CHILD_CONSENT, s) || ADMITTED.test(paragraphText(model, s.block))) return false;
        return !matches(SUBJECT_BAR, s) || matches(WHO_THEY_ARE, s);
      })
      .map((sentence) => ({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This tells the person they cannot complain without saying whether the council considered that they have sufficient interest in the child’s welfare, and why it decided as it did. Anyone the council decides has sufficient interest may complain (Children Act 1989 s26(3)(e)); the council must decide as soon as possible and give its reasons.',
        fixes: [rewriteFix('Replace with a sufficient-interest decision to complete', sentence, sufficientInterestDecision())],
      }));
  },
};
