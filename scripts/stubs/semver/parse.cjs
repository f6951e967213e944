// Stands in for semver/functions/parse in the client bundle (scripts/build.mjs). vscode-languageclient
// uses semver once, to check that the running VS Code (vscode.version) is at least its own minimum,
// '^1.91.0' (as this extension's engines field already makes VS Code ensure). This is semver's strict
// parse, as semver 7 does it: same grammar, same limits (256 characters, safe integers), prerelease
// numbers as numbers; null for anything else. test/unit/semver-stub.test.ts compares it with semver.
'use strict';

const ID = '(?:\\d*[a-zA-Z-][a-zA-Z0-9-]*|0|[1-9]\\d*)';
const FULL = new RegExp(
  `^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${ID}(?:\\.${ID})*))?(?:\\+([a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*))?$`,
);

module.exports = function parse(version) {
  if (typeof version !== 'string' || version.length > 256) return null;
  const m = version.trim().match(FULL);
  if (!m) return null;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  if (major > Number.MAX_SAFE_INTEGER || minor > Number.MAX_SAFE_INTEGER || patch > Number.MAX_SAFE_INTEGER) return null;
  const prerelease = m[4]
    ? m[4].split('.').map((id) => (/^[0-9]+$/.test(id) && +id >= 0 && +id < Number.MAX_SAFE_INTEGER ? +id : id))
    : [];
  return { major, minor, patch, prerelease, build: m[5] ? m[5].split('.') : [] };
};
