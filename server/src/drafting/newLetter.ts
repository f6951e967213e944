import type { CouncilDetails } from '../../../shared/settings';
import type { WorkingDayCalendar } from '../time/calendar';
import { calendarDate } from '../time/calendarDate';
import type { LetterTemplateSummary, NewLetterResult } from './protocol';
import { LETTER_TEMPLATES, renderTemplate, templateById } from './templates';

/** The letters "New Letter…" offers, in the order of the procedure. */
export function letterTemplateList(): LetterTemplateSummary[] {
  return LETTER_TEMPLATES.map((template) => ({
    id: template.id,
    label: template.label,
    description: template.description,
    letterType: template.letterType ?? 'unknown-letter',
    stage: template.stage ?? null,
  }));
}

/** Today's calendar date (local midnight), the letter's date in a new letter. */
export function today(now: Date = new Date()): Date {
  return calendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * A new letter from a template: dated today, the other dates counted from today in working days
 * (with the council's closure days), and the configured council details in place of the tab stops.
 */
export function newLetter(templateId: string, council: CouncilDetails, calendar: WorkingDayCalendar, now: Date = new Date()): NewLetterResult | null {
  const template = templateById(templateId);
  if (!template || template.kind !== 'letter') return null;
  return {
    snippet: renderTemplate(template, { council, today: today(now), calendar }),
    label: template.label,
    letterType: template.letterType ?? 'unknown-letter',
  };
}
