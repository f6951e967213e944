import { parseFrontMatter, type FrontMatter } from './frontMatter';
import { parseMarkdown, type Block, type BlockKind, type HtmlComment } from './markdown';
import { findQuotations, inlineNoise, splitSentences, type BlockSentence, type Sentence } from './voice';
import { blockEvidence, inferLetter, type BlockEvidence, type Inference } from './inference';
import { BlockMemo, ownCopy } from './memo';
import { findDates, type FoundDate } from '../time/dates';
import { classifyDates, type Anchor } from '../time/anchors';
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
  inference: Inference;
  /** The line that closes the letter ("Yours sincerely"), where missing paragraphs are inserted. */
  signOff: Span | null;
  /** The block in the council's voice (`voice` sliced to the block), the same string while the block is unchanged. */
  blockVoice(block: number): string;
  /** The dates written in a block (offsets relative to the block's start), read once per block text. */
  blockDates(block: number): readonly FoundDate[];
  /** What the block's dates are (received, requested…), from their sentences; relative offsets, read once per block text. */
  blockAnchors(block: number): readonly Anchor[];
}

const SIGN_OFF_LINE = /^[ \t]*(?:Yours\s+(?:sincerely|faithfully|truly)|(?:With\s+)?(?:Kind|Best|Warm|Many)\s+(?:regards|wishes|thanks)|Regards)\b.*$/gim;

/**
 * What one block reads as, keyed by its kind and its text (offsets relative to the block). Its
 * voice depends on nothing outside it: blocks never overlap front matter, code, blockquotes or
 * HTML blocks, the other things the voice blanks (test/unit/incremental-model.test.ts checks this).
 */
interface BlockReading {
  /** The block in the council's voice: quotations, code spans, links and emphasis marks blanked. */
  voice: string;
  sentences: BlockSentence[];
  evidence?: BlockEvidence;
  dates?: FoundDate[];
  anchors?: Anchor[];
}

function readBlock(text: string): BlockReading {
  // Kept while the block is unchanged: a copy, or the reading would keep this version of the letter alive.
  const slice = ownCopy(text);
  const whole = { start: 0, end: slice.length };
  const voice = maskSpans(slice, [...findQuotations(slice, whole), ...inlineNoise(slice, whole)]);
  return { voice, sentences: splitSentences(voice) };
}

/**
 * One open document's memo of its blocks (see BlockMemo): the editor keeps one per document so a
 * keystroke re-reads only the block it changed. A model built with it equals one built without.
 */
export class LetterModelCache {
  readonly readings: Record<BlockKind, BlockMemo<BlockReading>> = { heading: new BlockMemo(), paragraph: new BlockMemo(), 'table-row': new BlockMemo() };

  nextGeneration(): void {
    for (const memo of Object.values(this.readings)) memo.nextGeneration();
  }
}

export function buildLetterModel(text: string, cache: LetterModelCache = new LetterModelCache()): LetterModel {
  cache.nextGeneration();
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text);
  const frontMatterEnd = frontMatter?.span.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const structure = parseMarkdown(text, lines, frontMatterEnd);
  const readings = structure.blocks.map((block) => {
    const slice = text.slice(block.start, block.end);
    return cache.readings[block.kind].get(slice, () => readBlock(slice));
  });
  // The voice: front matter, code, blockquotes and HTML blocks blanked, and each block as it reads;
  // the sentences: each block's, placed where the block stands now.
  const outside = maskSpans(text, [{ start: 0, end: frontMatterEnd }, ...structure.nonProse]);
  const pieces: string[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  readings.forEach((reading, index) => {
    const block = structure.blocks[index];
    pieces.push(outside.slice(cursor, block.start), reading.voice);
    cursor = block.end;
    for (const s of reading.sentences) sentences.push({ start: block.start + s.start, end: block.start + s.end, text: s.text, block: index, index: sentences.length, answers: s.answers });
  });
  pieces.push(outside.slice(cursor));
  const voice = pieces.join('');
  // Front matter naming the letter decides it: no block needs reading for evidence then.
  const inference = inferLetter(
    frontMatter,
    frontMatter?.letterType
      ? []
      : readings.map((reading, index) => {
          const block = structure.blocks[index];
          reading.evidence ??= blockEvidence(block.kind, reading.sentences, reading.voice);
          return { line: block.line, evidence: reading.evidence };
        }),
  );
  const blockDates = (index: number) => (readings[index].dates ??= findDates(readings[index].voice));
  return {
    text,
    voice,
    lines,
    eol: detectEol(text),
    frontMatter,
    blocks: structure.blocks,
    sentences,
    comments: structure.comments,
    inference,
    signOff: findSignOff(voice, frontMatterEnd, structure.blocks),
    blockVoice: (index) => readings[index].voice,
    blockDates,
    blockAnchors: (index) => (readings[index].anchors ??= classifyDates(readings[index].voice, blockDates(index))),
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
