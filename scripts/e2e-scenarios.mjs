// The end-to-end scenarios: what a user does in VS Code (code-server) with Signpost installed from
// the VSIX, and what they must see. Each scenario declares the drafts it needs (copied from
// test/fixtures/letters into a temp workspace, `<!-- expect: … -->` test markers removed, fixtures
// untouched), starts with no editor open and may leave its editor dirty: the runner closes it.
//
// To add a scenario: append { name, title, files, run } below. `run(wb, ctx)` gets the Workbench
// (e2e-workbench.mjs: openFile, goTo, problems, waitForProblems, openQuickFix, chooseQuickFix,
// hoverAtCursor, runCommand, signpostStatus, shot, …) and ctx ({ readDraft(name), engine(name) }).
// Give `skip: 'reason'` for a feature that is not built yet: it is listed as skipped. A file mapped to
// null starts empty; { from, edit } is a fixture changed by edit(text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, positionOf, TIMEOUT, until } from './e2e-workbench.mjs';

const BEXLEY = 'core/bexley-stage2-faulty.md';
const WRONG_SIGNPOSTING = 'you must now contact the Local Government';
const STAGE3_FIX = 'Replace with the Stage 3 Review Panel paragraph';
const STAGE3_PARAGRAPH = 'you can ask for a Stage 3 Review Panel';

/** What the faulty Bexley stage 2 adjudication must show: rule, severity, line (1-based). */
const BEXLEY_PROBLEMS = [
  { rule: 'law/next-stage-denied', severity: 'error', line: 22 },
  { rule: 'signpost/ombudsman-instead-of-stage3', severity: 'error', line: 22 },
  { rule: 'signpost/speaks-for-ombudsman', severity: 'error', line: 22 },
  { rule: 'signpost/missing-stage3-right', severity: 'error', line: 24 },
];

const rulesOf = (rows) => rows.map((r) => r.rule).sort();
const describe = (rows) => rows.map((r) => `${r.severity} ${r.rule} @${r.line}:${r.column}`).join('; ');
const sameRules = (rows, rules) => JSON.stringify(rulesOf(rows)) === JSON.stringify([...rules].sort());

/** Opens a Bexley copy and waits for its four problems. */
async function openBexley(wb, file, timeout = TIMEOUT.normal) {
  await wb.openFile(file);
  return wb.waitForProblems(file, 'the four Bexley problems', (rows) => sameRules(rows, BEXLEY_PROBLEMS.map((p) => p.rule)), { timeout });
}

export const scenarios = [
  {
    name: 'problems',
    title: 'a faulty stage 2 adjudication shows its problems (Problems panel and squiggles)',
    files: { 'bexley-stage2-faulty.md': BEXLEY },
    async run(wb, ctx) {
      const file = 'bexley-stage2-faulty.md';
      const rows = await openBexley(wb, file, TIMEOUT.long); // the first scenario: the extension host is still starting
      wb.log(describe(rows));
      const engine = ctx.engine(file);
      for (const expected of BEXLEY_PROBLEMS) {
        const row = rows.find((r) => r.rule === expected.rule);
        check(row.severity === expected.severity, `${expected.rule}: severity ${row.severity}, expected ${expected.severity}`);
        check(row.line === expected.line, `${expected.rule}: line ${row.line}, expected ${expected.line}`);
        check(row.source === 'signpost', `${expected.rule}: source "${row.source}"`);
        const finding = engine.find((d) => d.rule === expected.rule);
        check(finding && row.message === finding.message, `${expected.rule}: the panel shows "${row.message}", the engine says "${finding?.message}"`);
        check(row.column === finding.column, `${expected.rule}: column ${row.column}, the engine says ${finding.column}`);
      }
      check((await wb.problemsCounter()) === 'Errors: 4', `status bar problem counter: "${await wb.problemsCounter()}"`);
      const { line, column } = positionOf(ctx.readDraft(file), WRONG_SIGNPOSTING, 4);
      await wb.goTo(line, column);
      const squiggles = await until('error squiggles on line 22', async () => {
        const s = await wb.squiggles();
        return s.error >= 3 && s;
      });
      wb.log(`squiggles: ${JSON.stringify(squiggles)}`);
      await wb.shot('problems-panel');
      await ctx.readmeShot(wb, 'problems', 'squiggles and the Problems panel');
    },
  },
  {
    name: 'hover',
    title: "hovering a flagged phrase shows the rule and its citation; its link opens the rule reference at the rule's heading",
    files: { 'bexley-hover.md': BEXLEY },
    async run(wb, ctx) {
      const file = 'bexley-hover.md';
      await openBexley(wb, file);
      const { line, column } = positionOf(ctx.readDraft(file), WRONG_SIGNPOSTING, 4);
      await wb.goTo(line, column);
      const text = await wb.hoverAtCursor('Signpost: Ombudsman signposted instead of a Stage 3 Review Panel');
      for (const expected of ['signpost/ombudsman-instead-of-stage3', 'error', 'Source:', 'LGSCO Bexley 24 016 952', 'About this rule']) {
        check(text.includes(expected), `the hover lacks "${expected}":\n${text}`);
      }
      // The hover scrolls; bring the citation into view for the screenshot.
      await wb.page.locator('.monaco-hover:not(.hidden)').getByText('Source:').first().scrollIntoViewIfNeeded().catch(() => undefined);
      await wb.shot('hover');

      // "About this rule" opens the shipped rule reference (docs/rules.md, all rules in one file)
      // with the cursor on this rule's heading: VS Code reads the link's #L<line>.
      const heading = 'signpost/ombudsman-instead-of-stage3: ';
      const reference = readFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), 'utf8').split('\n');
      const headingLine = reference.findIndex((l) => l.startsWith(`## ${heading}`)) + 1;
      check(headingLine > 0, 'docs/rules.md has no heading for the rule');
      await wb.page.locator('.monaco-hover:not(.hidden)').getByText('About this rule').first().click();
      const opened = await until('the rule reference open at the rule', async () => {
        const tab = await wb.activeTabName();
        const at = await wb.selectionText();
        return tab === 'rules.md' && at === `Ln ${headingLine}, Col 1` && { tab, at };
      }, { timeout: TIMEOUT.normal }).catch(async () => ({ tab: await wb.activeTabName(), at: await wb.selectionText() }));
      wb.log(`"About this rule" opened ${opened.tab} at ${opened.at} (heading on line ${headingLine})`);
      check(opened.tab === 'rules.md' && opened.at === `Ln ${headingLine}, Col 1`, `"About this rule" opened ${opened.tab} at ${opened.at}, not rules.md at line ${headingLine}`);
      check((await wb.editorText()).includes(heading), "the rule's heading is not on screen");
      await wb.shot('rule-reference');
    },
  },
  {
    name: 'quick-fix',
    title: 'Ctrl+. on the wrong Ombudsman signposting replaces it with the Stage 3 paragraph',
    files: { 'bexley-quick-fix.md': BEXLEY },
    async run(wb, ctx) {
      const file = 'bexley-quick-fix.md';
      await openBexley(wb, file);
      const { line, column } = positionOf(ctx.readDraft(file), WRONG_SIGNPOSTING, 4);
      await wb.goTo(line, column);
      const titles = await wb.openQuickFix();
      wb.log(`Quick Fix menu: ${titles.join(' | ')}`);
      check(titles[0] === STAGE3_FIX, `the first (preferred) quick fix is "${titles[0]}"`);
      check(titles.includes('Disable signpost/ombudsman-instead-of-stage3 for this line'), 'no "Disable … for this line" action');
      check(titles.some((t) => /^Fix all Signpost problems in this letter \(\d+\)$/.test(t)), 'no "Fix all Signpost problems" action');
      await wb.shot('quick-fix-menu');
      await ctx.readmeShot(wb, 'quick-fix', 'the Quick Fix menu');
      await wb.chooseQuickFix(STAGE3_FIX);
      await until('the Stage 3 paragraph in the editor', async () => {
        const text = await wb.editorText();
        return text.includes(STAGE3_PARAGRAPH) && !text.includes(WRONG_SIGNPOSTING);
      });
      const rows = await wb.waitForProblems(file, 'ombudsman-instead-of-stage3 gone, the others kept', (r) =>
        !r.some((p) => p.rule === 'signpost/ombudsman-instead-of-stage3') && r.some((p) => p.rule === 'law/next-stage-denied') && r.some((p) => p.rule === 'signpost/speaks-for-ombudsman'),
      );
      wb.log(`after the fix: ${describe(rows)}`);
      await wb.shot('after-quick-fix');
    },
  },
  {
    name: 'fix-all',
    title: '"Fix all Signpost problems in this letter" applies every safe fix',
    files: { 'bexley-fix-all.md': BEXLEY },
    async run(wb, ctx) {
      const file = 'bexley-fix-all.md';
      await openBexley(wb, file);
      const { line, column } = positionOf(ctx.readDraft(file), WRONG_SIGNPOSTING, 4);
      await wb.goTo(line, column);
      const titles = await wb.openQuickFix();
      const fixAll = titles.find((t) => t.startsWith('Fix all Signpost problems in this letter'));
      check(fixAll, `no fix-all action in ${titles.join(' | ')}`);
      await wb.chooseQuickFix(fixAll);
      // The safe fixes replace the denial and the Ombudsman sentence with the Stage 3 paragraph
      // (which also gives the right to a panel); claiming to speak for the Ombudsman needs a person.
      const rows = await wb.waitForProblems(file, 'only speaks-for-ombudsman left', (r) => sameRules(r, ['signpost/speaks-for-ombudsman']));
      wb.log(`after fix all: ${describe(rows)}`);
      check((await wb.editorText()).includes(STAGE3_PARAGRAPH), 'no Stage 3 paragraph in the editor');
      await wb.shot('after-fix-all');
    },
  },
  {
    name: 'fix-on-save',
    title: 'with "source.fixAll.signpost" in editor.codeActionsOnSave, Ctrl+S fixes the letter on disk',
    files: { 'bexley-fix-on-save.md': BEXLEY },
    async run(wb, ctx) {
      const file = 'bexley-fix-on-save.md';
      await openBexley(wb, file);
      check(ctx.readDraft(file).includes(WRONG_SIGNPOSTING), 'the draft on disk is already fixed');
      await until('the fixed letter on disk after Ctrl+S', async () => {
        if (!ctx.readDraft(file).includes(STAGE3_PARAGRAPH)) await wb.page.keyboard.press('Control+s');
        return until('the save', async () => ctx.readDraft(file).includes(STAGE3_PARAGRAPH), { timeout: TIMEOUT.short }).catch(() => false);
      });
      check(!ctx.readDraft(file).includes(WRONG_SIGNPOSTING), 'the wrong signposting is still on disk');
      const rows = await wb.waitForProblems(file, 'only speaks-for-ombudsman left', (r) => sameRules(r, ['signpost/speaks-for-ombudsman']));
      wb.log(`after save: ${describe(rows)}`);
      await until('the tab to show it is saved', async () => !(await wb.page.locator(`.tab.dirty[data-resource-name="${file}"]`).count()));
      await wb.shot('after-save');
    },
  },
  {
    name: 'correct-letter',
    title: 'a correct stage 2 adjudication shows no problems; the status bar shows its stage',
    files: { 'stage2-adjudication-correct.md': 'core/stage2-adjudication-correct.md' },
    async run(wb) {
      const file = 'stage2-adjudication-correct.md';
      await wb.openFile(file);
      await wb.waitForStatus('Stage 2 · Stage 2 adjudication');
      await wb.expectNoProblems(file);
      check((await wb.problemsCounter()) === 'No Problems', `status bar problem counter: "${await wb.problemsCounter()}"`);
      await wb.shot('correct-letter');
    },
  },
  {
    name: 'not-a-letter',
    title: 'Markdown notes that are not a letter show no problems',
    files: { 'team-notes-not-a-letter.md': 'core/team-notes-not-a-letter.md' },
    async run(wb) {
      const file = 'team-notes-not-a-letter.md';
      await wb.openFile(file);
      await wb.waitForStatus('Signpost: not a complaint letter');
      await wb.expectNoProblems(file);
      await wb.shot('not-a-letter');
    },
  },
  {
    name: 'stage-detection',
    title: 'the status bar shows the detected stage; clicking it shows why and jumps to the line',
    files: { 'kent-stage1-corporate-faulty.md': 'core/kent-stage1-corporate-faulty.md' },
    async run(wb) {
      const file = 'kent-stage1-corporate-faulty.md';
      await wb.openFile(file);
      await wb.waitForStatus('Stage 1 · ');
      const expected = ['procedure/corporate-for-statutory', 'procedure/corporate-for-statutory', 'signpost/missing-stage2-right'];
      const rows = await wb.waitForProblems(file, 'the corporate procedure twice and the corporate Stage 2 offer', (r) => sameRules(r, expected));
      wb.log(`status bar: "${await wb.signpostStatus()}"; problems: ${describe(rows)}`);
      const picker = wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
      await until('the "why Signpost thinks so" list', async () => {
        if (!(await wb.visible('.quick-input-widget'))) await wb.page.locator('.statusbar-item[id$="signpost.letter"] a, .statusbar-item[id$="signpost.letter"]').first().click();
        const title = await wb.page.locator('.quick-input-widget .quick-input-title').first().textContent({ timeout: 1_000 }).catch(() => '');
        return title.includes('why Signpost thinks so') && (await picker.count()) > 0;
      });
      const first = (await picker.first().getAttribute('aria-label')) ?? '';
      wb.log(`first reason: ${first}`);
      const line = Number(/^Line (\d+)/.exec(first)?.[1]);
      check(line > 0, `the first entry is not "Line N, reason": "${first}"`);
      await wb.shot('stage-evidence');
      await picker.first().click();
      await until(`the cursor on line ${line}`, async () => (await wb.selectionText()).startsWith(`Ln ${line},`));
    },
  },
  {
    name: 'commands',
    title: '"Signpost: Restart Server" and "Signpost: Show Output" work from the Command Palette',
    files: { 'bexley-commands.md': BEXLEY },
    async run(wb) {
      const file = 'bexley-commands.md';
      await openBexley(wb, file);
      await wb.runCommand('Signpost: Restart Server');
      await wb.runCommand('Signpost: Show Output');
      // The channel logs the old server's exit (never letter text); the new one lints the letter again.
      await until('the Signpost output channel with the restart', async () => {
        const channel = await wb.page.locator('.panel select, .panel .monaco-select-box').first().evaluate((e) => e.value || e.textContent).catch(() => '');
        const text = await wb.page.locator('.panel .monaco-editor .view-lines').first().innerText().catch(() => '');
        return /signpost/i.test(channel) && /exited/i.test(text);
      });
      await wb.shot('output');
      await wb.waitForProblems(file, 'the four problems after the restart', (rows) => sameRules(rows, BEXLEY_PROBLEMS.map((p) => p.rule)), { timeout: TIMEOUT.long });
    },
  },
  {
    name: 'snippet',
    title: 'the "sp-stage2-adjudication" snippet expands into a letter that shows no problems',
    files: { 'from-snippet.md': null },
    async run(wb) {
      const file = 'from-snippet.md';
      await wb.openFile(file);
      await wb.page.keyboard.type('sp-stage2-adjudication');
      // Markdown has quick suggestions off: Ctrl+Space, as a user would.
      await wb.chooseSuggestion('sp-stage2-adjudication');
      await until('the expanded letter', async () => (await wb.editorText()).includes('Adjudicating Officer'));
      await wb.shot('snippet-expanded');
      await wb.page.keyboard.press('Escape'); // leave the snippet's placeholders
      await wb.waitForStatus('Stage 2 · Stage 2 adjudication');
      await wb.expectNoProblems(file);
      await wb.shot('snippet-no-problems');
    },
  },
  {
    name: 'new-letter',
    title: '"Signpost: New Letter…" opens a Stage 2 adjudication that shows no problems',
    files: {},
    async run(wb) {
      await wb.runCommand('Signpost: New Letter…');
      const row = wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: 'Stage 2 adjudication' }).first();
      await until('the letter picker', async () => (await wb.page.locator('.quick-input-widget .quick-input-title').first().textContent().catch(() => ''))?.includes('New Letter') && (await row.isVisible()));
      const input = wb.page.locator('.quick-input-widget input').first();
      await input.fill('Stage 2 adjudication');
      await wb.shot('new-letter-picker');
      await until('"Stage 2 adjudication" focused', async () => {
        const focused = (await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').first().getAttribute('aria-label').catch(() => '')) ?? '';
        if (focused.startsWith('Stage 2 adjudication,') || focused === 'Stage 2 adjudication') return true;
        await wb.page.keyboard.press('ArrowDown');
        return false;
      });
      await wb.page.keyboard.press('Enter');
      const tab = await until('a new untitled letter', async () => {
        const name = await wb.activeTabName();
        return /^Untitled/.test(name) && (await wb.editorText()).includes('Adjudicating Officer') && name;
      });
      await wb.page.keyboard.press('Escape');
      await wb.waitForStatus('Stage 2 · Stage 2 adjudication');
      await wb.expectNoProblems(tab);
      await wb.shot('new-letter');
    },
  },
  {
    name: 'deadline-code-lens',
    title: 'the deadline code lens shows on a dated draft',
    // Stage 2 counts from when it was requested: the correct adjudication, with `requested:` in its front matter.
    files: { 'dated-stage2-adjudication.md': { from: 'core/stage2-adjudication-correct.md', edit: (text) => text.replace(/^received:/m, 'requested:') } },
    async run(wb) {
      await wb.openFile('dated-stage2-adjudication.md');
      const lens = wb.page.locator('.editor-instance .monaco-editor .codelens-decoration').filter({ hasText: 'Stage 2 due' }).first();
      await lens.waitFor({ state: 'visible', timeout: TIMEOUT.normal });
      const text = ((await lens.innerText()) ?? '').replace(/\u00a0/g, ' ');
      wb.log(`code lens: ${text}`);
      // requested 2024-04-30 (day 0): 25 working days (bank holidays 6 and 27 May) is Thu 6 June 2024;
      // 65 is Thu 1 August 2024; the letter (5 June 2024) is day 24.
      for (const expected of ['Stage 2 due Thu 6 June 2024', '(25 working days)', 'latest Thu 1 August 2024', 'this letter: day 24']) {
        check(text.includes(expected), `the code lens reads "${text}", without "${expected}"`);
      }
      await wb.shot('code-lens');
    },
  },
];
