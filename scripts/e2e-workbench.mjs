// What a user does and sees in the VS Code workbench (code-server in headless Chromium), for the
// end-to-end scenarios in e2e-scenarios.mjs. Every wait polls the page with a generous time-out
// (CI has 2 cores); keystrokes that open a widget are re-pressed until the widget shows, because a
// key pressed while another widget is closing can be lost.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Time-outs in ms. SIGNPOST_E2E_SLOW=2 doubles them all. */
const SLOW = Number(process.env.SIGNPOST_E2E_SLOW || 1);
export const TIMEOUT = { short: 5_000 * SLOW, normal: 30_000 * SLOW, long: 60_000 * SLOW };

export class E2EError extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `probe` until it returns a truthy value (returned) or `timeout` passes (throws with `what` and the last value). */
export async function until(what, probe, { timeout = TIMEOUT.normal, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? ` (last error: ${lastError.message.split('\n')[0]})` : last !== undefined ? ` (last seen: ${JSON.stringify(last)})` : '';
      throw new E2EError(`timed out after ${timeout / 1000} s waiting for ${what}${detail}`);
    }
    await sleep(interval);
  }
}

export function check(condition, message) {
  if (!condition) throw new E2EError(message);
}

const css = (id) => `#${id.replace(/\./g, '\\.')}`;

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { workspace, screenshots }) {
    this.page = page;
    this.workspace = workspace;
    this.screenshots = screenshots;
    this.shotCount = 0;
    this.scenario = 'setup';
    mkdirSync(screenshots, { recursive: true });
  }

  log(message) {
    process.stdout.write(`    · ${message}\n`);
  }

  /** A PNG of the whole window (or of `clip`), named after the scenario and step; returns its path. */
  async shot(step, options = {}) {
    this.shotCount += 1;
    const name = `${String(this.shotCount).padStart(2, '0')}-${this.scenario}-${step}.png`.replace(/[^\w.-]+/g, '-');
    const path = join(this.screenshots, name);
    await this.page.screenshot({ path, ...options });
    return path;
  }

  async visible(selector) {
    return this.page.locator(selector).first().isVisible().catch(() => false);
  }

  /** Presses `key` until `selector` is visible (a lost key press is pressed again). */
  async pressUntil(key, selector, { timeout = TIMEOUT.normal, wait = 1_500 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.page.keyboard.press(key);
      try {
        await this.page.locator(selector).first().waitFor({ state: 'visible', timeout: wait });
        return;
      } catch {
        if (Date.now() > deadline) throw new E2EError(`${selector} did not show after pressing ${key} for ${timeout / 1000} s`);
      }
    }
  }

  /** Escape until no quick input, action widget, hover or dialog is open. */
  async dismissWidgets() {
    for (let i = 0; i < 5; i++) {
      const open = (await this.visible('.quick-input-widget')) || (await this.visible('.action-widget')) || (await this.visible('.monaco-hover:not(.hidden)')) || (await this.visible('.suggest-widget.visible'));
      if (!open) return;
      await this.page.keyboard.press('Escape');
      await sleep(200);
    }
  }

  // ---- workbench ---------------------------------------------------------------------------------

  async waitReady() {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: TIMEOUT.long });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: TIMEOUT.long });
  }

  /** Runs a command from the Command Palette by its full label, e.g. "View: Close All Editors". */
  async runCommand(label) {
    await this.dismissWidgets();
    await until(`the command "${label}" in the Command Palette`, async () => {
      if (!(await this.visible('.quick-input-widget input'))) await this.pressUntil('Control+Shift+P', '.quick-input-widget input', { timeout: TIMEOUT.short * 2 });
      const input = this.page.locator('.quick-input-widget input').first();
      if ((await input.inputValue()) !== `>${label}`) await input.fill(`>${label}`);
      const exact = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label });
      return (await exact.count()) > 0 && (await exact.first().getAttribute('aria-label'))?.startsWith(label);
    });
    await this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first().click();
  }

  async closeAllEditors() {
    await this.dismissWidgets();
    if ((await this.page.locator('.tabs-container .tab').count()) === 0) return;
    await this.runCommand('View: Close All Editors');
    // A draft changed by a scenario and not saved: "Don't Save".
    await until('all editors to close', async () => {
      if (process.env.SIGNPOST_E2E_DEBUG && (await this.visible('.monaco-dialog-box'))) this.log(`dialog: ${await this.page.locator('.monaco-dialog-box').first().innerText()}`);
      const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
      if (await dontSave.first().isVisible().catch(() => false)) await dontSave.first().click();
      return (await this.page.locator('.tabs-container .tab').count()) === 0;
    });
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), as a user would; resolves when its tab is active. */
  async openFile(name) {
    await this.dismissWidgets();
    const tab = this.page.locator(`.tab.active[data-resource-name="${name}"]`);
    await until(`${name} to open`, async () => {
      if (await tab.isVisible().catch(() => false)) return true;
      if (!(await this.visible('.quick-input-widget input'))) await this.pressUntil('Control+p', '.quick-input-widget input', { timeout: TIMEOUT.short * 2 });
      const input = this.page.locator('.quick-input-widget input').first();
      if ((await input.inputValue()) !== name) await input.fill(name);
      const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ state: 'visible', timeout: TIMEOUT.short });
      await row.click();
      await tab.waitFor({ state: 'visible', timeout: TIMEOUT.short });
      return true;
    });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: TIMEOUT.normal });
  }

  /** The name on the active editor tab ("Untitled-1" for a new letter). */
  async activeTabName() {
    return (await this.page.locator('.tabs-container .tab.active').first().getAttribute('data-resource-name').catch(() => '')) ?? '';
  }

  /** Ctrl+Space until the completion list shows an entry containing `label`; focuses it with the arrow keys and accepts it with Enter. */
  async chooseSuggestion(label) {
    const row = this.page.locator('.suggest-widget .monaco-list-row').filter({ hasText: label }).first();
    await until(`"${label}" in the completion list`, async () => {
      if (!(await this.visible('.suggest-widget .monaco-list-row'))) {
        await this.pressUntil('Control+Space', '.suggest-widget .monaco-list-row', { timeout: TIMEOUT.short * 2 });
      }
      return row.isVisible();
    });
    await until(`"${label}" focused in the completion list`, async () => {
      const focused = (await this.page.locator('.suggest-widget .monaco-list-row.focused').first().textContent().catch(() => '')) ?? '';
      if (focused.includes(label)) return true;
      await this.page.keyboard.press('ArrowDown');
      return false;
    }, { timeout: TIMEOUT.short * 2 });
    await this.page.keyboard.press('Enter');
  }

  /** Moves the cursor with Go to Line (Ctrl+G, "line:column"); 1-based, as the status bar shows. */
  async goTo(line, column) {
    const expected = `Ln ${line}, Col ${column}`;
    await until(`the cursor at ${expected}`, async () => {
      await this.dismissWidgets();
      await this.pressUntil('Control+g', '.quick-input-widget input', { timeout: TIMEOUT.short * 2 });
      await this.page.locator('.quick-input-widget input').first().fill(`:${line}:${column}`);
      await this.page.keyboard.press('Enter');
      return until('the status bar position', async () => (await this.selectionText()) === expected, { timeout: TIMEOUT.short }).catch(() => false);
    });
  }

  async selectionText() {
    return ((await this.page.locator(css('status.editor.selection')).first().textContent().catch(() => '')) ?? '').trim();
  }

  /**
   * The text the editor shows (its rendered lines, top to bottom) with every run of white space made
   * one space: word wrap splits a line into several rendered lines, and Monaco renders spaces as U+00A0.
   */
  async editorText() {
    const lines = await this.page.locator('.editor-instance .view-lines .view-line').evaluateAll((els) =>
      els.map((e) => ({ top: parseFloat(e.style.top) || 0, text: e.textContent ?? '' })).sort((a, b) => a.top - b.top).map((l) => l.text),
    );
    return lines.join(' ').replace(/[\s\u00a0]+/g, ' ');
  }

  // ---- diagnostics -------------------------------------------------------------------------------

  /** The squiggles rendered in the visible part of the editor, by kind. */
  async squiggles() {
    const count = (kind) => this.page.locator(`.editor-instance .monaco-editor .squiggly-${kind}`).count();
    return { error: await count('error'), warning: await count('warning'), info: await count('info') };
  }

  /** The status bar's problem counter, e.g. "Errors: 4" or "No Problems". */
  async problemsCounter() {
    return (await this.page.locator(css('status.problems')).first().getAttribute('aria-label').catch(() => '')) ?? '';
  }

  async openProblems() {
    if (await this.visible('.markers-panel')) return;
    await this.dismissWidgets();
    await this.pressUntil('Control+Shift+M', '.markers-panel');
  }

  /**
   * The Problems panel's rows as a user reads them: [{ file, severity, message, source, rule, line, column }].
   * Only rows rendered (the panel is virtualised), which is all of them for a letter's few problems.
   */
  async problems() {
    await this.openProblems();
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => {
      const result = [];
      let file = '';
      for (const row of rows) {
        const label = row.getAttribute('aria-label') ?? '';
        const fileMatch = /problems? in file (.+?) of folder/.exec(label);
        if (fileMatch) {
          file = fileMatch[1];
          continue;
        }
        const icon = row.querySelector('.marker-icon');
        const severity = ['error', 'warning', 'info'].find((s) => icon?.classList.contains(s)) ?? 'unknown';
        const lineText = row.querySelector('.marker-line')?.textContent ?? '';
        const position = /Ln (\d+), Col (\d+)/.exec(lineText);
        result.push({
          file,
          severity,
          message: row.querySelector('.marker-message')?.textContent ?? '',
          source: row.querySelector('.marker-source')?.textContent ?? '',
          rule: row.querySelector('.marker-code')?.textContent ?? '',
          line: position ? Number(position[1]) : 0,
          column: position ? Number(position[2]) : 0,
          ariaLabel: label,
        });
      }
      return result;
    });
  }

  /** Polls the Problems panel until `predicate(rows of file)` holds; returns those rows. */
  async waitForProblems(file, what, predicate, options) {
    let seen = [];
    try {
      return await until(`Problems panel: ${what} in ${file}`, async () => {
        seen = (await this.problems()).filter((p) => p.file === file);
        return predicate(seen) ? seen : false;
      }, options);
    } catch (error) {
      const rows = seen.map((r) => `${r.severity} ${r.rule} [Ln ${r.line}, Col ${r.column}]`).join('; ') || 'no rows';
      throw new E2EError(`${error.message.replace(/ \(last seen: false\)$/, '')}; the panel shows: ${rows}`);
    }
  }

  /** Asserts that `file` shows no problem for `quietMs`, once the server has looked at it (`ready`). */
  async expectNoProblems(file, quietMs = 3_000) {
    const deadline = Date.now() + quietMs;
    while (Date.now() < deadline) {
      const rows = (await this.problems()).filter((p) => p.file === file);
      check(rows.length === 0, `${file} shows problems: ${rows.map((r) => `${r.rule}@${r.line}`).join(', ')}`);
      const squiggles = await this.squiggles();
      check(squiggles.error + squiggles.warning + squiggles.info === 0, `${file} shows squiggles: ${JSON.stringify(squiggles)}`);
      await sleep(250);
    }
  }

  // ---- status bar, hover, quick fix --------------------------------------------------------------

  /** The Signpost status bar item's text (codicons dropped), or '' when hidden. */
  async signpostStatus() {
    const item = this.page.locator('.statusbar-item[id$="signpost.letter"]').first();
    if (!(await item.isVisible().catch(() => false))) return '';
    return ((await item.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  async waitForStatus(expected) {
    return until(`the status bar to show "${expected}"`, async () => (await this.signpostStatus()).includes(expected) && (await this.signpostStatus()));
  }

  /** Hovers the mouse over the text at the cursor until the hover shows; returns its text. */
  async hoverAtCursor(mustContain) {
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: mustContain }).first();
    return until(`a hover containing "${mustContain}"`, async () => {
      await this.dismissWidgets();
      const cursor = await this.page.locator('.editor-instance .monaco-editor .cursors-layer .cursor').first().boundingBox();
      if (!cursor) return false;
      await this.page.mouse.move(cursor.x + 40, cursor.y - 30);
      await this.page.mouse.move(cursor.x + 4, cursor.y + cursor.height / 2, { steps: 4 });
      await hover.waitFor({ state: 'visible', timeout: TIMEOUT.short });
      return (await hover.innerText()).replace(/\u00a0/g, ' ');
    });
  }

  /** Ctrl+. at the cursor until the Quick Fix menu shows; returns its action titles in order. */
  async openQuickFix() {
    await this.dismissWidgets();
    await this.pressUntil('Control+.', '.action-widget .monaco-list-row.action');
    await sleep(300); // the menu fills in one go; let it settle before reading
    return this.quickFixTitles();
  }

  async quickFixTitles() {
    return this.page.locator('.action-widget .monaco-list-row.action').evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') ?? r.textContent ?? '').replace(/, Quick Fix$/, '')));
  }

  /** Chooses an entry of the open Quick Fix menu with the arrow keys and Enter. */
  async chooseQuickFix(title) {
    await until(`"${title}" focused in the Quick Fix menu`, async () => {
      const focused = await this.page.locator('.action-widget .monaco-list-row.action.focused').first().getAttribute('aria-label').catch(() => null);
      if (focused?.startsWith(title)) return true;
      await this.page.keyboard.press('ArrowDown');
      return false;
    }, { timeout: TIMEOUT.short * 2 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: TIMEOUT.short }).catch(() => undefined);
  }
}

/** Line and column (1-based) of the first occurrence of `needle` in `text`, plus `offset` columns. */
export function positionOf(text, needle, offset = 0) {
  const index = text.indexOf(needle);
  if (index < 0) throw new E2EError(`"${needle}" is not in the draft`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 + offset };
}
