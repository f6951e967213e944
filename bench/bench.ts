/**
 * `npm run bench`: how fast Signpost is, as ratios to a floor measured in the same run.
 *
 * For generated letter-like Markdown of about 100, 1,000, 10,000 and 50,000 lines (bench/generate.ts,
 * fixed seed, faults sprinkled in) it measures, median and p95:
 *   floor  a bare pass of every regular expression in the rules over the text (bench/regexFloor.ts)
 *   parse  the markdown-it block parse alone, as Signpost configures it (inline rules off), and
 *          for comparison markdown-it with its inline rules on and `marked`'s lexer (an alternative
 *          parser that happens to be installed, as a dependency of @vscode/vsce), when present
 *   (a)    a full in-process lint: letter model (parse, voice, sentences, inference) + every rule
 *   (b)    one changed line in an open document, in process: the edit applied to the document,
 *          the lint (reusing the document's block memo, as the server does) and the conversion to
 *          LSP diagnostics (what the server does per keystroke)
 *   (c)    didChange → publishDiagnostics round trip over stdio with the built server, measured by a
 *          small client process of its own (bench/editor.ts), as an editor is
 *          (signpost.lintDelayMs = 0, one keystroke at a time, 300 at 1,000 lines after 30 of warm-up)
 *   (d)    server cold start (spawn → initialize → didOpen → first publishDiagnostics),
 *          against a bare `node -e 0` start as its floor
 *   (e)    peak memory (resident set high-water mark) of the server after (c)
 *   (f)    bundle sizes (whatever build is in dist/, and a production build) and the VSIX size,
 *          built in a temporary copy of the project so dist/ and signpost.vsix are not touched.
 * SIGNPOST_BENCH_SIZES=1000,10000 picks sizes; SIGNPOST_BENCH_SCALE=0.3 takes fewer samples.
 * Prints a table and the targets, and writes bench/results/latest.json (ignored by git).
 * This is a benchmark, not a timed test: nothing fails when a target is missed.
 * No document text is ever printed; the letters are generated.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { build as esbuild } from 'esbuild';
import MarkdownIt from 'markdown-it';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateLetter } from './generate';
import { collectRuleRegexes, paragraphsOf, regexPass } from './regexFloor';
import { lint } from '../server/src/engine/lint';
import { parseMarkdown } from '../server/src/model/markdown';
import { LineIndex } from '../server/src/model/text';
import { lintDocument } from '../server/src/lsp/documentLinter';
import { LetterModelCache } from '../server/src/model/letterModel';
import { toDiagnostics } from '../server/src/lsp/diagnostics';
import { withDefaults } from '../shared/settings';
import { middleProseLine, SETTINGS, stats, Typist, URI, type EditorMeasures, type Stats } from './common';

const ROOT = join(__dirname, '..');
const SIZES = (process.env.SIGNPOST_BENCH_SIZES ?? '100,1000,10000,50000').split(',').map(Number);
/** Scale the number of samples (e.g. 0.2 for a quick look, 3 for a quiet machine). */
const SCALE = Number(process.env.SIGNPOST_BENCH_SCALE ?? 1);

function samplesFor(lines: number): number {
  const base = lines <= 100 ? 200 : lines <= 1000 ? 100 : lines <= 10000 ? 40 : 20;
  return Math.max(5, Math.round(base * SCALE));
}

/** Keystrokes typed for the round-trip percentiles: enough that p95 is not the few slowest of a short run. */
function keystrokesFor(lines: number): number {
  const base = lines <= 1000 ? 300 : lines <= 10000 ? 100 : 40;
  return Math.max(20, Math.round(base * SCALE));
}

function time(fn: () => unknown, samples: number, warmup = 3): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return stats(out);
}

async function nodeStart(samples: number): Promise<Stats> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await new Promise<void>((resolve) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('exit', () => resolve()));
    out.push(performance.now() - start);
  }
  return stats(out);
}

/**
 * (c), (d) and (e) are measured by a separate, small client process (bench/editor.ts), as an editor
 * is one: pauses of this process's heap (full of the in-process measures) are not the server's
 * latency. It runs compiled (bundled with esbuild into bench/results/, beside the results), as an
 * editor's client code does, not through the TypeScript loader, whose own thread would add its noise.
 */
function editorMeasures(size: number, samples: number, coldSamples: number): EditorMeasures {
  const run = spawnSync(process.execPath, [EDITOR_BUNDLE, String(size), String(samples), String(coldSamples)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`bench/editor.ts failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as EditorMeasures;
}

/** Where the editor client is bundled: two levels below the project, so its path to dist/server.js holds. */
const EDITOR_BUNDLE = join(ROOT, 'bench', 'results', 'editor.js');

async function bundleEditor(): Promise<void> {
  await esbuild({ entryPoints: [join(__dirname, 'editor.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: EDITOR_BUNDLE, logLevel: 'warning' });
}

function oneLineChange(text: string, samples: number): Stats {
  const settings = withDefaults(SETTINGS);
  let document = TextDocument.create(URI, 'markdown', 1, text);
  const cursor = middleProseLine(text);
  const typist = new Typist(cursor.line, cursor.character);
  const cache = new LetterModelCache(); // as the server keeps one per open document
  return time(() => {
    document = TextDocument.update(document, [typist.next()], document.version + 1);
    toDiagnostics(document, lintDocument(document, settings, cache));
  }, samples);
}

interface Sizes {
  devBundles: Record<string, number>;
  productionBundles: Record<string, number> | null;
  vsix: number | null;
  note?: string;
}

/** Builds the production bundles and the VSIX in a temporary copy with `npm run package`, so dist/ and signpost.vsix stay as they are. */
function measureSizes(): Sizes {
  const devBundles: Record<string, number> = {};
  if (existsSync(join(ROOT, 'dist'))) {
    for (const name of readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))) devBundles[name] = statSync(join(ROOT, 'dist', name)).size;
  }
  const copy = mkdtempSync(join(tmpdir(), 'signpost-bench-'));
  try {
    for (const entry of ['client', 'server', 'shared', 'scripts', 'docs', 'snippets', 'schemas', 'images', 'package.json', 'README.md', 'README.marketplace.md', 'LICENSE', '.vscodeignore']) {
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    // Exactly `npm run package`: the production build, then vsce.
    const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: copy, encoding: 'utf8' });
    const vsixPath = join(copy, 'signpost.vsix');
    if (!existsSync(join(copy, 'dist', 'server.js'))) return { devBundles, productionBundles: null, vsix: null, note: 'production build failed' };
    const productionBundles: Record<string, number> = {};
    for (const name of readdirSync(join(copy, 'dist')).filter((f) => f.endsWith('.js'))) productionBundles[name] = statSync(join(copy, 'dist', name)).size;
    const vsix = pack.status === 0 && existsSync(vsixPath) ? statSync(vsixPath).size : null;
    return { devBundles, productionBundles, vsix, note: vsix === null ? 'vsce package failed' : undefined };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Parsers measured for comparison only (Signpost uses markdown-it with its inline rules off). */
function alternativeParsers(): { name: string; parse: (text: string) => unknown }[] {
  const full = new MarkdownIt({ html: true });
  const parsers: { name: string; parse: (text: string) => unknown }[] = [
    { name: 'markdown-it with inline rules (not used)', parse: (text: string) => full.parse(text, {}) },
  ];
  try {
    const marked = createRequire(__filename)('marked') as { lexer: (text: string) => unknown };
    parsers.push({ name: '`marked` lexer (alternative, not used)', parse: (text: string) => marked.lexer(text) });
  } catch {
    // not installed: nothing to compare
  }
  return parsers;
}

interface SizeResult {
  lines: number;
  kb: number;
  faults: number;
  findings: number;
  floor: Stats;
  parse: Stats;
  alternatives: { name: string; stats: Stats }[];
  fullLint: Stats;
  oneLineChange: Stats;
  roundTrip: Stats;
  coldStart: Stats;
  peakRssMb: number | null;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(1)}×`;

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first (npm run bench does).');
  const floor = collectRuleRegexes(join(ROOT, 'server', 'src', 'rules'));
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadavg: loadavg().map((l) => Number(l.toFixed(2))) };
  process.stderr.write(`Signpost bench: ${floor.compiled.length} rule regexes as the floor; ${machine.cpus} CPUs, load ${machine.loadavg.join(' ')}\n`);

  await bundleEditor();
  const nodeStartStats = await nodeStart(Math.max(5, Math.round(10 * SCALE)));
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const letter = generateLetter(size);
    const text = letter.text;
    const samples = samplesFor(size);
    process.stderr.write(`  ${size} lines (${(text.length / 1024).toFixed(0)} KB): in process…`);
    const paragraphs = paragraphsOf(text);
    const floorStats = time(() => regexPass(floor.compiled, paragraphs), samples);
    const lineIndex = new LineIndex(text);
    const parseStats = time(() => parseMarkdown(text, lineIndex, 0), samples);
    const alternatives = alternativeParsers().map((p) => ({ name: p.name, stats: time(() => p.parse(text), Math.max(5, Math.round(samples / 4)), 1) }));
    const findings = lint(text).problems.length;
    const fullLint = time(() => lint(text), samples);
    const oneLine = oneLineChange(text, samples);

    process.stderr.write(' cold start and round trips…');
    const editor = editorMeasures(size, keystrokesFor(size), Math.max(3, Math.round((size <= 1000 ? 10 : 5) * SCALE)));
    process.stderr.write(' done\n');
    results.push({
      lines: letter.lines,
      kb: Math.round(text.length / 1024),
      faults: letter.faults,
      findings,
      floor: floorStats,
      parse: parseStats,
      alternatives,
      fullLint,
      oneLineChange: oneLine,
      roundTrip: editor.roundTrip,
      coldStart: editor.coldStart,
      peakRssMb: editor.peakRssMb,
    });
  }

  process.stderr.write('  sizes: production build and VSIX in a temporary copy…\n');
  const sizes = measureSizes();

  // The table.
  const rows: string[] = [];
  rows.push(`| lines (KB) | measure | median ms | p95 ms | median × floor |`);
  rows.push(`|---|---|---:|---:|---:|`);
  for (const r of results) {
    const f = r.floor.median;
    const label = `${r.lines.toLocaleString('en-GB')} (${r.kb.toLocaleString('en-GB')})`;
    const row = (measure: string, s: Stats, base = f) => rows.push(`| ${label} | ${measure} | ${fmt(s.median)} | ${fmt(s.p95)} | ${ratio(s.median, base)} |`);
    row(`floor: ${floor.compiled.length} rule regexes, one pass`, r.floor);
    row('markdown-it block parse only (as used)', r.parse);
    for (const alternative of r.alternatives) row(alternative.name, alternative.stats);
    row(`(a) full lint (${r.findings} findings)`, r.fullLint);
    row('(b) one changed line, in process', r.oneLineChange);
    row('(c) didChange → publishDiagnostics', r.roundTrip);
    rows.push(`| ${label} | (d) cold start → first diagnostics | ${fmt(r.coldStart.median)} | ${fmt(r.coldStart.p95)} | ${ratio(r.coldStart.median, nodeStartStats.median)} node start |`);
    rows.push(`| ${label} | (e) server peak RSS | ${r.peakRssMb === null ? 'n/a' : `${r.peakRssMb.toFixed(0)} MB`} | | |`);
  }
  rows.push(`| — | bare \`node -e 0\` start | ${fmt(nodeStartStats.median)} | ${fmt(nodeStartStats.p95)} | |`);
  const kb = (bytes: number | undefined | null) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(0)} KB`);
  const listed = (bundles: Record<string, number> | null) => (bundles ? Object.entries(bundles).map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ') : 'n/a');
  const sizeLine =
    `(f) VSIX ${kb(sizes.vsix)}; production bundles: ${listed(sizes.productionBundles)}; bundles now in dist/: ${listed(sizes.devBundles)}` +
    (sizes.note ? ` (${sizes.note})` : '');

  // Per-line cost, for the linearity target.
  const perLine = (r: SizeResult) => (r.fullLint.median * 1000) / r.lines;
  const linearity = results.map((r) => `${r.lines.toLocaleString('en-GB')}: ${perLine(r).toFixed(2)} µs/line (floor ${((r.floor.median * 1000) / r.lines).toFixed(2)})`);

  const at = (lines: number) => results.find((r) => Math.abs(r.lines - lines) / lines < 0.05);
  const targets: { target: string; value: string; met: boolean | null }[] = [];
  const r1k = at(1000);
  const r10k = at(10000);
  const r50k = at(50000);
  if (r1k) {
    targets.push({ target: '1,000-line full lint ≤ 5× the regex floor', value: ratio(r1k.fullLint.median, r1k.floor.median), met: r1k.fullLint.median <= 5 * r1k.floor.median });
    targets.push({ target: 'keystroke round trip p95 ≤ 10 ms at 1,000 lines', value: `${fmt(r1k.roundTrip.p95)} ms`, met: r1k.roundTrip.p95 <= 10 });
    targets.push({ target: 'cold start → first diagnostics ≤ 300 ms (1,000 lines, median)', value: `${fmt(r1k.coldStart.median)} ms`, met: r1k.coldStart.median <= 300 });
  }
  if (r10k) targets.push({ target: 'keystroke round trip p95 ≤ 50 ms at 10,000 lines', value: `${fmt(r10k.roundTrip.p95)} ms`, met: r10k.roundTrip.p95 <= 50 });
  if (r1k && r50k) {
    const growth = perLine(r50k) / perLine(r1k);
    targets.push({ target: 'linear up to 50,000 lines (µs/line at 50,000 ≤ 1.5× that at 1,000)', value: `${growth.toFixed(2)}×`, met: growth <= 1.5 });
  }
  targets.push({ target: 'VSIX ≤ 300 KB', value: kb(sizes.vsix), met: sizes.vsix === null ? null : sizes.vsix <= 300 * 1024 });

  const out = [
    '',
    `Signpost benchmark — ${new Date().toISOString()} — node ${machine.node}, ${machine.cpus} × ${machine.cpu}, load ${machine.loadavg.join(' ')}`,
    `Floor: ${floor.compiled.length} regular expressions from server/src/rules, one global pass each over every paragraph.`,
    '',
    ...rows,
    '',
    sizeLine,
    `Full lint per line: ${linearity.join('; ')}`,
    '',
    '| target | measured | |',
    '|---|---:|---|',
    ...targets.map((t) => `| ${t.target} | ${t.value} | ${t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED'} |`),
    '',
  ].join('\n');
  process.stdout.write(out + '\n');

  const resultsDir = join(ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const json = JSON.stringify({ date: new Date().toISOString(), machine, floorPatterns: floor.compiled.length, nodeStart: nodeStartStats, results, sizes, targets }, null, 2);
  writeFileSync(join(resultsDir, 'latest.json'), json + '\n');
  process.stdout.write(`Wrote bench/results/latest.json\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
