import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/fixes';
import { CONTENT_RULES } from '../../server/src/rules/content/index';
import type { LetterType } from '../../server/src/model/letterTypes';
import type { Severity } from '../../server/src/rules/types';
import { exampleLetter } from '../support/letters';

/**
 * Table-driven tests for the letter-content rules: for each rule, faulty phrasings written in
 * several officers' words (each must be caught, and its first fix must produce the given text and
 * remove the finding) and correct near misses (none may be flagged). The rules' own examples are
 * run by rule-examples.test.ts; these are the paraphrases.
 */

interface Faulty {
  letter: LetterType;
  text: string;
  /** Text that must be in the letter after the first fix of the first finding (rules with fixes). */
  fixed?: string;
  /** Text that must no longer be in the letter after that fix. */
  gone?: string;
  severity?: Severity;
}

interface Correct {
  letter: LetterType;
  text: string;
}

const IO_IP = 'Your complaint was investigated by Ms Green, Investigating Officer, and overseen by Mr White, Independent Person, who is not employed by the Council.';
const PANEL_OFFER =
  'If you are not satisfied, you can ask for a Stage 3 Review Panel. Please write to the Complaints Team within 20 working days of receiving this letter.';

const CASES: Record<string, { faulty: Faulty[]; correct: Correct[] }> = {
  'stage2/missing-io-ip': {
    faulty: [
      {
        letter: 'stage2-adjudication',
        text: 'Your complaint has been looked into at Stage 2 and I have now reached my decision. Complaint 1 is not upheld.',
        fixed:
          'Thank you for your complaint about the support provided to your family by Children’s Services.\n\nYour complaint was investigated at Stage 2 by [name], the Investigating Officer, and the investigation was overseen by [name], the Independent Person, who is not employed by the Council.',
      },
      {
        letter: 'stage2-adjudication',
        text: 'Mr Green, the Investigating Officer, spoke to the social worker and to you. Complaint 1 is not upheld.',
        fixed: 'Mr Green, the Investigating Officer, spoke to the social worker and to you. The investigation was overseen by [name], the Independent Person, who is not employed by the Council.',
      },
      {
        letter: 'stage2-adjudication',
        text: 'The Independent Person, Ms Ray, has confirmed that the investigation was fair. Complaint 1 is not upheld.',
        fixed: 'has confirmed that the investigation was fair. Your complaint was investigated by [name], the Investigating Officer.',
      },
      {
        letter: 'stage2-acknowledgement',
        text: 'Thank you for asking for a Stage 2 investigation. Your complaint will be looked into by Mr Lee from our Quality Assurance team.',
        fixed: 'Your complaint will be investigated at Stage 2 by [name], the Investigating Officer, and the investigation will be overseen by [name]',
        severity: 'warning',
      },
    ],
    correct: [
      { letter: 'stage2-adjudication', text: 'The investigator, Mr Lee, and the independent person, Ms Ray, have both written reports, which I enclose. Complaint 1 is not upheld.' },
      { letter: 'stage2-adjudication', text: 'The IO, Mr Lee, and the IP, Ms Ray, have completed their reports, which I enclose. Complaint 1 is not upheld.' },
      { letter: 'stage2-acknowledgement', text: 'Thank you for asking for a Stage 2 investigation. We are arranging for an Investigating Officer and an Independent Person to be appointed.' },
    ],
  },

  'stage2/ip-not-independent': {
    faulty: [
      { letter: 'stage2-adjudication', text: 'The investigation was overseen by our Complaints Manager, Mrs Hill, acting as the Independent Person.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'Mr Khan, an Independent Reviewing Officer employed by the Council, was the Independent Person.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'Ms Green was the Investigating Officer. The Independent Person was Mr Shah, a Service Manager in our Early Help team.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'Councillor Jones acted as the Independent Person, and Mr Ray was the Investigating Officer.', fixed: '' },
      { letter: 'stage2-acknowledgement', text: 'Ms Patel, who works in the Council’s Quality Assurance Unit, will oversee the investigation as Independent Person.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'The Independent Person, Mr Ford, is employed by the Council as a Principal Social Worker in another team.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'Our Head of Safeguarding, Mrs Ellis, acted as Independent Person.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'Mrs Ali, the Independent Person, is married to one of our councillors.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'Mrs Ali was the Independent Person. Her husband works in the Council’s highways department.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'Mrs Ruth Penrose oversaw the investigation as the Independent Person; Mrs Penrose is a magistrate and the civil partner of Councillor Anne Lowe.', fixed: '' },
      { letter: 'stage2-adjudication', text: 'Mr Idris Cole acted as the Independent Person. He is married to the Council’s Head of Finance, but has no role in children’s services.', fixed: '' },
      { letter: 'stage2-acknowledgement', text: 'The Independent Person will be Ms Carys Lloyd, whose husband is a member of this Council.', fixed: '' },
    ],
    correct: [
      { letter: 'stage2-adjudication', text: 'Mr Khan, an independent consultant, was the Independent Person.' },
      { letter: 'stage2-adjudication', text: IO_IP },
      { letter: 'stage2-adjudication', text: 'Ms Dean, the Independent Person, is a retired social worker who has never worked for the Council.' },
      { letter: 'stage2-adjudication', text: 'The Independent Person, Mr Ford, is a former team manager from another local authority.' },
      { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, a senior manager in our Quality Assurance team, with Mr Shah as the Independent Person.' },
      { letter: 'stage2-adjudication', text: 'Mrs Ruth Penrose was the Independent Person; she was formerly married to a councillor but they divorced in 2015.' },
      { letter: 'stage2-adjudication', text: 'Mr Idris Cole was the Independent Person. The Investigating Officer, Ms Lane, is married to one of our team managers.' },
      { letter: 'stage2-adjudication', text: 'The Independent Person, Ms Carys Lloyd, is the wife of a former councillor of a neighbouring authority and has no link with this Council.' },
      { letter: 'stage2-adjudication', text: 'Mrs Ali was the Independent Person. Her husband is a councillor in another borough, and she has no link with this Council.' },
    ],
  },

  'stage2/review-not-investigation': {
    faulty: [
      {
        letter: 'stage2-adjudication',
        text: 'Your Stage 2 complaint was reviewed by the Head of Service, Ms Bell, who has looked at all of the information again.',
        fixed: 'We will now arrange for your complaint to be investigated at Stage 2',
      },
      { letter: 'stage2-adjudication', text: 'A Stage 2 review was carried out by a manager who was not involved in your case.', fixed: 'We will now arrange for your complaint to be investigated at Stage 2' },
      {
        letter: 'stage2-adjudication',
        text: 'At Stage 2, a senior manager has reviewed the Stage 1 response and the case records. Your complaint is not upheld.',
        fixed: 'We will now arrange for your complaint to be investigated at Stage 2 by an Investigating Officer, overseen by an Independent Person who is not employed by the Council. Your complaint is not upheld.',
        gone: 'has reviewed the Stage 1 response',
      },
      {
        letter: 'stage2-adjudication',
        text: 'I have looked again at your complaint and at the response you received at Stage 1. Complaint 1 is not upheld.',
        fixed: 'We will now arrange for your complaint to be investigated at Stage 2',
        gone: 'looked again',
      },
      {
        letter: 'stage2-adjudication',
        text: 'Your complaint has been reviewed by the Head of Service, who was not involved at Stage 1. It is not upheld.',
        fixed: 'We will now arrange for your complaint to be investigated at Stage 2',
      },
      {
        letter: 'stage2-adjudication',
        text: 'We have considered your concerns together with the information presented as part of the stage one response, and we are satisfied with the decision. Complaint 1 is not upheld.',
        fixed: 'We will now arrange for your complaint to be investigated at Stage 2',
      },
      {
        letter: 'stage2-acknowledgement',
        text: 'At Stage 2, the Assistant Director will review the original response and write to you within 25 working days.',
        fixed: 'We will now arrange for your complaint to be investigated at Stage 2',
        severity: 'warning',
      },
    ],
    correct: [
      { letter: 'stage2-adjudication', text: `${IO_IP} Ms Green reviewed the stage 1 response and the case records as part of her investigation. Complaint 1 is not upheld.` },
      { letter: 'stage2-adjudication', text: `${IO_IP} Complaint 1 is not upheld. ${PANEL_OFFER} A panel will review your complaint.` },
    ],
  },

  'stage2/missing-enclosures': {
    faulty: [
      {
        letter: 'stage2-adjudication',
        text: 'Ms Green, Investigating Officer, and Mr White, Independent Person, have completed their investigation. Complaint 1 is not upheld.',
        fixed: 'have completed their investigation. I enclose the Investigating Officer’s report and the Independent Person’s report.',
      },
      {
        letter: 'stage2-adjudication',
        text: `${IO_IP} I enclose a copy of the investigation report. Complaint 1 is not upheld.`,
        fixed: 'I enclose a copy of the investigation report. I also enclose the Independent Person’s report.',
        severity: 'warning',
      },
      {
        letter: 'stage2-adjudication',
        text: `${IO_IP} I have attached the Independent Person’s report. Complaint 1 is not upheld.`,
        fixed: 'I have attached the Independent Person’s report. I also enclose the Investigating Officer’s report.',
        severity: 'error',
      },
    ],
    correct: [
      { letter: 'stage2-adjudication', text: `${IO_IP} Copies of both reports are enclosed. Complaint 1 is not upheld.` },
      { letter: 'stage2-adjudication', text: 'The Investigating Officer’s report and the Independent Person’s report were sent to you on 3 June. Complaint 1 is not upheld.' },
      { letter: 'stage2-adjudication', text: `${IO_IP} I enclose Ms Green’s report. Mr White did not write a separate report. Complaint 1 is not upheld.` },
      { letter: 'stage2-adjudication', text: `${IO_IP} Please find enclosed the reports of the Investigating Officer and the Independent Person. Complaint 1 is not upheld.` },
      { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Mr Gareth Pollard, Investigating Officer, and overseen by Ms Yvonne Chambers, the Independent Person. I enclose Mr Pollard’s report and Ms Chambers’ report.' },
    ],
  },

  'stage2/missing-findings-or-actions': {
    faulty: [
      {
        letter: 'stage2-adjudication',
        text: '## Complaint 1: missed visits\n\nThe social worker missed three visits in May.\n\n## Complaint 2: the care plan\n\nFinding: not upheld.',
        fixed: '## Complaint 1: missed visits\n\nFinding: [upheld / partly upheld / not upheld / no finding], because [reasons].\n\nThe social worker missed three visits in May.',
      },
      {
        letter: 'stage2-adjudication',
        text: '**Complaint 1 – contact was reduced without consulting you**\n\nUpheld. The decision was made at a review you were not invited to.',
        fixed: 'Upheld. The decision was made at a review you were not invited to. Action: [what we will do to put this right, who will do it, and by when].',
      },
      {
        letter: 'stage2-adjudication',
        text: 'My findings on the points of your complaint are:\n\n1. The assessment was late. Partly upheld.\n2. The plan was not shared. Not upheld.',
        fixed: '1. The assessment was late. Partly upheld. Action: [what we will do to put this right, who will do it, and by when].',
      },
      {
        letter: 'stage2-adjudication',
        text: '| Complaint | Finding | Action |\n|---|---|---|\n| Calls not returned | Upheld |  |\n| Assessment late |  | None |',
        fixed: '| Calls not returned | Upheld | [action, who, by when] |',
      },
      {
        letter: 'stage2-adjudication',
        text: 'I have read the reports of the Investigating Officer and the Independent Person, which are enclosed, and I agree with them.',
        fixed: '| [complaint 1] | [upheld / partly upheld / not upheld / no finding] | [action, who, by when] |',
      },
      {
        letter: 'stage2-adjudication',
        text: '## Complaint 1: missed visits\n\nFinding: upheld. I apologise that three visits were missed.\n\n## Complaint 2: the care plan\n\nFinding: not upheld.',
        fixed: 'Finding: upheld. I apologise that three visits were missed. Action: [what we will do to put this right, who will do it, and by when].',
      },
      {
        letter: 'stage2-adjudication',
        text: '**Complaint 1 – the review was cancelled.**\n\nFinding: partly upheld. I am sorry the review was cancelled without notice, and for the worry that caused.\n\n**Complaint 2 – the plan.**\n\nFinding: not upheld.',
        fixed: 'and for the worry that caused. Action: [what we will do to put this right, who will do it, and by when].',
      },
      {
        letter: 'stage2-adjudication',
        text: 'You complained that:\n\n1. the plan was not shared with you. Upheld.\n2. the review was late. Upheld.\n\nI apologise for both of these failings.',
        fixed: 'Upheld. Action: [what we will do to put this right, who will do it, and by when].',
      },
    ],
    correct: [
      {
        letter: 'stage2-adjudication',
        text: '## Complaint 1: missed visits\n\nFinding: upheld. I apologise that three visits were missed; visits are now booked a month ahead.\n\n## Complaint 2: the care plan\n\nFinding: not upheld.',
      },
      {
        letter: 'stage2-adjudication',
        text: 'All three of your complaints are upheld:\n\n1. The plan was not shared with you.\n2. The review was late.\n3. Your calls were not returned.\n\nI am sorry for these failings. To put things right:\n\n- the team manager will share the plan with you by 30 June;\n- reviews will be booked three months ahead from July.',
      },
      {
        letter: 'stage2-adjudication',
        text: '## Complaint 1: the attendance figure\n\nFinding: upheld. I apologise for the wrong figure in the assessment. No further action is needed, since the assessment was corrected in May and a copy was sent to you.',
      },
      {
        letter: 'stage2-adjudication',
        text: '1. The assessment was late. Upheld.\n2. The plan was not shared. Not upheld.\n\n## What we will do\n\nThe team manager will check every open assessment weekly from 1 May.',
      },
      {
        letter: 'stage2-adjudication',
        text: '*You were not told about the move.* Upheld. Your social worker will tell you of any future move on the day it is decided.\n\n*The allowance was late.* Not upheld.',
      },
      { letter: 'stage2-adjudication', text: 'The investigation upheld all four of your complaints, and we have agreed with you the action plan in the enclosed table.' },
    ],
  },

  'stage2/statement-meeting-required': {
    faulty: [
      { letter: 'stage2-acknowledgement', text: 'Before Ms Lee can start her investigation, she will need to meet with you to agree the statement of complaint.', fixed: 'Please tell us in writing whether it is accurate' },
      { letter: 'stage2-acknowledgement', text: 'Your complaint will not be investigated until you have signed and returned the statement of complaint.', fixed: 'Please tell us in writing whether it is accurate' },
      {
        letter: 'stage2-acknowledgement',
        text: 'The Investigating Officer cannot begin the investigation until a statement of complaint has been agreed with you.',
        fixed: 'We have set out below our understanding of your complaint. Please tell us in writing whether it is accurate; if we do not hear from you by [date], we will proceed on this basis.',
        gone: 'cannot begin',
      },
      {
        letter: 'stage2-acknowledgement',
        text: 'Stage 2 can only start once you have met the Investigating Officer to agree the points of your complaint.',
        fixed: 'Please tell us in writing whether it is accurate',
      },
      {
        letter: 'stage2-acknowledgement',
        text: 'Until we have agreed the statement of complaint with you at a meeting, we are unable to progress your complaint.',
        fixed: 'Please tell us in writing whether it is accurate',
      },
      {
        letter: 'stage2-acknowledgement',
        text: 'Mr Ray will need to speak to you by phone before the investigation can start.',
        fixed: 'Please tell us in writing whether it is accurate',
      },
    ],
    correct: [
      { letter: 'stage2-acknowledgement', text: 'We have set out our understanding of your complaint below. If we do not hear from you by 10 May, we will proceed on this basis.' },
      { letter: 'stage2-acknowledgement', text: 'The investigation will begin once you have commented on the statement of complaint, or on 10 May if we have not heard from you by then.' },
      { letter: 'stage2-acknowledgement', text: 'The Investigating Officer would like to meet you if you are happy to, but you do not have to.' },
    ],
  },

  'stage3/panel-composition': {
    faulty: [
      { letter: 'stage3-arrangements', text: 'The panel members will be Cllr Ahmed (chair), Mrs Lowe (independent) and Mr Grant (independent).', fixed: 'The panel will be three people independent of the Council' },
      { letter: 'stage3-arrangements', text: 'The Head of Service will sit on the panel alongside two independent members.', fixed: 'The panel will be three people independent of the Council' },
      { letter: 'stage3-arrangements', text: 'Your complaint will be heard by a panel of two independent people.', fixed: 'The panel will be three people independent of the Council' },
      {
        letter: 'stage3-arrangements',
        text: 'The panel will be chaired by the Assistant Director of Children’s Services, with two independent members.',
        fixed: 'The panel will be three people independent of the Council, one of whom will chair it.',
        gone: 'Assistant Director',
      },
      {
        letter: 'stage2-adjudication',
        text: 'If you are not satisfied, you can ask for a Stage 3 Review Panel of two councillors and an independent chair.',
        fixed: 'You can ask for a Stage 3 Review Panel of three people independent of the Council, one of whom will chair it.',
      },
      {
        letter: 'stage3-arrangements',
        text: 'Ms Dean, who was the Independent Person at Stage 2, will be one of the three panel members.',
        fixed: 'The Independent Person from Stage 2 will attend the panel to give their views, but will not be a member of it.',
      },
      { letter: 'stage3-arrangements', text: 'The Review Panel will consist of two independent people.', fixed: 'The panel will be three people independent of the Council, one of whom will chair it.' },
      {
        letter: 'stage3-arrangements',
        text: 'The panel will comprise an independent chair, a councillor and a senior manager from Children’s Services.',
        fixed: 'The panel will be three people independent of the Council',
      },
      { letter: 'stage2-adjudication', text: 'A review panel made up of senior managers will then look at your complaint again.', fixed: 'The panel will be three people independent of the Council' },
      { letter: 'stage3-arrangements', text: 'The panel will have two members: Mrs Ode, who will chair it, and Mr Penn.', fixed: 'The panel will be three people independent of the Council, one of whom will chair it.' },
      { letter: 'stage3-arrangements', text: '**Your panel**\nThere will be four panel members, all independent of the Council.', fixed: '**Your panel**\nThe panel will be three people independent of the Council' },
      { letter: 'stage3-arrangements', text: 'Because of staff sickness the Review Panel will now be just two people, Mr Hale and Ms Dee.', fixed: 'The panel will be three people independent of the Council' },
    ],
    correct: [
      { letter: 'stage3-arrangements', text: 'The panel will be chaired by an independent person, Mr Grant, and will have two other independent members.' },
      { letter: 'stage2-adjudication', text: 'The fostering panel, which is chaired by the Head of Service, recommended that your approval should continue. Complaint 1 is not upheld.' },
      { letter: 'stage3-arrangements', text: 'The panel will be three people who are independent of the Council, one of whom will chair it.' },
      { letter: 'stage3-arrangements', text: 'Council officers will attend the panel to explain the Council’s decisions, but they will not be members of it.' },
      { letter: 'stage3-arrangements', text: 'Mr Fry, the Independent Person from Stage 2, will attend the panel to give his views.' },
      { letter: 'stage3-arrangements', text: 'The panel will be chaired by Mrs Shah, an independent chair who is a former director of children’s services in another authority.' },
      { letter: 'stage3-arrangements', text: 'Besides its independent chair, the panel will have two other members, both independent of the Council.' },
      { letter: 'stage3-arrangements', text: 'The panel will have two independent members plus an independent chair, Mrs Shah.' },
      { letter: 'stage3-arrangements', text: 'There will be two panel members and an independent chair, all three independent of the Council.' },
      { letter: 'stage3-arrangements', text: 'The panel will meet for two hours, and two members of our staff will attend to explain the Council’s decisions.' },
    ],
  },

  'stage3/response-missing-elements': {
    faulty: [
      {
        letter: 'stage3-final-response',
        text: 'The Review Panel met on 3 June.\n\n1. Recommendation 1: apologise for the delay. Accepted: I apologise for the delay.\n2. Recommendation 2: pay £300 for the time and trouble caused.',
        fixed: '2. Recommendation 2: pay £300 for the time and trouble caused. Our decision: [accepted, and what we will do by when / not accepted, and why].',
      },
      {
        letter: 'stage3-final-response',
        text: 'The Review Panel met on 3 June. The panel recommended that we pay you £300. The Council does not accept this recommendation.',
        fixed: 'The Council does not accept this recommendation. Our reasons: [why the Council does not accept this recommendation].',
      },
      {
        letter: 'stage3-final-response',
        text: 'The Review Panel met on 3 June.\n\n**Recommendation 1:** that the Council pay £250. Not accepted.',
        fixed: 'Not accepted. Our reasons: [why the Council does not accept this recommendation].',
      },
      {
        letter: 'stage3-final-response',
        text: 'The Review Panel met on 3 June to consider your complaint. I have considered the panel’s report with the Independent Person.',
        fixed: 'I have considered the panel’s report with the Independent Person. The panel’s report made [number] recommendations.',
      },
      {
        letter: 'stage3-final-response',
        text: 'The Review Panel met on 3 June and made three recommendations. I have discussed them with the Independent Person.',
        fixed: 'The Review Panel met on 3 June and made three recommendations. Our decision on each recommendation:',
      },
      {
        letter: 'stage3-final-response',
        text: 'The panel made two recommendations.\n\n**1. That the Council refund the cost of the private assessment.**\n\nWe will not be doing this.\n\n**2. That the Council review the short breaks policy.**\n\nAccepted: the review will be finished by 30 September.',
        fixed: 'We will not be doing this. Our reasons: [why the Council does not accept this recommendation].',
      },
      {
        letter: 'stage3-final-response',
        text: 'The panel recommended that the Council should:\n\n1. apologise for the missed visits;\n2. pay you £200; and\n3. review the contact arrangements.\n\n**Recommendation 1**\n\nAccepted. I apologise for the missed visits.\n\n**Recommendation 3**\n\nAccepted. The review will take place by 31 July.',
        fixed: '2. pay you £200; and Our decision: [accepted, and what we will do by when / not accepted, and why].',
      },
      {
        letter: 'stage3-final-response',
        text: 'The panel made two recommendations.\n\n### 1. Pay the setting-up-home allowance\n\nWe have paid the allowance in full.\n\n### 2. Give you a new personal adviser\n\nThe Leaving Care team will look into this.',
        fixed: '### 2. Give you a new personal adviser\n\nOur decision: [accepted, and what we will do by when / not accepted, and why].\n\nThe Leaving Care team will look into this.',
      },
    ],
    correct: [
      { letter: 'stage3-final-response', text: 'The Review Panel met on 3 June and made two recommendations, both of which the Council accepts. We will review the contact plan by 31 July.' },
      { letter: 'stage3-final-response', text: 'The panel recommended that we pay you £300. We do not accept this recommendation, because we have already paid you £300 for the same delay.' },
      {
        letter: 'stage3-final-response',
        text: '**Recommendation 3: reimburse the £640 you spent on private therapy.** Not accepted. The therapy was arranged before the assessment was requested, and the Council does not pay for services it was not asked to provide.',
      },
      { letter: 'stage3-final-response', text: 'The Review Panel did not make any recommendations, because it found that the Council had acted correctly.' },
      {
        letter: 'stage3-final-response',
        text: 'The panel made two recommendations.\n\n## Recommendation 1: a new personal adviser\n\n**Our decision:** Accepted.\n\n**What we will do:** Ms Lee will be your personal adviser from 1 July.\n\n## Recommendation 2: a payment of £500\n\n**Our decision:** Not accepted.\n\n**Reasons:** We paid you £500 for the same delay in March, so a second payment would pay twice for one fault.',
      },
      {
        letter: 'stage3-final-response',
        text: 'Here is what we will do about each thing the panel recommended.\n\n**1. Give you a new social worker.**\nYes, we will do this. Ms Lee will call you this week.\n\n**2. Pay for the missed sessions.**\nYes. The payment will reach you by 20 June.\n\n**3. Keep the same social worker until you are 18.**\nNo. We cannot promise this, because staff sometimes leave, but we will always introduce you to a new worker in person.',
      },
      {
        letter: 'stage3-final-response',
        text: '## The panel’s recommendations\n\n### 1. Apologise for the delay\n\nAccepted. I apologise for the delay in your assessment.\n\n### 2. Review the short breaks policy\n\nAccepted. The review will be completed by 30 September.',
      },
    ],
  },

  'apology/blame-shifting': {
    faulty: [
      { letter: 'stage1-response', text: 'I am sorry for the delay in arranging the assessment, but you did not return the consent form until 4 June.', severity: 'info' },
      { letter: 'stage2-adjudication', text: 'We apologise that the review was late; however, your failure to attend two appointments contributed to this.' },
      { letter: 'stage1-response', text: 'Although you cancelled the first visit, I apologise that the second visit did not happen.' },
      { letter: 'stage2-adjudication', text: 'I apologise for the missed visits, although you were not at home when the social worker called on 3 March.' },
      { letter: 'stage1-response', text: 'We are sorry it has taken so long, but you have not responded to our requests for the information we need.' },
    ],
    correct: [
      { letter: 'stage1-response', text: 'I am sorry for the delay in arranging the assessment. The consent form we needed reached us on 4 June, and the assessment started the following week.' },
      { letter: 'stage1-response', text: 'I am sorry for the delay, but I hope this letter now answers your concerns.' },
      { letter: 'stage1-response', text: 'I apologise that the social worker did not call you back, but we have now arranged a meeting for 12 June.' },
      { letter: 'stage1-response', text: 'I am sorry that you did not receive our letter of 3 May, although it was sent to the address we hold.' },
      { letter: 'stage2-adjudication', text: 'I am sorry that we did not tell you about the change of social worker, but you are right that we should have.' },
    ],
  },
  'stage3/ip-not-involved': {
    faulty: [
      {
        letter: 'stage3-final-response',
        text: 'The Review Panel met on 3 June and made two recommendations, which the Council accepts. We will review the contact plan by 31 July.',
        fixed: 'together with [name], the Independent Person from Stage 2',
        severity: 'warning',
      },
      { letter: 'stage3-final-response', text: 'I have now read the panel’s report. The Council accepts the panel’s recommendation and will pay you £250 by 30 June.', fixed: 'the Independent Person from Stage 2' },
      { letter: 'stage3-final-response', text: 'Thank you for attending the hearing on 3 June. We accept that the assessment was late and will pay you £250 by 30 June.', fixed: 'the Independent Person from Stage 2' },
    ],
    correct: [
      { letter: 'stage3-final-response', text: 'I have considered the panel’s recommendations together with Mrs Joan Reid, the Independent Person at Stage 2. The Council accepts both, and we will review the contact plan by 31 July.' },
      { letter: 'stage3-final-response', text: 'The Council’s response to each recommendation has been agreed with the IP who oversaw the Stage 2 investigation, Mr Owen Ross.' },
    ],
  },
  'refusal/not-eligible-without-decision': {
    faulty: [
      {
        letter: 'refusal',
        text: 'As you are not Jayden’s parent and do not have parental responsibility for him, you are not entitled to make a complaint under the children’s complaints procedure.',
        fixed: 'We have considered whether you have sufficient interest',
        gone: 'not entitled to make a complaint',
      },
      { letter: 'refusal', text: 'We cannot accept a complaint from you because you do not have parental responsibility for Amira.', fixed: 'We have considered whether you have sufficient interest' },
      { letter: 'refusal', text: 'Only parents and people with parental responsibility can make a complaint about Children’s Services.', fixed: 'We have considered whether you have sufficient interest' },
      { letter: 'refusal', text: 'As an aunt, you do not have the right to complain about the care of your niece.', fixed: 'We have considered whether you have sufficient interest' },
      { letter: 'stage1-response', text: 'Mrs Shah is Leo’s former foster carer and is therefore not eligible to complain about his placement.', fixed: 'We have considered whether you have sufficient interest' },
      { letter: 'refusal', text: 'You are not a qualifying person under the Children Act 1989 complaints procedure, so your complaint has been closed.', fixed: 'We have considered whether you have sufficient interest' },
    ],
    correct: [
      { letter: 'refusal', text: 'We have considered whether you have sufficient interest in Leo’s welfare. We have decided that you do, and your complaint will be considered at Stage 1.' },
      { letter: 'refusal', text: 'You are not entitled to complain as of right, but we will decide whether you have sufficient interest in Amira’s welfare and write to you by 3 March 2025.' },
      { letter: 'stage1-response', text: 'You are not entitled to see Amira’s records, but I have explained what they say about the contact arrangements.' },
      { letter: 'refusal', text: 'You are not able to complain to us about the decision the family court made in March; only the court can change that decision.' },
      { letter: 'stage2-adjudication', text: 'The Council told you in March that, as Leo’s grandmother, you could not complain. That was wrong, and I apologise.' },
    ],
  },
  'refusal/child-consent': {
    faulty: [
      {
        letter: 'refusal',
        text: 'Your daughter, who is 15, has said she does not want us to look into this, so we will not be taking your complaint any further.',
        fixed: 'As a parent, you can complain in your own right',
      },
      { letter: 'refusal', text: 'As Ellie has withheld her consent, we have decided not to consider your complaint.', fixed: 'As a parent, you can complain in your own right' },
      {
        letter: 'refusal',
        text: 'Jade is 16 and has told us that she does not want her information shared with you. We are therefore unable to investigate your complaint.',
        fixed: 'As a parent, you can complain in your own right, and we will consider your complaint under the statutory children’s complaints procedure.',
        gone: 'unable to investigate',
      },
      { letter: 'refusal', text: 'We are unable to proceed with your complaint without Jade’s consent.', fixed: 'As a parent, you can complain in your own right' },
      { letter: 'refusal', text: 'Because your son has not given his consent, your complaint has been closed.', fixed: 'As a parent, you can complain in your own right' },
      { letter: 'refusal', text: 'We can only look into your concerns if your daughter agrees to this.', fixed: 'As a parent, you can complain in your own right' },
      { letter: 'stage1-response', text: 'We need Kyle’s consent before we can consider your complaint about his placement.', fixed: 'As a parent, you can complain in your own right' },
    ],
    correct: [
      { letter: 'stage1-response', text: 'As Ellie has not agreed, we will not share her care plan with you, but we have looked into each of your concerns.' },
      { letter: 'stage1-response', text: 'Jade has asked us not to share her personal information with you. We have investigated your complaint, but there are some details of her placement that we cannot share with you without her agreement.' },
      { letter: 'stage1-response', text: 'Because Jade did not consent, we cannot discuss her health with you. This does not stop us investigating your complaint, which we have done.' },
      { letter: 'stage1-response', text: 'We cannot send you a copy of Jade’s records without her consent, but we have investigated your complaint in full.' },
      { letter: 'refusal', text: 'As the complaint you made on Jade’s behalf is about her own care, and she is 17, we cannot take it forward without her agreement; your own complaint about how the Council treated you is being investigated.' },
    ],
  },

  'refusal/scottish-competence-test': {
    faulty: [
      {
        letter: 'refusal',
        text: 'As your daughter is over 12, she is presumed to be competent to decide whether her information is shared with you.',
        fixed: 'In England there is no age at which a child is presumed to be able to make this decision: we have considered whether your child has enough understanding to make it (Gillick competence).',
      },
      { letter: 'stage1-response', text: 'Children aged 12 and over can make their own decisions about their personal information.', fixed: 'Gillick competence' },
      { letter: 'refusal', text: 'Under section 208 of the Data Protection Act 2018, a young person of Jade’s age is able to refuse consent.', fixed: 'Gillick competence' },
      { letter: 'refusal', text: 'Young people over the age of twelve are deemed to have the capacity to exercise their own data protection rights.', fixed: 'Gillick competence' },
    ],
    correct: [
      { letter: 'stage1-response', text: 'Jade is 14. We have considered whether she understands what sharing her information with you would mean, and we think she does.' },
      { letter: 'stage1-response', text: 'In Scotland children aged 12 or over are presumed to be competent, but that rule does not apply in England; we have assessed Jade’s understanding instead.' },
      { letter: 'stage1-response', text: 'Children aged 12 and over can ask for an advocate to help them.' },
    ],
  },

  'refusal/out-of-time-no-discretion': {
    faulty: [
      { letter: 'refusal', text: 'Because you did not complain within a year of the events, your complaint will not be considered.', fixed: 'whether we can still investigate your complaint fairly and effectively' },
      { letter: 'refusal', text: 'The matters you raise date from 2019 and are outside the time limit for complaints, so we cannot accept your complaint.', fixed: 'whether it was reasonable to expect you to complain sooner' },
      {
        letter: 'refusal',
        text: 'Your complaint concerns events in 2021, more than 12 months ago. We are therefore unable to consider it under the statutory complaints procedure.',
        fixed:
          'We are therefore unable to consider it under the statutory complaints procedure. We have considered whether it was reasonable to expect you to complain sooner, and whether we can still investigate your complaint fairly and effectively: [our reasons].',
      },
      { letter: 'refusal', text: 'As your complaint falls outside the one-year time limit, it will not be investigated.', fixed: 'whether we can still investigate your complaint fairly and effectively' },
      { letter: 'refusal', text: 'We cannot look into matters that happened more than a year before the complaint was made.', fixed: 'whether it was reasonable to expect you to complain sooner' },
      { letter: 'refusal', text: 'Complaints must be made within 12 months, and so we will not be considering your complaint about the 2021 placement.', fixed: 'whether it was reasonable to expect you to complain sooner' },
    ],
    correct: [
      {
        letter: 'refusal',
        text: 'Your complaint concerns events more than a year ago. We have considered your reasons for the delay, including your health at the time, but as the records are no longer available we are unable to investigate it fairly.',
      },
      { letter: 'stage1-response', text: 'Although your complaint was made more than a year after the events, it was not reasonable to expect you to complain sooner, and we have investigated it.' },
      { letter: 'stage1-response', text: 'If you remain unhappy after all three stages, you can contact the Local Government and Social Care Ombudsman; you usually have 12 months to do so.' },
    ],
  },

  'refusal/court-proceedings-no-resubmit': {
    faulty: [
      { letter: 'refusal', text: 'Your complaint cannot be considered while the court case is ongoing.', fixed: 'When the proceedings have ended, you can resubmit' },
      { letter: 'refusal', text: 'Because there are live family court proceedings, the Council will not investigate your complaint at this time.', fixed: 'When the proceedings have ended, you can resubmit' },
      {
        letter: 'refusal',
        text: 'As care proceedings about your children are ongoing, we are unable to consider your complaint.',
        fixed: 'we are unable to consider your complaint. When the proceedings have ended, you can resubmit this part of your complaint, and we will then consider it under the statutory children’s complaints procedure.',
      },
      { letter: 'refusal', text: 'Your complaint has been put on hold because the matters you raise are before the Family Court.', fixed: 'When the proceedings have ended, you can resubmit' },
      { letter: 'stage1-response', text: 'We will not be investigating the contact arrangements, which are a matter for the court in the current proceedings.', fixed: 'When the proceedings have ended, you can resubmit' },
    ],
    correct: [
      { letter: 'refusal', text: 'Your complaint cannot be considered while the court case is ongoing. Once the case has finished, you are welcome to contact us again and we will look at it.' },
      { letter: 'refusal', text: 'As care proceedings about your children are ongoing, we will not consider your complaint at the moment. You can resubmit it when the proceedings have ended.' },
      { letter: 'refusal', text: 'Because the court is deciding contact, we have paused that part of your complaint. When the proceedings end, please let us know and we will consider it.' },
      { letter: 'stage1-response', text: 'The Ombudsman cannot look at what happened in court, but it can look at how the Council dealt with your complaint.' },
    ],
  },

  'refusal/form-required': {
    faulty: [
      { letter: 'stage2-adjudication', text: 'Any request for a panel must be made on the enclosed form and returned within 20 working days.', fixed: 'You do not need to use a form' },
      { letter: 'stage1-response', text: 'Please note that we can only accept Stage 2 requests submitted using our online form.', fixed: 'You do not need to use a form' },
      {
        letter: 'stage1-response',
        text: 'You can ask for a Stage 2 investigation within 20 working days. You must complete the enclosed Stage 2 request form.',
        fixed: 'You can ask for a Stage 2 investigation within 20 working days. You do not need to use a form: you can contact the Complaints Team by letter, email or phone.',
        gone: 'You must complete',
      },
      { letter: 'stage2-adjudication', text: 'Requests for a Review Panel will only be accepted on the Council’s panel request form.', fixed: 'You do not need to use a form' },
      { letter: 'stage1-response', text: 'We cannot progress your request for Stage 2 until we receive the signed form.', fixed: 'You do not need to use a form' },
      { letter: 'stage1-response', text: 'To escalate your complaint you will need to fill in the online complaints form.', fixed: 'You do not need to use a form' },
    ],
    correct: [
      { letter: 'stage1-response', text: 'A Stage 2 request form is enclosed for your convenience.' },
      { letter: 'stage1-response', text: 'You can use the enclosed form if you wish, or write to us, email or phone.' },
      { letter: 'stage2-adjudication', text: 'To receive the payment, you will need to complete the enclosed bank details form.' },
      { letter: 'stage1-response', text: 'Please tell us within 20 working days; no form is needed.' },
    ],
  },

  'communication/meeting-precondition': {
    faulty: [
      {
        letter: 'stage1-response',
        text: 'You have made it clear that you only want to communicate by email. Nevertheless, a home visit is required before we can complete our response.',
        fixed: 'As you have asked, we will deal with your complaint in writing.',
      },
      {
        letter: 'stage1-response',
        text: 'You have asked us to contact you by email only. However, we will need to meet you at home before we can respond to your complaint.',
        fixed: 'You have asked us to contact you by email only. As you have asked, we will deal with your complaint in writing. We would be happy to meet or speak with you if you wish, but you do not have to.',
      },
      {
        letter: 'stage1-response',
        text: 'You told us that you would prefer all contact to be in writing. The team manager must speak to you on the telephone to discuss your concerns.',
        fixed: 'As you have asked, we will deal with your complaint in writing.',
      },
      {
        letter: 'stage2-adjudication',
        text: 'I note that you do not wish to be phoned. Unfortunately we cannot arrange the actions in this letter unless we meet you first.',
        fixed: 'As you have asked, we will deal with your complaint in writing.',
      },
      {
        letter: 'stage2-acknowledgement',
        text: 'You asked us to deal with you in writing only. Please ring Mr Obi on 01632 960 111 to arrange a meeting. We will not be able to progress your complaint until this has happened.',
        fixed: 'You asked us to deal with you in writing only. As you have asked, we will deal with your complaint in writing.',
        gone: 'Please ring Mr Obi',
      },
      {
        letter: 'stage1-response',
        text: 'You have asked us to contact you by email only. The social worker would like to visit you at home. Your complaint will be kept on hold until then.',
        fixed: 'As you have asked, we will deal with your complaint in writing.',
      },
    ],
    correct: [
      { letter: 'stage1-response', text: 'You have asked us to contact you by email only, and we will. If you would ever like to meet, we would be happy to arrange it.' },
      { letter: 'stage1-response', text: 'We will need to meet you to agree the new contact plan.' },
      { letter: 'stage1-response', text: 'If you would like an advocate, please contact the Complaints Team by letter or email. Your social worker will meet you every fortnight until the review.' },
      { letter: 'stage1-response', text: 'You have asked us to contact you by email only. We have asked the school for its records, and your complaint is on hold until they arrive.' },
      { letter: 'stage1-response', text: 'You have asked us to contact you by email only. If you would like to talk to Mr Obi, you can ring him, but your complaint will not be held up until you do.' },
    ],
  },

  'advocacy/missing-offer': {
    faulty: [
      { letter: 'stage1-response', text: 'You said your social worker stopped visiting you at your foster home in March. I uphold this and I apologise.', fixed: 'can have an independent advocate' },
      {
        letter: 'stage1-response',
        text: 'You told us that your personal adviser did not reply to your messages about your pathway plan. I uphold your complaint and I apologise.',
        fixed:
          'Children and young people can have an independent advocate, free of charge, to help them make a complaint and make sure their views are heard. If you would like an advocate, for yourself or for a child, please contact the Complaints Team by letter, email or phone and we will arrange one.\n\nYours sincerely,',
      },
      { letter: 'stage2-acknowledgement', text: 'Thank you for asking for a Stage 2 investigation of your complaint about the way your foster carers were told about your contact with your mum.', fixed: 'can have an independent advocate' },
      { letter: 'stage1-response', text: 'As a care leaver, you are entitled to help with your rent until you are 21. I uphold your complaint.', fixed: 'can have an independent advocate' },
      { letter: 'stage1-response', text: 'When you were in care, your records were not kept up to date. I uphold your complaint and I apologise.', fixed: 'can have an independent advocate' },
    ],
    correct: [
      { letter: 'stage1-response', text: 'You told us that your personal adviser did not reply to your messages. I uphold your complaint. You can have an advocate to help you: Example Advocacy can help, free of charge.' },
      { letter: 'stage1-response', text: 'You told us that your son’s foster carers were not told about the change to his contact. I uphold your complaint and I apologise.' },
      { letter: 'stage1-response', text: 'Your complaint about the support your son receives as a looked-after child is upheld, and I apologise.' },
    ],
  },

  'apology/non-apology': {
    faulty: [
      { letter: 'stage1-response', text: 'I would like to apologise for any offence caused, if this is how the comments were received.', fixed: 'I apologise that [say what the Council got wrong].' },
      { letter: 'stage1-response', text: 'I am sorry that you consider our response inadequate.', fixed: 'I apologise that [say what the Council got wrong].' },
      { letter: 'stage1-response', text: 'The Council is sorry that you felt the need to make a complaint.', fixed: 'I apologise that [say what the Council got wrong].' },
      {
        letter: 'stage1-response',
        text: 'We are sorry that you feel our communication with you was poor.',
        fixed: 'We are sorry that our communication with you was poor.',
        gone: 'you feel',
      },
      { letter: 'stage1-response', text: 'I apologise if you were upset by the social worker’s comments during the visit.', fixed: 'I apologise that [say what the Council got wrong].', gone: 'apologise if' },
      {
        letter: 'stage1-response',
        text: 'We apologise for any distress that this may have caused you.',
        fixed: 'We apologise for the distress that this caused you.',
      },
      { letter: 'stage1-response', text: 'The Council regrets any inconvenience this may have caused you.', fixed: 'I apologise that [say what the Council got wrong].' },
      { letter: 'stage2-adjudication', text: 'I am sorry you felt it necessary to complain.', fixed: 'I apologise that [say what the Council got wrong].' },
      { letter: 'stage1-response', text: 'I am sorry that you were unhappy with the outcome of the assessment.', fixed: 'I apologise that [say what the Council got wrong].' },
      { letter: 'stage1-response', text: 'Please accept our apologies for any inconvenience caused.', fixed: 'I apologise that [say what the Council got wrong].' },
      { letter: 'stage1-response', text: 'We are sorry that you have had cause to complain about our service.', fixed: 'I apologise that [say what the Council got wrong].' },
    ],
    correct: [
      { letter: 'stage1-response', text: 'We are sorry that you were not told about the meeting.' },
      { letter: 'stage1-response', text: 'I am so sorry that you had to wait six weeks for an answer.' },
      { letter: 'stage1-response', text: 'I apologise that we did not return your calls for three weeks; this left you without support when you needed it.' },
      { letter: 'stage1-response', text: 'I was sorry to hear about the difficulties your family has faced this year.' },
      { letter: 'stage1-response', text: 'I am sorry that you felt ignored when we did not return your calls, and I apologise for that.' },
      { letter: 'stage1-response', text: 'I am sorry for the delay in sending you the assessment, and for the worry it caused.' },
      { letter: 'stage1-response', text: 'I am sorry to hear that you feel let down by the service.' },
      { letter: 'stage1-response', text: 'I am sorry that you were disappointed that the Saturday club closed. The closure was because the venue was sold, and I do not uphold this part of your complaint.' },
    ],
  },

  'apology/upheld-without-apology': {
    faulty: [
      { letter: 'stage1-response', text: 'Having looked at the records, I have decided to uphold your complaint. The team will write to you by Friday.', fixed: 'I apologise that [say what the Council got wrong]' },
      {
        letter: 'stage1-response',
        text: 'I uphold your complaint that your calls were not returned. The team manager has reminded staff to return calls within two working days.',
        fixed: 'I uphold your complaint that your calls were not returned. I apologise that [say what the Council got wrong], and for the effect this had on you.',
      },
      {
        letter: 'stage2-adjudication',
        text: '## Complaint 1: missed visits\n\nFinding: upheld. The team manager will make sure visits take place every four weeks.\n\n## Complaint 2: the care plan\n\nFinding: not upheld.',
        fixed: 'Finding: upheld. I apologise that [say what the Council got wrong], and for the effect this had on you. The team manager',
      },
      { letter: 'stage1-response', text: 'Your complaint is partly upheld. We are sorry that you feel the assessment was rushed.', fixed: 'Your complaint is partly upheld. I apologise that [say what the Council got wrong]' },
      {
        letter: 'stage3-final-response',
        text: 'The panel upheld your complaint about the delay in your assessment. The Council accepts its recommendation and will complete the assessment by 30 June.',
        fixed: 'The panel upheld your complaint about the delay in your assessment. I apologise that [say what the Council got wrong]',
      },
    ],
    correct: [
      { letter: 'stage1-response', text: 'I uphold your complaint. I apologise that we did not return your calls for three weeks, which left you without support.' },
      {
        letter: 'stage2-adjudication',
        text: '## Complaint 1: missed visits\n\nFinding: upheld. The team manager will make sure visits take place every four weeks.\n\n## Complaint 2: the care plan\n\nFinding: partly upheld.\n\nI apologise for each of the failings the investigation found.',
      },
      { letter: 'stage1-response', text: 'I do not uphold your complaint. I was sorry to hear how worried you have been.' },
      {
        letter: 'stage2-adjudication',
        text: '1. The review was late. Upheld. I apologise for this; reviews are now booked in advance.\n2. The plan did not mention speech therapy. Partly upheld. The plan will be updated by 30 May.',
      },
    ],
  },

  'remedy/delay-no-remedy': {
    faulty: [
      { letter: 'stage2-adjudication', text: 'I am sorry that it has taken so long to respond to your complaint.', fixed: 'We have considered a remedy' },
      { letter: 'stage3-final-response', text: 'This response is late, and I apologise for that.', fixed: 'We have considered a remedy' },
      {
        letter: 'stage2-adjudication',
        text: 'I apologise that this response is much later than the 65 working days the law allows.',
        fixed:
          'I apologise that this response is much later than the 65 working days the law allows. We have considered a remedy for the time and trouble this delay caused you: [we will pay you £… by … / our reasons for not offering a payment].',
      },
      { letter: 'stage3-final-response', text: 'I am sorry for the delay in responding to the panel’s recommendations.', fixed: 'We have considered a remedy for the time and trouble this delay caused you' },
      { letter: 'stage2-adjudication', text: 'I accept that we failed to meet the statutory timescale for your Stage 2 investigation, and I am sorry.', fixed: 'We have considered a remedy' },
      { letter: 'stage2-adjudication', text: 'We took far too long to arrange your Stage 2 investigation, and I apologise.', fixed: 'We have considered a remedy' },
      { letter: 'stage2-adjudication', text: 'I have to acknowledge that our reply is late: it comes well after the date the regulations set.', fixed: 'We have considered a remedy' },
      { letter: 'stage3-final-response', text: 'I am sorry that it has taken us much longer than it should have to send you our response to the panel.', fixed: 'We have considered a remedy' },
      { letter: 'stage2-adjudication', text: 'I regret that the investigation took longer than the 65 working days the law allows.', fixed: 'We have considered a remedy' },
    ],
    correct: [
      { letter: 'stage2-adjudication', text: 'I apologise that this response is much later than the 65 working days the law allows. In recognition of the time and trouble this caused you, we will pay you £150.' },
      { letter: 'stage2-adjudication', text: 'Complaint 1 is upheld: I apologise for the delay in the foster carer assessment, which will be completed by 30 June.' },
      { letter: 'stage2-adjudication', text: 'It took eleven weeks to arrange your carer’s assessment, which was too long, and I am sorry.' },
      { letter: 'stage2-adjudication', text: 'I acknowledge that the new placement took longer than we hoped to find, and I am sorry for the worry this caused.' },
      { letter: 'stage2-adjudication', text: 'I recognise that this response is not late, but I know you have waited a long time for the assessment itself.' },
    ],
  },
};

test('every letter-content rule has table-driven cases: two faulty phrasings or more and a correct near miss', () => {
  for (const rule of CONTENT_RULES) {
    const cases = CASES[rule.meta.id];
    assert.ok(cases, `no cases for ${rule.meta.id}`);
    assert.ok(cases.faulty.length >= 2, `${rule.meta.id}: at least two faulty phrasings`);
    assert.ok(cases.correct.length >= 1, `${rule.meta.id}: at least one correct near miss`);
  }
});

for (const [ruleId, cases] of Object.entries(CASES)) {
  const rule = CONTENT_RULES.find((r) => r.meta.id === ruleId);
  describe(ruleId, () => {
    test('is registered', () => assert.ok(rule));
    for (const example of cases.faulty) {
      test(`catches: ${example.text.slice(0, 70).replace(/\n/g, ' ')}`, () => {
        const letter = exampleLetter({ letter: example.letter, text: example.text });
        const found = lint(letter).problems.filter((p) => p.ruleId === ruleId);
        assert.ok(found.length > 0, `expected ${ruleId}`);
        if (example.severity) assert.equal(found[0].severity, example.severity);
        if (!rule!.meta.fixable) {
          assert.equal(found[0].fixes.length, 0);
          return;
        }
        const fix = found[0].fixes[0];
        assert.ok(fix, 'offers a fix');
        for (const edit of fix.edits) assert.ok(edit.start >= found[0].start && edit.end <= found[0].end, 'the fix stays inside its finding');
        const fixed = applyEdits(letter, fix.edits);
        assert.ok(example.fixed !== undefined && fixed.includes(example.fixed), `after the fix:\n${fixed}`);
        if (example.gone) assert.ok(!fixed.includes(example.gone), `“${example.gone}” should be gone`);
        const after = lint(fixed).problems.filter((p) => p.ruleId === ruleId);
        assert.ok(after.length < found.length, 'the fix removes the finding');
      });
    }
    for (const example of cases.correct) {
      test(`leaves alone: ${example.text.slice(0, 70).replace(/\n/g, ' ')}`, () => {
        const found = lint(exampleLetter({ letter: example.letter, text: example.text })).problems.filter((p) => p.ruleId === ruleId);
        assert.deepEqual(
          found.map((p) => p.message),
          [],
        );
      });
    }
  });
}
