import type { Finding, Rule } from './types';
import { offers, paragraphText, replaceFix } from './helpers';
import { DENIAL, OFFER, STAGE2_THING, STAGE3_THING } from './phrases';
import { matches } from '../model/memo';

/** The next stage, or further investigation, as the thing refused. */
const ESCALATION =
  /\bstage[\s-]*(?:2|two|3|three|II|III)\b|\b(?:review\s+)?panel\b|\bescalat\w*|\b(?:further|independent|formal)\s+investigation\b|\binvestigat\w*\s+(?:further|again)\b|\bnext\s+stage\b|\btake\s+(?:your\s+complaint|this|it|the\s+matter)\s+further\b/i;

/** Reasons that are themselves a refusal on the merits. */
const MERITS_REASON =
  /\b(?:do|does|did)\s+not\s+(?:consider|believe|think|feel|see\s+how|accept)\b[^.;]{0,100}\b(?:would|will|could)\s+(?:change|alter|affect|add\s+(?:anything|to)|lead\s+to|result\s+in|produce|reach|come\s+to)|\bunlikely\s+to\s+(?:come\s+to|reach|result\s+in|lead\s+to|produce|arrive\s+at)\s+(?:a\s+|any\s+)?(?:different|new|another|other)|\bgo(?:ing)?\s+over\s+the\s+same\s+ground\b|\b(?:would|will|could)\s+not\s+(?:lead\s+to|result\s+in|produce|bring\s+about|reach|come\s+to)\s+(?:a|any)\s+(?:different|new|other)\b|\b(?:would|will|could)\s+(?:therefore\s+)?(?:add|achieve|contribute)\s+(?:nothing|little)\b|\b(?:would|will|could)\s+(?:make\s+no|not\s+make\s+any)\s+difference|\b(?:would|will|could|is\s+unlikely\s+to|are\s+unlikely\s+to)\s+not\s+(?:change|alter|affect)|\b(?:would|will|could)\s+(?:not|n't)\s+(?:change|alter|affect)\s+(?:the|our|its|any)\s+(?:outcome|answers?|findings?|decision|conclusions?|response|position)|\bunlikely\s+to\s+(?:change|alter|lead\s+to\s+a\s+different)|\b(?:no|little|insufficient)\s+(?:merit|substance|grounds)\b|\bwithout\s+merit\b|\bnothing\s+(?:further|more|new)\s+(?:to\s+(?:add|be\s+gained)|would\s+be\s+(?:gained|achieved))|\b(?:satisfied|confident|content)\s+(?:that\s+)?(?:we\s+have|the\s+council\s+has|your\s+concerns\s+have\s+been|the\s+complaint\s+has\s+been|it\s+has)\s+(?:fully\s+|already\s+|properly\s+|thoroughly\s+)*(?:explored|addressed|answered|investigated|dealt\s+with|responded\s+to|considered)/i;

/** Weaker reasons: a fault only with an explicit refusal beside them. */
const PROCESS_REASON =
  /\bno\s+new\s+(?:information|evidence|issues?)\b|\balready\s+(?:been\s+)?(?:answered|addressed|responded\s+to|investigated|considered)\b|\b(?:answered|addressed|dealt\s+with)\s+(?:at|in|during)\s+(?:stage\s*(?:1|one)|the\s+stage\s+(?:1|one)\s+response)\b|\bfully\s+(?:investigated|answered|addressed|considered)\b|\bnot\s+(?:be\s+)?(?:proportionate|a\s+proportionate)\b|\bdisproportionate\b|\bnot\s+upheld\s+at\s+stage\s*(?:1|one)\b/i;

export const noMeritOrSameOutcome: Rule = {
  meta: {
    id: 'refusal/no-merit-or-same-outcome',
    title: 'Next stage refused because it would not change the outcome',
    defaultSeverity: 'error',
    citation:
      'LGSCO Lewisham 23 020 345 ("Neither the regulations nor the guidance allow a council to refuse a stage two complaint because the council thinks there is no substance to it"); Getting the Best from Complaints (continue to stages 2 and 3 except in exceptional circumstances)',
    description:
      'A council cannot refuse or decline Stage 2 or Stage 3 because it thinks the complaint has no merit, has already been answered, or that a further stage would not change the outcome. Only exceptional circumstances justify stopping, and the letter must state them.',
    appliesTo: ['stage1-response', 'stage2-adjudication', 'stage2-acknowledgement', 'stage2-extension', 'refusal', 'unknown-letter'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'refusal', text: 'We do not consider that a stage two investigation would change the answers we have already provided.' },
        { letter: 'refusal', text: 'Having reviewed your request to escalate your complaint to stage 2, we are satisfied that we have fully explored and addressed your concerns.' },
        { letter: 'refusal', text: 'As there is no new information, we will not be progressing your complaint to stage 2.' },
        { letter: 'stage2-adjudication', text: 'Your complaint has no merit and so a review panel will not be arranged.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'The Investigating Officer was satisfied that your concerns had been fully investigated. If you are not satisfied, you can ask for a Stage 3 Review Panel within 20 working days.' },
        { letter: 'stage1-response', text: 'The assessment contained no new information about your son’s needs. If you are not satisfied with this response, you can ask for a Stage 2 investigation within 20 working days.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    const blockHasGenuineOffer = new Map<number, boolean>();
    for (const offer of [...offers(model, STAGE2_THING, OFFER, DENIAL), ...offers(model, STAGE3_THING, OFFER, DENIAL)]) {
      blockHasGenuineOffer.set(offer.block, true);
    }
    for (const sentence of model.sentences) {
      const merits = matches(MERITS_REASON, sentence);
      const process = !merits && matches(PROCESS_REASON, sentence);
      if (!merits && !process) continue;
      if (blockHasGenuineOffer.get(sentence.block)) continue;
      const paragraph = paragraphText(model, sentence.block);
      if (!ESCALATION.test(paragraph)) continue;
      if (process && !matches(DENIAL, sentence)) continue;
      const panel = STAGE3_THING.test(paragraph) && !/\bstage[\s-]*(?:2|two)\b/i.test(paragraph);
      findings.push({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This refuses the next stage on the merits (no substance, already answered, would not change the outcome). The council cannot refuse Stage 2 or Stage 3 for that reason: complaints continue to the next stage if the complainant wishes, except in exceptional circumstances, which the letter would have to state.',
        fixes: [
          replaceFix(
            panel ? 'Replace with arranging a Stage 3 Review Panel' : 'Replace with escalating to Stage 2',
            sentence,
            panel
              ? 'We will now arrange a Stage 3 Review Panel to consider your complaint; it will meet within 30 working days of your request.'
              : 'We will now arrange for your complaint to be investigated at Stage 2 by an Investigating Officer and an Independent Person.',
            { safe: false },
          ),
        ],
      });
    }
    return findings;
  },
};
