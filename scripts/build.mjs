// Bundles the client, the language server and the CLI with esbuild into dist/.
//
// The client and the server both need the LSP protocol code (vscode-languageserver-protocol with
// vscode-jsonrpc and vscode-languageserver-types) and minimatch. They get ONE copy of it,
// dist/shared.js, which both bundles require at run time, instead of one copy each: that is about
// a third of the VSIX (README "Performance"). The CLI does not ship in the VSIX and stays
// self-contained.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { engineBuildOptions } from './engine-build.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

/** The modules dist/shared.js holds, each under its import specifier (the bundle test reads the same list). */
const SHARED_MODULES = createRequire(import.meta.url)('./shared-modules.json');

/**
 * Every importer (the client, vscode-languageclient, vscode-languageserver, our own server code)
 * must resolve a shared module to the same installed copy, or the shared bundle would silently
 * replace a different version: fail the build instead (align the versions, e.g. with an npm
 * `overrides` entry in package.json).
 */
function checkOneCopy() {
  const packageDir = (file, name) => file.slice(0, file.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}`.length);
  const importers = [process.cwd(), ...['vscode-languageclient', 'vscode-languageserver'].map((name) => join(process.cwd(), 'node_modules', name))];
  for (const dir of [...importers]) {
    importers.push(packageDir(createRequire(join(dir, 'x.js')).resolve('vscode-languageserver-protocol'), 'vscode-languageserver-protocol'));
  }
  for (const specifier of SHARED_MODULES) {
    const resolved = new Set(importers.map((dir) => createRequire(join(dir, 'x.js')).resolve(specifier)));
    if (resolved.size > 1) throw new Error(`${specifier} is installed more than once: ${[...resolved].join(', ')}`);
  }
}

/** The entry of dist/shared.js: each shared module, loaded on first use, under its specifier. */
const sharedEntry = SHARED_MODULES.map(
  (specifier) =>
    `Object.defineProperty(exports, ${JSON.stringify(specifier)}, { enumerable: true, get: () => require(${JSON.stringify(specifier)}) });`,
).join('\n');

/** Makes a bundle take the shared modules from ./shared.js (beside it in dist/) at run time. */
const useShared = {
  name: 'use-shared',
  setup(pluginBuild) {
    const filter = new RegExp(`^(?:${SHARED_MODULES.map((s) => s.replace(/[/.-]/g, '\\$&')).join('|')})$`);
    pluginBuild.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'shared' }));
    pluginBuild.onResolve({ filter: /^\.\/shared\.js$/, namespace: 'shared' }, () => ({ path: './shared.js', external: true }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => ({
      contents: `module.exports = require('./shared.js')[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

/**
 * vscode-languageclient uses semver only to check vscode.version against its own '^1.91.0'; two
 * small stubs do exactly that (scripts/stubs/semver, compared with semver in
 * test/unit/semver-stub.test.ts) instead of bundling semver.
 */
const semverStubs = {
  'semver/functions/parse': join(import.meta.dirname, 'stubs', 'semver', 'parse.cjs'),
  'semver/functions/satisfies': join(import.meta.dirname, 'stubs', 'semver', 'satisfies.cjs'),
};

checkOneCopy();
const engine = engineBuildOptions();
await Promise.all([
  build({ ...common, stdin: { contents: sharedEntry, resolveDir: process.cwd(), sourcefile: 'shared-entry.js' }, outfile: 'dist/shared.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [useShared], alias: semverStubs }),
  build({ ...common, ...engine, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', plugins: [useShared, ...engine.plugins] }),
  build({ ...common, ...engine, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
