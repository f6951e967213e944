import type { CouncilDetails } from '../../../shared/settings';
import { LETTER_TYPE_LABELS, type LetterType, type Stage } from '../model/letterTypes';
import {
  earlyReferralParagraph,
  lgscoParagraph,
  panelReportParagraph,
  resubmitAfterProceedingsParagraph,
  stage1TimescaleParagraph,
  stage2Paragraph,
  stage2TimescaleParagraph,
  stage3Paragraph,
} from '../rules/wording';
import type { SignpostingChoice, SignpostingResult } from './protocol';
import { cleanCouncil } from './templates';

/**
 * "Insert Signposting Paragraph": the next step the letter must offer, from its detected stage and
 * letter type. The paragraphs are wording.ts's, the ones the quick fixes insert.
 */

export type ParagraphId = 'stage1-timescales' | 'stage2' | 'stage3' | 'early-referral' | 'lgsco' | 'stage2-timescales' | 'panel-report' | 'resubmit';

function choices(council: CouncilDetails): Record<ParagraphId, SignpostingChoice> {
  const c = cleanCouncil(council);
  return {
    stage2: { id: 'stage2', label: 'The right to Stage 2', detail: 'For a Stage 1 response: an independent investigation, 20 working days, no form', text: stage2Paragraph(c) },
    stage3: { id: 'stage3', label: 'The right to a Stage 3 Review Panel', detail: 'For a Stage 2 adjudication: 20 working days to ask, how to ask, panel within 30 working days', text: stage3Paragraph(c) },
    'early-referral': {
      id: 'early-referral',
      label: 'Early referral to the Ombudsman, still offering the panel',
      detail: 'Only for a Stage 2 adjudication declaring exception: early-referral',
      text: earlyReferralParagraph(c),
    },
    lgsco: { id: 'lgsco', label: 'The Ombudsman (after Stage 3)', detail: 'For a Stage 3 final response: free, independent, 12 months, www.lgo.org.uk, 0300 061 0614', text: lgscoParagraph() },
    'stage1-timescales': { id: 'stage1-timescales', label: 'What happens next at Stage 1', detail: 'For a Stage 1 acknowledgement: 10 working days, up to 20 if complex', text: stage1TimescaleParagraph() },
    'stage2-timescales': { id: 'stage2-timescales', label: 'What happens next at Stage 2', detail: 'For a Stage 2 acknowledgement: 25 working days, at most 65', text: stage2TimescaleParagraph() },
    'panel-report': { id: 'panel-report', label: 'What happens after the Review Panel', detail: 'For Stage 3 arrangements: report in 5 working days, response 15 working days after it', text: panelReportParagraph() },
    resubmit: { id: 'resubmit', label: 'Resubmitting after court proceedings', detail: 'For a letter pausing part of a complaint for live court proceedings', text: resubmitAfterProceedingsParagraph(c) },
  };
}

const BY_TYPE: Partial<Record<LetterType, ParagraphId>> = {
  'stage1-acknowledgement': 'stage1-timescales',
  'stage1-response': 'stage2',
  'stage2-adjudication': 'stage3',
  'stage2-acknowledgement': 'stage2-timescales',
  'stage3-arrangements': 'panel-report',
  'stage3-final-response': 'lgsco',
};

/** When the type does not decide it, the next step after the stage. */
const BY_STAGE: Record<Stage, ParagraphId> = { 1: 'stage2', 2: 'stage3', 3: 'lgsco' };

const ORDER: ParagraphId[] = ['stage2', 'stage3', 'lgsco', 'early-referral', 'stage1-timescales', 'stage2-timescales', 'panel-report', 'resubmit'];

export interface LetterFacts {
  isLetter: boolean;
  letterType: LetterType;
  stage: Stage | null;
  /** `exception: early-referral` in the front matter. */
  earlyReferral: boolean;
}

export function signpostingParagraph(facts: LetterFacts, council: CouncilDetails): SignpostingResult {
  const all = choices(council);
  let recommended: ParagraphId | null = null;
  let reason: string;
  const label = LETTER_TYPE_LABELS[facts.letterType];
  if (!facts.isLetter) {
    reason = 'Signpost does not read this document as a complaint letter: pick the paragraph you need.';
  } else if (facts.letterType === 'stage2-adjudication' && facts.earlyReferral) {
    recommended = 'early-referral';
    reason = 'A Stage 2 adjudication under the early-referral exception: the Ombudsman now, and the Review Panel still offered.';
  } else if (BY_TYPE[facts.letterType]) {
    recommended = BY_TYPE[facts.letterType]!;
    reason = `A ${label.toLowerCase()}: ${all[recommended].label.toLowerCase()}.`;
  } else if (facts.letterType === 'stage2-extension') {
    reason = 'An extension letter gives its own new date (no later than 65 working days after the request): pick a paragraph if it needs one.';
  } else if (facts.letterType === 'refusal') {
    reason = 'A refusal or holding letter: pick the paragraph it needs (resubmitting after court proceedings, or the next stage).';
  } else if (facts.stage) {
    recommended = BY_STAGE[facts.stage];
    reason = `A stage ${facts.stage} letter: ${all[recommended].label.toLowerCase()}.`;
  } else {
    reason = 'Signpost could not tell the stage of this letter (add front matter such as "stage: 2"): pick the paragraph you need.';
  }
  const ordered = recommended ? [recommended, ...ORDER.filter((id) => id !== recommended)] : ORDER;
  return {
    letterType: facts.letterType,
    letterTypeLabel: label,
    stage: facts.stage,
    recommended,
    choices: ordered.map((id) => all[id]),
    reason,
  };
}
