// esbuild options for the bundles that carry the engine (dist/server.js and dist/cli.js), shared
// with test/unit/engine-bundle.test.ts, which checks that they change nothing the engine sees.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const yamlEsm = join(dirname(require.resolve('yaml/package.json')), 'browser', 'dist');
const stubs = join(import.meta.dirname, 'stubs');

/**
 * yaml: its ESM build (the package's "default" export condition), which esbuild can tree-shake,
 * instead of the CommonJS one it picks for platform node, which it cannot. Same version, same
 * code: the two builds differ only in debug logging (the LOG_TOKENS and LOG_STREAM variables), in
 * warning through console.warn rather than process.emitWarning (only from parse() and toJS(),
 * which Signpost does not call) and in how a !!binary scalar is decoded: the CommonJS build uses
 * Node's Buffer, the ESM build atob (a Uint8Array, and an error on bad base64). The plugin puts the
 * Buffer branch back, so "date: !!binary …" in front matter reads as it always did.
 */
const yamlBinaryAsInNode = {
  name: 'yaml-binary-as-in-node',
  setup(build) {
    const file = join(yamlEsm, 'schema', 'yaml-1.1', 'binary.js');
    build.onLoad({ filter: /[\\/]schema[\\/]yaml-1\.1[\\/]binary\.js$/ }, async (args) => {
      if (args.path !== file) return undefined;
      const source = await readFile(file, 'utf8');
      const atob = "if (typeof atob === 'function') {";
      if (source.split(atob).length !== 2) throw new Error(`${file} changed: check its !!binary decoding against yaml's CommonJS build`);
      return { contents: source.replace(atob, `if (typeof Buffer === 'function') {\n            return Buffer.from(src, 'base64');\n        }\n        else ${atob}`), loader: 'js' };
    });
  },
};

/**
 * linkify-it, uc.micro, punycode.js, entities: markdown-it's dependencies that block-only parsing
 * (all Signpost runs, server/src/model/markdown.ts) does not need, or needs only for the few
 * answers the stub gives exactly as the library does (see each stub). mdurl stays: the block
 * `reference` rule normalises a definition's URL with it before validateLink decides whether the
 * lines are a definition or a paragraph.
 */
const markdownItStubs = {
  'linkify-it': join(stubs, 'linkify-it.mjs'),
  'uc.micro': join(stubs, 'uc.micro.mjs'),
  'punycode.js': join(stubs, 'punycode.mjs'),
  entities: join(stubs, 'entities.mjs'),
};

/** Options to spread into the esbuild options of an engine bundle. */
export function engineBuildOptions() {
  return {
    alias: { yaml: join(yamlEsm, 'index.js'), ...markdownItStubs },
    plugins: [yamlBinaryAsInNode],
  };
}
