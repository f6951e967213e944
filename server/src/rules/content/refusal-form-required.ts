import type { Rule } from '../types';
import { noFormNeededSentence } from '../wording';
import { previousSentence, rewriteFix } from './shared';
import { matches } from '../../model/memo';

/** A form made compulsory. */
const FORM_REQUIRED =
  /\b(?:must|has\s+to|have\s+to|need\s+to|needs\s+to|will\s+need\s+to)\s+be\s+(?:made|submitted|sent|completed|returned|done|put|received)\s+(?:on|using|via|through|in|with)\s+(?:[\w’'-]+\s+){0,4}?forms?\b|\b(?:must|need\s+to|needs\s+to|will\s+need\s+to|would\s+need\s+to|have\s+to|has\s+to|are\s+required\s+to|is\s+required\s+to|required\s+to|(?:is|are)\s+obliged\s+to)\s+(?:\w+\s+){0,2}?(?:use|complete|fill\s+(?:in|out)|return|submit|sign)\s+(?:[\w’'-]+\s+){0,6}?forms?\b|\b(?:only|not)\s+(?:be\s+)?(?:accept\w*|consider\w*|process\w*|progress\w*|valid|logged|registered)\b[^.]{0,60}\b(?:unless|if|on|using|via|through|by)\b[^.]{0,40}\bforms?\b|\bforms?\s+(?:is|are|must\s+be)\s+(?:required|mandatory|compulsory|needed|essential)\b|\b(?:can|may)\s+only\s+(?:ask|request|apply|escalate|complain|make\s+(?:a|your)\s+(?:request|complaint)|be\s+made)\b[^.]{0,60}\bforms?\b|\bwithout\s+(?:a|the|our|this|your)\s+(?:completed\s+|signed\s+)?(?:\w+\s+){0,2}forms?\b[^.]{0,60}\b(?:cannot|can['’]t|unable|will\s+not|won['’]t)|\b(?:cannot|can['’]t|unable\s+to|will\s+not|won['’]t)\b[^.]{0,60}\b(?:until|unless|without)\b[^.]{0,40}\bforms?\b/i;
/** The form offered, not imposed. */
const OPTIONAL_FORM =
  /\bno\s+(?:[\w-]+\s+){0,2}forms?\b|\bnot\s+(?:\w+\s+){0,3}(?:use|complete|fill\s+(?:in|out))\s+(?:\w+\s+){0,3}forms?\b|\b(?:do(?:es)?\s+not|don['’]t|no)\s+(?:\w+\s+)?(?:need|have|require)\w*\b[^.]{0,30}\bform|\bif\s+you\s+(?:wish|prefer|want|like|find\s+it\s+(?:easier|helpful))\b|\boptional\b|\bor\s+(?:by\s+)?(?:letter|e-?mail|phone|telephone|writing|write|call|contact)\b|\bnot\s+(?:required|necessary|needed|essential)\b|\bor\s+(?:you\s+can\s+)?(?:simply\s+)?(?:write|email|e-mail|phone|call|tell)\b/i;
/** Forms that have nothing to do with making a complaint (a payment, a subject access request). */
const OTHER_FORM = /\b(?:bank|payment|expenses?|claim|subject\s+access|SAR|data\s+protection|consent\s+form|authority\s+form|mandate|direct\s+debit|invoice|application\s+for\s+(?:a\s+)?(?:grant|allowance|service))\b/i;
const COMPLAINT_CONTEXT = /\bcomplain\w*|\bstage[\s-]*(?:1|2|3|one|two|three)\b|\bpanel\b|\bescalat\w*|\breview\b|\brequest\b|\brepresentations?\b|\binvestigat\w*/i;

export const formRequired: Rule = {
  meta: {
    id: 'refusal/form-required',
    title: 'A form required to complain or to ask for the next stage',
    defaultSeverity: 'warning',
    citation:
      'LGSCO Lewisham 24 015 996 (report, 24 June 2025: "A complainant does not need to complete a specific form" as long as there is enough information to understand the complaint)',
    description:
      'A complainant does not need a particular form to complain or to ask for Stage 2 or a Review Panel: a letter, an email or a phone call is enough, as long as it is clear what the complaint is. Offering a form is fine; making it a condition (“you must complete the enclosed form”, “requests will only be accepted on the form”) is not. The fix replaces the sentence; it is never applied automatically.',
    appliesTo: 'any-letter',
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'If you are not satisfied, you can ask for a Stage 2 investigation within 20 working days. You must complete the enclosed Stage 2 request form.' },
        { letter: 'stage2-adjudication', text: 'You can ask for a Stage 3 Review Panel within 20 working days. Requests will only be accepted on the Council’s panel request form.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'If you are not satisfied, you can ask for a Stage 2 investigation within 20 working days. You can use the enclosed form if you wish, or write to us, email or phone.' },
        { letter: 'stage2-adjudication', text: 'To receive the payment, you will need to complete the enclosed bank details form.' },
      ],
    },
  },
  check(model, context) {
    return model.sentences
      .filter((s) => {
        if (!matches(FORM_REQUIRED, s) || matches(OPTIONAL_FORM, s) || matches(OTHER_FORM, s)) return false;
        const before = previousSentence(model, s);
        return COMPLAINT_CONTEXT.test(s.text + ' ' + (before?.text ?? ''));
      })
      .map((sentence) => ({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This makes a form a condition of complaining or of asking for the next stage. No particular form is needed: a letter, email or phone call is enough (Lewisham 24 015 996). Offer the form as an option only.',
        fixes: [rewriteFix('Replace with “You do not need to use a form…”', sentence, noFormNeededSentence(context.council))],
      }));
  },
};
