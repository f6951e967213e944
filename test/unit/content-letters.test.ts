import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { buildLetterModel } from '../../server/src/model/letterModel';
import { complaintPoints, type ComplaintPoint } from '../../server/src/model/complaintPoints';
import * as wording from '../../server/src/rules/wording';

/**
 * Whole letters: a full, correct stage 2 adjudication and a full, correct stage 3 final response
 * get no error or warning from any rule, and the complaint points (with their findings) and the
 * panel's recommendations (with the decisions) are read from them, whichever way they are set out.
 */

export const CORRECT_STAGE2_ADJUDICATION = `Children's Services – Complaints and Representations
Northfield City Council
Town Hall, Northfield NF1 1AA

12 September 2025

Our ref: CS/2025/0311

Dear Ms Barker,

**Stage 2 adjudication – your complaint about Ellie's placement and contact**

I am writing as the Adjudicating Officer following the Stage 2 investigation of your complaint about the care of your daughter, Ellie, who is looked after by the Council. The investigation was carried out by Mr Simon Hart, an independent Investigating Officer, and overseen by Mrs Janet Cole, the Independent Person, who is not employed by the Council. Copies of Mr Hart's report and Mrs Cole's report are enclosed. I have read both reports in full and discussed them with Mr Hart and Mrs Cole.

## My findings

### Complaint 1 – Ellie moved placement without a planning meeting

Finding: upheld. Ellie's move in March was arranged in two days, and no placement planning meeting was held. I apologise that you were not involved in planning the move and that Ellie's belongings arrived a week after her. The placements manager will make sure a planning meeting is held before every planned move, and will audit this by 31 December 2025.

### Complaint 2 – family time was cancelled at short notice

Finding: partly upheld. Four sessions were cancelled between April and June; two were cancelled because Ellie was unwell, but two were cancelled because no supervisor was available, and you were told only on the morning. I am sorry for the two cancellations that could have been avoided. The family time team now has a second supervisor on call for every session.

### Complaint 3 – Ellie's social worker did not reply to your emails

Finding: not upheld. The records show that each of your emails was answered within three working days, and copies of the replies are in the investigation report.

## What happens next

If you are not satisfied with this response, you can ask for a Stage 3 Review Panel: three people independent of the Council, one of whom chairs it, will review your complaint. Please contact the Complaints Team by letter, email or phone within 20 working days of receiving this letter; if you need longer, please tell us. You do not need to use a form. The panel will meet within 30 working days of your request.

If you are still not satisfied after the Review Panel and our final response, you can then ask the Local Government and Social Care Ombudsman to look at your complaint.

Yours sincerely,

Ms Grace Whitaker
Head of Service, Children in Care (Adjudicating Officer)
`;

export const CORRECT_STAGE3_RESPONSE = `Dear Mr Okoro,

# Stage 3 final response: your complaint about your pathway plan

The Stage 3 Review Panel met on 4 June 2025 to consider your complaint about the support you received from the Leaving Care Service. The panel's report reached the Council on 10 June 2025. I have considered it together with Ms Helen Fry, who was the Independent Person at Stage 2, and this letter sets out the Council's final response.

## The panel's findings

The panel considered three complaints:

1. Your pathway plan was not reviewed for eight months. The panel upheld this complaint.
2. Your personal adviser did not help you to apply for housing. The panel partly upheld this complaint.
3. Your leaving care grant was paid late. The panel did not uphold this complaint, because the grant was paid on the date agreed with you.

I apologise for the failings the panel found, and for the worry they caused you when you were about to move.

## The panel's recommendations and the Council's response

| Recommendation | Council's response | Action and timescale |
|---|---|---|
| Review your pathway plan with you within four weeks. | Accepted | Your personal adviser met you on 20 June and the reviewed plan was sent to you on 27 June 2025. |
| Pay you £250 for the time and trouble of pursuing your complaint. | Accepted | The payment will be made by 11 July 2025. |
| Give you a new personal adviser. | Not accepted: your current adviser has worked with you for three years and you told the panel you get on well with her; we think a change now would be more disruptive than helpful. | None |

Ms Fry agrees with this response.

You told us that an advocate from Northfield Young People's Advocacy helped you at the panel; if you would like an advocate's help again, you can contact them on 0800 000 1234.

## If you remain dissatisfied

This is the Council's final response under the statutory children's complaints procedure. If you remain dissatisfied, you can ask the Local Government and Social Care Ombudsman to look at your complaint. The Ombudsman is free and independent of the Council. You usually have up to 12 months to do this, starting from when you first knew about the matter you complained about. Website: www.lgo.org.uk. Telephone: 0300 061 0614.

Yours sincerely,

Director of Children's Services
`;

const summary = (points: readonly ComplaintPoint[]) =>
  points.map((p) => `${p.kind} ${p.number} | ${p.title} | ${p.outcome ?? p.decision ?? (p.labelled ? 'labelled' : 'none')} | actions ${p.actions.length}`);

describe('full, correct letters', () => {
  for (const [name, text, type] of [
    ['stage 2 adjudication', CORRECT_STAGE2_ADJUDICATION, 'stage2-adjudication'],
    ['stage 3 final response', CORRECT_STAGE3_RESPONSE, 'stage3-final-response'],
  ] as const) {
    test(`a full, correct ${name} gets no error or warning from any rule`, () => {
      const { problems, model } = lint(text);
      assert.equal(model.inference.letterType, type);
      assert.deepEqual(
        problems.filter((p) => p.severity === 'error' || p.severity === 'warning').map((p) => `${model.lines.lineAt(p.start) + 1} ${p.ruleId}: ${p.message}`),
        [],
      );
    });
  }

  test('the stage 2 adjudication’s complaint points, findings and actions are read', () => {
    assert.deepEqual(summary(complaintPoints(buildLetterModel(CORRECT_STAGE2_ADJUDICATION))), [
      'complaint 1 | Complaint 1 – Ellie moved placement without a planning meeting | upheld | actions 1',
      'complaint 2 | Complaint 2 – family time was cancelled at short notice | partially-upheld | actions 1',
      'complaint 3 | Complaint 3 – Ellie’s social worker did not reply to your emails | not-upheld | actions 0'.replace('’', "'"),
    ]);
  });

  test('the stage 3 response’s complaint points, and its recommendations and decisions from its table', () => {
    assert.deepEqual(summary(complaintPoints(buildLetterModel(CORRECT_STAGE3_RESPONSE))), [
      'complaint 1 | Your pathway plan was not reviewed for eight months. | upheld | actions 0',
      'complaint 2 | Your personal adviser did not help you to apply for housing. | partially-upheld | actions 0',
      'complaint 3 | Your leaving care grant was paid late. | not-upheld | actions 0',
      'recommendation 1 | Review your pathway plan with you within four weeks. | accepted | actions 1',
      'recommendation 2 | Pay you £250 for the time and trouble of pursuing your complaint. | accepted | actions 1',
      'recommendation 3 | Give you a new personal adviser. | not-accepted | actions 0',
    ]);
  });
});

const letter = (type: string, body: string) =>
  `---\nletter: ${type}\n---\nDear Ms Smith,\n\nThank you for your complaint about Children's Services.\n\n${body}\n\nYours sincerely,\n\nA Officer\n`;
const pointsOf = (type: string, body: string) => summary(complaintPoints(buildLetterModel(letter(type, body))));

describe('complaint points, however they are set out', () => {
  test('headings with labels, and the finding under each', () => {
    assert.deepEqual(pointsOf('stage2-adjudication', '## Complaint 1: calls\n\nI uphold this complaint.\n\n## Complaint 2: the plan\n\nThe IO upheld this, but I do not uphold it.'), [
      'complaint 1 | Complaint 1: calls | upheld | actions 0',
      'complaint 2 | Complaint 2: the plan | not-upheld | actions 0',
    ]);
  });

  test('unnumbered sub-headings under a findings heading', () => {
    assert.deepEqual(pointsOf('stage2-adjudication', '## What I found\n\n### Communication\n\nPartly upheld.\n\n### The care plan\n\nNo finding: the records for that period were lost.\n\n## Next steps\n\nNone.'), [
      'complaint 1 | Communication | partially-upheld | actions 0',
      'complaint 2 | The care plan | no-finding | actions 0',
    ]);
  });

  test('bold labels, emphasised leads, and placeholders left to fill in', () => {
    assert.deepEqual(
      pointsOf('stage2-adjudication', '**Complaint A – visits**\n\nNot substantiated.\n\n*You were not told about the move.* Upheld. We will tell you of any move by phone.\n\n**Complaint C – the allowance**\n\nFinding: [upheld / not upheld]'),
      [
        'complaint A | Complaint A – visits | not-upheld | actions 0',
        'complaint 2 | You were not told about the move. | upheld | actions 1',
        'complaint C | Complaint C – the allowance | labelled | actions 0',
      ],
    );
  });

  test('a numbered list introduced as complaints, with findings given by number elsewhere', () => {
    assert.deepEqual(pointsOf('stage2-adjudication', 'You complained that:\n\n1. the assessment was late;\n2. you were not sent the plan.\n\nI uphold complaint 1 and do not uphold complaint 2.'), [
      'complaint 1 | the assessment was late; | upheld | actions 0',
      'complaint 2 | you were not sent the plan. | not-upheld | actions 0',
    ]);
  });

  test('a summary list is dropped when the findings are given under headings instead', () => {
    assert.deepEqual(
      pointsOf('stage2-adjudication', 'You complained that:\n\n1. the assessment was late;\n2. you were not sent the plan.\n\n## Complaint 1: the assessment\n\nUpheld.\n\n## Complaint 2: the plan\n\nNot upheld.'),
      ['complaint 1 | Complaint 1: the assessment | upheld | actions 0', 'complaint 2 | Complaint 2: the plan | not-upheld | actions 0'],
    );
  });

  test('an action list is not taken for complaint points', () => {
    assert.deepEqual(pointsOf('stage2-adjudication', 'I uphold your complaint. To put things right we will:\n\n1. review the plan by 1 May;\n2. pay you £150.'), []);
  });

  test('a table whose first column numbers the rows', () => {
    assert.deepEqual(pointsOf('stage2-adjudication', '| Point | Summary | Finding |\n|---|---|---|\n| 1 | The plan was not reviewed | Upheld |\n| 2 | The worker was rude | Not upheld |'), [
      'complaint 1 | The plan was not reviewed | upheld | actions 0',
      'complaint 2 | The worker was rude | not-upheld | actions 0',
    ]);
  });

  test('a table with a “desired outcome” column takes the finding from the right column', () => {
    assert.deepEqual(pointsOf('stage2-adjudication', '| Complaint | Desired outcome | Finding |\n|---|---|---|\n| Visits missed | An apology | Upheld |'), [
      'complaint 1 | Visits missed | upheld | actions 0',
    ]);
  });

  test('recommendations as paragraphs under the panel’s recommendations, with the decision after each', () => {
    assert.deepEqual(
      pointsOf(
        'stage3-final-response',
        '**The panel’s recommendations and the Council’s response**\n\n*The Council should apologise for the delay.* Accepted. I apologise for the delay.\n\nThe Council should agree a new contact plan with you. Not accepted, because the court has set contact.',
      ),
      ['recommendation 1 | The Council should apologise for the delay. | accepted | actions 0', 'recommendation 2 | The Council should agree a new contact plan with you. | not-accepted | actions 0'],
    );
  });

  test('a recommendation’s own words (“agree”, “accept”) are not the decision', () => {
    assert.deepEqual(pointsOf('stage3-final-response', 'The panel made these recommendations:\n\n1. That the Council agree a contact plan with you.\n2. That the Council accept responsibility for the delay – accepted.'), [
      'recommendation 1 | That the Council agree a contact plan with you. | none | actions 0',
      'recommendation 2 | That the Council accept responsibility for the delay – accepted. | accepted | actions 0',
    ]);
  });

  test('not a letter: no points; and one reading per model', () => {
    assert.deepEqual(summary(complaintPoints(buildLetterModel('# Notes\n\n## Complaint 1: calls\n\nUpheld.\n'))), []);
    const model = buildLetterModel(CORRECT_STAGE2_ADJUDICATION);
    assert.equal(complaintPoints(model), complaintPoints(model));
  });
});

describe('the paragraphs the content fixes insert are themselves clean', () => {
  const council = { complaintsTeam: 'the Children’s Complaints Team', complaintsEmail: 'complaints@example.gov.uk', advocacyService: 'Example Advocacy' };
  const cases: [string, string, string][] = [
    ['parent can complain', 'stage1-response', wording.parentCanComplainParagraph()],
    ['no age presumption', 'stage1-response', wording.noAgePresumptionSentence()],
    ['no form needed', 'stage1-response', wording.noFormNeededSentence(council)],
    ['sufficient-interest decision', 'refusal', wording.sufficientInterestDecision()],
    ['panel composition', 'stage3-arrangements', wording.PANEL_COMPOSITION_SENTENCE],
    ['advocacy', 'stage1-response', wording.advocacyParagraph(council)],
    ['resubmit after proceedings', 'refusal', `Because of the care proceedings, we have paused your complaint. ${wording.resubmitAfterProceedingsParagraph(council)}`],
  ];
  for (const [name, type, paragraph] of cases) {
    test(name, () => {
      const { problems } = lint(letter(type, paragraph), { council });
      assert.deepEqual(
        problems.filter((p) => /^(?:stage2|stage3|refusal|communication|advocacy|apology|remedy)\//.test(p.ruleId)).map((p) => p.ruleId),
        [],
      );
    });
  }
});
