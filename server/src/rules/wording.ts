import type { CouncilDetails } from '../../../shared/settings';

/**
 * The correct paragraphs that fixes insert. One place for each wording, so a fix, a snippet and a
 * rule's documentation can never disagree. Each must itself lint clean (test/unit/wording.test.ts).
 */

function howToContact(council: CouncilDetails): string {
  const team = council.complaintsTeam ?? 'the Complaints Team';
  const ways = [council.complaintsEmail && `email ${council.complaintsEmail}`, council.complaintsPhone && `phone ${council.complaintsPhone}`]
    .filter(Boolean)
    .join(' or ');
  return ways ? `contact ${team} (${ways})` : `contact ${team} by letter, email or phone`;
}

export function stage2Paragraph(council: CouncilDetails): string {
  return (
    'If you are not satisfied with this response, you can ask for your complaint to be investigated at Stage 2 ' +
    'of the statutory children’s complaints procedure, by an Investigating Officer and an Independent Person who is ' +
    `not employed by the Council. Please ${howToContact(council)} within 20 working days of receiving this letter; ` +
    'if you need longer, please tell us. You do not need to use a form.'
  );
}

export function stage3Paragraph(council: CouncilDetails): string {
  return (
    'If you are not satisfied with this response, you can ask for a Stage 3 Review Panel: three people independent ' +
    `of the Council, one of whom chairs it, will review your complaint. Please ${howToContact(council)} within ` +
    '20 working days of receiving this letter; if you need longer, please tell us. You do not need to use a form. ' +
    'The panel will meet within 30 working days of your request.'
  );
}

export function stage3WindowSentence(council: CouncilDetails): string {
  return (
    `To ask for a Review Panel, please ${howToContact(council)} within 20 working days of receiving this letter. ` +
    'You do not need to use a form.'
  );
}

export const LGSCO_NAME = 'Local Government and Social Care Ombudsman';

export const LGSCO_CONTACT = 'Website: www.lgo.org.uk. Telephone: 0300 061 0614.';

export function lgscoParagraph(): string {
  return (
    `If you remain dissatisfied, you can ask the ${LGSCO_NAME} to look at your complaint. The Ombudsman is free ` +
    'and independent of the Council. You usually have up to 12 months to do this, starting from when you first knew ' +
    `about the matter you complained about. ${LGSCO_CONTACT}`
  );
}

export const STATUTORY_PROCEDURE = 'statutory children’s complaints procedure';

// Paragraphs the drafting templates (snippets, "New Letter…", "Insert Signposting Paragraph") use.

/**
 * Said in a stage 2 adjudication, so the complainant knows the Ombudsman comes after the panel (Suffolk
 * 23 015 464). It names no stage or panel, so it is never read as the letter's offer of the panel.
 */
export function lgscoAfterPanelSentence(): string {
  return (
    'If you are still not satisfied when all three stages of the procedure are complete, you can then ask the ' +
    `${LGSCO_NAME} to look at your complaint.`
  );
}

/**
 * The narrow early-referral exception (catalogue §1.7, Bexley 24 016 952): the Ombudsman now, and the
 * panel still offered. Only for a letter declaring `exception: early-referral`.
 */
export function earlyReferralParagraph(council: CouncilDetails): string {
  return (
    'Because the investigation upheld every complaint and we have agreed an action plan with you, you may ask the ' +
    `${LGSCO_NAME} to look at your complaint now, without a Stage 3 Review Panel, if you wish. ${LGSCO_CONTACT} ` +
    `You can still ask for a Stage 3 Review Panel instead: please ${howToContact(council)} within 20 working days ` +
    'of receiving this letter; if you need longer, please tell us. You do not need to use a form. The panel will ' +
    'meet within 30 working days of your request.'
  );
}

/** What happens next at stage 2 (25 working days, up to 65 with reasons and a new date). */
export function stage2TimescaleParagraph(): string {
  return (
    'We will send you our response within 25 working days of your request. If we need more time, we will write ' +
    'to tell you why and give you a new date, which will be no later than 65 working days after your request.'
  );
}

/** What happens after the review panel (reg 20: report in 5 working days, response 15 working days after it). */
export function panelReportParagraph(): string {
  return (
    'The panel will send its report and recommendations to you and to the Council within 5 working days of the ' +
    'meeting. We will then send you our final response within 15 working days of receiving the panel’s report.'
  );
}

/** Advocacy for children and young people (Children Act 1989 s26A). */
export function advocacyParagraph(council: CouncilDetails): string {
  const intro =
    'Children and young people can have an independent advocate, free of charge, to help them make a complaint ' +
    'and make sure their views are heard.';
  return council.advocacyService
    ? `${intro} ${council.advocacyService} can help. If you would like an advocate, for yourself or for a child, ` +
        `please contact them, or ${howToContact(council)} and we will arrange one.`
    : `${intro} If you would like an advocate, for yourself or for a child, please ${howToContact(council)} and we ` +
        'will arrange one.';
}

/** A complainant may ask for written contact only (Barking & Dagenham 23 018 689). */
export function writtenContactParagraph(): string {
  return (
    'You have asked us to communicate with you in writing only, and we will. We will not ask you to meet us or to ' +
    'talk on the phone: we have set out our understanding of your complaint in this letter, and you can tell us in ' +
    'writing whether it is right. You can write to us by letter or email at any time during the investigation.'
  );
}

/** Pausing for live court proceedings is not fault if the complainant can resubmit afterwards (reg 8; Devon 24 011 510). */
export function resubmitAfterProceedingsParagraph(council: CouncilDetails): string {
  return (
    'When the proceedings have ended, you can resubmit this part of your complaint, and we will then consider it ' +
    `under the ${STATUTORY_PROCEDURE}. Please ${howToContact(council)} when you are ready; you do not need to ` +
    'use a form.'
  );
}

/** What happens next at stage 1 (10 working days, up to 20 for a complex complaint). `due`: the 10th working day after receipt. */
export function stage1TimescaleParagraph(due?: string): string {
  return (
    `We will send you our response within 10 working days of receiving your complaint${due ? `, by ${due}` : ''}. ` +
    'If your complaint is complex and we need more time, we will tell you why, and we will send our response no ' +
    'later than 20 working days after we received it.'
  );
}

// Paragraphs the letter-content fixes insert (server/src/rules/content).

/** A parent complains in their own right; a child's wishes limit what is shared, not whether we investigate (Bexley 24 016 952). */
export function parentCanComplainParagraph(): string {
  return (
    'As a parent, you can complain in your own right, and we will consider your complaint under the ' +
    `${STATUTORY_PROCEDURE}. We may not be able to share some personal information about your child with you ` +
    'without their agreement, but that does not stop us investigating your complaint.'
  );
}

/** Competence in England is a matter of the child's understanding (Gillick), not an age presumption (DPA 2018 s208 is Scottish). */
export function noAgePresumptionSentence(): string {
  return (
    'In England there is no age at which a child is presumed to be able to make this decision: we have considered ' +
    'whether your child has enough understanding to make it (Gillick competence).'
  );
}

/** A sufficient-interest decision with its reasons (Children Act 1989 s26(3)(e)), for the officer to complete. */
export function sufficientInterestDecision(): string {
  return (
    'We have considered whether you have sufficient interest in [child’s name]’s welfare for your complaint to be ' +
    `considered under the ${STATUTORY_PROCEDURE}. We have decided that [you do / you do not], because [reasons].`
  );
}

/** The Stage 2 Independent Person's part in the council's response to the panel (reg 20), to complete. */
export function ipInvolvedSentence(): string {
  return 'I have considered the panel’s recommendations together with [name], the Independent Person from Stage 2.';
}

/** No form is needed to complain or to ask for the next stage (Lewisham 24 015 996). */
export function noFormNeededSentence(council: CouncilDetails): string {
  return `You do not need to use a form: you can ${howToContact(council)}.`;
}

/** The Stage 3 Review Panel (reg 19(2), (3)). */
export const PANEL_COMPOSITION_SENTENCE = 'The panel will be three people independent of the Council, one of whom will chair it.';
