import type { Rule } from '../types';
import { missingParagraphFinding } from '../helpers';
import { advocacyParagraph } from '../wording';
import { matches } from '../../model/memo';

/** The letter is written to a child, a young person or a care leaver (not to a parent about a child). */
const TO_A_CHILD = [
  /\byou\s+(?:are|were|have\s+been|became|are\s+now|are\s+still)\s+(?:(?:a|still|now|no\s+longer)\s+)*(?:looked[\s-]after|in\s+care|a\s+care\s+leaver|leaving\s+care|accommodated|in\s+foster\s+care|a\s+child\s+in\s+care|a\s+looked[\s-]after\s+(?:child|young\s+person))\b/i,
  /\b(?:you\s+are|you['’]re|you\s+were|you\s+became)\s+(?:now\s+|still\s+)?a\s+(?:care\s+leaver|care[\s-]experienced\s+(?:young\s+)?(?:person|adult)|young\s+person\s+(?:in|leaving)\s+care|looked[\s-]after\s+(?:child|young\s+person)|young\s+person\s+who\s+(?:is|was)\s+looked\s+after)\b|\bas\s+a\s+(?:care\s+leaver|care[\s-]experienced\s+(?:young\s+)?(?:person|adult)|looked[\s-]after\s+(?:child|young\s+person))\s*,?\s+you\b/i,
  /\bwhen\s+you\s+(?:were|came|went|left|lived)\s+(?:in|into)?\s*(?:care|foster\s+care|your\s+(?:placement|foster\s+home|children['’]s\s+home))\b/i,
  /\byour\s+(?:foster\s+(?:carers?|parents?|mum|dad|family|home)|personal\s+adviser|pathway\s+plan|leaving\s+care\s+(?:worker|team|plan|grant|allowance)|independent\s+reviewing\s+officer|IRO|children['’]s\s+home|residential\s+(?:home|placement|unit)|key\s*worker|birth\s+(?:mum|dad|mother|father|family|parents?)|mum|dad|carers|looked[\s-]after\s+(?:child\s+)?reviews?|setting[\s-]up[\s-]home\s+(?:allowance|grant)|staying\s+put)\b/i,
  /\byour\s+(?:16th|sixteenth|17th|seventeenth|18th|eighteenth|21st|twenty-first)\s+birthday\b/i,
];
/** Advocacy information already given. */
const ADVOCACY = /\badvoca(?:te|tes|cy)\b|\bNYAS\b|\bCoram\s+Voice\b|\bchildren['’]?s\s+rights\s+(?:officer|service|worker|team)\b|\bVoiceability\b/i;

export const missingAdvocacyOffer: Rule = {
  meta: {
    id: 'advocacy/missing-offer',
    title: 'Letter to a child, young person or care leaver without advocacy information',
    defaultSeverity: 'warning',
    citation:
      'Children Act 1989 s26A (the council must provide advocacy services for children and care leavers making or intending to make representations, and information about them; the provision named in SI 2006/1738 reg 2) [I: letter-level requirement]',
    description:
      'Children, young people and care leavers who complain have a right to an advocate, and the council must tell them about advocacy services and help them get one (Children Act 1989 s26A). A letter written to a child, a young person in care or a care leaver (it speaks of “your foster carers”, “your personal adviser”, “your pathway plan”, “when you were in care”…) should say how to get an advocate. Letters to parents about a child are not checked. The fix inserts the advocacy paragraph before the sign-off.',
    appliesTo: 'any-letter',
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'You told us that your personal adviser did not reply to your messages about your pathway plan for six weeks. I uphold your complaint and I apologise: your adviser will now meet you every month.' },
        { letter: 'stage2-acknowledgement', text: 'Thank you for asking for a Stage 2 investigation of your complaint about the way your foster carers were told about your contact with your mum.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'You told us that your personal adviser did not reply to your messages. I uphold your complaint. You can have an advocate to help you: Example Advocacy can help, free of charge.' },
        { letter: 'stage1-response', text: 'You told us that your son’s foster carers were not told about the change to his contact arrangements. I uphold your complaint.' },
      ],
    },
  },
  check(model, context) {
    const addressed = model.sentences.find((s) => TO_A_CHILD.some((pattern) => pattern.test(s.text)));
    if (!addressed) return [];
    if (model.sentences.some((s) => matches(ADVOCACY, s))) return [];
    const finding = missingParagraphFinding(model, {
      ruleId: this.meta.id,
      message:
        'This letter is written to a child, young person or care leaver but does not tell them they can have an advocate, or how to get one. The council must offer advocacy to children and care leavers who complain (Children Act 1989 s26A).',
      paragraph: advocacyParagraph(context.council),
      fixTitle: 'Insert the advocacy paragraph before the sign-off',
      group: 'advocacy-paragraph',
      safe: true,
    });
    return finding ? [finding] : [];
  },
};
