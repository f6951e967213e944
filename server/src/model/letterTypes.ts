export type Stage = 1 | 2 | 3;

/**
 * The kinds of document Signpost tells apart. `refusal` covers refusal and holding letters (a
 * complaint or a request for the next stage not accepted, or paused); `unknown-letter` is a
 * complaint letter whose type could not be told, so only stage-independent rules run on it.
 */
export const LETTER_TYPES = [
  'stage1-acknowledgement',
  'stage1-response',
  'stage2-acknowledgement',
  'stage2-extension',
  'stage2-adjudication',
  'stage3-arrangements',
  'stage3-final-response',
  'refusal',
  'unknown-letter',
  'not-a-letter',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const LETTER_TYPE_LABELS: Record<LetterType, string> = {
  'stage1-acknowledgement': 'Stage 1 acknowledgement',
  'stage1-response': 'Stage 1 response',
  'stage2-acknowledgement': 'Stage 2 acknowledgement',
  'stage2-extension': 'Stage 2 extension letter',
  'stage2-adjudication': 'Stage 2 adjudication',
  'stage3-arrangements': 'Stage 3 panel arrangements',
  'stage3-final-response': 'Stage 3 final response',
  refusal: 'Refusal or holding letter',
  'unknown-letter': 'Complaint letter (type not recognised)',
  'not-a-letter': 'Not a complaint letter',
};

/** The stage a letter type belongs to, where the type alone decides it. */
export const STAGE_OF_TYPE: Partial<Record<LetterType, Stage>> = {
  'stage1-acknowledgement': 1,
  'stage1-response': 1,
  'stage2-acknowledgement': 2,
  'stage2-extension': 2,
  'stage2-adjudication': 2,
  'stage3-arrangements': 3,
  'stage3-final-response': 3,
};

/** Front-matter spellings, including the rules catalogue's abbreviations (S1, S2A, S2X, S3, REF). */
const TYPE_ALIASES: Record<string, LetterType> = {
  s1: 'stage1-response',
  's1-ack': 'stage1-acknowledgement',
  'stage1': 'stage1-response',
  'stage-1-response': 'stage1-response',
  s2x: 'stage2-acknowledgement',
  'stage2-ack': 'stage2-acknowledgement',
  acknowledgement: 'stage2-acknowledgement',
  extension: 'stage2-extension',
  s2a: 'stage2-adjudication',
  adjudication: 'stage2-adjudication',
  'stage-2-adjudication': 'stage2-adjudication',
  'panel-arrangements': 'stage3-arrangements',
  s3: 'stage3-final-response',
  'final-response': 'stage3-final-response',
  'stage-3-final-response': 'stage3-final-response',
  ref: 'refusal',
  holding: 'refusal',
  'holding-letter': 'refusal',
  none: 'not-a-letter',
  notes: 'not-a-letter',
};

export function parseLetterType(value: string): LetterType | undefined {
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((LETTER_TYPES as readonly string[]).includes(key)) return key as LetterType;
  return TYPE_ALIASES[key];
}

const STAGE_WORDS: Record<string, Stage> = { '1': 1, one: 1, '2': 2, two: 2, '3': 3, three: 3 };

export function parseStage(value: string): Stage | undefined {
  const match = /^\s*(?:stage\s*|s)?(1|2|3|one|two|three)[a-z]?\s*$/i.exec(value);
  return match ? STAGE_WORDS[match[1].toLowerCase()] : undefined;
}
