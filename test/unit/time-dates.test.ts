import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, parseUkDate, type FoundDate } from '../../server/src/time/dates';
import { toIsoDate } from '../../server/src/time/calendar';

/** A FoundDate as plain data: the date as ISO so that assertions are exact and time-zone free. */
function summary(found: FoundDate): { start: number; end: number; raw: string; date: string | null; problem?: string } {
  const result: { start: number; end: number; raw: string; date: string | null; problem?: string } = {
    start: found.start,
    end: found.end,
    raw: found.raw,
    date: found.date ? toIsoDate(found.date) : null,
  };
  if (found.problem !== undefined) result.problem = found.problem;
  return result;
}

function only(text: string): ReturnType<typeof summary> {
  const found = findDates(text);
  assert.equal(found.length, 1, `exactly one date in ${JSON.stringify(text)}: ${JSON.stringify(found.map((f) => f.raw))}`);
  return summary(found[0]);
}

function parsedIso(raw: string): string | null {
  const parsed = parseUkDate(raw);
  assert.ok(parsed && 'date' in parsed, `${raw} should parse: ${JSON.stringify(parsed)}`);
  return toIsoDate(parsed.date);
}

test('every accepted form, in running text, with exact offsets', () => {
  const forms: [written: string, iso: string][] = [
    ['3 March 2025', '2025-03-03'],
    ['3rd March 2025', '2025-03-03'],
    ['1st May 2024', '2024-05-01'],
    ['22nd June 2024', '2024-06-22'],
    ['3rd of March 2025', '2025-03-03'],
    ['Monday 3 March 2025', '2025-03-03'],
    ['Monday, 3 March 2025', '2025-03-03'],
    ['Mon 3 Mar 2025', '2025-03-03'],
    ['Mon. 3 Mar 2025', '2025-03-03'],
    ['Tues 4 March 2025', '2025-03-04'],
    ['Thurs 6 June 2024', '2024-06-06'],
    ['Tuesday, the 4th of March, 2025', '2025-03-04'],
    ['3 Mar. 2025', '2025-03-03'],
    ['3 Sept 2025', '2025-09-03'],
    ['3 Sep 2025', '2025-09-03'],
    ['3 September 2025', '2025-09-03'],
    ['3 March, 2025', '2025-03-03'],
    ['3 MARCH 2025', '2025-03-03'],
    ['3 march 2025', '2025-03-03'],
    ['03-Mar-2025', '2025-03-03'],
    ['03/03/2025', '2025-03-03'],
    ['3/3/2025', '2025-03-03'],
    ['3.3.2025', '2025-03-03'],
    ['03-03-2025', '2025-03-03'],
    ['2025-03-03', '2025-03-03'],
    ['3/3/25', '2025-03-03'],
    ['Monday 03/03/2025', '2025-03-03'],
  ];
  for (const [written, iso] of forms) {
    const text = `We wrote on ${written}, as agreed.`;
    assert.deepEqual(only(text), { start: 12, end: 12 + written.length, raw: written, date: iso }, written);
    assert.equal(parsedIso(written), iso, `parseUkDate(${written})`);
  }
});

test('numeric dates are always day first, never US month first', () => {
  assert.equal(parsedIso('03/04/2025'), '2025-04-03');
  assert.equal(parsedIso('12/01/2025'), '2025-01-12');
  assert.deepEqual(only('Sent 03/13/2025.'), {
    start: 5,
    end: 15,
    raw: '03/13/2025',
    date: null,
    problem:
      '03/13/2025 is not a real date: there is no month 13. Dates are read day first (day/month/year): if you meant 13 March 2025, write 13/03/2025',
  });
  assert.deepEqual(parseUkDate('12/25/2025'), {
    problem:
      '12/25/2025 is not a real date: there is no month 25. Dates are read day first (day/month/year): if you meant 25 December 2025, write 25/12/2025',
  });
  assert.deepEqual(parseUkDate('3/13/25'), {
    problem: '3/13/25 is not a real date: there is no month 13. Dates are read day first (day/month/year): if you meant 13 March 2025, write 13/03/2025',
  });
});

test('impossible dates are found, with date null and a clear problem', () => {
  const cases: [string, string][] = [
    ['31/02/2025', '31/02/2025 is not a real date: February 2025 has 28 days'],
    ['30 February 2024', '30 February 2024 is not a real date: February 2024 has 29 days'],
    ['32 January 2025', '32 January 2025 is not a real date: January 2025 has 31 days'],
    ['29/02/2023', '29/02/2023 is not a real date: February 2023 has 28 days'],
    ['31 April 2025', '31 April 2025 is not a real date: April 2025 has 30 days'],
    ['31.06.2025', '31.06.2025 is not a real date: June 2025 has 30 days'],
    ['00/03/2025', '00/03/2025 is not a real date: there is no day 0'],
    ['03/00/2025', '03/00/2025 is not a real date: there is no month 0'],
    ['2025-13-01', '2025-13-01 is not a real date: there is no month 13'],
    ['2025-02-29', '2025-02-29 is not a real date: February 2025 has 28 days'],
    ['45/67/2025', '45/67/2025 is not a real date: there is no month 67'],
  ];
  for (const [written, problem] of cases) {
    const text = `Dated ${written}.`;
    assert.deepEqual(only(text), { start: 6, end: 6 + written.length, raw: written, date: null, problem }, written);
    assert.deepEqual(parseUkDate(written), { problem }, `parseUkDate(${written})`);
  }
  // Leap years are real.
  assert.equal(parsedIso('29/02/2024'), '2024-02-29');
  assert.equal(parsedIso('29 February 2000'), '2000-02-29');
});

test('a weekday that contradicts the date is a problem', () => {
  assert.deepEqual(only('on Monday 4 March 2025'), {
    start: 3,
    end: 22,
    raw: 'Monday 4 March 2025',
    date: null,
    problem: '4 March 2025 was a Tuesday, not a Monday',
  });
  assert.deepEqual(parseUkDate('Fri 6 June 2024'), { problem: '6 June 2024 was a Thursday, not a Friday' });
  assert.deepEqual(parseUkDate('Sunday 01/06/2024'), { problem: '1 June 2024 was a Saturday, not a Sunday' });
  assert.equal(parsedIso('Thu 6 June 2024'), '2024-06-06');
});

test('numbers that are not dates', () => {
  const notDates = [
    'Call us on 0300 061 0614 or 01632 960 001.',
    'Ombudsman reference 24 016 952 and 23 020 345.',
    'Version 1.2.3 of the form.',
    'See v1.2.2025 and build 1.03.03.2025 and 12/03/2025/7.',
    'Address 192.168.10.12 and 10.12.2020.5 are not dates.',
    'Sort code 12-34-56, code 01-23-45, section 1.2.25, ratio 12/34/56.',
    'Pay £12.50 for 3/4 of the cost in 2025.',
    'In March 2025 we met; on 3 March we spoke; 3/3 were upheld.',
    'Case A12 March 2025 and 2025-03-03T10:00.',
    'Paragraph 3.3.2 of the guidance.',
  ];
  for (const text of notDates) assert.deepEqual(findDates(text).map(summary), [], text);
  assert.equal(parseUkDate('hello'), null);
  assert.equal(parseUkDate('3 March'), null);
  assert.equal(parseUkDate('1.2.3'), null);
  assert.equal(parseUkDate('1.2.25'), null);
  assert.equal(parseUkDate('3 March 2025 and more'), null);
});

test('offsets are UTF-16 offsets into the original text, past emoji and CRLF', () => {
  const text = '👍🏽 Thanks!\r\n🧒 Your complaint of 3 March 2025\r\nand 4/3/2025 𝒳 then 2025-03-05.';
  const found = findDates(text);
  assert.deepEqual(
    found.map(summary),
    [
      // Counted independently from the UTF-16 encoding: 👍🏽, 🧒 and 𝒳 are two code units per code point.
      { start: 35, end: 47, raw: '3 March 2025', date: '2025-03-03' },
      { start: 53, end: 61, raw: '4/3/2025', date: '2025-03-04' },
      { start: 70, end: 80, raw: '2025-03-05', date: '2025-03-05' },
    ],
  );
  for (const f of found) assert.equal(text.slice(f.start, f.end), f.raw);
});

test('a date wrapped across a line break (LF or CRLF) is one date', () => {
  assert.deepEqual(only('received on 3 March\r\n2025.'), { start: 12, end: 25, raw: '3 March\r\n2025', date: '2025-03-03' });
  assert.deepEqual(only('received on Monday\n3 March 2025.'), { start: 12, end: 31, raw: 'Monday\n3 March 2025', date: '2025-03-03' });
  assert.deepEqual(findDates('3 March\n\n2025'), []); // not across a paragraph break
});

test('several dates, in order, and the regex state does not leak between calls', () => {
  const text = 'From 1 May 2024 to 31/05/2024, then 30 February 2024.';
  const first = findDates(text).map(summary);
  assert.deepEqual(first, [
    { start: 5, end: 15, raw: '1 May 2024', date: '2024-05-01' },
    { start: 19, end: 29, raw: '31/05/2024', date: '2024-05-31' },
    { start: 36, end: 52, raw: '30 February 2024', date: null, problem: '30 February 2024 is not a real date: February 2024 has 29 days' },
  ]);
  assert.deepEqual(findDates(text).map(summary), first);
});

test('two-digit years are 20xx; only slashed two-digit forms count', () => {
  assert.equal(parsedIso('31/12/99'), '2099-12-31');
  assert.equal(parsedIso('1/1/00'), '2000-01-01');
  assert.equal(parseUkDate('03-03-25'), null);
  assert.equal(parseUkDate('3.3.25'), null);
});

test('dates are local midnight', () => {
  const found = findDates('on 31 March 2024 and 27/10/2024');
  for (const f of found) {
    assert.ok(f.date);
    assert.deepEqual([f.date.getHours(), f.date.getMinutes()], [0, 0]);
  }
  assert.deepEqual(found.map((f) => f.date && [f.date.getFullYear(), f.date.getMonth(), f.date.getDate()]), [
    [2024, 2, 31],
    [2024, 9, 27],
  ]);
});
