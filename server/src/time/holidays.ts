import { addDays, isWeekend, nextMonday, previousMonday } from 'date-fns';
// Only `years`: the file's description and sources stay out of the bundle.
import { years as holidayYears } from '../../data/bank-holidays-england-wales.json';
import { calendarDate, dayNumber, fromIsoDate } from './calendarDate';

/**
 * England and Wales bank holidays: the published GOV.UK list (server/data), and the standing pattern
 * that stands in for years the list does not cover.
 */

export interface Holiday {
  date: Date;
  title: string;
}

interface HolidayRecord {
  date: string;
  title: string;
  status: string;
}

const PUBLISHED_STATUS_PREFIX = 'published';

export interface HolidayTable {
  /** Holidays for each year present in the data file. */
  byYear: ReadonlyMap<number, readonly Holiday[]>;
  /** Years whose every entry comes from GOV.UK (not computed by us). */
  publishedYears: ReadonlySet<number>;
  first: number;
  last: number;
}

let table: HolidayTable | undefined;

/** The data file, parsed once. Throws on a malformed entry: that is a packaging bug, not user input. */
export function holidayTable(): HolidayTable {
  if (table) return table;
  const years = holidayYears as Record<string, HolidayRecord[]>;
  const byYear = new Map<number, Holiday[]>();
  const publishedYears = new Set<number>();
  for (const [yearText, records] of Object.entries(years)) {
    const year = Number(yearText);
    byYear.set(
      year,
      records.map((record) => {
        const date = fromIsoDate(record.date);
        if (!date || date.getFullYear() !== year) throw new Error(`Bad bank holiday entry ${record.date} under ${yearText}`);
        return { date, title: record.title };
      }),
    );
    if (records.every((record) => record.status.startsWith(PUBLISHED_STATUS_PREFIX))) publishedYears.add(year);
  }
  const yearNumbers = [...byYear.keys()];
  table = { byYear, publishedYears, first: Math.min(...yearNumbers), last: Math.max(...yearNumbers) };
  return table;
}

/** Easter Sunday (Gregorian), by the anonymous "Meeus/Jones/Butcher" algorithm. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

/**
 * The bank holidays a year gets without any special proclamation (Banking and Financial Dealings Act
 * 1971 Sch 1 plus the usual annual proclamations). Reproduces every published year 2018–2027 except
 * the one-off and moved days; used for years outside the data file.
 */
export function standingPatternHolidays(year: number): Holiday[] {
  const fixed: Holiday[] = [];
  // Days that fall on a weekend get a substitute: the next weekday not already a holiday. Weekday
  // holidays are placed first so that, as on GOV.UK, Boxing Day keeps Monday 26 December when
  // Christmas falls on a Sunday and Christmas takes the Tuesday.
  const wanted: Holiday[] = [
    { date: calendarDate(year, 1, 1), title: "New Year's Day" },
    { date: calendarDate(year, 12, 25), title: 'Christmas Day' },
    { date: calendarDate(year, 12, 26), title: 'Boxing Day' },
  ];
  const taken = new Set<number>();
  for (const holiday of wanted) {
    if (!isWeekend(holiday.date)) {
      fixed.push(holiday);
      taken.add(dayNumber(holiday.date));
    }
  }
  for (const holiday of wanted) {
    if (!isWeekend(holiday.date)) continue;
    let substitute = nextMonday(holiday.date);
    while (taken.has(dayNumber(substitute))) substitute = addDays(substitute, 1);
    taken.add(dayNumber(substitute));
    fixed.push({ date: substitute, title: `${holiday.title} (substitute day)` });
  }

  const easter = easterSunday(year);
  const movable: Holiday[] = [
    { date: addDays(easter, -2), title: 'Good Friday' },
    { date: addDays(easter, 1), title: 'Easter Monday' },
    { date: nextMonday(calendarDate(year, 4, 30)), title: 'Early May bank holiday' },
    { date: previousMonday(calendarDate(year, 6, 1)), title: 'Spring bank holiday' },
    { date: previousMonday(calendarDate(year, 9, 1)), title: 'Summer bank holiday' },
  ];
  return [...fixed, ...movable].sort((x, y) => dayNumber(x.date) - dayNumber(y.date));
}

/**
 * Holidays of a year: the data file's list where it has one, else the standing pattern. Christmas Day
 * and Boxing Day are added even when they fall at a weekend, because reg 2 names them; that changes no
 * count but lets a diagnostic say "Christmas Day" rather than "Saturday".
 */
export function holidaysOfYear(year: number): Holiday[] {
  const listed = holidayTable().byYear.get(year) ?? standingPatternHolidays(year);
  const result = [...listed];
  for (const [month, day, title] of [
    [12, 25, 'Christmas Day'],
    [12, 26, 'Boxing Day'],
  ] as const) {
    const date = calendarDate(year, month, day);
    if (!result.some((holiday) => dayNumber(holiday.date) === dayNumber(date))) result.push({ date, title });
  }
  return result;
}
