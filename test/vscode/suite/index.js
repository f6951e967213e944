// Extension-host integration tests for Signpost, written against the `vscode` API: diagnostics,
// code actions, fix all, fix on save, hover and commands. They run inside a VS Code extension host
// with the extension under development, started by test/vscode/run.mjs either with
// @vscode/test-electron (desktop VS Code, needs internet to download it) or in code-server.
//
// No test framework: `run()` runs the tests below in order and throws if any failed, which is what
// VS Code's test runner contract asks for. Each test works on its own copy of a fixture letter.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'letters', 'core');
const EXTENSION_ID = 'signpost.signpost';
const TIMEOUT = 30_000;
const WRONG_SIGNPOSTING = 'you must now contact the Local Government';
const STAGE3_FIX = 'Replace with the Stage 3 Review Panel paragraph';
const STAGE3_PARAGRAPH = 'you can ask for a Stage 3 Review Panel';
const BEXLEY_RULES = ['law/next-stage-denied', 'signpost/missing-stage3-right', 'signpost/ombudsman-instead-of-stage3', 'signpost/speaks-for-ombudsman'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, probe, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}

function workspaceDir() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (test/vscode/run.mjs opens one)');
  return folder.uri.fsPath;
}

/** Copies a fixture letter into the workspace as `name` (without the unit tests' expect markers) and opens it. */
async function openDraft(fixture, name) {
  const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8').replace(/ ?<!-- expect:[^>]*-->/g, '');
  const file = path.join(workspaceDir(), name);
  fs.writeFileSync(file, text);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor, file };
}

const signpostDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'signpost');
const ruleOf = (d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const rulesOf = (diagnostics) => diagnostics.map(ruleOf).sort();

async function waitForRules(uri, rules, what) {
  const expected = JSON.stringify([...rules].sort());
  return until(`${what} (${expected}); got ${JSON.stringify(rulesOf(signpostDiagnostics(uri)))}`, () => {
    const diagnostics = signpostDiagnostics(uri);
    return JSON.stringify(rulesOf(diagnostics)) === expected && diagnostics;
  });
}

/** Saves (no save prompt can block the run) and closes every editor. */
async function closeAll() {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function positionOf(document, needle, offset = 0) {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" not in ${document.fileName}`);
  return document.positionAt(index + offset);
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
test.skip = (name, reason) => tests.push({ name, skip: reason });

// ---------------------------------------------------------------------------------------------------

test('the extension activates on a Markdown file and contributes its commands', async () => {
  await openDraft('team-notes-not-a-letter.md', 'activation.md');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  await until('activation', () => extension.isActive);
  const commands = await vscode.commands.getCommands(true);
  for (const id of ['signpost.restartServer', 'signpost.showOutput', 'signpost.showLetterInfo']) assert.ok(commands.includes(id), `no command ${id}`);
});

test('a faulty stage 2 adjudication gets its diagnostics (rule, severity, line)', async () => {
  const { document } = await openDraft('bexley-stage2-faulty.md', 'api-diagnostics.md');
  const diagnostics = await waitForRules(document.uri, BEXLEY_RULES, 'the Bexley diagnostics');
  for (const d of diagnostics) {
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error, `${ruleOf(d)} severity`);
    assert.equal(d.range.start.line + 1, ruleOf(d) === 'signpost/missing-stage3-right' ? 24 : 22, `${ruleOf(d)} line`);
    assert.ok(d.message.length > 20, `${ruleOf(d)} message`);
  }
  const ombudsman = diagnostics.find((d) => ruleOf(d) === 'signpost/ombudsman-instead-of-stage3');
  assert.ok(document.getText(ombudsman.range).includes(WRONG_SIGNPOSTING), 'the diagnostic covers the wrong signposting');
});

test('the quick fix replaces the wrong Ombudsman signposting; that diagnostic goes, the others stay', async () => {
  const { document } = await openDraft('bexley-stage2-faulty.md', 'api-quick-fix.md');
  await waitForRules(document.uri, BEXLEY_RULES, 'the Bexley diagnostics');
  const at = positionOf(document, WRONG_SIGNPOSTING, 4);
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, new vscode.Range(at, at));
  const titles = actions.map((a) => a.title);
  const fix = actions.find((a) => a.title === STAGE3_FIX);
  assert.ok(fix, `no "${STAGE3_FIX}" in ${JSON.stringify(titles)}`);
  assert.ok(fix.isPreferred, 'the fix is preferred');
  assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), 'a quick fix');
  assert.ok(titles.includes('Disable signpost/ombudsman-instead-of-stage3 for this line'), JSON.stringify(titles));
  assert.ok(titles.some((t) => /^Fix all Signpost problems in this letter \(\d+\)$/.test(t)), JSON.stringify(titles));
  assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
  assert.ok(document.getText().includes(STAGE3_PARAGRAPH) && !document.getText().includes(WRONG_SIGNPOSTING));
  await waitForRules(document.uri, ['law/next-stage-denied', 'signpost/speaks-for-ombudsman'], 'ombudsman-instead-of-stage3 gone, the others kept');
});

test('"source.fixAll.signpost" applies every safe fix', async () => {
  const { document } = await openDraft('bexley-stage2-faulty.md', 'api-fix-all.md');
  await waitForRules(document.uri, BEXLEY_RULES, 'the Bexley diagnostics');
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.signpost');
  const fixAll = actions.find((a) => a.kind && a.kind.value === 'source.fixAll.signpost');
  assert.ok(fixAll, `no source.fixAll.signpost action in ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
  await waitForRules(document.uri, ['signpost/speaks-for-ombudsman'], 'only speaks-for-ombudsman left');
});

test('fix on save (editor.codeActionsOnSave) fixes the letter on disk', async () => {
  const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
  const previous = editorConfig.inspect('codeActionsOnSave')?.globalValue;
  await editorConfig.update('codeActionsOnSave', { 'source.fixAll.signpost': 'explicit' }, vscode.ConfigurationTarget.Global);
  try {
    const { document, file } = await openDraft('bexley-stage2-faulty.md', 'api-fix-on-save.md');
    await waitForRules(document.uri, BEXLEY_RULES, 'the Bexley diagnostics');
    // A save with no change may be skipped: make the document dirty first, as a user would have.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(document.lineCount, 0), '\n');
    await vscode.workspace.applyEdit(edit);
    await vscode.commands.executeCommand('workbench.action.files.save');
    await until('the fixed letter on disk', () => fs.readFileSync(file, 'utf8').includes(STAGE3_PARAGRAPH));
    assert.ok(!fs.readFileSync(file, 'utf8').includes(WRONG_SIGNPOSTING));
    await waitForRules(document.uri, ['signpost/speaks-for-ombudsman'], 'only speaks-for-ombudsman left');
  } finally {
    await editorConfig.update('codeActionsOnSave', previous, vscode.ConfigurationTarget.Global);
  }
});

test('hover on a flagged phrase shows the rule and its citation', async () => {
  const { document } = await openDraft('bexley-stage2-faulty.md', 'api-hover.md');
  await waitForRules(document.uri, BEXLEY_RULES, 'the Bexley diagnostics');
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, positionOf(document, WRONG_SIGNPOSTING, 4));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  for (const expected of ['**Signpost: Ombudsman signposted instead of a Stage 3 Review Panel**', '`signpost/ombudsman-instead-of-stage3`', '*Source:*', 'Bexley 24 016 952']) {
    assert.ok(text.includes(expected), `the hover lacks ${expected}:\n${text}`);
  }
});

for (const [fixture, what] of [
  ['stage2-adjudication-correct.md', 'a correct stage 2 adjudication'],
  ['team-notes-not-a-letter.md', 'Markdown notes that are not a letter'],
]) {
  test(`no diagnostics on ${what}`, async () => {
    const { document } = await openDraft(fixture, `api-${fixture}`);
    // The server lints 150 ms after opening; a faulty letter opened after this one is linted after it.
    const { document: probe } = await openDraft('bexley-stage2-faulty.md', `api-probe-${fixture}`);
    await waitForRules(probe.uri, BEXLEY_RULES, 'the probe letter linted');
    await sleep(1_000);
    assert.deepEqual(rulesOf(signpostDiagnostics(document.uri)), []);
  });
}

test('"Signpost: Restart Server" restarts it and the diagnostics come back', async () => {
  const { document } = await openDraft('bexley-stage2-faulty.md', 'api-restart.md');
  await waitForRules(document.uri, BEXLEY_RULES, 'the Bexley diagnostics');
  await vscode.commands.executeCommand('signpost.restartServer');
  await waitForRules(document.uri, BEXLEY_RULES, 'the Bexley diagnostics after the restart');
  await vscode.commands.executeCommand('signpost.showOutput');
});

test('the "sp-stage2-adjudication" snippet is offered and expands into a letter with no diagnostics', async () => {
  const { document, editor } = await openDraft('team-notes-not-a-letter.md', 'api-snippet.md');
  await editor.edit((b) => b.replace(new vscode.Range(0, 0, document.lineCount, 0), 'sp-stage2-adjudication'));
  const end = document.lineAt(0).range.end;
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, end);
  const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'sp-stage2-adjudication');
  assert.ok(item, 'the snippet is not offered');
  assert.ok(item.insertText instanceof vscode.SnippetString, 'not a snippet');
  await editor.insertSnippet(item.insertText, new vscode.Range(new vscode.Position(0, 0), end));
  await vscode.commands.executeCommand('leaveSnippet');
  assert.match(document.getText(), /letter: stage2-adjudication/);
  const { document: probe } = await openDraft('bexley-stage2-faulty.md', 'api-probe-snippet.md');
  await waitForRules(probe.uri, BEXLEY_RULES, 'the probe letter linted');
  await sleep(1_000);
  assert.deepEqual(rulesOf(signpostDiagnostics(document.uri)), []);
});

test('"Signpost: New Letter…" opens a Stage 2 adjudication with no diagnostics', async () => {
  await vscode.commands.executeCommand('signpost.newLetter', 'stage2-adjudication');
  const document = await until('the new letter', () => {
    const d = vscode.window.activeTextEditor?.document;
    return d && d.isUntitled && d.getText().includes('Adjudicating Officer') && d;
  });
  assert.equal(document.languageId, 'markdown');
  await vscode.commands.executeCommand('leaveSnippet');
  await sleep(2_000);
  assert.deepEqual(rulesOf(signpostDiagnostics(document.uri)), []);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('the deadline code lens shows on a dated draft', async () => {
  const { document, editor } = await openDraft('stage2-adjudication-correct.md', 'api-code-lens.md');
  // Stage 2 counts from when it was requested.
  await editor.edit((b) => b.replace(document.getWordRangeAtPosition(positionOf(document, 'received:'), /received/), 'requested'));
  await vscode.workspace.saveAll(false);
  const lenses = await until('a code lens', async () => {
    const found = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri);
    return found?.length > 0 && found;
  });
  const titles = lenses.map((l) => l.command?.title ?? '');
  assert.ok(
    titles.some((t) => t.includes('Stage 2 due Thu 6 June 2024 (25 working days)') && t.includes('latest Thu 1 August 2024')),
    JSON.stringify(titles),
  );
});

// ---------------------------------------------------------------------------------------------------

/** Runs the tests in order; throws if any failed. Resolves with the counts and the report lines. */
async function run() {
  const results = { passed: 0, failed: 0, skipped: 0, lines: [] };
  const say = (line) => {
    results.lines.push(line);
    console.log(line);
  };
  const failures = [];
  for (const t of tests) {
    if (t.skip) {
      results.skipped++;
      say(`- skip ${t.name}: ${t.skip}`);
      continue;
    }
    const started = Date.now();
    try {
      await t.fn();
      results.passed++;
      say(`✔ ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.failed++;
      failures.push(t.name);
      say(`✖ ${t.name} (${Date.now() - started} ms)\n  ${String(error && error.stack ? error.stack : error).split('\n').join('\n  ')}`);
    } finally {
      await closeAll();
    }
  }
  say(`vscode: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
  if (results.failed > 0) {
    const error = new Error(`${results.failed} extension-host test(s) failed: ${failures.join('; ')}`);
    error.results = results;
    throw error;
  }
  return results;
}

module.exports = { run };
