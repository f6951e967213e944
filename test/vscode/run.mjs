// `npm run test:vscode`: the extension-host integration suite (test/vscode/suite/index.js, written
// against the `vscode` API) in a real VS Code, with this folder as the extension under development.
//
//   node test/vscode/run.mjs                 desktop VS Code via @vscode/test-electron. It DOWNLOADS
//                                            VS Code (into the tools cache of scripts/e2e-tools.mjs,
//                                            outside the clone), so it needs internet; on a
//                                            Linux machine without a display: xvfb-run -a npm run test:vscode
//   node test/vscode/run.mjs --code-server   the same suite in code-server (VS Code's server and web
//                                            workbench) in headless Chromium, from the tools cache of
//                                            scripts/e2e-tools.mjs: works without internet (CI here)
//
// Both build first (npm run build; --code-server also packages the VSIX). Env: VSCODE_VERSION
// (test-electron: "stable", "insiders" or a version such as 1.91.0, the lowest engines.vscode allows).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const suite = join(root, 'test', 'vscode', 'suite', 'index.js');
const useCodeServer = process.argv.includes('--code-server');

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const temp = mkdtempSync(join(tmpdir(), 'signpost-vscode-'));
const workspace = join(temp, 'drafts');
mkdirSync(workspace, { recursive: true });
let code = 1;
try {
  code = useCodeServer ? await inCodeServer() : await inDesktopVSCode();
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(code);

async function inDesktopVSCode() {
  const { runTests } = await import('@vscode/test-electron');
  const { toolsDir } = await import('../../scripts/e2e-tools.mjs');
  return runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    cachePath: join(toolsDir(), 'vscode-test'), // the download stays outside the clone
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions', '--user-data-dir', join(temp, 'user-data')],
  }).then(
    () => 0,
    (error) => {
      console.error(`extension-host tests failed: ${error}`);
      return 1;
    },
  );
}

/**
 * code-server (VS Code 1.139's server and web workbench) honours extensionDevelopmentPath and
 * extensionTestsPath only in its own development builds, so here the extension is installed from the
 * VSIX (as users get it) beside a throwaway harness extension that runs the same suite once the
 * workbench is up and writes the result to a file.
 */
async function inCodeServer() {
  const { ensureTools, startCodeServer, CHROMIUM_ARGS } = await import('../../scripts/e2e-tools.mjs');
  const { chromium } = await import('playwright-core');
  const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (pack.status !== 0) throw new Error('npm run package failed');
  const tools = ensureTools();
  const resultFile = join(temp, 'result.json');
  const harness = makeHarness(join(temp, 'harness'), resultFile);
  const server = await startCodeServer(tools, { dir: temp, workspace, vsix: [join(root, 'signpost.vsix'), harness] });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: tools.chromium, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    const deadline = Date.now() + Number(process.env.SIGNPOST_SUITE_TIMEOUT_MS || 300_000);
    while (!existsSync(resultFile)) {
      if (server.exited || Date.now() > deadline) {
        mkdirSync(join(root, 'test-output'), { recursive: true });
        await page.screenshot({ path: join(root, 'test-output', 'vscode-suite-timeout.png') }).catch(() => undefined);
        cpSync(join(server.userData, 'logs'), join(root, 'test-output', 'vscode-suite-logs'), { recursive: true });
        throw new Error(`${server.exited ?? 'the suite did not finish in time'} (test-output/vscode-suite-*)`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    console.log(result.log);
    return result.ok ? 0 : 1;
  } finally {
    await browser?.close();
    await server.stop();
  }
}

/** A throwaway extension (packaged with vsce) that runs the suite after startup and writes the result. */
function makeHarness(dir, resultFile) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'signpost-test-harness',
      publisher: 'signpost',
      version: '0.0.0',
      license: 'MIT',
      description: 'Runs test/vscode/suite in code-server (throwaway, never published)',
      repository: { type: 'git', url: 'https://example.invalid/harness.git' },
      engines: { vscode: '^1.91.0' },
      activationEvents: ['onStartupFinished'],
      extensionDependencies: ['signpost.signpost'],
      main: './extension.js',
    }),
  );
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  writeFileSync(join(dir, 'README.md'), 'Throwaway test harness.\n');
  writeFileSync(
    join(dir, 'extension.js'),
    `'use strict';
const fs = require('node:fs');
exports.activate = () => {
  setTimeout(async () => {
    let ok = false;
    let lines = [];
    try {
      lines = (await require(${JSON.stringify(suite)}).run()).lines;
      ok = true;
    } catch (error) {
      lines = [...((error && error.results && error.results.lines) || []), String((error && error.stack) || error)];
    }
    fs.writeFileSync(${JSON.stringify(resultFile)}, JSON.stringify({ ok, log: lines.join('\\n') }));
  }, 0);
};
`,
  );
  const vsix = join(dir, '..', 'harness.vsix');
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`packaging the harness failed:\n${result.stdout}\n${result.stderr}`);
  return vsix;
}
