// `npm run test:e2e`: Signpost end to end in a real VS Code workbench.
//
// Packages the VSIX (`npm run package` → signpost.vsix), installs it into a throwaway code-server
// profile, opens a temp workspace of drafts in headless Chromium and runs the scenarios of
// e2e-scenarios.mjs as a user would (keys, mouse, what the screen shows). Screenshots of each step
// and of every failure go to test-output/e2e/ (git-ignored), with code-server's logs.
//
// Needs: Debian `chromium` (apt-get install -y chromium libkrb5-dev); Node 24 and code-server are
// installed on first use into ${SIGNPOST_TOOLS_DIR:-~/.cache/signpost-tools} (see e2e-tools.mjs).
//
// Options: --no-package       reuse signpost.vsix as it is
//          --only a,b         run only these scenarios (names in e2e-scenarios.mjs)
//          --repeat N         run the scenarios N times in one workbench (robustness check)
//          --readme-images    also write the README screenshots images/e2e-*.png
//          --headed           show the browser (needs a display)
// Env:     SIGNPOST_E2E_SLOW=2 doubles every time-out.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureTools, startCodeServer } from './e2e-tools.mjs';
import { scenarios } from './e2e-scenarios.mjs';
import { TIMEOUT, Workbench } from './e2e-workbench.mjs';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures', 'letters');
const output = join(root, 'test-output', 'e2e');
const SCENARIO_TIMEOUT = 180_000 * Number(process.env.SIGNPOST_E2E_SLOW || 1);

const { values: args } = parseArgs({
  options: {
    'no-package': { type: 'boolean', default: false },
    only: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'readme-images': { type: 'boolean', default: false },
    headed: { type: 'boolean', default: false },
  },
});

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (message) => process.stdout.write(`[e2e ${elapsed()}] ${message}\n`);

/** The engine's own findings for a draft (CLI, JSON), to compare with what the editor shows. */
function engineFindings(path) {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--format', 'json', path], { encoding: 'utf8' });
  return JSON.parse(result.stdout).files[0].diagnostics;
}

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      process.stderr.write(`[e2e] cleanup: ${error.message}\n`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void cleanup().then(() => process.exit(130)));
}

async function main() {
  // ---- select scenarios ----
  const only = args.only ? new Set(args.only.split(',').map((s) => s.trim())) : undefined;
  for (const name of only ?? []) if (!scenarios.some((s) => s.name === name)) throw new Error(`no scenario "${name}"`);
  const selected = scenarios.filter((s) => !only || only.has(s.name));
  const repeat = Math.max(1, Number(args.repeat) || 1);

  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });

  // ---- build the VSIX ----
  if (!args['no-package'] || !existsSync(join(root, 'signpost.vsix'))) {
    say('npm run package');
    const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error('npm run package failed');
  }
  const vsix = join(root, 'signpost.vsix');

  // ---- tools ----
  const tools = ensureTools();
  say(`tools ready in ${tools.root}`);

  // ---- a throwaway profile and workspace ----
  const temp = mkdtempSync(join(tmpdir(), 'signpost-e2e-'));
  cleanups.push(() => rmSync(temp, { recursive: true, force: true }));
  const workspace = join(temp, 'drafts');
  mkdirSync(workspace, { recursive: true });
  /** (Re)writes every scenario's drafts: scenarios change them (VS Code saves files a quick fix edits). */
  const writeDrafts = () => {
    for (const scenario of selected) {
      for (const [name, spec] of Object.entries(scenario.files)) {
        // The fixtures' `<!-- expect: … -->` markers are for the unit tests; a user's draft has none.
        const { from, edit = (t) => t } = typeof spec === 'string' ? { from: spec } : (spec ?? {});
        const text = from ? readFileSync(join(fixtures, from), 'utf8').replace(/ ?<!-- expect:[^>]*-->/g, '') : '';
        writeFileSync(join(workspace, name), edit(text));
      }
    }
  };
  writeDrafts();
  const server = await startCodeServer(tools, {
    dir: temp,
    workspace,
    vsix,
    // what the README tells users to add for fix on save
    settings: { 'editor.codeActionsOnSave': { 'source.fixAll.signpost': 'explicit' } },
    timeout: TIMEOUT.long,
  });
  cleanups.push(() => server.stop());
  cleanups.push(() => {
    writeFileSync(join(output, 'code-server.log'), server.log);
    if (existsSync(join(server.userData, 'logs'))) cpSync(join(server.userData, 'logs'), join(output, 'logs'), { recursive: true });
  });
  say(`signpost.vsix installed in a throwaway profile; code-server listening on ${server.port}`);

  // ---- browser ----
  const browser = await chromium.launch({
    executablePath: tools.chromium,
    headless: !args.headed,
    args: CHROMIUM_ARGS,
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const consoleLog = [];
  page.on('console', (m) => m.type() === 'error' && consoleLog.push(m.text()));
  page.on('pageerror', (e) => consoleLog.push(`pageerror: ${e.message}`));
  cleanups.push(() => writeFileSync(join(output, 'browser-console.log'), consoleLog.join('\n') + '\n'));

  const wb = new Workbench(page, { workspace, screenshots: output });
  const openWorkbench = async () => {
    await page.goto(server.url, { timeout: TIMEOUT.long });
    await wb.waitReady();
  };
  await openWorkbench();
  say('workbench ready');
  await wb.shot('workbench');

  const ctx = {
    readDraft: (name) => readFileSync(join(workspace, name), 'utf8'),
    engine: (name) => engineFindings(join(workspace, name)),
    async readmeShot(bench, kind) {
      if (!args['readme-images']) return;
      const target = join(root, 'images', `e2e-${kind}.png`);
      mkdirSync(join(root, 'images'), { recursive: true });
      const editor = await page.locator('.part.editor').first().boundingBox();
      const cursor = await page.locator('.editor-instance .monaco-editor .cursors-layer .cursor').first().boundingBox();
      const bottomOf = async (selector) => {
        const box = await page.locator(selector).first().boundingBox();
        return box ? box.y + box.height : 0;
      };
      const top = Math.max(editor.y, cursor.y - 60);
      const bottom = kind === 'problems' ? (await bottomOf('.markers-panel .monaco-list-rows')) || (await bottomOf('.part.panel')) : (await bottomOf('.action-widget')) + 12;
      await page.screenshot({ path: target, clip: { x: editor.x, y: top, width: editor.width, height: Math.min(bottom, 800) - top } });
      say(`README screenshot ${target}`);
    },
  };

  // ---- scenarios ----
  const results = [];
  for (let round = 1; round <= repeat; round++) {
    if (round > 1) {
      await wb.closeAllEditors().catch(() => undefined);
      writeDrafts();
    }
    for (const scenario of selected) {
      const label = repeat > 1 ? `${scenario.name} #${round}` : scenario.name;
      if (scenario.skip) {
        if (round === 1) results.push({ name: scenario.name, status: 'skipped', reason: scenario.skip });
        if (round === 1) say(`skip ${label}: ${scenario.title} — ${scenario.skip}`);
        continue;
      }
      const t0 = Date.now();
      wb.scenario = repeat > 1 ? `${scenario.name}-${round}` : scenario.name;
      say(`run  ${label}: ${scenario.title}`);
      try {
        await wb.closeAllEditors();
        let timer;
        await Promise.race([
          scenario.run(wb, ctx),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`scenario timed out after ${SCENARIO_TIMEOUT / 1000} s`)), SCENARIO_TIMEOUT))),
        ]).finally(() => clearTimeout(timer));
        if (server.exited) throw new Error(server.exited);
        const seconds = (Date.now() - t0) / 1000;
        results.push({ name: label, status: 'passed', seconds });
        say(`ok   ${label} (${seconds.toFixed(1)} s)`);
      } catch (error) {
        const seconds = (Date.now() - t0) / 1000;
        const shot = await wb.shot('FAILED').catch(() => '(no screenshot)');
        results.push({ name: label, status: 'failed', seconds, error: error.message, screenshot: shot });
        say(`FAIL ${label} (${seconds.toFixed(1)} s): ${error.message}\n       screenshot: ${shot}`);
        if (server.exited) break;
        // Recover for the next scenario: close what is open, or reload the workbench.
        try {
          await wb.closeAllEditors();
        } catch {
          await openWorkbench().catch((e) => say(`could not reload the workbench: ${e.message}`));
        }
      }
    }
  }

  const count = (status) => results.filter((r) => r.status === status).length;
  writeFileSync(join(output, 'summary.json'), JSON.stringify({ seconds: (Date.now() - started) / 1000, results }, null, 2) + '\n');
  for (const r of results.filter((x) => x.status === 'failed')) process.stdout.write(`not ok - ${r.name}: ${r.error}\n`);
  process.stdout.write(`screenshots and logs: ${output}\n`);
  process.stdout.write(`e2e: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped\n`);
  return count('failed') === 0 && count('passed') > 0 ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  process.stderr.write(`[e2e] ${error.stack ?? error}\n`);
  process.stdout.write('e2e: 0 passed, 1 failed\n');
} finally {
  await cleanup();
}
process.exit(code);
