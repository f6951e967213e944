import { parseFrontMatter, type FrontMatter } from './frontMatter';
import { parseMarkdown, type Block, type HtmlComment } from './markdown';
import { findQuotations, inlineNoise, splitSentences, type Sentence } from './voice';
import { inferLetter, type Inference } from './inference';
import { detectEol, LineIndex, maskSpans, type Span } from './text';

/**
 * The letter model: everything the rules read, built once per text. Rules never see Markdown
 * tokens or LSP types, only this.
 */
export interface LetterModel {
  text: string;
  /** The council's own voice: `text` with quotations, blockquotes, code, URLs and front matter blanked. */
  voice: string;
  lines: LineIndex;
  eol: '\n' | '\r\n';
  frontMatter: FrontMatter | null;
  blocks: Block[];
  sentences: Sentence[];
  comments: HtmlComment[];
  /** Quoted passages (the complainant's words, earlier letters), which rules must not flag. */
  quotations: Span[];
  inference: Inference;
  /** The line that closes the letter ("Yours sincerely"), where missing paragraphs are inserted. */
  signOff: Span | null;
}

const SIGN_OFF_LINE = /^[ \t]*(?:Yours\s+(?:sincerely|faithfully|truly)|(?:With\s+)?(?:Kind|Best|Warm|Many)\s+(?:regards|wishes|thanks)|Regards)\b.*$/gim;

export function buildLetterModel(text: string): LetterModel {
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text);
  const frontMatterEnd = frontMatter?.span.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const structure = parseMarkdown(text, lines, frontMatterEnd);
  const quotations: Span[] = [];
  const noise: Span[] = [];
  for (const block of structure.blocks) {
    quotations.push(...findQuotations(text, block));
    noise.push(...inlineNoise(text, block));
  }
  const voice = maskSpans(text, [
    { start: 0, end: frontMatterEnd },
    ...structure.nonProse,
    ...quotations,
    ...noise,
  ]);
  const sentences = splitSentences(voice, structure.blocks);
  const inference = inferLetter(structure.blocks, sentences, frontMatter, lines);
  return {
    text,
    voice,
    lines,
    eol: detectEol(text),
    frontMatter,
    blocks: structure.blocks,
    sentences,
    comments: structure.comments,
    quotations,
    inference,
    signOff: findSignOff(voice, frontMatterEnd, structure.blocks),
  };
}

/**
 * The last sign-off line that is part of the letter's prose (a block). Text in no block is not
 * prose: e.g. what follows a list nested deeper than markdown-it parses; a paragraph inserted
 * before a sign-off there would never be read, and "fix all" would insert it again and again.
 */
function findSignOff(voice: string, from: number, blocks: readonly Span[]): Span | null {
  let last: Span | null = null;
  let b = 0;
  SIGN_OFF_LINE.lastIndex = from;
  for (let m = SIGN_OFF_LINE.exec(voice); m; m = SIGN_OFF_LINE.exec(voice)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    while (b < blocks.length && blocks[b].end <= start) b++;
    if (b < blocks.length && blocks[b].start <= start) last = { start, end: m.index + m[0].trimEnd().length };
  }
  return last;
}
