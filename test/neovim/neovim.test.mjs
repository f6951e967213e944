// Runs test/neovim/check.lua in headless Neovim (Debian `neovim`, 0.7+) against the built server
// (`node dist/server.js --stdio`) on a temp copy of a faulty fixture letter.
// Run: npm run build && node --test test/neovim/   (skipped when nvim is missing, except under CI=true)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = join(import.meta.dirname, '..', '..');
const server = join(root, 'dist', 'server.js');
const fixture = join(root, 'test', 'fixtures', 'letters', 'core', 'bexley-stage2-faulty.md');
const nvim = process.env.SIGNPOST_NVIM || 'nvim';
const found = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
const missing = found.status === 0 ? false : `${nvim} not found (apt-get install neovim)`;

test('Neovim: diagnostics arrive, the Stage 3 quick fix applies and its diagnostic goes away', { skip: !process.env.CI && missing, timeout: 120_000 }, () => {
  assert.equal(missing, false, missing || '');
  assert.ok(existsSync(server), `${server} is missing: npm run build first`);
  console.log(found.stdout.split('\n')[0]);
  const dir = mkdtempSync(join(tmpdir(), 'signpost-nvim-'));
  try {
    const draft = join(dir, 'draft.md');
    copyFileSync(fixture, draft);
    const result = spawnSync(nvim, ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(import.meta.dirname, 'check.lua')}`], {
      encoding: 'utf8',
      timeout: 100_000,
      // HOME and XDG dirs in the temp dir: the editor's logs and caches stay out of the user's home.
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache'), SIGNPOST_SERVER: server, SIGNPOST_DRAFT: draft, SIGNPOST_NODE: process.execPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    console.log(result.stdout.trim());
    assert.equal(result.status, 0, `nvim exited with ${result.status ?? result.signal}\n${result.stderr}`);
    assert.match(result.stdout, /neovim: passed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
