import { getDay, isValid, lightFormat, parseISO } from 'date-fns';

/**
 * Calendar dates (no time of day) are represented as `Date` objects at local midnight, because that is
 * what date-fns works with. Everything that needs a day's identity (set lookups, equality) goes through
 * `dayNumber`, which reads only the local year/month/day, so neither the time zone nor a DST change can
 * move a date to the neighbouring day.
 */

const MS_PER_DAY = 86_400_000;

/** The calendar date `year-month-day` (month 1–12) at local midnight. */
export function calendarDate(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day);
}

/**
 * Integer key of a date's local calendar day: days since 1970-01-01. Used as the key of the working-day
 * sets so that a lookup costs one integer hash, not a Date allocation or a string format.
 */
export function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

/** Inverse of `dayNumber`: the local-midnight Date of that calendar day. */
export function fromDayNumber(day: number): Date {
  const utc = new Date(day * MS_PER_DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** "2024-06-06". */
export function toIsoDate(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** Not year 0000 (1 BC in ISO 8601, which parseISO accepts): no letter means it, and date-fns's parse refused it too. */
const ISO_DATE_SHAPE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

/** Parses a strict ISO calendar date ("2025-12-24"); null for anything else, including "2025-02-30". */
export function fromIsoDate(text: string): Date | null {
  const trimmed = text.trim();
  if (!ISO_DATE_SHAPE.test(trimmed)) return null;
  // Local midnight, as for every calendar date here (parseISO reads a date without a time as local).
  const date = parseISO(trimmed);
  return isValid(date) ? date : null;
}

/*
 * Dates in words, in English. date-fns's `format` would do it, but brings its whole en-US locale
 * and pattern engine for two lists of names; lightFormat writes the numbers (the same code `format`
 * uses for them, years before 1000 and BC included) and the names come from these lists.
 */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Like date-fns's `format`, which throws this for an Invalid Date rather than write "undefined". */
function checked(date: Date): Date {
  if (!isValid(date)) throw new RangeError('Invalid time value');
  return date;
}

/** "Thu 6 June 2024": the form used in diagnostics, where the weekday helps the reader check. */
export function formatLongDate(date: Date): string {
  return `${weekdayName(date).slice(0, 3)} ${formatPlainDate(date)}`;
}

/** "Thursday 6 June 2024". */
export function formatLongDateFullWeekday(date: Date): string {
  return `${weekdayName(date)} ${formatPlainDate(date)}`;
}

/** "6 June 2024": the form suggested as replacement text in a letter. */
export function formatPlainDate(date: Date): string {
  return `${lightFormat(date, 'd')} ${formatMonthYear(date)}`;
}

/** "June 2024". */
export function formatMonthYear(date: Date): string {
  return `${MONTH_NAMES[checked(date).getMonth()]} ${lightFormat(date, 'yyyy')}`;
}

/** "Thursday". */
export function weekdayName(date: Date): string {
  return WEEKDAY_NAMES[getDay(checked(date))];
}
