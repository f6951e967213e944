import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildResult } from 'esbuild';
import { DecodingMode, EntityDecoder, decodeHTMLStrict, htmlDecodeTree } from 'entities/decode';
import MarkdownIt from 'markdown-it';
import fc from 'fast-check';
import { engineBuildOptions } from '../../scripts/engine-build.mjs';
import { parseFrontMatter } from '../../server/src/model/frontMatter';
import { parseMarkdown } from '../../server/src/model/markdown';
import { LineIndex } from '../../server/src/model/text';
import { anyDocument, fuzzParameters } from '../support/fuzzArbitraries';

/**
 * The engine bundles (dist/server.js, dist/cli.js) are built with the options of
 * scripts/engine-build.mjs: yaml's ESM build, and stubs for the markdown-it dependencies that
 * block-only parsing does not need (linkify-it, uc.micro, punycode.js). Here the front matter and
 * block structure the bundled code reads from a letter must be exactly those the real libraries
 * give (the rest of the suite runs the sources with the real libraries).
 */
const ROOT = join(__dirname, '..', '..');
const ENTRY = `
import { LineIndex } from './server/src/model/text';
import { parseFrontMatter } from './server/src/model/frontMatter';
import { parseMarkdown } from './server/src/model/markdown';
export { default as MarkdownIt } from 'markdown-it';
export function structure(text) {
  const frontMatter = parseFrontMatter(text);
  const frontMatterEnd = frontMatter?.span.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return JSON.stringify({ frontMatter, markdown: parseMarkdown(text, new LineIndex(text), frontMatterEnd) });
}`;

function structure(text: string): string {
  const frontMatter = parseFrontMatter(text);
  const frontMatterEnd = frontMatter?.span.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return JSON.stringify({ frontMatter, markdown: parseMarkdown(text, new LineIndex(text), frontMatterEnd) });
}

type Bundled = {
  structure: (text: string) => string;
  MarkdownIt: new (options?: object) => Md;
};
type Md = {
  parse: (src: string, env: object) => unknown[];
  validateLink: (url: string) => boolean;
  normalizeLink: (url: string) => string;
  utils: { unescapeAll: (text: string) => string };
};
let built: BuildResult<{ metafile: true; write: false }>;
let bundled: Bundled;
const dir = mkdtempSync(join(tmpdir(), 'signpost-engine-bundle-'));
before(async () => {
  built = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'engine-bundle-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    ...engineBuildOptions(),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'bundle.js'), built.outputFiles[0].contents);
  bundled = require(join(dir, 'bundle.js')) as Bundled;
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Every named character reference entities knows (2,125), found by walking its decoder. */
function allNamedReferences(): string[] {
  const chars = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
  const viable = (prefix: string) => {
    const decoder = new EntityDecoder(htmlDecodeTree, () => undefined);
    decoder.startEntity(DecodingMode.Strict);
    return decoder.write(prefix, 0) === -1;
  };
  const names: string[] = [];
  const stack = [''];
  while (stack.length > 0) {
    const prefix = stack.pop()!;
    for (const char of chars) {
      const name = prefix + char;
      if (!viable(name)) continue;
      if (decodeHTMLStrict(`&${name};`) !== `&${name};`) names.push(name);
      stack.push(name);
    }
  }
  return names.sort();
}

function letters(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? letters(join(folder, entry.name)) : entry.name.endsWith('.md') ? [readFileSync(join(folder, entry.name), 'utf8')] : [],
  );
}

/** Reference definitions and other constructs that reach markdown-it's URL and entity code. */
const TRICKY = [
  '[a]: https://bücher.example/x',
  '[a]: http://xn--bcher-kva.example/',
  '[a]: https://例え.テスト/パス?q=ü#frag',
  '[b]: mailto:anna@bücher.example',
  '[c]: //bücher.example/a',
  '[c]: user@bücher.example',
  '[d]: javascript:alert(1)',
  '[d]: JAVASCRIPT:alert(1)',
  '[d]: javascript&colon;alert(1)',
  '[d]: &#106;avascript:alert(1)',
  '[d]: <javascript:alert(1)>',
  '[d]: < javascript:alert(1)>',
  '[d]: vbscript:x',
  '[d]: file:///etc/passwd',
  '[e]: data:image/png;base64,iVBOR',
  '[e]: data:text/html,<b>',
  '[f]: <a b c> "title"',
  "[f]: /url 'title &amp; more'",
  '[f]:\n  /url\n  "title"',
  '[g]: https://[::1]/x',
  '[g]: http://a.b:8080/p%20q',
  '[h]: https://xn--invalid-.example',
  '[ÄÖÜ]: /umlaut',
  '[a]: /same\n[A]: /again',
  '[x]: \\<escaped\\>',
  '~~~ info &amp; {.x}\ncode\n~~~',
  '```js &#106;\nx\n```',
  '<http://bücher.example>',
  'see www.example.com and https://example.com/a_b_c',
  '*emphasis* and “quotes” — «guillemets» ¡hola! ¿qué? ‘single’',
  '| a | b |\n|---|---|\n| [x]: /y | z |',
  '> [q]: /quoted',
  '- [l]: /in-a-list',
  '<div>\n[r]: /in-html\n</div>',
  '&amp; &nbsp; &notanentity; &#x1F600; &#0; &#xD800;',
  '[d]: java&hellip;script:alert(1)',
  '[d]: &nbsp;javascript:alert(1)',
  '[d]: &ThickSpace;javascript&colon;x',
  '[d]: <&NewLine;javascript:x>',
  '[d]: &fjlig;ile:///x',
  '[e]: data&colon;image&sol;png&semi;base64,x',
  '[e]: data:image/pn&gscr;;base64,x',
  '[f]: /url "title &hellip; &eacute; &amp;"',
];

/** Front matter that reaches the corners of the YAML parser. */
const FRONT_MATTER = [
  '---\nstage: 2\nletter: S2A\ndate: 2024-06-05\n---\n',
  "---\nstage: '2'\ndate: \"5 June 2024\"\nreceived: 2024-04-30T10:00:00Z\n---\n",
  '---\n%YAML 1.1\n---\ndate: !!binary aGVsbG8=\n---\n',
  '---\ndate: !!binary aGVsbG8=\nstage: !!int 2\nletter: !custom S1\n---\n',
  '---\ndate: !!binary not base64 at all!\nreceived: !!binary 4pyTIMOgIGxhIG1vZGU=\n---\n',
  '---\ndate: !!timestamp 2024-06-05T23:30:00+01:00\nstage: !!str 2\nletter: !!set { S1 }\n---\n',
  '---\nstage: &s 2\nletter: *s\nexception: *missing\n---\n',
  '---\n{ stage: 3, letter: S3, panel: 2024-03-03 }\n---\n',
  '---\nstage: 1\nstage: 1\n? complex key\n: value\n---\n',
  '---\nletter: >\n  stage2-adjudication\nreceived: |\n  2024-04-30\n---\n',
  '---\nstage: [1, 2]\nletter: {a: b}\ndate: ~\nreceived: null\nrequested: 0x1F\npanel: .inf\n---\n',
  '---\n\tstage: 1\n---\n',
  '---\nstage: "unterminated\n---\n',
  '---\n# only a comment\n---\n',
  '---\n- - nested\n---\n',
  '---\nstage: 2 # comment\nexception: Early Referral\n---\n',
  '\uFEFF---\r\nletter: S1\r\ndate: 2024-06-05\r\n---\r\nDear Ms Jones,\r\n',
];

const trickyDocument = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 2, arbitrary: anyDocument }, { weight: 1, arbitrary: fc.string() }), { maxLength: 12 })
  .chain((parts) => fc.tuple(fc.constantFrom('\n', '\n\n', '\r\n'), fc.option(fc.constantFrom(...FRONT_MATTER))).map(([eol, front]) => (front ?? '') + parts.join(eol)));

describe('the engine bundles read letters exactly as the real libraries do', () => {
  test('every fixture letter: the same front matter and blocks', () => {
    const all = letters(join(ROOT, 'test', 'fixtures', 'letters'));
    assert.ok(all.length > 50);
    for (const text of all) assert.equal(bundled.structure(text), structure(text));
  });

  test('reference definitions, URLs, character references, fences and front matter of every kind', () => {
    for (const text of [...TRICKY, ...FRONT_MATTER]) assert.equal(bundled.structure(text), structure(text), text);
    fc.assert(
      fc.property(trickyDocument, (text) => {
        assert.equal(bundled.structure(text), structure(text));
      }),
      fuzzParameters(300),
    );
  });

  test('the bundle takes yaml from its ESM build, and no linkify-it, uc.micro, punycode.js or entities', () => {
    const inputs = Object.keys(built.metafile.inputs);
    assert.ok(inputs.some((file) => file.includes('node_modules/yaml/browser/dist/')));
    for (const name of ['linkify-it', 'uc.micro', 'punycode.js', 'entities']) assert.ok(!inputs.some((file) => file.includes(`node_modules/${name}/`)), name);
  });

  test('the entities stub decodes, as entities does, every named reference whose text has an ASCII or white-space character, and no other', () => {
    const names = allNamedReferences();
    assert.equal(names.length, 2125);
    const md = new bundled.MarkdownIt();
    let decoded = 0;
    for (const name of names) {
      const reference = `&${name};`;
      const real = decodeHTMLStrict(reference);
      // through markdown-it's own unescapeAll, as the reference rule calls it
      const ours = md.utils.unescapeAll(reference);
      if (/[\x00-\x7f]|\s/.test(real)) {
        assert.equal(ours, real, reference);
        decoded++;
      } else assert.equal(ours, reference, reference);
    }
    assert.equal(decoded, 63);
  });

  test('validateLink answers the same for every named reference at every place in a URL it could refuse', () => {
    const ours = new bundled.MarkdownIt();
    const real = new MarkdownIt();
    const verdict = (md: Md, url: string) => md.validateLink(md.normalizeLink(md.utils.unescapeAll(url)));
    const urls = ['javascript:alert(1)', ' VBScript:x', 'file:///etc/x', 'data:image/png;base64,iVBO', 'data:text/html,x', 'jav&#97;script:x', '//host/x', 'a@b:c'];
    const references = [...allNamedReferences().map((name) => `&${name};`), '&notaname;', '&#xZZ;'];
    let checked = 0;
    for (const url of urls) {
      for (let at = 0; at <= Math.min(url.length, 22); at++) {
        for (const reference of references) {
          for (const text of [url.slice(0, at) + reference + url.slice(at), url.slice(0, at) + reference + url.slice(at + 1)]) {
            assert.equal(verdict(ours, text), verdict(real as unknown as Md, text), text);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 500_000);
  });

  test('the stubs fail loudly if the parser is ever asked for inline parsing or linkify', () => {
    const inline = new bundled.MarkdownIt();
    assert.throws(() => inline.parse('a *b* c', {}), /uc\.micro is not bundled/);
    const linkify = new bundled.MarkdownIt({ linkify: true });
    assert.throws(() => linkify.parse('see https://example.com', {}), /linkify-it is not bundled/);
  });
});
