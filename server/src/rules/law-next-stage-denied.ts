import type { Rule } from './types';
import { offers, replaceFix, sentenceWithTrailingSpace } from './helpers';
import { DENIAL, OFFER, STAGE2_THING, STAGE3_THING } from './phrases';
import { stage2Paragraph, stage3Paragraph } from './wording';
import { matches } from '../model/memo';

/**
 * "Not required to proceed to a stage 3 Panel review", "a panel would be unlikely to add anything",
 * "stage 3 is at the Council's discretion": the next stage denied or talked down. Sentences that
 * only say what the complainant need not do ("you do not need a form to ask for a panel") are not
 * denials: DENIAL lists what withholds the stage, not every negation.
 */
const STAGE_DENIAL =
  /\b(?:(?:is|are)\s+not\s+(?:available|offered|provided|an\s+option)|not\s+(?:a\s+)?part\s+of\s+(?:our|the|this)\b|(?:do|does)\s+not\s+have\s+(?:the|a|any)\s+right|only\s+(?:be\s+)?(?:held|offered|convened|arranged|available|considered)\s+(?:in|where|when|if)\s+(?:exceptional|limited|certain|rare|special)|no\s+(?:requirement|obligation|need)\s+(?:for\s+(?:you|your\s+\w+|the\s+\w+)\s+)?to\s+(?!use\b|complete\b|fill\b|put\b|provide\b|give\b|write\b|attend\b|explain\b|send\b)\w+|(?:would|do|does|will)\s+not\s+(?:recommend|advise|suggest|encourage)|advise\s+against|(?:encourage|urge|ask|invite)\s+you\s+not\s+to|(?:ask|urge|encourage)\s+you\s+to\s+(?:think\s+(?:carefully|again|twice)|reconsider)|would\s+(?:very\s+much\s+|much\s+|strongly\s+|really\s+)?prefer\s+(?:to\s+resolve|not\s+to|that\s+you\s+(?:did\s+not|didn['\u2019]t))|would\s+(?:therefore\s+)?(?:add|achieve)\s+(?:nothing|little)|not\s+(?:required|obliged|compelled|bound|necessary|needed|appropriate|entitled|eligible|possible|proportionate|justified|warranted)\s+(?:to\s+(?!use\b|complete\b|fill\b|put\b|provide\b|give\b|write\b|attend\b|explain\b|send\b)\w+|for|that|in)|not\s+(?:\w+\s+)?automatic(?:ally)?\b|(?:decide|decides|consider|considers|assess|assesses|determine|determines)\b[^.;]{0,60}?\bwhether\s+(?:a|the|your|any)\s+(?:\w+\s+){0,3}?(?:panel|stage|investigation|review)\b|no\s+(?:(?:automatic|statutory|further)\s+)?(?:right|entitlement)\s+to|(?:at|entirely\s+at|within|a\s+matter\s+for)\s+(?:the\s+)?(?:council['\u2019]?s?|our|its|authority['\u2019]?s?)\s+discretion|discretionary|(?:do|does|will|would|shall)\s*(?:n[o'\u2019]t|\s+not)\s+(?:be\s+)?(?:offer|convene|hold|arrang|provid|progress|proceed|escalat)\w*|decided\s+not\s+to\s+(?:offer|convene|hold|arrange|progress|proceed|escalate)|(?:unlikely|not\s+likely)\s+to\s+(?:add|achieve|change|help|benefit|make\s+a\s+difference|alter|assist)|would\s+(?:add|achieve)\s+(?:nothing|little)|(?:little|no)\s+(?:benefit|value|purpose|point)\s+(?:in|to|from)|(?:does|do|did)\s+not\s+(?:meet|qualify\s+for)\s+(?:the\s+)?(?:criteria|threshold)\s+for\s+(?:a\s+|the\s+|any\s+)?(?:stage|panel|review|escalation|further))/i;

/** The next stage without naming it. */
const NEXT_STAGE = /\btak(?:e|ing)\s+(?:the|your|this)\s+(?:complaint|matter)\s+(?:any\s+)?further\b|\bescalat\w*|\bthe\s+next\s+stage\b/i;

export const nextStageDenied: Rule = {
  meta: {
    id: 'law/next-stage-denied',
    title: 'Stage 2 or Stage 3 denied or discouraged',
    defaultSeverity: 'error',
    citation:
      'SI 2006/1738 reg 19(1) (the council "must appoint a panel"); LGSCO Bexley 24 016 952 ("not required to proceed to a stage 3 Panel review"); Lewisham 23 020 345 quoting Getting the Best from Complaints (complaints continue to stages 2 and 3 if the complainant wishes, except in exceptional circumstances)',
    description:
      'A complainant who is not satisfied has a right to the next stage: Stage 2 after Stage 1, a Stage 3 Review Panel after Stage 2. Saying the next stage is not required, discretionary, not available or unlikely to help denies or discourages that right.',
    appliesTo: ['stage1-response', 'stage2-adjudication', 'stage2-acknowledgement', 'stage2-extension', 'refusal', 'unknown-letter'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'You are not required to proceed to a stage 3 Panel review.' },
        { letter: 'stage2-adjudication', text: 'Please note that a Stage 3 panel is at the Council’s discretion.' },
        { letter: 'stage2-adjudication', text: 'In our view a review panel would be unlikely to add anything to the thorough investigation already carried out.' },
        { letter: 'stage1-response', text: 'There is no automatic right to a stage two investigation.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'You do not need to use a form to ask for a Stage 3 Review Panel; a letter or email is enough.' },
        { letter: 'stage2-adjudication', text: 'The Independent Person who oversaw the Stage 2 investigation will not sit on the panel. You can ask for a Stage 3 Review Panel within 20 working days.' },
      ],
    },
  },
  check(model, context) {
    // Computed once per stage (not once per denial): a long letter with many denials stays linear.
    const offeredCache = new Map<RegExp, boolean>();
    const stageOffered = (thing: RegExp) => {
      let offered = offeredCache.get(thing);
      if (offered === undefined) offeredCache.set(thing, (offered = offers(model, thing, OFFER, DENIAL).length > 0));
      return offered;
    };
    return model.sentences
      .filter((sentence) => matches(STAGE_DENIAL, sentence) && (matches(STAGE3_THING, sentence) || matches(STAGE2_THING, sentence) || matches(NEXT_STAGE, sentence)))
      .map((sentence) => {
        // "taking the complaint further" is the panel in a stage 2 letter, stage 2 otherwise.
        const isPanel = matches(STAGE3_THING, sentence) || (!matches(STAGE2_THING, sentence) && model.inference.stage === 2);
        const offeredElsewhere = stageOffered(isPanel ? STAGE3_THING : STAGE2_THING);
        const span = sentenceWithTrailingSpace(model, sentence);
        const fix = offeredElsewhere
          ? replaceFix('Remove the sentence (the letter offers the next stage elsewhere)', span, '', { safe: false })
          : replaceFix(
              isPanel ? 'Replace with the Stage 3 Review Panel paragraph' : 'Replace with the Stage 2 paragraph',
              sentence,
              isPanel ? stage3Paragraph(context.council) : stage2Paragraph(context.council),
              { safe: true, group: isPanel ? 'stage3-paragraph' : 'stage2-paragraph' },
            );
        return {
          ruleId: this.meta.id,
          start: offeredElsewhere ? span.start : sentence.start,
          end: offeredElsewhere ? span.end : sentence.end,
          message: isPanel
            ? 'This denies or discourages a Stage 3 Review Panel. A complainant who remains dissatisfied after stage 2 has a right to a panel (reg 19: the council "must appoint a panel"); the council cannot decide it would add nothing.'
            : 'This denies or discourages a Stage 2 investigation. Once a complaint has entered stage 1 it must go on to stage 2 if the complainant wishes, except in exceptional circumstances (Getting the Best from Complaints, as applied in Lewisham 23 020 345).',
          fixes: [fix],
        };
      });
  },
};
