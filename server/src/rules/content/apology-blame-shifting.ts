import type { Rule } from '../types';
import { APOLOGY } from '../phrases';
import { matches } from '../../model/memo';

/**
 * After the apology, in the same sentence: "but", "however", "although"… and the complainant as
 * the one at fault ("but you did not return the form", "however, your failure to attend…").
 */
const THEN_BLAME =
  /\b(?:but|however|although|though|that\s+said|nevertheless)\b[^.;]{0,100}?(?:\byou\s+(?:also\s+|yourself\s+)?(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|have\s+not|haven['’]t|failed\s+to|chose\s+(?:not\s+)?to|refused\s+to|decided\s+not\s+to|were\s+(?:late|unavailable|not\s+available|not\s+at\s+home)|should\s+have|could\s+have|cancelled|missed|delayed|caused|contributed\s+to)|\byour\s+(?:own\s+)?(?:failure|delay|refusal|lack\s+of\s+(?:co-?operation|engagement|response)|(?:late|non-?)\s*(?:response|reply|attendance|engagement|co-?operation))\b)/i;
/** The same, before the apology: "Although you did not return the form, I apologise for the delay." */
const BLAME_FIRST =
  /\b(?:although|though|while|whilst|even\s+though)\s+(?:you|your)\b[^.;]{0,80}?\b(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|failed|chose|refused|were\s+late|missed|cancelled|caused|delayed|should\s+have|failure|refusal)\b/i;

export const blameShifting: Rule = {
  meta: {
    id: 'apology/blame-shifting',
    title: 'An apology that puts the fault on the complainant in the same breath',
    defaultSeverity: 'info',
    citation: 'LGSCO Guidance on remedies s3.2 (an apology accepts responsibility, without qualification) [I]; catalogue rule 41',
    description:
      'An apology followed, in the same sentence, by “but you did not…” or “however, your failure to…” (or opened by “although you…”) takes back what it gives: it reads as blaming the complainant. Apologise for what the council got wrong, and give any explanation about the complainant’s part separately and factually, in a sentence of its own. Conditional apologies (“we apologise if…”) are apology/non-apology’s. Information only: the explanation may be fair; the sentence is what to change.',
    appliesTo: 'any-letter',
    fixable: false,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'I am sorry for the delay in arranging the assessment, but you did not return the consent form until 4 June.' },
        { letter: 'stage2-adjudication', text: 'We apologise that the review was late; however, your failure to attend two appointments contributed to this.' },
        { letter: 'stage1-response', text: 'Although you cancelled the first visit, I apologise that the second visit did not happen.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'I am sorry for the delay in arranging the assessment. The consent form we needed reached us on 4 June, and the assessment started the following week.' },
        { letter: 'stage1-response', text: 'I am sorry for the delay, but I hope this letter now answers your concerns.' },
        { letter: 'stage1-response', text: 'I apologise that the social worker did not call you back, but we have now arranged a meeting for 12 June.' },
        { letter: 'stage1-response', text: 'I am sorry that you did not receive our letter of 3 May.' },
      ],
    },
  },
  check(model) {
    return model.sentences
      .filter((s) => {
        if (!matches(APOLOGY, s)) return false;
        const apology = APOLOGY.exec(s.text);
        return (apology !== null && THEN_BLAME.test(s.text.slice(apology.index))) || matches(BLAME_FIRST, s);
      })
      .map((sentence) => ({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This apology puts the fault on the complainant in the same sentence (“but you did not…”), which takes the apology back. Apologise for what the council got wrong, and give any explanation of the complainant’s part separately, in a sentence of its own.',
        fixes: [],
      }));
  },
};
