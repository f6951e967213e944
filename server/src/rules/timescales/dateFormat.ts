import { lightFormat } from 'date-fns';
import { formatLongDate, formatLongDateFullWeekday, formatPlainDate, toIsoDate } from '../../time/calendar';

/** Writes a computed date the way the officer wrote the one it replaces (numeric, ISO or words). */
export function formatLike(original: string, date: Date): string {
  const raw = original.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return toIsoDate(date);
  const numeric = /^\d{1,2}([./-])\d{1,2}\1(\d{2,4})$/.exec(raw);
  if (numeric) return lightFormat(date, `dd${numeric[1]}MM${numeric[1]}${numeric[2].length === 2 ? 'yy' : 'yyyy'}`);
  const withWeekday = /^[a-z]+\.?,?\s/i.test(raw) && !/^\d/.test(raw);
  if (withWeekday) return /^[a-z]{3}\b/i.test(raw) && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.test(raw) ? formatLongDate(date) : formatLongDateFullWeekday(date);
  return formatPlainDate(date);
}
