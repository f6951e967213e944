import { createCalendar } from '../time/calendar';
import { calendarDate } from '../time/calendarDate';
import { renderTemplate, TEMPLATES, type TemplateDef } from './templates';

/**
 * The contributed snippet file (snippets/markdown.json), generated from the templates so the
 * snippets and "New Letter…" can never differ. No council details (VS Code cannot read settings in
 * a snippet: the complaints team and council name are tab stops), and a fixed sample date so the
 * file is the same on every machine; its dates are consistent with each other and the timescales.
 * Regenerate with: node --import tsx server/src/drafting/writeSnippets.ts
 */
export const SNIPPET_FILE = 'snippets/markdown.json';

/** Wednesday 5 June 2024: the sample "today" of the contributed snippets. */
export const SAMPLE_TODAY = calendarDate(2024, 6, 5);

export interface SnippetFileEntry {
  prefix: string;
  description: string;
  body: string[];
  isFileTemplate?: boolean;
}

export function snippetName(template: TemplateDef): string {
  const kind = template.kind === 'letter' ? 'letter' : template.kind === 'paragraph' ? 'paragraph' : 'comment';
  return `Signpost ${kind}: ${template.label}`;
}

export function snippetFileEntries(): Record<string, SnippetFileEntry> {
  const calendar = createCalendar();
  const entries: Record<string, SnippetFileEntry> = {};
  for (const template of TEMPLATES) {
    const body = renderTemplate(template, { council: {}, today: SAMPLE_TODAY, calendar });
    entries[snippetName(template)] = {
      prefix: template.prefix,
      description: template.description,
      body: body.split('\n'),
      // Letters are offered by "Snippets: Fill File with Snippet" and for new Markdown files.
      ...(template.kind === 'letter' ? { isFileTemplate: true } : {}),
    };
  }
  return entries;
}

export function snippetFileText(): string {
  return JSON.stringify(snippetFileEntries(), null, 2) + '\n';
}
