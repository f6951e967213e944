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
