import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import {
  createCalendar,
  defaultCalendar,
  formatLongDate,
  formatPlainDate,
  fromIsoDate,
  toIsoDate,
} from '../../server/src/time/calendar';
import { easterSunday, holidayTable, standingPatternHolidays } from '../../server/src/time/holidays';

/** Dates in these tests are written as ISO strings; a typo should fail loudly, not become null. */
function day(iso: string): Date {
  const date = fromIsoDate(iso);
  assert.ok(date, `test date ${iso} should be valid`);
  return date;
}

function plus(startIso: string, workingDays: number, calendar = defaultCalendar()): string {
  return toIsoDate(calendar.addWorkingDays(day(startIso), workingDays));
}

const calendar = defaultCalendar();

// Catalogue §4 worked examples (day of receipt = day 0).
const WORKED_EXAMPLES: [start: string, workingDays: number, deadline: string, weekday: string][] = [
  ['2024-04-30', 25, '2024-06-06', 'Thu'],
  ['2024-04-30', 65, '2024-08-01', 'Thu'],
  ['2023-04-28', 20, '2023-05-31', 'Wed'],
  ['2023-04-28', 30, '2023-06-14', 'Wed'],
  ['2022-09-01', 25, '2022-10-07', 'Fri'],
  ['2021-12-20', 10, '2022-01-06', 'Thu'],
  ['2020-05-01', 5, '2020-05-11', 'Mon'],
  ['2026-12-18', 10, '2027-01-06', 'Wed'],
  ['2023-05-02', 65, '2023-08-03', 'Thu'],
];

for (const [start, workingDays, deadline, weekday] of WORKED_EXAMPLES) {
  test(`catalogue §4: ${start} + ${workingDays} working days = ${deadline} (${weekday})`, () => {
    const result = calendar.addWorkingDays(day(start), workingDays);
    assert.equal(toIsoDate(result), deadline);
    assert.equal(formatLongDate(result).slice(0, 3), weekday);
    assert.equal(calendar.workingDaysBetween(day(start), result), workingDays);
    assert.equal(toIsoDate(calendar.addWorkingDays(result, -workingDays)), start);
  });
}

test('catalogue §4: Bexley 24 016 952, 2024-04-30 to 2024-11-15 is 140 working days', () => {
  assert.equal(calendar.workingDaysBetween(day('2024-04-30'), day('2024-11-15')), 140);
  assert.equal(calendar.workingDaysBetween(day('2024-11-15'), day('2024-04-30')), -140);
});

test('moved and one-off bank holidays', () => {
  const nonWorking: [string, string][] = [
    ['2020-05-08', 'Early May bank holiday (VE day)'],
    ['2022-06-02', 'Spring bank holiday'],
    ['2022-06-03', 'Platinum Jubilee bank holiday'],
    ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'Bank holiday for the coronation of King Charles III'],
    ['2022-01-03', "New Year's Day (substitute day)"],
    ['2020-12-28', 'Boxing Day (substitute day)'],
    ['2021-12-27', 'Christmas Day (substitute day)'],
    ['2022-12-27', 'Christmas Day (substitute day)'],
  ];
  for (const [iso, reason] of nonWorking) {
    assert.equal(calendar.isWorkingDay(day(iso)), false, iso);
    assert.equal(calendar.nonWorkingReason(day(iso)), reason, iso);
  }
  // The days those holidays were moved away from were ordinary working days.
  for (const iso of ['2020-05-04', '2022-05-30']) {
    assert.equal(calendar.isWorkingDay(day(iso)), true, iso);
    assert.equal(calendar.nonWorkingReason(day(iso)), undefined, iso);
  }
});

test('reasons: weekends, Good Friday, Christmas at a weekend, ordinary days', () => {
  assert.equal(calendar.nonWorkingReason(day('2024-06-01')), 'Saturday');
  assert.equal(calendar.nonWorkingReason(day('2024-06-02')), 'Sunday');
  assert.equal(calendar.nonWorkingReason(day('2025-04-18')), 'Good Friday');
  assert.equal(calendar.nonWorkingReason(day('2025-04-21')), 'Easter Monday');
  // Reg 2 names Christmas Day, so say so even when it is a Saturday.
  assert.equal(calendar.nonWorkingReason(day('2021-12-25')), 'Christmas Day');
  assert.equal(calendar.nonWorkingReason(day('2021-12-26')), 'Boxing Day');
  assert.equal(calendar.isWorkingDay(day('2024-06-06')), true);
  assert.equal(calendar.nonWorkingReason(day('2024-06-06')), undefined);
});

test('year ends: Christmas, New Year and substitutes', () => {
  assert.equal(plus('2024-12-20', 5), '2024-12-31'); // 23, 24, 27, 30, 31
  assert.equal(plus('2024-12-31', 1), '2025-01-02');
  assert.equal(plus('2022-12-23', 1), '2022-12-28'); // 26 Boxing Day, 27 Christmas substitute
  assert.equal(plus('2027-12-24', 1), '2027-12-29'); // 27, 28 substitutes
  assert.equal(plus('2022-12-30', 1), '2023-01-03'); // 2 Jan 2023 New Year substitute
  assert.equal(calendar.workingDaysBetween(day('2024-12-24'), day('2024-12-27')), 1);
});

test('Easter', () => {
  assert.equal(plus('2025-04-17', 1), '2025-04-22');
  assert.equal(plus('2024-03-28', 1), '2024-04-02');
  assert.equal(plus('2027-03-25', 1), '2027-03-30');
  assert.equal(calendar.workingDaysBetween(day('2025-04-17'), day('2025-04-22')), 1);
});

test('starting on a weekend or holiday: the start is day 0 whatever it is', () => {
  assert.equal(plus('2024-06-01', 1), '2024-06-03'); // Saturday → Monday
  assert.equal(plus('2024-06-02', 1), '2024-06-03'); // Sunday → Monday
  assert.equal(plus('2024-12-25', 1), '2024-12-27');
  assert.equal(plus('2023-05-08', 1), '2023-05-09'); // coronation day
  assert.equal(plus('2024-06-01', 0), '2024-06-01');
  assert.equal(calendar.workingDaysBetween(day('2024-06-01'), day('2024-06-03')), 1);
});

test('negative counts walk backwards and round-trip', () => {
  assert.equal(plus('2024-06-06', -25), '2024-04-30');
  assert.equal(plus('2025-04-22', -1), '2025-04-17');
  assert.equal(plus('2024-06-03', -1), '2024-05-31');
  assert.equal(plus('2024-06-01', -1), '2024-05-31'); // from a Saturday
  assert.equal(plus('2025-01-02', -2), '2024-12-30');
  for (const [start, n] of [
    ['2024-06-01', -1],
    ['2024-06-01', -7],
    ['2023-05-08', -3],
    ['2022-01-01', -10],
    ['2024-06-01', 4],
  ] as const) {
    const end = calendar.addWorkingDays(day(start), n);
    assert.equal(calendar.workingDaysBetween(day(start), end), n, `${start} ${n}`);
  }
});

test('workingDaysBetween: same day, weekend gaps, whole years', () => {
  assert.equal(calendar.workingDaysBetween(day('2024-06-05'), day('2024-06-05')), 0);
  assert.equal(calendar.workingDaysBetween(day('2024-05-31'), day('2024-06-01')), 0); // Fri → Sat
  assert.equal(calendar.workingDaysBetween(day('2024-05-31'), day('2024-06-03')), 1); // Fri → Mon
  assert.equal(calendar.workingDaysBetween(day('2024-06-03'), day('2024-05-31')), -1);
  // 2024: 262 weekdays, 8 bank holidays all on weekdays. 2022: 260 weekdays, 10 weekday holidays.
  assert.equal(calendar.workingDaysBetween(day('2023-12-31'), day('2024-12-31')), 254);
  assert.equal(calendar.workingDaysBetween(day('2021-12-31'), day('2022-12-31')), 250);
});

test('council closure days and problems with the configured list', () => {
  const council = createCalendar(['2025-12-24', '2025-13-01', 'next Friday', '2025-02-30', '2025-12-24']);
  assert.equal(council.problems.length, 3);
  assert.match(council.problems[0], /"2025-13-01"/);
  assert.match(council.problems[1], /"next Friday"/);
  assert.match(council.problems[2], /"2025-02-30"/);
  assert.equal(council.isWorkingDay(day('2025-12-24')), false);
  assert.equal(council.nonWorkingReason(day('2025-12-24')), 'Council closure day');
  assert.equal(plus('2025-12-23', 1, council), '2025-12-29');
  assert.equal(council.workingDaysBetween(day('2025-12-23'), day('2025-12-29')), 1);
  // The shared default calendar is not affected by another calendar's closures.
  assert.equal(plus('2025-12-23', 1), '2025-12-24');
  assert.deepEqual(calendar.problems, []);
  // A closure on a holiday or weekend keeps the more specific reason.
  const overlapping = createCalendar(['2025-12-25', '2025-12-27']);
  assert.equal(overlapping.nonWorkingReason(day('2025-12-25')), 'Christmas Day');
  assert.equal(overlapping.nonWorkingReason(day('2025-12-27')), 'Saturday');
  assert.deepEqual(overlapping.problems, []);
});

test('published and computed years', () => {
  assert.deepEqual(calendar.coveredYears, { first: 2018, last: 2030 });
  for (let year = 2018; year <= 2027; year++) assert.equal(calendar.isPublishedYear(year), true, String(year));
  for (const year of [2017, 2028, 2029, 2030, 2031]) assert.equal(calendar.isPublishedYear(year), false, String(year));
  assert.equal(plus('2028-12-22', 1), '2028-12-27');
  assert.equal(plus('2027-12-31', 1), '2028-01-04'); // 3 Jan 2028 New Year substitute
});

test('years outside the data fall back to the standing pattern', () => {
  const fresh = createCalendar();
  // 2031: Easter 13 April, so Good Friday 11th and Easter Monday 14th.
  assert.equal(plus('2031-04-10', 1, fresh), '2031-04-15');
  assert.equal(fresh.nonWorkingReason(day('2031-04-11')), 'Good Friday');
  // 2016: Christmas on a Sunday, so Boxing Day Monday 26 and the Christmas substitute Tuesday 27.
  assert.equal(plus('2016-12-23', 1, fresh), '2016-12-28');
  assert.equal(fresh.nonWorkingReason(day('2016-12-27')), 'Christmas Day (substitute day)');
  assert.equal(plus('2018-01-02', -1, fresh), '2017-12-29');
  // Far outside: still answers, still in step with the pattern.
  assert.equal(plus('2050-12-23', 1, fresh), '2050-12-28');
  assert.equal(fresh.nonWorkingReason(day('1999-05-31')), 'Spring bank holiday');
});

test('the standing pattern reproduces every year in the data except the proclaimed specials', () => {
  const { byYear } = holidayTable();
  const expectedDifferences: Record<number, { onlyInData: string[]; onlyInPattern: string[] }> = {
    2020: { onlyInData: ['2020-05-08'], onlyInPattern: ['2020-05-04'] },
    2022: { onlyInData: ['2022-06-02', '2022-06-03', '2022-09-19'], onlyInPattern: ['2022-05-30'] },
    2023: { onlyInData: ['2023-05-08'], onlyInPattern: [] },
  };
  for (const [year, listed] of byYear) {
    const data = listed.map((h) => `${toIsoDate(h.date)} ${h.title}`);
    const pattern = standingPatternHolidays(year).map((h) => `${toIsoDate(h.date)} ${h.title}`);
    const dataDates = new Set(data.map((entry) => entry.slice(0, 10)));
    const patternDates = new Set(pattern.map((entry) => entry.slice(0, 10)));
    const onlyInData = [...dataDates].filter((d) => !patternDates.has(d));
    const onlyInPattern = [...patternDates].filter((d) => !dataDates.has(d));
    assert.deepEqual({ onlyInData, onlyInPattern }, expectedDifferences[year] ?? { onlyInData: [], onlyInPattern: [] }, String(year));
    if (!expectedDifferences[year]) assert.deepEqual(pattern, data, `titles ${year}`);
  }
});

test('Easter computation', () => {
  const known: [number, string][] = [
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ];
  for (const [year, iso] of known) assert.equal(toIsoDate(easterSunday(year)), iso);
});

test('ISO and display helpers', () => {
  assert.equal(formatLongDate(day('2024-06-06')), 'Thu 6 June 2024');
  assert.equal(formatPlainDate(day('2024-06-06')), '6 June 2024');
  assert.equal(toIsoDate(new Date(2024, 5, 6, 23, 59)), '2024-06-06');
  assert.equal(fromIsoDate('2025-02-30'), null);
  assert.equal(fromIsoDate('2025-2-3'), null);
  assert.equal(fromIsoDate('3 March 2025'), null);
  assert.equal(fromIsoDate(''), null);
  assert.equal(toIsoDate(day(' 2025-02-03 ')), '2025-02-03');
  const parsed = day('2024-03-31');
  assert.deepEqual([parsed.getFullYear(), parsed.getMonth(), parsed.getDate(), parsed.getHours()], [2024, 2, 31, 0]);
});

test('no day shifts across DST changes or time zones: every day 2018–2030 round-trips', () => {
  let previous: Date | null = null;
  let workingDays = 0;
  for (let date = day('2018-01-01'); date.getFullYear() <= 2030; date = addDays(date, 1)) {
    const iso = toIsoDate(date);
    assert.equal(toIsoDate(day(iso)), iso);
    if (previous) assert.equal(calendar.workingDaysBetween(previous, date), calendar.isWorkingDay(date) ? 1 : 0, iso);
    if (calendar.isWorkingDay(date)) workingDays++;
    const result = calendar.addWorkingDays(date, 1);
    assert.equal(result.getHours(), 0, `${iso} + 1 is at local midnight`);
    previous = date;
  }
  // 13 years of weekdays (3392) less the holidays in the table that fall on a weekday (107).
  assert.equal(workingDays, 3285);
});

test('results are fresh local-midnight dates and inputs with a time of day are read as their calendar day', () => {
  const evening = new Date(2024, 3, 30, 23, 30);
  const result = calendar.addWorkingDays(evening, 25);
  assert.equal(toIsoDate(result), '2024-06-06');
  assert.deepEqual([result.getHours(), result.getMinutes()], [0, 0]);
  assert.equal(evening.getHours(), 23, 'input not mutated');
});

test('bad input fails loudly', () => {
  assert.throws(() => calendar.addWorkingDays(new Date(Number.NaN), 1), RangeError);
  assert.throws(() => calendar.addWorkingDays(day('2024-01-01'), 1.5), RangeError);
  assert.throws(() => calendar.addWorkingDays(day('2024-01-01'), 1e9), RangeError);
  // The largest count allowed still answers: about 395 years of ~253 working days.
  const farYear = calendar.addWorkingDays(day('2024-01-01'), 100_000).getFullYear();
  assert.ok(farYear >= 2415 && farYear <= 2422, String(farYear));
  assert.throws(() => calendar.isWorkingDay(new Date('nonsense')), RangeError);
});

test('defaultCalendar is shared', () => {
  assert.equal(defaultCalendar(), defaultCalendar());
});

test('fast: adding 65 working days takes microseconds', () => {
  const start = day('2024-01-02');
  calendar.addWorkingDays(start, 65); // warm up
  const runs = 20_000;
  const began = performance.now();
  for (let i = 0; i < runs; i++) calendar.addWorkingDays(start, 65);
  const microsecondsEach = ((performance.now() - began) * 1000) / runs;
  assert.ok(microsecondsEach < 50, `took ${microsecondsEach.toFixed(2)} µs each`);
});
