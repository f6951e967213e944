import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient, rules } from '../support/lspClient';

const letters = join(__dirname, '..', 'fixtures', 'letters', 'core');
const read = (name: string) => readFileSync(join(letters, name), 'utf8');

describe('language server over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    const result = (await client.initialize()) as { capabilities: Record<string, unknown> };
    assert.ok(result.capabilities.codeActionProvider);
    assert.equal(result.capabilities.hoverProvider, true);
  });
  after(() => client.close());

  test('publishes diagnostics with source and rule code for the Bexley stage 2 wording', async () => {
    const uri = 'file:///tmp/signpost-test/bexley.md';
    await client.open(uri, read('bexley-stage2-faulty.md'));
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(rules(published.diagnostics), [
      'law/next-stage-denied',
      'signpost/missing-stage3-right',
      'signpost/ombudsman-instead-of-stage3',
      'signpost/speaks-for-ombudsman',
    ]);
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'signpost');
      // the rule's heading in the shipped rule reference, docs/rules.md, as VS Code opens it (#L<line>)
      const href = new URL(d.codeDescription!.href);
      assert.equal(href.protocol, 'file:');
      assert.match(href.pathname, /\/docs\/rules\.md$/);
      const line = Number(/^#L(\d+)$/.exec(href.hash)?.[1]);
      assert.match(readFileSync(fileURLToPath(href), 'utf8').split('\n')[line - 1], new RegExp(`^## ${String(d.code)}: `));
    }
    const ombudsman = published.diagnostics.find((d) => d.code === 'signpost/ombudsman-instead-of-stage3')!;
    assert.equal(ombudsman.range.start.line, 21);
    assert.equal(ombudsman.severity, 1);
  });

  test('the quick fix replaces the wrong signposting and only that problem disappears', async () => {
    const uri = 'file:///tmp/signpost-test/bexley-fix.md';
    const text = read('bexley-stage2-faulty.md');
    await client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const target = published.diagnostics.find((d) => d.code === 'signpost/ombudsman-instead-of-stage3')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred && a.diagnostics?.some((d) => d.code === target.code))!;
    assert.match(preferred.title, /Stage 3 Review Panel/);
    assert.ok(actions.some((a) => a.title.startsWith('Disable signpost/ombudsman-instead-of-stage3')));
    assert.ok(actions.some((a) => a.title.startsWith('Fix all Signpost problems')));
    const edits = preferred.edit!.changes![uri] as TextEdit[];
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const fixed = TextDocument.applyEdits(document, edits);
    assert.match(fixed, /you can ask for a Stage 3 Review Panel/);
    assert.doesNotMatch(fixed, /must now contact/);
    // Send the edit the way an editor does: an incremental change.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: edits.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(rules(after.diagnostics), ['law/next-stage-denied', 'signpost/speaks-for-ombudsman']);
  });

  test('source.fixAll.signpost returns one edit that fixes every safe problem', async () => {
    const uri = 'file:///tmp/signpost-test/kent.md';
    const text = read('kent-stage1-corporate-faulty.md');
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.signpost'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.signpost');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), actions[0].edit!.changes![uri] as TextEdit[]);
    assert.doesNotMatch(fixed, /corporate complaints procedure/);
    assert.equal((fixed.match(/statutory children’s complaints procedure/g) ?? []).length, 2);
  });

  test('hover on a flagged phrase explains the rule and cites its source', async () => {
    const uri = 'file:///tmp/signpost-test/lewisham.md';
    await client.open(uri, read('lewisham-refusal-faulty.md'));
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const target = published.diagnostics.find((d) => d.code === 'refusal/no-merit-or-same-outcome')!;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: target.range.start })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /refusal\/no-merit-or-same-outcome/);
    assert.match(value, /Lewisham 23 020 345/);
  });

  test('correct letters and notes get no diagnostics', async () => {
    for (const name of ['stage1-correct.md', 'stage2-adjudication-correct.md', 'stage3-final-correct.md', 'team-notes-not-a-letter.md']) {
      const uri = `file:///tmp/signpost-test/${name}`;
      await client.open(uri, read(name));
      const published = await client.waitForDiagnostics(uri);
      assert.deepEqual(published.diagnostics, [], name);
    }
  });

  test('reports the detected stage and why (signpost/letterInfo)', async () => {
    const uri = 'file:///tmp/signpost-test/bexley-info.md';
    await client.open(uri, read('bexley-stage2-faulty.md'));
    const info = (await client.connection.sendRequest('signpost/letterInfo', { uri })) as { stage: number; letterType: string; evidence: unknown[] };
    assert.equal(info.stage, 2);
    assert.equal(info.letterType, 'stage2-adjudication');
    assert.ok(info.evidence.length > 0);
  });

  test('survives binary junk, broken front matter and impossible input, and keeps answering', async () => {
    const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const inputs = [junk, '---\nstage: [\n---\nDear Ms X,\ncomplaint\nYours sincerely', '\uFEFF---\r\nstage: 9\r\n---\r\nDear 😀 Ms X,\r\nYour complaint.\r\nYours sincerely,\r\n', ''];
    for (const [index, text] of inputs.entries()) {
      const uri = `file:///tmp/signpost-test/junk-${index}.md`;
      await client.open(uri, text);
      const published = await client.waitForDiagnostics(uri);
      for (const d of published.diagnostics) assert.equal(d.source, 'signpost');
    }
    const info = (await client.connection.sendRequest('signpost/letterInfo', { uri: 'file:///tmp/signpost-test/junk-2.md' })) as { isLetter: boolean };
    assert.equal(info.isLetter, true);
    assert.equal(client.process.exitCode, null);
  });
});
