import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/cli';
import { RULES } from '../../server/src/rules/registry';

const fixtures = join(__dirname, '..', 'fixtures', 'letters', 'core');
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function run(args: string[], cwd: string, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => stdin ?? '', version: '9.9.9' });
  return { code, stdout, stderr };
}

const faulty = readFileSync(join(fixtures, 'kent-stage1-corporate-faulty.md'), 'utf8');
const correct = readFileSync(join(fixtures, 'stage1-correct.md'), 'utf8');
const outdatedOnly = readFileSync(join(fixtures, 'stage3-final-faulty.md'), 'utf8'); // warnings only

describe('signpost check', () => {
  test('text format, folders walked, exit 1 on errors and 0 when clean', () => {
    const dir = workspace({ 'letters/a.md': faulty, 'letters/sub/b.md': correct, 'letters/notes.txt': 'not markdown' });
    const result = run(['check', 'letters'], dir);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^letters\/a\.md:14:54: error procedure\/corporate-for-statutory: /m);
    assert.match(result.stdout, /2 files checked, 3 problems \(3 errors\)/);
    assert.equal(run(['check', 'letters/sub/b.md'], dir).code, 0);
  });

  test('json format has the documented shape', () => {
    const dir = workspace({ 'a.md': faulty });
    const result = run(['check', '--format', 'json', 'a.md'], dir);
    const json = JSON.parse(result.stdout);
    assert.equal(json.files[0].path, 'a.md');
    assert.equal(json.files[0].stage, 1);
    assert.equal(json.files[0].letterType, 'stage1-response');
    assert.deepEqual(Object.keys(json.files[0].diagnostics[0]).sort(), ['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'rule', 'severity']);
    assert.equal(json.files[0].diagnostics[0].fixable, true);
  });

  test('sarif format is SARIF 2.1.0 with rule metadata', () => {
    const dir = workspace({ 'a.md': faulty });
    const sarif = JSON.parse(run(['check', '--format=sarif', 'a.md'], dir).stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'Signpost');
    assert.equal(run0.tool.driver.rules.length, RULES.length);
    for (const rule of run0.tool.driver.rules) {
      assert.ok(rule.id && rule.shortDescription.text && rule.fullDescription.text && rule.defaultConfiguration.level && rule.properties.citation);
    }
    const result = run0.results[0];
    assert.equal(result.ruleId, 'procedure/corporate-for-statutory');
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.equal(result.level, 'error');
    assert.ok(result.message.text);
    assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/.*a\.md$/);
    assert.deepEqual(Object.keys(result.locations[0].physicalLocation.region).sort(), ['endColumn', 'endLine', 'startColumn', 'startLine']);
  });

  test('github format prints workflow annotations', () => {
    const dir = workspace({ 'a.md': faulty });
    const lines = run(['check', '--format', 'github', 'a.md'], dir).stdout.trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^::error file=a\.md,line=14,col=54,endLine=14,endColumn=\d+,title=Signpost procedure\/corporate-for-statutory::This complaint/);
  });

  test('--fail-on and --max-warnings decide the exit code', () => {
    const dir = workspace({ 'w.md': outdatedOnly });
    assert.equal(run(['check', 'w.md'], dir).code, 0, 'warnings only: clean by default');
    assert.equal(run(['check', '--fail-on', 'warning', 'w.md'], dir).code, 1);
    assert.equal(run(['check', '--max-warnings', '1', 'w.md'], dir).code, 1);
    assert.equal(run(['check', '--max-warnings', '5', 'w.md'], dir).code, 0);
    assert.equal(run(['check', '--fail-on', 'never', 'w.md'], dir).code, 0);
  });

  test('--fix writes the safe fixes atomically and keeps a BOM; --dry-run only prints a diff', () => {
    const dir = workspace({ 'a.md': '\uFEFF' + faulty, 'b.md': faulty });
    const dry = run(['check', '--fix', '--dry-run', 'b.md'], dir);
    assert.match(dry.stdout, /^-I have considered your complaint under the Council's corporate complaints procedure\./m);
    assert.match(dry.stdout, /^\+I have considered your complaint under the Council's statutory children’s complaints procedure\./m);
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), faulty, 'dry run leaves the file alone');
    const fixed = run(['check', '--fix', 'a.md'], dir);
    assert.equal(fixed.code, 0, fixed.stdout);
    assert.match(fixed.stderr, /a\.md: applied 2 fixes/);
    const after = readFileSync(join(dir, 'a.md'), 'utf8');
    assert.ok(after.startsWith('\uFEFFKent Example County Council\n'), 'BOM kept, text before the fixes untouched');
    assert.match(after, /^I have considered your complaint under the Council's statutory children’s complaints procedure\./m);
    assert.match(after, /^If you are not satisfied with this response, you can ask for your complaint to be investigated at Stage 2 of the statutory children’s complaints procedure, by an Investigating Officer/m);
    assert.doesNotMatch(after, /corporate complaints procedure/);
    assert.ok(after.endsWith(faulty.slice(faulty.indexOf('\n\nYours sincerely,'))), 'text after the fixes untouched');
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temporary file left');
  });

  test('--stdin with --stdin-filename finds the project config; with --fix prints the fixed draft', () => {
    const dir = workspace({ 'team/.signpost.json': JSON.stringify({ rules: { 'procedure/corporate-for-statutory': 'warning', 'signpost/missing-stage2-right': 'warning' } }) });
    const plain = run(['check', '--stdin', '--format', 'json'], dir, faulty);
    assert.equal(JSON.parse(plain.stdout).files[0].path, '<stdin>');
    assert.equal(plain.code, 1);
    const configured = run(['check', '--stdin', '--stdin-filename', 'team/draft.md', '--format', 'json'], dir, faulty);
    assert.equal(configured.code, 0);
    assert.equal(JSON.parse(configured.stdout).files[0].diagnostics[0].severity, 'warning');
    const fixed = run(['check', '--stdin', '--fix'], dir, faulty);
    assert.doesNotMatch(fixed.stdout, /corporate complaints procedure/);
    assert.match(fixed.stdout, /^I have considered your complaint under the Council's statutory children’s complaints procedure\./m);
    assert.ok(fixed.stdout.startsWith('Kent Example County Council\n') && fixed.stdout.endsWith('Service Manager, Adolescent Services\n'));
  });

  test('project configuration: discovered by walking up, rules turned off, files ignored', () => {
    const dir = workspace({
      '.signpost.json': JSON.stringify({ rules: { 'procedure/corporate-for-statutory': 'off', 'signpost/missing-stage2-right': 'off' }, ignore: ['drafts/old/**'] }),
      'drafts/2025/a.md': faulty,
      'drafts/old/b.md': faulty,
    });
    const result = run(['check', '--format', 'json', 'drafts'], dir);
    assert.equal(result.code, 0);
    assert.deepEqual(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path), ['drafts/2025/a.md']);
    assert.deepEqual(JSON.parse(result.stdout).files[0].diagnostics, []);
  });

  test('a broken configuration is a clear error (exit 2), never silently ignored', () => {
    for (const config of ['{ not json', JSON.stringify({ rules: { 'signpost/no-such-rule': 'error' } }), JSON.stringify({ rules: { 'procedure/corporate-for-statutory': 'loud' } }), JSON.stringify({ colour: 'red' })]) {
      const dir = workspace({ '.signpost.json': config, 'a.md': correct });
      const result = run(['check', 'a.md'], dir);
      assert.equal(result.code, 2, config);
      assert.match(result.stderr, /\.signpost\.json/);
    }
  });

  test('usage errors exit 2 with a message', () => {
    const dir = workspace({ 'a.md': correct });
    for (const args of [['check'], ['check', '--format', 'xml', 'a.md'], ['check', 'missing.md'], ['check', '--bogus', 'a.md'], ['frobnicate'], ['check', '--dry-run', 'a.md']]) {
      const result = run(args, dir);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /^signpost: /);
    }
  });

  test('globs select Markdown files', () => {
    const dir = workspace({ 'templates/a.md': correct, 'templates/b.md': faulty, 'other/c.md': faulty });
    const result = run(['check', '--format', 'json', 'templates/*.md'], dir);
    assert.deepEqual(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path), ['templates/a.md', 'templates/b.md']);
  });
});

describe('signpost rules, explain, deadlines', () => {
  test('rules lists every rule with severity, fixability and citation', () => {
    const out = run(['rules'], process.cwd()).stdout.trim().split('\n');
    assert.equal(out.length, RULES.length);
    assert.match(out[0], /^signpost\/ombudsman-at-stage1\s+error\s+fixable\s+LGSCO Lewisham 23 020 345/);
  });

  test('explain prints what, why, source and examples', () => {
    const result = run(['explain', 'signpost/ombudsman-instead-of-stage3'], process.cwd());
    assert.equal(result.code, 0);
    assert.match(result.stdout, /## Source\n\nLGSCO Bexley 24 016 952/);
    assert.match(result.stdout, /## Faulty examples/);
    assert.equal(run(['explain', 'nope/nope'], process.cwd()).code, 2);
  });

  test('deadlines prints the computed statutory deadlines for a draft', () => {
    const dir = workspace({ 'a.md': '---\nletter: stage2-adjudication\nrequested: 2024-04-30\ndate: 2024-11-15\n---\nDear Ms X,\n\nYour complaint.\n\nYours sincerely,\n' });
    const result = run(['deadlines', 'a.md'], dir);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Thu 6 June 2024\s+Stage 2 due \(25 working days from stage2Requested\)/);
    assert.match(result.stdout, /Thu 1 August 2024\s+Stage 2 latest/);
    assert.match(result.stdout, /This letter is working day 140/);
  });
});

describe('the built CLI (dist/cli.js)', () => {
  test('runs as a program: exit codes and stdin', () => {
    const dir = workspace({ 'a.md': faulty });
    copyFileSync(join(fixtures, 'stage1-correct.md'), join(dir, 'ok.md'));
    assert.equal(spawnSync(process.execPath, [CLI, 'check', 'a.md'], { cwd: dir }).status, 1);
    assert.equal(spawnSync(process.execPath, [CLI, 'check', 'ok.md'], { cwd: dir }).status, 0);
    const piped = spawnSync(process.execPath, [CLI, 'check', '--stdin', '--format', 'json'], { cwd: dir, input: faulty, encoding: 'utf8' });
    assert.equal(piped.status, 1);
    assert.equal(JSON.parse(piped.stdout).files[0].diagnostics.length, 3);
    assert.equal(spawnSync(process.execPath, [CLI, 'check'], { cwd: dir }).status, 2);
  });
});
