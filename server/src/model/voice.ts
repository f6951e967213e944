import { firstStartingAtOrAfter, type Span } from './text';
import { answersFor, type PatternAnswers } from './memo';

/**
 * The council's own voice. Rules must not flag words the letter quotes (the complainant's words, an
 * earlier letter, a title), so quoted passages, code, URLs and Markdown emphasis marks are blanked
 * out of a copy of the text; offsets in the copy are those of the original.
 */

/** Each pattern with a string every match contains, so blocks without it skip the pattern (the e-mail one is costly). */
const INLINE_NOISE: { pattern: RegExp; needs: RegExp }[] = [
  { pattern: /`[^`\r\n]+`/g, needs: /`/ }, // inline code
  { pattern: /<!--[\s\S]*?-->/g, needs: /<!--/ }, // HTML comments
  { pattern: /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi, needs: /:\/\/|www\./i }, // URLs (an lgo.org.uk address is not the old name)
  { pattern: /\]\([^)\s]*\)/g, needs: /\]\(/ }, // link destinations
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, needs: /@/ }, // e-mail addresses
  { pattern: /[*_]+/g, needs: /[*_]/ }, // emphasis delimiters: "must **now** contact" reads as "must now contact"
];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MAX_QUOTE_LENGTH = 3000;

/** Spans inside the block that are quotations, including their quotation marks. */
export function findQuotations(text: string, block: Span): Span[] {
  const spans: Span[] = [];
  const end = block.end;
  for (let i = block.start; i < end; i++) {
    const ch = text[i];
    const before = i > block.start ? text[i - 1] : ' ';
    const after = text[i + 1] ?? ' ';
    let close = -1;
    if (ch === '\u201C') {
      close = text.indexOf('\u201D', i + 1);
    } else if (ch === '"' && !LETTER_OR_DIGIT.test(before) && !/\s/.test(after)) {
      close = text.indexOf('"', i + 1);
    } else if ((ch === '\u2018' || ch === "'") && !LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) {
      close = findSingleClose(text, i + 1, end, ch === '\u2018' ? '\u2019' : "'");
    }
    if (close !== -1 && close < end && close - i <= MAX_QUOTE_LENGTH) {
      spans.push({ start: i, end: close + 1 });
      i = close;
    }
  }
  return spans;
}

/** A closing single quote is one not followed by a letter: in "the Council’s view’ was", the first ’ is an apostrophe. */
function findSingleClose(text: string, from: number, end: number, mark: string): number {
  for (let j = text.indexOf(mark, from); j !== -1 && j < end; j = text.indexOf(mark, j + 1)) {
    const next = text[j + 1] ?? ' ';
    if (!LETTER_OR_DIGIT.test(next) && !/\s/.test(text[j - 1])) return j;
  }
  return -1;
}

export function inlineNoise(text: string, block: Span): Span[] {
  const slice = text.slice(block.start, block.end);
  const spans: Span[] = [];
  for (const { pattern, needs } of INLINE_NOISE) {
    if (!needs.test(slice)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      spans.push({ start: block.start + m.index, end: block.start + m.index + m[0].length });
    }
  }
  return spans;
}

const groups = new WeakMap<readonly Sentence[], Map<number, Sentence[]>>();

/** The sentences grouped by block, in order: built once per list of sentences, so per-sentence look-ups stay linear. */
export function sentencesByBlock(sentences: readonly Sentence[]): ReadonlyMap<number, readonly Sentence[]> {
  let byBlock = groups.get(sentences);
  if (!byBlock) {
    byBlock = new Map();
    for (const sentence of sentences) {
      const group = byBlock.get(sentence.block);
      if (group) group.push(sentence);
      else byBlock.set(sentence.block, [sentence]);
    }
    groups.set(sentences, byBlock);
  }
  return byBlock;
}

export interface Sentence extends Span {
  /** The sentence in the voice text (quotes blanked), same length as the original. */
  text: string;
  block: number;
  /** Its place in the model's list of sentences. */
  index: number;
  /** Phrase tests already answered for this text (see `matches`), kept while the sentence is unchanged. */
  answers: PatternAnswers;
}

/** A sentence of one block, offsets relative to the block's start. */
export type BlockSentence = Omit<Sentence, 'block' | 'index'>;

/** The sentence containing a (non-empty) span, found by binary search of the sentences, which are in document order. */
export function sentenceContaining(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  const sentence = sentences[firstStartingAtOrAfter(sentences, span.start + 1) - 1]; // the last starting at or before the span
  return sentence && span.end <= sentence.end ? sentence : undefined;
}

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|St|Cllr|No|Nos|Ref|e\.g|i\.e|etc|approx|para|paras|reg|regs|s|ss|cf|vs|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])$/;
/** Sentence ends, and table cell bars (the spaces around a bar are trimmed by `push`, so the pattern need not match them). */
const BOUNDARY = /[.!?]+[)\]\u201D\u2019"']*(?=\s+\S)|\|/g;

/** Splits one prose block of the voice text into sentences, offsets relative to the block (table cells count as sentences). */
export function splitSentences(slice: string): BlockSentence[] {
  const sentences: BlockSentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(slice[from])) from++;
    while (to > from && /\s/.test(slice[to - 1])) to--;
    if (to > from) {
      const text = slice.slice(from, to);
      sentences.push({ start: from, end: to, text, answers: answersFor(text) });
    }
  };
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const isCellBar = m[0].includes('|');
    if (!isCellBar && ABBREVIATIONS.test(slice.slice(Math.max(start, m.index - 6), m.index))) continue;
    push(start, isCellBar ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, slice.length);
  return sentences;
}
