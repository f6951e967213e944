import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';
import { RULES } from '../../server/src/rules/registry';
import { LETTER_TEMPLATES } from '../../server/src/drafting/templates';
import { LETTER_TYPES } from '../../server/src/model/letterTypes';
import { expandSnippet } from '../../server/src/drafting/snippetExpander';
import { checkText, describeFindings } from '../../server/src/drafting/templateCheck';
import type { LetterTemplateSummary, NewLetterResult, SignpostingResult } from '../../server/src/drafting/protocol';

/** Completion and the drafting requests through the built server over stdio, as any LSP client sees them. */

const COUNCIL = {
  name: 'Borsetshire County Council',
  complaintsTeam: 'the Children’s Complaints Team',
  complaintsEmail: 'complaints@borsetshire.example.gov.uk',
};

async function complete(client: LspTestClient, uri: string, text: string, marker = '|'): Promise<{ items: CompletionItem[]; apply: (label: string) => string }> {
  const offset = text.indexOf(marker);
  assert.ok(offset >= 0, 'the text marks the cursor');
  const content = text.slice(0, offset) + text.slice(offset + marker.length);
  await client.open(uri, content);
  const document = TextDocument.create(uri, 'markdown', 1, content);
  const result = (await client.connection.sendRequest('textDocument/completion', {
    textDocument: { uri },
    position: document.positionAt(offset),
  })) as CompletionList | CompletionItem[] | null;
  const items = result === null ? [] : Array.isArray(result) ? result : result.items;
  const apply = (label: string) => {
    const item = items.find((i) => i.label === label);
    assert.ok(item, `no item ${label} among ${items.map((i) => i.label).join(', ')}`);
    const edit = item.textEdit as TextEdit;
    return TextDocument.applyEdits(document, [edit]);
  };
  return { items, apply };
}

const labels = (items: CompletionItem[]) => items.map((i) => String(i.label));

describe('completion over stdio (plain-text client)', () => {
  let client: LspTestClient;
  let n = 0;
  const uri = () => `file:///tmp/signpost-completion/letter-${n++}.md`;
  before(async () => {
    client = new LspTestClient();
    const result = (await client.initialize()) as { capabilities: { completionProvider?: { triggerCharacters?: string[] } } };
    assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters, [':', ' ']);
  });
  after(() => client.close());

  test('front-matter keys that are not set yet', async () => {
    const { items, apply } = await complete(client, uri(), '---\nstage: 2\n|\n---\nDear Ms Jones,\n');
    assert.deepEqual(labels(items), ['letter', 'date', 'received', 'requested', 'panel', 'exception']);
    assert.equal(apply('letter'), '---\nstage: 2\nletter: \n---\nDear Ms Jones,\n');
    assert.ok(items.every((i) => i.detail && i.documentation));
  });

  test('a partly typed key, in an unclosed block', async () => {
    const { items, apply } = await complete(client, uri(), '---\nlet|');
    assert.ok(labels(items).includes('letter'));
    assert.equal(apply('received'), '---\nreceived: ');
  });

  test('stage values, the stage of the declared letter type first', async () => {
    const { items, apply } = await complete(client, uri(), '---\nletter: stage3-final-response\nstage: |\n---\n');
    assert.deepEqual(labels(items), ['1', '2', '3']);
    const three = items.find((i) => i.label === '3')!;
    assert.equal(three.preselect, true);
    assert.ok(three.sortText! < items.find((i) => i.label === '1')!.sortText!);
    assert.equal(apply('2'), '---\nletter: stage3-final-response\nstage: 2\n---\n');
  });

  test('letter types, those of the declared stage first; a space is added after a bare colon', async () => {
    const { items, apply } = await complete(client, uri(), '---\nstage: 2\nletter:|\n---\n');
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => String(i.label));
    assert.deepEqual(sorted.slice(0, 3), ['stage2-acknowledgement', 'stage2-extension', 'stage2-adjudication']);
    assert.ok(labels(items).includes('not-a-letter'));
    assert.ok(!labels(items).includes('unknown-letter'));
    assert.equal(items.find((i) => i.label === 'refusal')!.detail, 'Refusal or holding letter');
    assert.equal(apply('stage2-extension'), '---\nstage: 2\nletter: stage2-extension\n---\n');
  });

  test('a partly typed value is replaced, not appended to', async () => {
    const { apply } = await complete(client, uri(), '---\nletter: stage2-ad|judication\n---\n');
    assert.equal(apply('stage2-adjudication'), '---\nletter: stage2-adjudication\n---\n');
  });

  test('exception and date values', async () => {
    const exception = await complete(client, uri(), '---\nexception: |\n---\n');
    assert.deepEqual(labels(exception.items), ['early-referral', 'none']);
    const date = await complete(client, uri(), '---\nreceived: |\n---\n');
    assert.equal(date.items.length, 2);
    assert.match(String(date.items[0].label), /^\d{4}-\d{2}-\d{2}$/);
    assert.match(String(date.items[1].label), /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    assert.ok(date.items.every((i) => i.detail === 'today'));
  });

  test('nothing for keys Signpost does not know, after the front matter, or in prose', async () => {
    assert.deepEqual((await complete(client, uri(), '---\nauthor: |\n---\n')).items, []);
    assert.deepEqual((await complete(client, uri(), '---\nstage: 2\n---\nstage: |\n')).items, []);
    assert.deepEqual((await complete(client, uri(), 'Dear Ms Jones,\n\nWe met on Tuesday: |\n')).items, []);
    assert.deepEqual((await complete(client, uri(), '|---\nstage: 2\n---\n')).items, []);
  });

  test('the finding on a complaint point', async () => {
    const text = '## Complaint 1: the placement\n\n**Finding:** |\n';
    const { items, apply } = await complete(client, uri(), text);
    assert.deepEqual(labels(items), ['upheld', 'partially upheld', 'not upheld']);
    assert.equal(apply('partially upheld'), '## Complaint 1: the placement\n\n**Finding:** partially upheld\n');
    assert.ok(items.every((i) => typeof i.documentation === 'object'));
  });

  test('the finding as it is typed: bold not closed yet, or a value partly typed', async () => {
    assert.equal((await complete(client, uri(), '**Finding:|')).apply('upheld'), '**Finding:** upheld');
    assert.equal((await complete(client, uri(), 'Finding: not up|')).apply('not upheld'), 'Finding: not upheld');
    assert.equal((await complete(client, uri(), '- Outcome: |')).apply('not upheld'), '- Outcome: not upheld');
  });

  test('the Council’s decision on a panel recommendation', async () => {
    const { items } = await complete(client, uri(), '## Recommendation 2: review placements\n\n**Our decision:** |\n');
    assert.deepEqual(labels(items), ['accepted', 'partly accepted', 'not accepted']);
  });

  test('rule ids in a suppression comment, without those already listed', async () => {
    const { items, apply } = await complete(client, uri(), '<!-- signpost-disable-next-line signpost/outdated-lgo-name | -->\n');
    const ids = RULES.map((r) => r.meta.id).filter((id) => id !== 'signpost/outdated-lgo-name');
    assert.deepEqual(labels(items), ids);
    assert.equal(
      apply('signpost/wrong-ombudsman'),
      '<!-- signpost-disable-next-line signpost/outdated-lgo-name signpost/wrong-ombudsman -->\n',
    );
    const partial = await complete(client, uri(), '<!-- signpost-disable-line sig|nost -->');
    assert.equal(partial.apply('signpost/wrong-ombudsman'), '<!-- signpost-disable-line signpost/wrong-ombudsman -->');
  });

  test('suppression directives after "<!--"', async () => {
    const { items, apply } = await complete(client, uri(), 'text\n<!-- |\n');
    assert.ok(labels(items).includes('signpost-disable-next-line'));
    assert.equal(apply('signpost-disable-file'), 'text\n<!-- signpost-disable-file -->\n');
  });
});

describe('completion for clients with snippet support', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: true } } } },
    });
    await client.connection.sendNotification('initialized', {});
  });
  after(() => client.close());

  test('a key comes with a choice of its values', async () => {
    const { items } = await complete(client, 'file:///tmp/signpost-completion/snippet.md', '---\n|\n---\n');
    const stage = items.find((i) => i.label === 'stage')!;
    assert.equal(stage.insertTextFormat, 2);
    assert.equal((stage.textEdit as TextEdit).newText, 'stage: ${1|1,2,3|}');
    const letter = items.find((i) => i.label === 'letter')!;
    assert.equal(expandSnippet((letter.textEdit as TextEdit).newText).text, `letter: ${LETTER_TYPES[0]}`);
    assert.match((letter.textEdit as TextEdit).newText, /stage2-adjudication,/);
  });
});

describe('drafting requests over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  before(async () => {
    client = new LspTestClient({ lintDelayMs: 0, council: COUNCIL });
    await client.initialize();
    dir = mkdtempSync(join(tmpdir(), 'signpost-drafting-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    return client.close();
  });

  test('signpost/letterTemplates lists every letter', async () => {
    const list = (await client.connection.sendRequest('signpost/letterTemplates', {})) as LetterTemplateSummary[];
    assert.deepEqual(list.map((t) => t.id), LETTER_TEMPLATES.map((t) => t.id));
  });

  test('signpost/newLetter fills in the configured council and lints clean', async () => {
    const letter = (await client.connection.sendRequest('signpost/newLetter', { template: 'stage1-response' })) as NewLetterResult;
    assert.equal(letter.letterType, 'stage1-response');
    const { text, problems } = expandSnippet(letter.snippet);
    assert.deepEqual(problems, []);
    assert.match(text, /^Borsetshire County Council$/m);
    assert.match(text, /contact the Children’s Complaints Team \(email complaints@borsetshire\.example\.gov\.uk\)/);
    const check = checkText(text);
    assert.equal(check.faults.length, 0, describeFindings(check));
    assert.equal(await client.connection.sendRequest('signpost/newLetter', { template: 'nothing' }), null);
  });

  test('signpost/newLetter reads the .signpost.json that covers the scope', async () => {
    writeFileSync(join(dir, '.signpost.json'), JSON.stringify({ council: { name: 'Ambridge Unitary Council' } }));
    const scopeUri = pathToFileURL(join(dir, 'Untitled.md')).toString();
    const letter = (await client.connection.sendRequest('signpost/newLetter', { template: 'stage3-final-response', scopeUri })) as NewLetterResult;
    assert.match(expandSnippet(letter.snippet).text, /^Ambridge Unitary Council$/m);
  });

  test('signpost/signpostingParagraph gives the next step for the detected stage, with the council’s details', async () => {
    const uri = 'file:///tmp/signpost-drafting/stage1.md';
    await client.open(uri, 'Dear Mrs Patel,\n\n**Stage 1 response: your complaint**\n\nI do not uphold your complaint.\n\nYours sincerely,\n');
    const answer = (await client.connection.sendRequest('signpost/signpostingParagraph', { uri })) as SignpostingResult;
    assert.equal(answer.stage, 1);
    assert.equal(answer.recommended, 'stage2');
    assert.match(answer.choices[0].text, /Stage 2[\s\S]*Please contact the Children’s Complaints Team \(email complaints@borsetshire\.example\.gov\.uk\)/);
    const final = 'file:///tmp/signpost-drafting/final.md';
    await client.open(final, '---\nletter: stage3-final-response\n---\nDear Ms Jones,\n\nThe panel met on 3 June 2024 to consider your complaint.\n\nYours sincerely,\n');
    const lgsco = (await client.connection.sendRequest('signpost/signpostingParagraph', { uri: final })) as SignpostingResult;
    assert.equal(lgsco.recommended, 'lgsco');
    assert.match(lgsco.choices[0].text, /www\.lgo\.org\.uk[\s\S]*0300 061 0614/);
    assert.equal(lgsco.choices[0].present, undefined);
    const has = 'file:///tmp/signpost-drafting/has.md';
    await client.open(has, `---\nletter: stage3-final-response\n---\nDear Ms Jones,\n\n${lgsco.choices[0].text}\n\nYours sincerely,\n`);
    const again = (await client.connection.sendRequest('signpost/signpostingParagraph', { uri: has })) as SignpostingResult;
    assert.equal(again.choices[0].present, true, 'the paragraph is already in the letter');
  });

  test('a document the server has not seen: the officer picks', async () => {
    const answer = (await client.connection.sendRequest('signpost/signpostingParagraph', { uri: 'file:///tmp/never-opened.md' })) as SignpostingResult;
    assert.equal(answer.recommended, null);
    assert.ok(answer.choices.length > 3);
  });
});
