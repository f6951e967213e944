import { parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { Span } from './text';
import { LETTER_TYPES, type LetterType, parseLetterType, parseStage, type Stage } from './letterTypes';

/**
 * YAML front matter, the officer's explicit statement about the draft. Keys (all optional):
 *   stage:     1 | 2 | 3                       (also "S1", "stage two"…)
 *   letter:    one of LETTER_TYPES             (also the catalogue's S1/S2A/S2X/S3/REF)
 *   date:      the letter's date               (ISO or UK form)
 *   received:  when the complaint was received (the stage 1 clock starts here)
 *   requested: when the current stage was requested (stage 2 or 3 request)
 *   panel:     the date the stage 3 review panel met
 *   exception: early-referral                  (the narrow LGSCO early-referral exception, §1.7)
 */
export interface FrontMatter {
  /** The whole block, delimiters included. */
  span: Span;
  stage?: Stage;
  letterType?: LetterType;
  /** Raw date strings with their value spans; the time module parses them. */
  dates: Partial<Record<FrontMatterDateKey, { raw: string; span: Span }>>;
  earlyReferralException: boolean;
  problems: { span: Span; message: string }[];
}

export const FRONT_MATTER_DATE_KEYS = ['date', 'received', 'requested', 'panel'] as const;
export type FrontMatterDateKey = (typeof FRONT_MATTER_DATE_KEYS)[number];
const KNOWN_KEYS = new Set<string>(['stage', 'letter', 'exception', ...FRONT_MATTER_DATE_KEYS]);

const OPENING = /^(\uFEFF)?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** Finds and parses a front-matter block at the very start of the document, or returns null. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const open = OPENING.exec(text);
  if (!open) return null;
  const bodyStart = open[0].length;
  const rest = text.slice(bodyStart);
  const close = CLOSING.exec(rest);
  if (!close) {
    const span = { start: 0, end: open[0].length };
    return {
      span,
      dates: {},
      earlyReferralException: false,
      problems: [{ span, message: 'Front matter is not closed: add a line with --- after the keys.' }],
    };
  }
  const bodyEnd = bodyStart + close.index;
  let blockEnd = bodyEnd + close[0].length;
  if (text[blockEnd] === '\r') blockEnd++;
  if (text[blockEnd] === '\n') blockEnd++;
  const result: FrontMatter = {
    span: { start: 0, end: blockEnd },
    dates: {},
    earlyReferralException: false,
    problems: [],
  };
  const body = text.slice(bodyStart, bodyEnd);
  const doc = parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  const spanOf = (node: YamlNode | null | undefined): Span =>
    node?.range ? { start: bodyStart + node.range[0], end: bodyStart + node.range[1] } : { start: 0, end: 3 };
  for (const error of doc.errors) {
    result.problems.push({
      span: { start: bodyStart + error.pos[0], end: bodyStart + Math.max(error.pos[1], error.pos[0] + 1) },
      message: `Front matter is not valid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (doc.errors.length > 0) return result;
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    result.problems.push({ span: spanOf(doc.contents), message: 'Front matter should be a list of "key: value" lines.' });
    return result;
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value).toLowerCase() : '';
    const valueNode = pair.value as YamlNode | null;
    const value = isScalar(valueNode) ? valueNode.value : undefined;
    const valueSpan = spanOf(valueNode ?? keyNode);
    if (!KNOWN_KEYS.has(key)) continue; // other keys (author, ref, child's initials) are the officer's own
    if (value === undefined || value === null || value === '') {
      result.problems.push({ span: valueSpan, message: `Front matter key "${key}" has no value.` });
      continue;
    }
    switch (key) {
      case 'stage': {
        const stage = parseStage(String(value));
        if (stage) result.stage = stage;
        else result.problems.push({ span: valueSpan, message: `"${value}" is not a stage: use 1, 2 or 3.` });
        break;
      }
      case 'letter': {
        const type = parseLetterType(String(value));
        if (type) result.letterType = type;
        else
          result.problems.push({
            span: valueSpan,
            message: `"${value}" is not a letter type Signpost knows: use one of ${LETTER_TYPES.join(', ')}.`,
          });
        break;
      }
      case 'exception': {
        const text = String(value).toLowerCase().replace(/[\s_]+/g, '-');
        if (text === 'early-referral' || text === 'true') result.earlyReferralException = true;
        else if (text !== 'none' && text !== 'false')
          result.problems.push({
            span: valueSpan,
            message: `"${value}" is not an exception Signpost knows: the only one is early-referral (LGSCO early referral after a robust stage 2 that upheld all significant complaints).`,
          });
        break;
      }
      default:
        result.dates[key as FrontMatterDateKey] = {
          raw: value instanceof Date ? value.toISOString().slice(0, 10) : String(value),
          span: valueSpan,
        };
    }
  }
  return result;
}
