/**
 * The one typed description of Signpost's settings, shared by the VS Code client, the language
 * server and the CLI (imitating vscode-eslint's shared settings module). The `contributes.configuration`
 * block in package.json must describe the same keys; test/unit/manifest.test.ts keeps them in step.
 */

export const SEVERITY_LEVELS = ['off', 'hint', 'info', 'warning', 'error'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export function isSeverityLevel(value: unknown): value is SeverityLevel {
  return typeof value === 'string' && (SEVERITY_LEVELS as readonly string[]).includes(value);
}

export interface CouncilDetails {
  name?: string;
  complaintsTeam?: string;
  complaintsEmail?: string;
  complaintsPhone?: string;
  advocacyService?: string;
}

/** The `signpost` settings section. Every key is optional on the wire; `withDefaults` fills the gaps. */
export interface SignpostSettings {
  enable: boolean;
  /** Per-rule severity overrides, e.g. { "signpost/outdated-lgo-name": "off" }. */
  rules: Record<string, SeverityLevel>;
  /** Delay between the last keystroke and the lint, per document. */
  lintDelayMs: number;
  /** Documents larger than this get one information diagnostic instead of a full lint. */
  maxDocumentSizeKb: number;
  /** Extra non-working days (ISO dates, e.g. council closure days) added to the bank holidays. */
  nonWorkingDays: string[];
  council: CouncilDetails;
}

export const DEFAULT_SETTINGS: SignpostSettings = {
  enable: true,
  rules: {},
  lintDelayMs: 150,
  maxDocumentSizeKb: 2048,
  nonWorkingDays: [],
  council: {},
};

/** Accepts whatever a client sent (possibly null, partial or wrongly typed) and returns complete settings. */
export function withDefaults(raw: unknown): SignpostSettings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeverityLevel> = {};
  if (input.rules && typeof input.rules === 'object') {
    for (const [id, level] of Object.entries(input.rules as Record<string, unknown>)) {
      if (isSeverityLevel(level)) rules[id] = level;
    }
  }
  const number = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
  return {
    enable: typeof input.enable === 'boolean' ? input.enable : DEFAULT_SETTINGS.enable,
    rules,
    lintDelayMs: number(input.lintDelayMs, DEFAULT_SETTINGS.lintDelayMs),
    maxDocumentSizeKb: number(input.maxDocumentSizeKb, DEFAULT_SETTINGS.maxDocumentSizeKb),
    nonWorkingDays: Array.isArray(input.nonWorkingDays)
      ? input.nonWorkingDays.filter((d): d is string => typeof d === 'string')
      : [],
    council: input.council && typeof input.council === 'object' ? (input.council as CouncilDetails) : {},
  };
}

/** Custom LSP request the client uses for the status bar: what the server inferred about a draft. */
export const LETTER_INFO_REQUEST = 'signpost/letterInfo';

export interface LetterInfo {
  isLetter: boolean;
  stage: 1 | 2 | 3 | null;
  letterType: string;
  letterTypeLabel: string;
  source: 'front-matter' | 'text' | 'none';
  evidence: { line: number; reason: string }[];
  /** The next statutory deadline for this letter's stage, e.g. "Stage 2 due Thu 6 June 2024". */
  nextDeadline: string | null;
}
