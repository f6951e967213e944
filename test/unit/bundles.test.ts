import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bundles scripts/build.mjs writes (npm test builds them first). The client and the server
 * share one copy of the LSP protocol code and minimatch, dist/shared.js, so that the VSIX carries it
 * once (README "Performance").
 */
const ROOT = join(__dirname, '..', '..');
const bundle = (name: string) => readFileSync(join(ROOT, 'dist', name), 'utf8');
/** The modules dist/shared.js holds (the list scripts/build.mjs bundles). */
const SHARED: string[] = JSON.parse(readFileSync(join(ROOT, 'scripts', 'shared-modules.json'), 'utf8'));

describe('the bundles in dist/', () => {
  test('the client and the server take the protocol code from dist/shared.js, not from a copy of their own', () => {
    for (const name of ['client.js', 'server.js']) {
      const code = bundle(name);
      assert.match(code, /require\("\.\/shared\.js"\)/, name);
      // vscode-jsonrpc's stream reader, which frames every message with this header
      assert.doesNotMatch(code, /Content-Length/, `${name} carries its own copy of vscode-jsonrpc`);
    }
    assert.match(bundle('shared.js'), /Content-Length/);
  });

  test('dist/shared.js loads in plain Node and holds every shared module under its import name', () => {
    const shared = require(join(ROOT, 'dist', 'shared.js')) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(shared).sort(), [...SHARED].sort());
    assert.equal(typeof shared['vscode-languageserver-protocol/node'].createProtocolConnection, 'function');
    assert.equal(typeof shared['vscode-jsonrpc/node'].StreamMessageReader, 'function');
    assert.equal(typeof shared['vscode-languageserver-types'].Range, 'object');
    assert.equal(typeof shared['vscode-languageserver-textdocument'].TextDocument, 'object');
    assert.equal(typeof shared.minimatch.minimatch, 'function');
    // one copy: the protocol's /node entry re-exports the very jsonrpc classes
    assert.equal(shared['vscode-languageserver-protocol/node'].StreamMessageReader, shared['vscode-jsonrpc/node'].StreamMessageReader);
  });

  test("the client checks VS Code's version with the semver stubs, not a copy of semver", () => {
    assert.match(bundle('client.js'), /semver is not bundled/);
    assert.doesNotMatch(bundle('client.js'), /Invalid comparator/); // semver's Comparator
  });

  test('every file a shipped bundle requires from dist/ is whitelisted in .vscodeignore', () => {
    const whitelisted = new Set(
      readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('!'))
        .map((line) => line.slice(1).trim()),
    );
    for (const name of ['client.js', 'server.js', 'shared.js']) {
      assert.ok(whitelisted.has(`dist/${name}`), `dist/${name} is not in the VSIX`);
      for (const [, required] of bundle(name).matchAll(/require\("\.\/([^"]+)"\)/g)) {
        assert.ok(whitelisted.has(`dist/${required}`), `dist/${name} requires dist/${required}, which is not in the VSIX`);
      }
    }
  });
});
