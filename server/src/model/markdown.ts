import MarkdownIt from 'markdown-it';
import { LineIndex, maskSpans, type Span } from './text';

/**
 * Block structure from markdown-it (chosen for speed: see README "Performance"). Only block rules
 * run; inline parsing is switched off because the rules read prose through the "voice" text below,
 * which keeps exact offsets, while markdown-it's inline tokens do not carry offsets at all.
 */
const parser = new MarkdownIt({ html: true });
parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

export type BlockKind = 'heading' | 'paragraph' | 'table-row';

export interface Block extends Span {
  kind: BlockKind;
  /** Zero-based first line of the block. */
  line: number;
  headingLevel?: number;
}

export interface HtmlComment extends Span {
  body: string;
  line: number;
}

export interface MarkdownStructure {
  blocks: Block[];
  /** Spans that are not the council's own prose (code, blockquotes, raw HTML). */
  nonProse: Span[];
  /** HTML comments outside code, where suppression directives live. */
  comments: HtmlComment[];
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const HEADING_MARKER = /^[ \t]*#{1,6}[ \t]*/;

export function parseMarkdown(text: string, lines: LineIndex, frontMatterEnd: number): MarkdownStructure {
  // Hide the front matter from markdown-it without moving any line. A lone \r (not before \n) is
  // a line break to markdown-it but not to LineIndex, so it becomes a space: both must count lines alike.
  const masked = frontMatterEnd > 0 ? maskSpans(text, [{ start: 0, end: frontMatterEnd }]) : text;
  const source = masked.includes('\r') ? masked.replace(/\r(?!\n)/g, ' ') : masked;
  const tokens = parser.parse(source, {});
  const blocks: Block[] = [];
  const nonProse: Span[] = [];
  const comments: HtmlComment[] = [];
  const lineSpan = (map: [number, number]): Span => ({
    start: lines.lineStarts[map[0]] ?? text.length,
    end: map[1] < lines.lineCount ? lines.lineStarts[map[1]] : text.length,
  });
  let blockquoteDepth = 0;
  let inTable = false;
  let pendingHeadingLevel = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'blockquote_open':
        if (blockquoteDepth++ === 0 && token.map) nonProse.push(lineSpan(token.map as [number, number]));
        continue;
      case 'blockquote_close':
        blockquoteDepth--;
        continue;
      case 'table_open':
      case 'table_close':
        inTable = token.type === 'table_open';
        continue;
      case 'fence':
      case 'code_block':
        if (token.map) nonProse.push(lineSpan(token.map as [number, number]));
        continue;
      case 'html_block':
        if (token.map) {
          const span = lineSpan(token.map as [number, number]);
          nonProse.push(span);
          if (blockquoteDepth === 0) collectComments(text, span, lines, comments);
        }
        continue;
    }
    if (blockquoteDepth > 0 || !token.map) continue;
    if (token.type === 'heading_open') pendingHeadingLevel = Number(token.tag.slice(1));
    if ((token.type === 'inline' && !inTable) || token.type === 'tr_open') {
      const span = lineSpan(token.map as [number, number]);
      const kind: BlockKind = token.type === 'tr_open' ? 'table-row' : pendingHeadingLevel ? 'heading' : 'paragraph';
      const block: Block = { kind, start: span.start, end: trimEnd(text, span), line: token.map[0] };
      if (kind === 'heading') block.headingLevel = pendingHeadingLevel;
      // An empty heading or list item ("# ", "- [ ] ") is all marker: keep start ≤ end.
      if (kind !== 'table-row') block.start = Math.min(block.end, block.start + markerLength(text, block.start, kind));
      blocks.push(block);
      pendingHeadingLevel = 0;
      collectComments(text, span, lines, comments);
    }
  }
  return { blocks, nonProse, comments };
}

function trimEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

function markerLength(text: string, start: number, kind: BlockKind): number {
  const lineEnd = text.indexOf('\n', start);
  const firstLine = text.slice(start, lineEnd === -1 ? undefined : lineEnd);
  const marker = (kind === 'heading' ? HEADING_MARKER : LIST_MARKER).exec(firstLine);
  return marker ? marker[0].length : 0;
}

function collectComments(text: string, span: Span, lines: LineIndex, into: HtmlComment[]): void {
  const slice = text.slice(span.start, span.end);
  if (!slice.includes('<!--')) return;
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(slice); m; m = COMMENT.exec(slice)) {
    const start = span.start + m.index;
    into.push({ start, end: start + m[0].length, body: m[1].trim(), line: lines.lineAt(start) });
  }
}
