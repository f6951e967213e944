// Stands in for semver/functions/satisfies in the client bundle (scripts/build.mjs); see parse.cjs.
// Only caret ranges on a major version of 1 or more ('^1.91.0', what vscode-languageclient asks),
// for a version from parse.cjs; anything else throws rather than answer wrongly. As semver does
// (without includePrerelease), a prerelease version does not satisfy such a range.
'use strict';

module.exports = function satisfies(version, range) {
  const caret = /^\^([1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(range);
  if (!caret || !version || typeof version.major !== 'number') {
    throw new Error(`semver is not bundled: only '^X.Y.Z' ranges (X >= 1) for a parsed version are (scripts/stubs/semver), not ${JSON.stringify(range)}`);
  }
  const [major, minor, patch] = caret.slice(1).map(Number);
  if (version.prerelease.length > 0) return false;
  return version.major === major && (version.minor > minor || (version.minor === minor && version.patch >= patch));
};
