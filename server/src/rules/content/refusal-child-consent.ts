import type { Finding, Rule } from '../types';
import { parentCanComplainParagraph } from '../wording';
import { addressesSufficientInterest, CONSEQUENTLY, previousSentence, REFUSES, rewriteFix, sentencesBefore } from './shared';
import { matches } from '../../model/memo';

/** The child's consent, agreement or wishes as the reason. */
const CONSENT =
  /\b(?:consent\w*|permission|agreement|agrees?|agreed|authority|does\s+not\s+(?:want|wish)|did\s+not\s+(?:want|wish)|doesn['’]t\s+want|didn['’]t\s+want|not\s+(?:want|wish)\s+(?:you|us|her|him|them|for|to)|has\s+not\s+(?:given|agreed)|refused\s+(?:for|to|consent|permission)|object(?:s|ed)?\s+to|(?:his|her|their)\s+wish(?:es)?|wishes\s+of)\b/i;
/** The child (or young person) whose consent is meant. */
const CHILD =
  /\b(?:your\s+(?:son|daughter|child|children|grandson|granddaughter|stepson|stepdaughter)|he|she|they|the\s+(?:child|young\s+person|young\s+people|children)|his|her|their|aged\s+1[2-7]|is\s+(?:now\s+)?1[2-7]|who\s+is\s+1[2-7]|(?:over|under)\s+(?:the\s+age\s+of\s+)?1[2-8])\b/i;
/** "Jade’s consent" (a name: case matters). */
const NAMED_CHILD = /\b[A-Z][a-z]+['’]s\s+(?:written\s+)?(?:consent|agreement|permission|wish)/;
const isChild = (text: string) => CHILD.test(text) || NAMED_CHILD.test(text);

/** A complaint being refused, not information being withheld. */
const COMPLAINT_CONTEXT = /\bcomplain\w*|\bconcerns?\b|\brepresentations?\b|\bstage[\s-]*(?:1|2|3|one|two|three)\b|\binvestigat\w*/i;
/** What may properly be limited: sharing the child's information. */
const SHARING =
  /\b(?:shar(?:e|ed|ing)|disclos\w*|releas\w*|pass(?:ing)?\s+on|discuss\w*\s+(?:\w+\s+){0,3}with\s+you|tell\s+you|give\s+you|provide\s+you|send\s+you|copy\s+of|access\s+to\s+(?:his|her|their)|(?:his|her|their)\s+(?:records?|files?|information|data|details)|subject\s+access)\b/i;
/** The refusal itself is about sharing ("we cannot consider sharing…"). */
const REFUSES_SHARING =
  /\b(?:cannot|can\s*not|can['’]t|unable\s+to|not\s+(?:be\s+)?able\s+to|will\s+not|won['’]t|not\s+possible\s+to)\s+(?:\w+\s+){0,3}?(?:shar\w*|disclos\w*|releas\w*|discuss\w*|tell|give|provide|send|pass)\b/i;
/** A complaint made on the child's behalf, which differs from the parent's own complaint. */
const ON_BEHALF = /\bon\s+(?:his|her|their|[A-Z][a-z]+['’]s|the\s+child['’]s|your\s+(?:son|daughter|child)['’]s)\s+behalf\b/;

/** "We need Jade’s consent before we can consider your complaint." */
const NEEDS_CONSENT =
  /\b(?:need|needs|require[sd]?|must\s+(?:have|obtain|get)|have\s+to\s+(?:get|obtain|have)|would\s+need)\b[^.]{0,40}\b(?:consent|agreement|permission)\b[^.]{0,60}\b(?:before|to|in\s+order\s+to|so\s+that)\s+(?:we\s+(?:can|could)\s+)?(?:investigat|consider|progress|look\s+into|deal\s+with|respond|proceed|accept)/i;

export const childConsent: Rule = {
  meta: {
    id: 'refusal/child-consent',
    title: 'Parent’s complaint refused because the child does not consent',
    defaultSeverity: 'error',
    citation:
      'LGSCO Bexley 24 016 952, recounting its earlier finding (very likely 23 014 095): refusing the complaint because the child "did not consent" was a flawed decision, "because the investigation did not rely on sharing personal information"; LGSCO news, July 2019 (Lancashire): councils can investigate parents’ complaints without the consent of the child',
    description:
      'A parent (or anyone with parental responsibility) complains in their own right and does not need the child’s consent: the council must consider the complaint. What the child’s wishes can limit is the personal information about the child that the council shares with the parent. The rule fires when a complaint is refused, paused or made conditional on the child’s consent, agreement or wishes; a letter that investigates but withholds some information is correct, and so is one deciding whether someone without parental responsibility has sufficient interest in the child’s welfare, where the child’s views count (refusal/not-eligible-without-decision). The fix replaces the refusal with the correct position; it is never applied automatically.',
    appliesTo: ['refusal', 'stage1-acknowledgement', 'stage1-response', 'stage2-acknowledgement', 'stage2-extension', 'stage2-adjudication', 'unknown-letter'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'refusal', text: 'Jade is 16 and has told us that she does not want her information shared with you. We are therefore unable to investigate your complaint.' },
        { letter: 'refusal', text: 'We cannot consider your complaint about your son’s placement without his consent, as he is now 17.' },
        { letter: 'refusal', text: 'We would need your daughter’s written agreement before we could look into your concerns.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'Jade is 16 and has asked us not to share her personal information with you. We have investigated your complaint, but there are some details of her placement that we cannot share with you without her agreement.' },
        { letter: 'stage1-response', text: 'Because Jade did not consent, we cannot discuss her health with you. This does not stop us investigating your complaint, which we have done.' },
      ],
    },
  },
  check(model) {
    // A letter deciding whether a relative or friend has sufficient interest rightly weighs the
    // child's views: that person is not a parent complaining as of right.
    if (addressesSufficientInterest(model)) return [];
    const findings: Finding[] = [];
    for (const sentence of model.sentences) {
      const text = sentence.text;
      const refuses = (matches(REFUSES, sentence) && !matches(REFUSES_SHARING, sentence)) || matches(NEEDS_CONSENT, sentence);
      if (!refuses) continue;
      const before = previousSentence(model, sentence);
      let reason = CONSENT.test(text) && isChild(text);
      // "She does not want her information shared. … We are therefore unable to investigate."
      if (!reason && CONSEQUENTLY.test(text)) reason = sentencesBefore(model, sentence, 3).some((s) => matches(CONSENT, s) && isChild(s.text));
      if (!reason) continue;
      if (!COMPLAINT_CONTEXT.test(text + ' ' + (before?.text ?? ''))) continue;
      // A complaint made on the child's behalf (not the parent's own) may need the child's agreement.
      if (ON_BEHALF.test(text)) continue;
      // "We cannot share her records without her consent" limits disclosure, which is allowed.
      if (SHARING.test(text) && !/\b(?:your\s+complaint|your\s+concerns|the\s+complaint|investigat\w*)\b/i.test(text)) continue;
      findings.push({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This refuses (or makes conditional) a parent’s complaint because the child does not consent. A parent complains in their own right and does not need the child’s consent; the child’s wishes may limit what personal information is shared with the parent, not whether the complaint is investigated (Bexley 24 016 952).',
        fixes: [rewriteFix('Replace with the parent’s right to complain, limiting only what is shared', sentence, parentCanComplainParagraph())],
      });
    }
    return findings;
  },
};
