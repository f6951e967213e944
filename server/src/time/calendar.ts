import { isValid } from 'date-fns';
import { calendarDate, dayNumber, fromDayNumber, fromIsoDate, weekdayOfDayNumber } from './calendarDate';
import { holidaysOfYear, holidayTable } from './holidays';

export { formatLongDate, formatLongDateFullWeekday, formatPlainDate, fromIsoDate, toIsoDate } from './calendarDate';

/**
 * Working days as SI 2006/1738 reg 2 defines them: not a Saturday, Sunday, Christmas Day, Boxing Day,
 * Good Friday or an England-and-Wales bank holiday, plus any closure days the council configures.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: Date): boolean;
  /** Why the date is not a working day ("Saturday", "Good Friday", "Council closure day"…); undefined if it is one. */
  nonWorkingReason(date: Date): string | undefined;
  /**
   * The day of receipt is day 0; +N is the Nth working day after `start` (which need not itself be a
   * working day). −N is the Nth working day before `start`.
   */
  addWorkingDays(start: Date, workingDays: number): Date;
  /**
   * Working days after `from` up to and including `to`, so that `workingDaysBetween(a, addWorkingDays(a, n))`
   * is n. When `to` is before `from` the count is negative: minus the working days from `to` (included)
   * up to `from` (excluded), which keeps that identity for negative n too.
   */
  workingDaysBetween(from: Date, to: Date): number;
  /** False for years whose holidays we computed (2028–2030) and years outside the data file. */
  isPublishedYear(year: number): boolean;
  /** The years the data file lists (published or computed). */
  coveredYears: { first: number; last: number };
  /** Configured closure days that were ignored because they are not valid ISO dates. */
  problems: string[];
}

export const COUNCIL_CLOSURE_REASON = 'Council closure day';
/** About 400 years: far beyond any statutory period, small enough that a garbage count cannot hang the server. */
const MAX_WORKING_DAYS = 100_000;
const WEEKEND_NAMES: Readonly<Record<number, string>> = { 0: 'Sunday', 6: 'Saturday' };

class SetWorkingDayCalendar implements WorkingDayCalendar {
  readonly coveredYears: { first: number; last: number };
  readonly problems: string[] = [];

  /** Day numbers of every holiday and closure day (weekends are recognised from the day number). */
  private readonly blocked = new Set<number>();
  private readonly holidayTitles = new Map<number, string>();
  private readonly closures = new Set<number>();
  /** Holidays are loaded for whole years, contiguously from `firstLoadedYear` to `lastLoadedYear`. */
  private firstLoadedYear: number;
  private lastLoadedYear: number;
  private firstLoadedDay: number;
  private lastLoadedDay: number;

  constructor(extraNonWorkingDays: readonly string[]) {
    const { first, last } = holidayTable();
    this.coveredYears = { first, last };
    this.firstLoadedYear = first;
    this.lastLoadedYear = last;
    for (let year = first; year <= last; year++) this.loadYear(year);
    this.firstLoadedDay = dayNumber(calendarDate(first, 1, 1));
    this.lastLoadedDay = dayNumber(calendarDate(last, 12, 31));

    for (const text of extraNonWorkingDays) {
      const date = typeof text === 'string' ? fromIsoDate(text) : null;
      if (!date) {
        this.problems.push(`Ignored non-working day ${JSON.stringify(text)}: expected a real date written YYYY-MM-DD, e.g. "2025-12-24".`);
        continue;
      }
      const day = dayNumber(date);
      this.closures.add(day);
      this.blocked.add(day);
    }
  }

  isWorkingDay(date: Date): boolean {
    return this.isWorkingDayNumber(dayNumber(checkedDate(date)));
  }

  nonWorkingReason(date: Date): string | undefined {
    const day = dayNumber(checkedDate(date));
    if (this.isWorkingDayNumber(day)) return undefined;
    return this.holidayTitles.get(day) ?? WEEKEND_NAMES[weekdayOfDayNumber(day)] ?? COUNCIL_CLOSURE_REASON;
  }

  addWorkingDays(start: Date, workingDays: number): Date {
    if (!Number.isInteger(workingDays) || Math.abs(workingDays) > MAX_WORKING_DAYS) {
      throw new RangeError(`addWorkingDays needs a whole number of days up to ${MAX_WORKING_DAYS}, got ${workingDays}`);
    }
    const step = workingDays < 0 ? -1 : 1;
    let day = dayNumber(checkedDate(start));
    for (let remaining = Math.abs(workingDays); remaining > 0; ) {
      day += step;
      if (this.isWorkingDayNumber(day)) remaining--;
    }
    return fromDayNumber(day);
  }

  workingDaysBetween(from: Date, to: Date): number {
    const fromDay = dayNumber(checkedDate(from));
    const toDay = dayNumber(checkedDate(to));
    let count = 0;
    if (toDay >= fromDay) {
      for (let day = fromDay + 1; day <= toDay; day++) if (this.isWorkingDayNumber(day)) count++;
      return count;
    }
    for (let day = toDay; day < fromDay; day++) if (this.isWorkingDayNumber(day)) count++;
    return -count;
  }

  isPublishedYear(year: number): boolean {
    return holidayTable().publishedYears.has(year);
  }

  private isWorkingDayNumber(day: number): boolean {
    const weekday = weekdayOfDayNumber(day);
    if (weekday === 0 || weekday === 6) return false;
    if (day < this.firstLoadedDay || day > this.lastLoadedDay) this.loadYearsAround(day);
    return !this.blocked.has(day);
  }

  /** Extends the loaded range (outside the data file: the standing pattern) to the year of `day`. */
  private loadYearsAround(day: number): void {
    const year = fromDayNumber(day).getFullYear();
    while (year < this.firstLoadedYear) this.loadYear(--this.firstLoadedYear);
    while (year > this.lastLoadedYear) this.loadYear(++this.lastLoadedYear);
    this.firstLoadedDay = dayNumber(calendarDate(this.firstLoadedYear, 1, 1));
    this.lastLoadedDay = dayNumber(calendarDate(this.lastLoadedYear, 12, 31));
  }

  private loadYear(year: number): void {
    for (const holiday of holidaysOfYear(year)) {
      const day = dayNumber(holiday.date);
      this.blocked.add(day);
      if (!this.holidayTitles.has(day)) this.holidayTitles.set(day, holiday.title);
    }
  }
}

function checkedDate(date: Date): Date {
  if (!isValid(date)) throw new RangeError('Working-day calendar was given an invalid Date');
  return date;
}

/**
 * A calendar of England-and-Wales working days. `extraNonWorkingDays` are ISO dates the council is
 * closed (e.g. "2025-12-24"); invalid entries are skipped and described in `problems`.
 */
export function createCalendar(extraNonWorkingDays: readonly string[] = []): WorkingDayCalendar {
  return new SetWorkingDayCalendar(extraNonWorkingDays);
}

let sharedDefault: WorkingDayCalendar | undefined;

/** The calendar with no council closure days, built once and shared. */
export function defaultCalendar(): WorkingDayCalendar {
  sharedDefault ??= createCalendar();
  return sharedDefault;
}
