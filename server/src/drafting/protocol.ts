/**
 * The custom requests behind the drafting commands. Dependency-free so the thin client can import
 * the names and shapes (as it does LETTER_INFO_REQUEST from shared/settings.ts).
 */

/** The letters "Signpost: New Letter…" offers. Params: {}. */
export const LETTER_TEMPLATES_REQUEST = 'signpost/letterTemplates';

export interface LetterTemplateSummary {
  /** Template id, e.g. "stage2-adjudication", "court-pause". */
  id: string;
  label: string;
  description: string;
  /** The `letter:` its front matter declares. */
  letterType: string;
  stage: 1 | 2 | 3 | null;
}

/** A new letter as a snippet body, filled with the council details configured for `scopeUri`. */
export const NEW_LETTER_REQUEST = 'signpost/newLetter';

export interface NewLetterParams {
  template: string;
  /** A file or folder URI whose settings and .signpost.json apply (the active document or workspace folder). */
  scopeUri?: string;
}

export interface NewLetterResult {
  /** VS Code snippet syntax: insert with a SnippetString so the officer can Tab through the placeholders. */
  snippet: string;
  label: string;
  letterType: string;
}

/** The next-step paragraph for a draft's detected stage and letter type. */
export const SIGNPOSTING_PARAGRAPH_REQUEST = 'signpost/signpostingParagraph';

export interface SignpostingParams {
  uri: string;
}

export interface SignpostingChoice {
  id: string;
  label: string;
  detail: string;
  /** Plain text (not snippet syntax), with the council's details filled in. */
  text: string;
  /** The letter already contains this paragraph word for word. */
  present?: boolean;
}

export interface SignpostingResult {
  letterType: string;
  letterTypeLabel: string;
  stage: 1 | 2 | 3 | null;
  /** The id of the paragraph for this letter, or null when the letter type does not decide it. */
  recommended: string | null;
  /** The recommended paragraph first, then the others the officer may pick instead. */
  choices: SignpostingChoice[];
  /** Why this paragraph (or why none could be chosen), for the picker's placeholder text. */
  reason: string;
}
