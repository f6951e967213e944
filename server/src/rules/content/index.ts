import type { Rule } from '../types';
import { missingIoIp } from './stage2-missing-io-ip';
import { ipNotIndependent } from './stage2-ip-not-independent';
import { reviewNotInvestigation } from './stage2-review-not-investigation';
import { missingEnclosures } from './stage2-missing-enclosures';
import { missingFindingsOrActions } from './stage2-missing-findings-or-actions';
import { statementMeetingRequired } from './stage2-statement-meeting-required';
import { panelComposition } from './stage3-panel-composition';
import { responseMissingElements } from './stage3-response-missing-elements';
import { ipNotInvolved } from './stage3-ip-not-involved';
import { childConsent } from './refusal-child-consent';
import { notEligibleWithoutDecision } from './refusal-not-eligible-without-decision';
import { scottishCompetenceTest } from './refusal-scottish-competence-test';
import { outOfTimeNoDiscretion } from './refusal-out-of-time-no-discretion';
import { courtProceedingsNoResubmit } from './refusal-court-proceedings-no-resubmit';
import { formRequired } from './refusal-form-required';
import { meetingPrecondition } from './communication-meeting-precondition';
import { missingAdvocacyOffer } from './advocacy-missing-offer';
import { nonApology } from './apology-non-apology';
import { blameShifting } from './apology-blame-shifting';
import { upheldWithoutApology } from './apology-upheld-without-apology';
import { delayNoRemedy } from './remedy-delay-no-remedy';

/** Letter-content rules: stage 2 adjudications, stage 3 responses, refusals, apologies (one file per rule). */
export const CONTENT_RULES: readonly Rule[] = [
  missingIoIp,
  ipNotIndependent,
  reviewNotInvestigation,
  missingEnclosures,
  missingFindingsOrActions,
  statementMeetingRequired,
  panelComposition,
  responseMissingElements,
  ipNotInvolved,
  childConsent,
  notEligibleWithoutDecision,
  scottishCompetenceTest,
  outOfTimeNoDiscretion,
  courtProceedingsNoResubmit,
  formRequired,
  meetingPrecondition,
  missingAdvocacyOffer,
  nonApology,
  blameShifting,
  upheldWithoutApology,
  delayNoRemedy,
];
