import type { Rule } from '../types';
import { statutoryTimescaleWrong } from './time-statutory-timescale-wrong';
import { requestWindowWrong } from './time-request-window-wrong';
import { calendarVsWorking } from './time-calendar-vs-working';
import { deadlineDateWrong } from './time-deadline-date-wrong';
import { overdueNoApology } from './time-overdue-no-apology';
import { extensionNotExplained } from './time-extension-not-explained';
import { impossibleDate } from './time-impossible-date';

/** Timescale rules: statutory periods, request windows, deadline dates, late letters (one file per rule). */
export const TIMESCALE_RULES: readonly Rule[] = [
  statutoryTimescaleWrong,
  requestWindowWrong,
  calendarVsWorking,
  deadlineDateWrong,
  overdueNoApology,
  extensionNotExplained,
  impossibleDate,
];
