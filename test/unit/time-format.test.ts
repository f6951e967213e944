import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import {
  formatLongDate,
  formatLongDateFullWeekday,
  formatMonthYear,
  formatPlainDate,
  fromIsoDate,
  toIsoDate,
  weekdayName,
} from '../../server/src/time/calendarDate';
import { formatLike } from '../../server/src/rules/timescales/dateFormat';
import { fuzzParameters } from '../support/fuzzArbitraries';

/**
 * Signpost writes and reads dates with date-fns's light functions (lightFormat, parseISO) and two
 * lists of English names, not with `format` and `parse`, which bring the whole en-US locale and
 * pattern engines into the server bundle. These are the answers `format` and `parse` gave, for
 * every date: the same text, the same errors.
 */

/** Local-midnight dates across eras: BC (year ≤ 0), years 1–999 (which `new Date(y, …)` would move to 19xx), now, and far future. */
const anyDay = fc
  .tuple(fc.oneof(fc.integer({ min: -2000, max: 0 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1000, max: 2200 }), fc.integer({ min: 2201, max: 275_000 })), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 31 }))
  .map(([year, month, day]) => {
    const date = new Date(2000, 0, 1);
    date.setFullYear(year, month, day);
    date.setHours(0, 0, 0, 0);
    return date;
  });

const sameAs = (ours: () => string, theirs: () => string) => {
  let expected: string | Error;
  try {
    expected = theirs();
  } catch (error) {
    expected = error as Error;
  }
  if (expected instanceof Error) assert.throws(ours, { name: expected.name, message: expected.message });
  else assert.equal(ours(), expected);
};

describe('dates in words and numbers are written as date-fns format wrote them', () => {
  const cases: [string, (date: Date) => string, string][] = [
    ['toIsoDate', toIsoDate, 'yyyy-MM-dd'],
    ['formatLongDate', formatLongDate, 'EEE d MMMM yyyy'],
    ['formatLongDateFullWeekday', formatLongDateFullWeekday, 'EEEE d MMMM yyyy'],
    ['formatPlainDate', formatPlainDate, 'd MMMM yyyy'],
    ['formatMonthYear', formatMonthYear, 'MMMM yyyy'],
    ['weekdayName', weekdayName, 'EEEE'],
  ];
  for (const [name, ours, pattern] of cases) {
    test(`${name} = format(date, '${pattern}')`, () => {
      fc.assert(
        fc.property(anyDay, (date) => sameAs(() => ours(date), () => format(date, pattern))),
        fuzzParameters(2000),
      );
      for (const date of [new Date(2024, 5, 6), new Date(2024, 1, 29), new Date(NaN)]) sameAs(() => ours(date), () => format(date, pattern));
    });
  }

  test('formatLike writes a date in the form of the one it replaces, as before', () => {
    const originals = ['2024-06-06', '6/6/2024', '06.06.24', '6-6-2024', 'Thu 6 June 2024', 'Thu. 6 June 2024', 'Thursday 6 June 2024', 'Thursday, 6 June 2024', 'Sat 1 June 2024', 'Frid 7 June', '6 June 2024', 'June 6th 2024'];
    const before = (original: string, date: Date): string => {
      const raw = original.trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return format(date, 'yyyy-MM-dd');
      const numeric = /^\d{1,2}([./-])\d{1,2}\1(\d{2,4})$/.exec(raw);
      if (numeric) return format(date, `dd${numeric[1]}MM${numeric[1]}${numeric[2].length === 2 ? 'yy' : 'yyyy'}`);
      const withWeekday = /^[a-z]+\.?,?\s/i.test(raw) && !/^\d/.test(raw);
      if (withWeekday) return format(date, /^[a-z]{3}\b/i.test(raw) && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.test(raw) ? 'EEE d MMMM yyyy' : 'EEEE d MMMM yyyy');
      return format(date, 'd MMMM yyyy');
    };
    fc.assert(
      fc.property(fc.constantFrom(...originals), anyDay, (original, date) => sameAs(() => formatLike(original, date), () => before(original, date))),
      fuzzParameters(2000),
    );
  });
});

describe('ISO dates are read as date-fns parse read them', () => {
  const before = (text: string): Date | null => {
    const trimmed = text.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return null;
    const date = parse(trimmed, 'yyyy-MM-dd', new Date(2000, 0, 1));
    return isValid(date) ? date : null;
  };
  const same = (text: string) => assert.equal(fromIsoDate(text)?.getTime() ?? null, before(text)?.getTime() ?? null, text);

  test('every month and day number 00–39 in leap, common, early and BC-adjacent years', () => {
    for (const year of ['0000', '0001', '0099', '0100', '1900', '1999', '2000', '2018', '2023', '2024', '2100', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 39; day++) same(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }
    }
  });

  test('anything else', () => {
    for (const text of ['', ' 2024-06-06 ', '2024-6-6', '24-06-06', '2024-06-06T00:00', '2024/06/06', '+2024-06-06', '2024-W23-4', '2024-158', '２０２４-06-06']) same(text);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^\s?\d{4}-\d{2}-\d{2}\s?$/),
          fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => [y, m, d].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-')),
        ),
        same,
      ),
      fuzzParameters(2000),
    );
  });
});
