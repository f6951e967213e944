import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const letters = join(__dirname, '..', 'fixtures', 'letters');
const read = (folder: string, name: string) => readFileSync(join(letters, folder, name), 'utf8');

/** The Outline: each point's name and finding (detail), and its actions as children. */
const outline = (symbols: DocumentSymbol[]) => symbols.map((s) => `${s.name} — ${s.detail}${s.children?.length ? ` (${s.children.length} action${s.children.length === 1 ? '' : 's'})` : ''}`);

const inside = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']) =>
  (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
  (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

describe('document symbols (the Outline) over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    const result = (await client.initialize()) as { capabilities: Record<string, unknown> };
    assert.ok(result.capabilities.documentSymbolProvider, 'the server offers document symbols');
  });
  after(() => client.close());

  async function symbolsOf(uri: string, text: string): Promise<DocumentSymbol[]> {
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    return (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  }

  test('a stage 2 adjudication shows its complaint points, the finding on each and their actions', async () => {
    const text = read('content', 's2-adjudication-correct-full.md');
    const symbols = await symbolsOf('file:///tmp/signpost-symbols/s2.md', text);
    assert.deepEqual(outline(symbols), [
      'Complaint 1: the child in need assessment took too long — Upheld (1 action)',
      'Complaint 2: the short breaks offer did not meet Tobi\'s assessed needs — Partially upheld (1 action)',
      'Complaint 3: the social worker cancelled visits without notice — Not upheld',
    ]);
    for (const symbol of symbols) {
      assert.ok(inside(symbol.selectionRange, symbol.range), 'the selection range lies inside the range');
      for (const child of symbol.children ?? []) {
        assert.ok(inside(child.range, symbol.range), 'an action lies inside its point');
        assert.match(child.name, /^Action: /);
      }
    }
    // The point's range starts at its heading, and runs to the end of its section.
    const lines = text.split('\n');
    assert.equal(symbols[0].range.start.line, lines.indexOf('## Complaint 1: the child in need assessment took too long'));
    assert.equal(symbols[0].selectionRange.start.line, symbols[0].range.start.line);
    assert.equal(symbols[2].range.end.line, lines.findIndex((l) => l.startsWith('Finding: not upheld')));
  });

  test('a stage 3 final response shows the panel’s findings and the decision on each recommendation', async () => {
    const symbols = await symbolsOf('file:///tmp/signpost-symbols/s3.md', read('content', 's3-final-correct-full.md'));
    assert.deepEqual(outline(symbols), [
      'Complaint 1: Your supervising social worker changed four times in a year without explanation: upheld. — Upheld',
      'Complaint 2: Your fostering allowance was paid late in October and November 2024: upheld. — Upheld',
      'Complaint 3: The fostering panel was biased against you: not upheld. — Not upheld',
      'Recommendation 1 – that the Council apologise in writing for the late payment of the fo… — Accepted (1 action)',
      'Recommendation 2 – that foster carers are told in writing whenever their supervising so… — Accepted (1 action)',
      'Recommendation 3 – that the Council pay you £600 for the time and trouble caused. — Partly accepted (1 action)',
    ]);
  });

  test('a point without a finding shows as such, and a table of findings is read row by row', async () => {
    const faulty = await symbolsOf('file:///tmp/signpost-symbols/faulty.md', read('content', 's2-adjudication-ip-officer-faulty.md'));
    assert.deepEqual(outline(faulty), [
      'Complaint 1 – contact was reduced without consulting you — Upheld',
      'Complaint 2 – contact sessions were cancelled at short notice — No finding stated',
      'Complaint 3 – the contact centre was unsuitable — Not upheld',
    ]);
    const table = await symbolsOf('file:///tmp/signpost-symbols/table.md', read('content', 's2-adjudication-table-correct.md'));
    assert.deepEqual(
      table.map((s) => s.detail),
      ['Upheld', 'Partially upheld', 'Not upheld'],
    );
  });

  test('notes that are not a letter have no symbols', async () => {
    assert.deepEqual(await symbolsOf('file:///tmp/signpost-symbols/notes.md', read('core', 'team-notes-not-a-letter.md')), []);
  });

  test('the Outline follows edits', async () => {
    const uri = 'file:///tmp/signpost-symbols/edit.md';
    const text = read('content', 's2-adjudication-ip-officer-faulty.md');
    await symbolsOf(uri, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('The Investigating Officer found that four sessions'));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Partly upheld. ' }],
    });
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols[1].detail, 'Partially upheld');
  });
});
