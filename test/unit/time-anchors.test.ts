import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAnchors, type AnchorKind } from '../../server/src/time/anchors';
import { findDates } from '../../server/src/time/dates';
import { toIsoDate } from '../../server/src/time/calendar';

/** The body of a letter after its salutation, so that no date can be read as the letter date. */
const SALUTATION = 'Dear Ms Smith\n\n';

function anchorsIn(text: string): [AnchorKind, string][] {
  return findAnchors(text, findDates(text)).map((anchor) => [anchor.kind, toIsoDate(anchor.date)]);
}

/** Each sentence, put in a letter body, must yield exactly the listed anchors. */
function expectAnchors(sentences: string[], expected: [AnchorKind, string][]): void {
  for (const sentence of sentences) assert.deepEqual(anchorsIn(SALUTATION + sentence), expected, sentence);
}

test('received: paraphrases', () => {
  expectAnchors(
    [
      'We received your complaint on 3 March 2025.',
      'I received your complaint on 3 March 2025 and have looked into it.',
      'We first received your written complaint on 3rd March 2025.',
      "We received your complaint about your son's care on 3 March 2025.",
      'The complaints team received your email on 03/03/2025.',
      'Your complaint dated 3 March 2025 has now been investigated.',
      'Thank you for your complaint of 3 March 2025.',
      'Your complaint received on 3 March 2025 was logged at Stage 1.',
      "Your complaint was received by Children's Services on 3 March 2025.",
      'The complaint was received on **3 March 2025**.',
      'Thank you for your email of 3 March 2025.',
      'Thank you for your letter dated 3 March 2025.',
      'I am writing in response to your e-mail dated Monday 3 March 2025.',
      'Your complaint, which we received on 3 March 2025, raised four points.',
      'On 3 March 2025, you complained about the support your family received.',
      'On 3 March 2025 we received your complaint.',
      'You contacted us on 3 March 2025 to complain about the assessment.',
      'You made your complaint on 3 March 2025.',
      'Complaint received: 3 March 2025',
    ],
    [['received', '2025-03-03']],
  );
});

test('received: near misses', () => {
  expectAnchors(
    [
      'Your son, date of birth 3 March 2015, lives with you.',
      'Your son was born on 3 March 2015.',
      'Date of birth: 3 March 2015',
      'Your complaint about the assessment on 3 March 2025 has been upheld.',
      'We received a safeguarding referral on 3 March 2025.',
      'We received your complaint about the meeting on 3 March 2025.',
      'The social worker visited on 3 March 2025.',
      'Our letter dated 3 March 2025 explained the outcome.',
      'We received the school report on 3 March 2025.',
    ],
    [],
  );
});

test('stage 2 requested: paraphrases', () => {
  expectAnchors(
    [
      'You asked for your complaint to be considered at stage 2 on 10 March 2025.',
      'You asked us to escalate your complaint to stage two on 10 March 2025.',
      'Your request for a stage 2 investigation dated 10 March 2025 has been accepted.',
      'Your request to escalate your complaint dated 10 March 2025 was received.',
      'We received your request for a Stage 2 investigation on 10 March 2025.',
      'On 10 March 2025, you asked for a Stage 2 investigation.',
      'On 10/03/2025 you asked us to investigate your complaint at the second stage.',
      'Thank you for your email of 10 March 2025 asking for your complaint to move to the second stage.',
      'You requested a formal investigation on 10 March 2025.',
    ],
    [['stage2Requested', '2025-03-10']],
  );
});

test('stage 3 requested: paraphrases', () => {
  expectAnchors(
    [
      'Your request for a Review Panel on 5 May 2025 was received.',
      'You asked for your complaint to be considered by a review panel on 5 May 2025.',
      'Your request for a stage 3 review dated 5 May 2025 has been accepted.',
      'On 5 May 2025, you asked for a review panel.',
      'You asked us to escalate your complaint to stage three on 5 May 2025.',
      'Thank you for your letter of 5 May 2025, in which you requested a Stage 3 Review Panel.',
      'We received your request for a panel hearing on 5 May 2025.',
      'You asked in writing for it to go to a review panel on 5 May 2025.',
      'Your request for a review panel was received on 5 May 2025.',
    ],
    [['stage3Requested', '2025-05-05']],
  );
});

test('stage requests: near misses', () => {
  expectAnchors(
    [
      'You asked for a copy of the stage 2 report on 10 March 2025.',
      'You asked for a copy of the review panel report on 10 March 2025.',
      'You asked for a meeting on 10 March 2025.',
      'You asked for stage 2 because of the meeting on 10 March 2025.',
    ],
    [],
  );
  // An email that only mentions a stage is still a received date, not a request for that stage.
  expectAnchors(['Thank you for your email of 10 March 2025 about the stage 2 report.'], [['received', '2025-03-10']]);
});

test('panel date: paraphrases', () => {
  expectAnchors(
    [
      'The panel met on 2 June 2025.',
      'The Review Panel met on 2 June 2025 to consider your complaint.',
      'The Review Panel hearing took place on 2 June 2025.',
      'The review panel meeting was held on 2 June 2025.',
      'The panel hearing on 2 June 2025 was chaired by Ms A.',
      'At the panel meeting on 2 June 2025, you explained your concerns.',
      'On 2 June 2025, the Review Panel met to consider your complaint.',
      'The panel will meet on 2 June 2025.',
      'The panel has been arranged for 2 June 2025.',
      'Following your request, the panel met on 2 June 2025.',
    ],
    [['panelDate', '2025-06-02']],
  );
});

test('panel date: near misses', () => {
  expectAnchors(
    [
      'We wrote to the panel members on 2 June 2025.',
      "The panel's report was sent on 2 June 2025.",
      'Your request for a review panel was acknowledged in a letter we posted on 2 June 2025.',
    ],
    [],
  );
});

test('deadline: paraphrases', () => {
  expectAnchors(
    [
      'We will respond by 17 March 2025.',
      'You will receive our response no later than 17 March 2025.',
      'Please let us know by Monday 17 March 2025 if you want a review panel.',
      'If you want your complaint to go to stage 2, please tell us on or before 17 March 2025.',
      'You have until 17 March 2025 to ask for a review panel.',
      'We aim to send you the outcome before 17 March 2025.',
      'Please ask for stage 2 within 20 working days (i.e. by 17 March 2025).',
      'We should have responded by 17 March 2025.',
      'The deadline for asking for a review panel is 17 March 2025.',
      'We will write to you with our decision by 5pm on 17 March 2025.',
    ],
    [['deadline', '2025-03-17']],
  );
});

test('deadline: near misses', () => {
  expectAnchors(
    [
      'The investigation was completed before 17 March 2025.',
      'Before 17 March 2025 your son lived with his grandmother.',
      'The letter was written by Mr Jones on 17 March 2025.',
      'Your son moved placement by 17 March 2025.',
    ],
    [],
  );
});

test('several anchors in one sentence keep to their own dates', () => {
  assert.deepEqual(anchorsIn(SALUTATION + 'We received your complaint on 3 March 2025 and will respond by 17 March 2025.'), [
    ['received', '2025-03-03'],
    ['deadline', '2025-03-17'],
  ]);
  assert.deepEqual(anchorsIn(SALUTATION + 'You asked for stage 2 on 10 March 2025 and we met you on 12 March 2025.'), [
    ['stage2Requested', '2025-03-10'],
  ]);
  assert.deepEqual(
    anchorsIn(
      SALUTATION +
        'You asked for a stage 2 investigation on 10 March 2025, and after our response you asked for a review panel on 5 May 2025.',
    ),
    [
      ['stage2Requested', '2025-03-10'],
      ['stage3Requested', '2025-05-05'],
    ],
  );
  // A sentence break inside an abbreviated date ("Mar.") does not cut the sentence.
  assert.deepEqual(anchorsIn(SALUTATION + 'We received your complaint on 3 Mar. 2025 and will reply by 17 Mar. 2025.'), [
    ['received', '2025-03-03'],
    ['deadline', '2025-03-17'],
  ]);
});

test('a sentence break just before a date separates it from the previous sentence', () => {
  assert.deepEqual(anchorsIn(SALUTATION + 'We will respond as soon as we can. 17 March 2025 is the date of the meeting.'), []);
  assert.deepEqual(anchorsIn(SALUTATION + 'We will reply by\n\n17 March 2025'), []);
});

test('invalid dates are never anchors', () => {
  assert.deepEqual(anchorsIn(SALUTATION + 'We received your complaint on 31/02/2025.'), []);
  assert.deepEqual(anchorsIn(SALUTATION + 'We will respond by Monday 4 March 2025.'), []);
});

test('letter date: a date line or "Date:" label in the heading', () => {
  const headings = [
    "Children's Services\nCounty Hall\n\n3 March 2025\n\n",
    '**Date:** 3 March 2025\n\n',
    'Our ref: AB/123   Date: 3 March 2025\n',
    'Dated 3 March 2025  \n',
    'Date of letter: 03/03/2025\n',
    '> Monday 3 March 2025\n',
  ];
  for (const heading of headings) {
    assert.deepEqual(anchorsIn(`${heading}Dear Ms Smith\n\nThank you for writing.`), [['letterDate', '2025-03-03']], heading);
  }
});

test('letter date: not after the salutation, not a sentence, not far down, not another labelled date', () => {
  assert.deepEqual(anchorsIn('Dear Ms Smith\n\n3 March 2025\n'), []);
  assert.deepEqual(anchorsIn('We met on 3 March 2025\n\nDear Ms Smith\n'), []);
  assert.deepEqual(anchorsIn('Thank you for your letter dated 3 March 2025.\n'), [['received', '2025-03-03']]);
  assert.deepEqual(anchorsIn('Date of birth: 3 March 2015\nDear Ms Smith\n'), []);
  assert.deepEqual(anchorsIn('31/02/2025\n\nDear Ms Smith\n'), []);
  const longHeading = Array.from({ length: 25 }, (_, i) => `Line ${i + 1}`).join('\n');
  assert.deepEqual(anchorsIn(`${longHeading}\n3 March 2025\nDear Ms Smith\n`), []);
  // The first date line is the letter date; a labelled receipt date below it is a receipt.
  assert.deepEqual(anchorsIn('3 March 2025\nComplaint received: 1 March 2025\n\nDear Ms Smith\n'), [
    ['letterDate', '2025-03-03'],
    ['received', '2025-03-01'],
  ]);
});

test('anchors carry the date offsets and a described (not copied) evidence', () => {
  const text = '  \r\n**Date:** 3 March 2025\r\n\r\nDear Ms Smith\r\n\r\n👋 We received your complaint on 1 March 2025.';
  const anchors = findAnchors(text, findDates(text));
  assert.deepEqual(
    anchors.map((a) => ({ kind: a.kind, raw: text.slice(a.start, a.end), evidence: a.evidence })),
    [
      { kind: 'letterDate', raw: '3 March 2025', evidence: '“Date: …” line in the letter heading' },
      { kind: 'received', raw: '1 March 2025', evidence: '“we received your complaint on …”' },
    ],
  );
  assert.equal(anchors[1].start, text.indexOf('1 March 2025'));
});

test('text blanked by the caller (quotations) gives no anchors, and offsets are kept', () => {
  const original = 'Dear Ms Smith\n\nYou wrote: “we received your complaint on 3 March 2025”. We will respond by 17 March 2025.';
  const quoteStart = original.indexOf('“');
  const quoteEnd = original.indexOf('”') + 1;
  const voice = original.slice(0, quoteStart) + ' '.repeat(quoteEnd - quoteStart) + original.slice(quoteEnd);
  const anchors = findAnchors(voice, findDates(voice));
  assert.deepEqual(
    anchors.map((a) => [a.kind, original.slice(a.start, a.end)]),
    [['deadline', '17 March 2025']],
  );
});

test('dates passed out of order are handled', () => {
  const text = SALUTATION + 'We received your complaint on 3 March 2025 and will respond by 17 March 2025.';
  const reversed = findDates(text).reverse();
  assert.deepEqual(
    findAnchors(text, reversed).map((a) => a.kind),
    ['received', 'deadline'],
  );
});

test('a large document is analysed quickly', () => {
  const paragraph =
    'We received your complaint on 3 March 2025 and will respond by 17 March 2025. You asked for a stage 2 investigation on 10/03/2025. ';
  const text = SALUTATION + paragraph.repeat(1000) + '3 March 2025 '.repeat(3000);
  const began = performance.now();
  const anchors = findAnchors(text, findDates(text));
  const elapsed = performance.now() - began;
  assert.equal(anchors.length, 3000);
  assert.ok(elapsed < 1500, `took ${elapsed.toFixed(0)} ms`);
});
