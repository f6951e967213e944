import type { Fix, Rule } from '../types';
import { NON_APOLOGY_COMPLAINING, NON_APOLOGY_CONDITIONAL, NON_APOLOGY_FEELINGS, NON_APOLOGY_HEDGED } from '../phrases';
import { rewriteFix } from './shared';
import { sentencesOfBlock } from '../helpers';
import { outcomeOf } from '../../model/complaintPoints';
import type { LetterModel } from '../../model/letterModel';
import type { Sentence } from '../../model/voice';
import { matches } from '../../model/memo';

const NON_APOLOGY_KINDS = [NON_APOLOGY_FEELINGS, NON_APOLOGY_COMPLAINING, NON_APOLOGY_CONDITIONAL, NON_APOLOGY_HEDGED];

const BELIEF = /\b(?:feel|felt|believe|believed|consider|considered|perceive|perceived|think|thought)\b/i;

/** An admission beside the feelings ("sorry you felt ignored when we did not return your calls") makes it a real apology. */
const ADMISSION =
  /\b(?:because|as|when|since|after)\s+(?:we|I|the\s+council|our\s+\w+|staff|the\s+team|he|she|they|the\s+(?:[\w-]+\s+){0,3}(?:worker|officer|manager|team|service|adviser|carer))\s+(?:did\s+not|didn['’]t|failed|had\s+not|hadn['’]t|were\s+not|was\s+not|wasn['’]t|weren['’]t|should\s+have|made|got|let|forgot|neglected|never)\b/i;
/** "… you feel that our communication was poor": the clause after the feeling names what went wrong. */
const FEELING_CLAUSE =
  /\b((?:sorry|apologi[sz]e))\s+(?:that\s+)?you\s+(?:(?:may|might|have|may\s+have|might\s+have)\s+)?(?:feel|felt|believe|believed|think|thought)\s+(?:that\s+)?(?=(?:our|the|we|your|this|it|there|staff|I|[A-Z]\w+['’]s)\b)/i;
const HEDGE_ANY = /\b(for\s+)(any)(\s+(?:\w+\s+){0,3}?(?:inconvenience|distress|upset|frustration|difficult(?:y|ies)|concern|disappointment|confusion|offence|worry|anxiety|stress|hurt|trouble)\b(?:\s+(?:and|or)\s+\w+)?\s+(?:(?:that|which)\s+)?(?:this|that|it|these|we|our\s+\w+|the\s+\w+|they)?\s*)(?:may|might|could)\s+have\s+(caused|been\s+caused)/i;

const TEMPLATE = 'I apologise that [say what the Council got wrong]. [Say what this meant for you, and what we will do to put it right.]';

/** The sentence, or its paragraph, finds no fault ("I do not uphold this part…") and upholds nothing. */
function notAtFault(model: LetterModel, sentence: Sentence): boolean {
  const outcomes = sentencesOfBlock(model, sentence.block).map((s) => outcomeOf(s.text)).filter(Boolean);
  return outcomes.length > 0 && outcomes.every((o) => o === 'not-upheld' || o === 'no-finding');
}

export const nonApology: Rule = {
  meta: {
    id: 'apology/non-apology',
    title: 'Non-apology: sorry for the complainant’s feelings, conditional or hedged',
    defaultSeverity: 'warning',
    citation:
      'LGSCO Guidance on remedies, Part 3 s3.2 (an effective apology accepts that the organisation got things wrong and recognises the impact; apologies "of the \'we are sorry you felt it necessary to complain\' type" are unlikely to be adequate); Kent 24 003 150 and Lewisham 23 020 345 (consider the guidance when apologising)',
    description:
      'An apology should say what the council got wrong and what it meant for the complainant. Being “sorry you feel…”, “sorry you were upset”, “sorry if…”, “sorry you felt it necessary to complain”, or regretting “any inconvenience this may have caused” apologises for the complainant’s reaction, or for nothing in particular, and is not an effective apology. Genuine apologies (“I apologise that we did not return your calls”) and sympathy (“I was sorry to hear about…”, or being sorry someone is disappointed in a paragraph that finds no fault) are not flagged. The fixes rewrite the wording; they are never applied automatically, because an apology is an admission the officer must decide on.',
    appliesTo: 'any-letter',
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'We are sorry that you feel our communication with you was poor.' },
        { letter: 'stage1-response', text: 'I apologise if you were upset by the social worker’s comments during the visit.' },
        { letter: 'stage1-response', text: 'The Council regrets any inconvenience this may have caused you.' },
        { letter: 'stage2-adjudication', text: 'I am sorry you felt it necessary to complain.' },
        { letter: 'stage1-response', text: 'We apologise for any distress that this may have caused.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'I apologise that we did not return your calls for three weeks; this left you without support when you needed it.' },
        { letter: 'stage1-response', text: 'I was sorry to hear about the difficulties your family has faced this year.' },
        { letter: 'stage1-response', text: 'I am sorry that you felt ignored when we did not return your calls, and I apologise for that.' },
      ],
    },
  },
  check(model) {
    const findings = [];
    for (const sentence of model.sentences) {
      // Most sentences are no apology at all: answered once per sentence text.
      if (!NON_APOLOGY_KINDS.some((pattern) => matches(pattern, sentence))) continue;
      const text = sentence.text;
      const feelings = NON_APOLOGY_FEELINGS.exec(text);
      const complaining = NON_APOLOGY_COMPLAINING.exec(text);
      const conditional = NON_APOLOGY_CONDITIONAL.exec(text);
      const hedged = NON_APOLOGY_HEDGED.exec(text);
      // Being sorry someone is disappointed by a decision that was not at fault is sympathy, not a
      // non-apology; being "sorry you feel you were not kept informed" doubts their account, at fault or not.
      const sympathy = feelings && !BELIEF.test(feelings[0]) && notAtFault(model, sentence);
      if (!complaining && !conditional && !hedged && !(feelings && !ADMISSION.test(text) && !sympathy)) continue;
      const fixes: Fix[] = [];
      const clause = !complaining && !conditional ? FEELING_CLAUSE.exec(text) : null;
      const hedge = hedged ? HEDGE_ANY.exec(text) : null;
      if (clause) {
        const start = sentence.start + clause.index;
        const end = start + clause[0].length;
        fixes.push({
          title: 'Apologise for what went wrong, not for the feeling',
          edits: [{ start, end, newText: `${clause[1]} that ` }],
          preferred: true,
          safe: false,
        });
      } else if (hedge) {
        // "for any distress this may have caused" → "for the distress this caused".
        const start = sentence.start + hedge.index;
        const end = start + hedge[0].length;
        fixes.push({
          title: 'Apologise for the effect, without “any … may have”',
          edits: [{ start, end, newText: `${hedge[1]}the${hedge[3]}caused` }],
          preferred: true,
          safe: false,
        });
      }
      fixes.push({ ...rewriteFix('Replace with a specific apology to complete', sentence, TEMPLATE), preferred: fixes.length === 0 });
      const kind = complaining
        ? 'apologises for the complainant having complained'
        : conditional
          ? 'is conditional (“if…”)'
          : hedged
            ? 'is hedged and non-specific (“any … may have caused”, “regret”)'
            : 'apologises for how the complainant feels, not for what the council did';
      findings.push({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message: `This apology ${kind}. An effective apology says what the council got wrong and what it meant for the complainant (LGSCO Guidance on remedies s3.2).`,
        fixes,
      });
    }
    return findings;
  },
};
