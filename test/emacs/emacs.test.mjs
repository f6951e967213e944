// Runs test/emacs/check.el in Emacs --batch with eglot (Debian `emacs-nox` + `elpa-eglot`) against the
// built server (`node dist/server.js --stdio`) on a temp copy of a faulty fixture letter.
// Run: npm run build && node --test test/emacs/   (skipped when emacs or eglot is missing, except under CI=true)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = join(import.meta.dirname, '..', '..');
const server = join(root, 'dist', 'server.js');
const fixture = join(root, 'test', 'fixtures', 'letters', 'core', 'bexley-stage2-faulty.md');
const emacs = process.env.SIGNPOST_EMACS || 'emacs';
const found = spawnSync(emacs, ['--batch', '-q', '--eval', '(progn (require (quote eglot)) (princ (format "%s, eglot %s" (emacs-version) (locate-library "eglot"))))'], { encoding: 'utf8' });
const missing = found.status === 0 ? false : `${emacs} with eglot not found (apt-get install emacs-nox elpa-eglot)`;

test('Emacs + eglot: diagnostics arrive, the Stage 3 quick fix applies and its diagnostic goes away', { skip: !process.env.CI && missing, timeout: 120_000 }, () => {
  assert.equal(missing, false, missing || '');
  assert.ok(existsSync(server), `${server} is missing: npm run build first`);
  console.log(found.stdout.split('\n')[0]);
  const dir = mkdtempSync(join(tmpdir(), 'signpost-emacs-'));
  try {
    const draft = join(dir, 'draft.md');
    copyFileSync(fixture, draft);
    const result = spawnSync(emacs, ['--batch', '-q', '-l', join(import.meta.dirname, 'check.el')], {
      encoding: 'utf8',
      timeout: 100_000,
      // HOME and XDG dirs in the temp dir: the editor's logs and caches stay out of the user's home.
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache'), SIGNPOST_SERVER: server, SIGNPOST_DRAFT: draft, SIGNPOST_NODE: process.execPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    console.log(result.stdout.trim());
    assert.equal(result.status, 0, `emacs exited with ${result.status ?? result.signal}\n${result.stderr}`);
    assert.match(result.stdout, /emacs: passed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
