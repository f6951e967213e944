import { getDay, getDaysInMonth, isExists, lightFormat } from 'date-fns';
import { calendarDate, formatMonthYear, formatPlainDate, weekdayName, WEEKDAY_NAMES } from './calendarDate';

/**
 * Recognising dates written in UK letters. Numeric dates are ALWAYS read day first: "03/13/2025" is an
 * impossible date (there is no month 13), never 13 March. A date that cannot exist, or whose weekday
 * contradicts it, is still reported (with `date: null` and a `problem`) so the linter can say so rather
 * than silently skip or misread it.
 */

export interface FoundDate {
  /** UTF-16 offsets into the text (what JavaScript strings and LSP positions count). */
  start: number;
  end: number;
  raw: string;
  /** Null when the text is shaped like a date but names no real day; `problem` then says why. */
  date: Date | null;
  problem?: string;
}

export type ParsedDate = { date: Date } | { problem: string };

const WEEKDAY = 'monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun';
const MONTH =
  'january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec';
/** Spaces, or one line break inside a paragraph (Markdown wraps lines; CRLF included). */
const GAP = '(?:[ \\t\\u00a0]*\\r?\\n[ \\t\\u00a0]*|[ \\t\\u00a0]+)';
/** 1900–2099: other four-digit numbers next to a day and month are not dates in a letter. */
const FOUR_DIGIT_YEAR = '(?:19|20)\\d{2}';

const DATE_SOURCE =
  `(?:(?<weekday>${WEEKDAY})\\.?,?${GAP}(?:the${GAP})?)?` +
  '(?<core>' +
  // 3 March 2025, 3rd of March, 2025, 3 Mar. 2025, 03-Mar-2025
  `(?<textDay>\\d{1,2})(?:st|nd|rd|th)?(?:${GAP}|-)(?:of${GAP})?(?<textMonth>${MONTH})\\.?,?(?:${GAP}|-)(?<textYear>${FOUR_DIGIT_YEAR})` +
  // 03/03/2025, 3.3.2025, 03-03-2025, 3/3/25 (same separator twice)
  `|(?<numDay>\\d{1,2})(?<sep>[./-])(?<numMonth>\\d{1,2})\\k<sep>(?<numYear>${FOUR_DIGIT_YEAR}|\\d{2})` +
  // 2025-03-03
  `|(?<isoYear>${FOUR_DIGIT_YEAR})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})` +
  ')';

/**
 * Candidate dates in running text. The lookarounds keep the match off the inside of longer numbers and
 * dotted/slashed codes ("1.03.03.2025", "12/03/2025/7", phone and reference numbers).
 */
const DATE_IN_TEXT = new RegExp(`(?<!\\w)(?<!\\d[./-])${DATE_SOURCE}(?!\\w)(?![./-]\\d)`, 'gi');
const WHOLE_DATE = new RegExp(`^\\s*${DATE_SOURCE}\\s*$`, 'i');

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  DATE_IN_TEXT.lastIndex = 0;
  for (let match = DATE_IN_TEXT.exec(text); match; match = DATE_IN_TEXT.exec(text)) {
    const parsed = interpret(match.groups ?? {});
    if (!parsed) continue;
    const base = { start: match.index, end: match.index + match[0].length, raw: match[0] };
    found.push('date' in parsed ? { ...base, date: parsed.date } : { ...base, date: null, problem: parsed.problem });
  }
  return found;
}

/** Reads one date written on its own. Null when the text is not a date form at all. */
export function parseUkDate(raw: string): ParsedDate | null {
  const match = WHOLE_DATE.exec(raw);
  return match ? interpret(match.groups ?? {}) : null;
}

interface DateParts {
  day: number;
  month: number;
  year: number;
  form: 'text' | 'numeric' | 'iso';
}

function interpret(groups: Record<string, string | undefined>): ParsedDate | null {
  const parts = dateParts(groups);
  if (!parts) return null;
  const written = (groups.core ?? '').replace(/\s+/g, ' ');
  const problem = impossibility(parts);
  if (problem) return { problem: `${written} is not a real date: ${problem}` };

  const date = calendarDate(parts.year, parts.month, parts.day);
  if (groups.weekday) {
    const claimed = WEEKDAY_NUMBERS[groups.weekday.slice(0, 3).toLowerCase()];
    if (claimed !== getDay(date)) {
      return { problem: `${formatPlainDate(date)} was a ${weekdayName(date)}, not a ${WEEKDAY_NAMES[claimed]}` };
    }
  }
  return { date };
}

/** The numbers a match names, or null when the match is better read as something other than a date. */
function dateParts(groups: Record<string, string | undefined>): DateParts | null {
  if (groups.textDay && groups.textMonth && groups.textYear) {
    return {
      day: Number(groups.textDay),
      month: MONTH_NUMBERS[groups.textMonth.slice(0, 3).toLowerCase()],
      year: Number(groups.textYear),
      form: 'text',
    };
  }
  if (groups.isoYear && groups.isoMonth && groups.isoDay) {
    return { day: Number(groups.isoDay), month: Number(groups.isoMonth), year: Number(groups.isoYear), form: 'iso' };
  }
  if (groups.numDay && groups.numMonth && groups.numYear && groups.sep) {
    const day = Number(groups.numDay);
    const month = Number(groups.numMonth);
    if (groups.numYear.length === 2) {
      // "1.2.25" is more often a version or section number than a date, and "12/34/56" is no date
      // anyone meant; only slashed two-digit years that could be a day and a month count.
      if (groups.sep !== '/' || day > 31 || month > 31) return null;
      return { day, month, year: 2000 + Number(groups.numYear), form: 'numeric' };
    }
    return { day, month, year: Number(groups.numYear), form: 'numeric' };
  }
  return null;
}

/** Why the parts name no real day, or undefined if they do. */
function impossibility({ day, month, year, form }: DateParts): string | undefined {
  if (month < 1 || month > 12) {
    const reason = `there is no month ${month}`;
    // Day ≤ 12 with "month" 13–31 is the signature of a US month-first date: say what it would mean.
    if (form === 'numeric' && day >= 1 && day <= 12 && isExists(year, day - 1, month)) {
      const meant = calendarDate(year, day, month);
      return `${reason}. Dates are read day first (day/month/year): if you meant ${formatPlainDate(meant)}, write ${lightFormat(meant, 'dd/MM/yyyy')}`;
    }
    return reason;
  }
  if (day < 1) return `there is no day ${day}`;
  if (!isExists(year, month - 1, day)) {
    const monthStart = calendarDate(year, month, 1);
    return `${formatMonthYear(monthStart)} has ${getDaysInMonth(monthStart)} days`;
  }
  return undefined;
}
