import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fuzzParameters } from '../support/fuzzArbitraries';

/**
 * The client bundle replaces semver (20 KB minified) with scripts/stubs/semver: vscode-languageclient
 * only parses vscode.version and checks it against its own '^1.91.0'. The stubs must answer as
 * semver does (semver itself is installed for the dev tools that need it).
 */
type Parsed = { major: number; minor: number; patch: number; prerelease: (string | number)[]; build: string[] } | null;
const ROOT = join(__dirname, '..', '..');
const stubParse = require(join(ROOT, 'scripts', 'stubs', 'semver', 'parse.cjs')) as (v: unknown) => Parsed;
const stubSatisfies = require(join(ROOT, 'scripts', 'stubs', 'semver', 'satisfies.cjs')) as (v: Parsed, range: string) => boolean;
const realParse = require('semver/functions/parse') as (v: unknown) => Parsed;
const realSatisfies = require('semver/functions/satisfies') as (v: Parsed, range: string) => boolean;

const fields = (p: Parsed) => p && { major: p.major, minor: p.minor, patch: p.patch, prerelease: p.prerelease, build: p.build };

/** vscode-languageclient's checkVersion (lib/node/main.js), with either semver. */
function checkVersion(version: string, parse: (v: unknown) => Parsed, satisfies: (v: Parsed, r: string) => boolean, range = '^1.91.0'): string {
  const codeVersion = parse(version);
  if (!codeVersion) return 'no valid version';
  if (codeVersion.prerelease && codeVersion.prerelease.length > 0) codeVersion.prerelease = [];
  return satisfies(codeVersion, range) ? 'ok' : 'too old or too new';
}

const number = fc.oneof(fc.constantFrom('0', '1', '01', '9', '91', '90', '92', '100', '2'), fc.nat({ max: 1000 }).map(String), fc.constantFrom('9007199254740991', '9007199254740992', '99999999999999999999'));
const identifier = fc.oneof(fc.constantFrom('insider', 'rc', 'alpha', '0', '00', '1', '-', 'x-1', '1a', '9007199254740991', '9007199254740993'), fc.stringMatching(/^[a-zA-Z0-9-]{1,6}$/));
const versionLike = fc
  .record({
    v: fc.constantFrom('', 'v', 'V', '='),
    space: fc.constantFrom('', ' ', '\t', '\n'),
    main: fc.array(number, { minLength: 2, maxLength: 4 }),
    pre: fc.option(fc.array(identifier, { minLength: 0, maxLength: 3 })),
    build: fc.option(fc.array(identifier, { minLength: 0, maxLength: 2 })),
  })
  .map(({ v, space, main, pre, build }) => `${space}${v}${main.join('.')}${pre ? `-${pre.join('.')}` : ''}${build ? `+${build.join('.')}` : ''}${space}`);
const anyVersion = fc.oneof(versionLike, fc.string(), fc.constantFrom('1.91.0', '1.96.0-insider', '1.90.2', '2.0.0', '1.100.0', '1.91.0-insider+abc', `1.91.0-${'a'.repeat(250)}`, `1.91.0-${'a'.repeat(251)}`));

describe('the semver stubs in the client bundle answer as semver does', () => {
  test('parse: the same versions, the same numbers and identifiers, null for the same strings', () => {
    fc.assert(
      fc.property(anyVersion, (version) => assert.deepEqual(fields(stubParse(version)), fields(realParse(version)), JSON.stringify(version))),
      fuzzParameters(5000),
    );
    for (const notString of [undefined, null, 1, {}]) assert.equal(stubParse(notString), realParse(notString));
  });

  test("satisfies for caret ranges, and vscode-languageclient's VS Code version check", () => {
    const range = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.nat({ max: 120 }), fc.nat({ max: 5 })).map(([a, b, c]) => `^${a}.${b}.${c}`);
    fc.assert(
      fc.property(anyVersion, range, (version, caret) => {
        const parsed = realParse(version);
        if (parsed) assert.equal(stubSatisfies(stubParse(version), caret), realSatisfies(parsed, caret), `${version} ${caret}`);
        assert.equal(checkVersion(version, stubParse, stubSatisfies), checkVersion(version, realParse, realSatisfies), version);
      }),
      fuzzParameters(5000),
    );
  });

  test('the stub refuses ranges it does not implement, and the client asks for one it does', () => {
    for (const range of ['^0.1.0', '>=1.91.0', '1.x', '^1.91', '~1.91.0']) assert.throws(() => stubSatisfies(stubParse('1.91.0'), range), /semver is not bundled/);
    const client = readFileSync(join(ROOT, 'node_modules', 'vscode-languageclient', 'lib', 'node', 'main.js'), 'utf8');
    assert.match(client, /const REQUIRED_VSCODE_VERSION = '\^1\.\d+\.\d+';/);
    assert.deepEqual([...client.matchAll(/require\("(semver[^"]*)"\)/g)].map((m) => m[1]).sort(), ['semver/functions/parse', 'semver/functions/satisfies']);
  });
});
