import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/lint';
import { buildLetterModel, LetterModelCache } from '../../server/src/model/letterModel';
import { BlockMemo, matches, memoByText } from '../../server/src/model/memo';
import { timelineOf } from '../../server/src/model/timeline';
import { findQuotations, inlineNoise } from '../../server/src/model/voice';
import { LineIndex, maskSpans } from '../../server/src/model/text';
import { parseMarkdown } from '../../server/src/model/markdown';

/**
 * An open document keeps a memo of its blocks (LetterModelCache) so a keystroke re-reads only the
 * block it changed. Whatever the officer types, the lint with the memo must be the lint of the text
 * from scratch: checked here on every fixture letter (real wording) under realistic edits, and on
 * random edits in property-incremental.test.ts.
 */

const FIXTURES = join(__dirname, '..', 'fixtures', 'letters');
const letters = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));

/** Edits an officer makes while drafting: typing in a paragraph, deleting a sentence, pasting one, changing the stage. */
function draftingEdits(text: string): string[] {
  const versions: string[] = [];
  const middle = text.indexOf('\n\n', Math.floor(text.length / 2));
  const at = middle === -1 ? text.length : middle;
  let current = text;
  for (const ch of ' and we are sorry') {
    current = current.slice(0, at) + ch + current.slice(at);
    versions.push(current);
  }
  const sentenceEnd = current.indexOf('. ', Math.floor(current.length / 3));
  if (sentenceEnd !== -1) {
    const previousEnd = current.lastIndexOf('. ', sentenceEnd - 1);
    current = current.slice(0, previousEnd + 2) + current.slice(sentenceEnd + 2);
    versions.push(current);
  }
  current = current.replace(/\n\n/, '\n\nIf you remain unhappy you must contact the Local Government and Social Care Ombudsman.\n\n');
  versions.push(current);
  current = current.replace(/stage (\d)/i, (_m, n: string) => `Stage ${n === '2' ? '3' : '2'}`);
  versions.push(current);
  versions.push(text); // undo back to the original
  return versions;
}

function summary(text: string, cache?: LetterModelCache) {
  const result = lint(text, {}, cache);
  const timeline = timelineOf(result.model);
  return {
    problems: JSON.stringify(result.problems),
    inference: result.model.inference,
    sentences: result.model.sentences.map(({ answers: _remembered, ...sentence }) => sentence),
    voice: result.model.voice,
    dates: JSON.stringify(timeline.dates),
    anchors: JSON.stringify(timeline.anchors),
  };
}

describe('linting an open document with its block memo', () => {
  test(`equals linting from scratch, for every fixture letter under drafting edits (${letters.length} letters)`, () => {
    assert.ok(letters.length > 100, 'the fixture letters were found');
    let checked = 0;
    for (const { name, text } of letters) {
      const cache = new LetterModelCache();
      summary(text, cache);
      for (const version of draftingEdits(text)) {
        assert.deepEqual(summary(version, cache), summary(version), `${name} after an edit`);
        checked++;
      }
    }
    assert.ok(checked > letters.length * 10);
  });

  test('the voice built block by block is the voice by its definition', () => {
    // The voice is the text with front matter, code, blockquotes, HTML blocks, quotations, code
    // spans, links and emphasis marks blanked. It is built from each block's own reading (kept by
    // the block's text), which is right only because a block's voice depends on the block alone.
    for (const { name, text } of letters) {
      const model = buildLetterModel(text);
      const lines = new LineIndex(text);
      const frontMatterEnd = model.frontMatter?.span.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
      const structure = parseMarkdown(text, lines, frontMatterEnd);
      const inBlocks = structure.blocks.flatMap((block) => [...findQuotations(text, block), ...inlineNoise(text, block)]);
      const defined = maskSpans(text, [{ start: 0, end: frontMatterEnd }, ...structure.nonProse, ...inBlocks]);
      assert.equal(model.voice, defined, name);
    }
  });

  test('a heading turned into a paragraph with the same words is read as a paragraph', () => {
    const letter = (title: string) =>
      `Dear Ms Khan,\n\n${title}\n\nThank you for your complaint. We will investigate it.\n\nIf you remain unhappy you can ask for a Stage 3 Review Panel.\n\nYours sincerely,\n\nA Officer\n`;
    const cache = new LetterModelCache();
    const asHeading = buildLetterModel(letter('# Your Stage 2 complaint'), cache);
    const asParagraph = buildLetterModel(letter('Your Stage 2 complaint'), cache);
    assert.equal(asHeading.blocks[1].kind, 'heading');
    assert.deepEqual(asParagraph.inference, buildLetterModel(letter('Your Stage 2 complaint')).inference);
    assert.notDeepEqual(asParagraph.inference.evidence, asHeading.inference.evidence);
  });

  test('a model built with a stale memo from another letter is still that letter’s model', () => {
    const cache = new LetterModelCache();
    for (const { text } of letters.slice(0, 20)) {
      const withoutAnswers = (model: ReturnType<typeof buildLetterModel>) => model.sentences.map(({ answers: _remembered, ...sentence }) => sentence);
      assert.deepEqual(withoutAnswers(buildLetterModel(text, cache)), withoutAnswers(buildLetterModel(text)));
    }
  });
});

describe('memo building blocks', () => {
  test('BlockMemo keeps what the last lint used and drops the rest', () => {
    const memo = new BlockMemo<number>();
    let computed = 0;
    const read = (key: string) => memo.get(key, () => ++computed);
    memo.nextGeneration();
    read('a');
    read('b');
    memo.nextGeneration();
    assert.equal(read('a'), 1); // reused from the previous lint
    assert.equal(computed, 2);
    memo.nextGeneration();
    memo.nextGeneration(); // 'b' was not used in the last two lints: gone
    read('b');
    assert.equal(computed, 3);
  });

  test('memoByText reads each text once, and stays bounded', () => {
    let reads = 0;
    const length = memoByText((text: string) => (reads++, text.length), 3);
    assert.equal(length('abc'), 3);
    assert.equal(length('abc'), 3);
    assert.equal(reads, 1);
    for (const text of ['d', 'ee', 'fff', 'gggg', 'hhhhh', 'iiiiii', 'jjjjjjj']) length(text);
    assert.equal(length('abc'), 3); // long evicted: read again, same answer
    assert.equal(reads, 9);
    const nothing = memoByText(() => null);
    assert.equal(nothing('x'), null);
  });

  test('matches gives RegExp.test answers, and leaves global patterns to test themselves', () => {
    const pattern = /\bstage\s+2\b/i;
    assert.equal(matches(pattern, 'your Stage 2 complaint'), true);
    assert.equal(matches(pattern, 'your Stage 2 complaint'), true);
    assert.equal(matches(pattern, 'your Stage 3 complaint'), false);
    const another = /complaint/;
    assert.equal(matches(another, 'your Stage 3 complaint'), true, 'answers are per pattern, not per text');
    const global = /a/g;
    assert.equal(matches(global, 'a'), true);
    assert.equal(matches(global, 'a'), false, 'a global pattern keeps its lastIndex, as RegExp.test does');
  });
});
