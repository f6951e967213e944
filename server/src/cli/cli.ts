import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { minimatch } from 'minimatch';
import { createTwoFilesPatch } from 'diff';
import { lint } from '../engine/lint';
import { fixAll } from '../engine/fixes';
import { loadProjectConfig, type ConfigLookup } from '../config/projectConfig';
import { effectiveLintOptions } from '../config/effectiveOptions';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { RULES, ruleById } from '../rules/registry';
import { renderRuleDoc } from '../docs/ruleDocs';
import { fileReport, SEVERITY_RANK, type FileReport } from './report';
import { formatText } from './formats/text';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatGithub } from './formats/github';
import { timelineOf } from '../model/timeline';
import { letterDeadlines } from '../time/deadlines';
import { calendarFor } from '../engine/lint';
import { formatLongDate } from '../time/calendar';
import { LETTER_TYPE_LABELS } from '../model/letterTypes';
import type { Severity } from '../rules/types';

/**
 * The Signpost CLI over the same core as the language server, so the editor and a batch check of
 * templates can never disagree. Exit codes: 0 clean, 1 findings at or above --fail-on (or more
 * warnings than --max-warnings), 2 usage or configuration error.
 */

const USAGE = `Usage:
  signpost check [options] <files, folders or globs...>
  signpost check --stdin [--stdin-filename path] [options]
  signpost rules
  signpost explain <rule-id>
  signpost deadlines <file>

Checks Markdown drafts of children's statutory complaint responses.

check options:
  --format text|json|sarif|github   output format (default text)
  --fail-on error|warning|info|hint|never
                                    exit 1 when a finding is at least this severe (default error)
  --max-warnings N                  exit 1 when there are more than N warnings
  --fix                             apply every safe fix and write the files (atomically)
  --dry-run                         with --fix: print a diff instead of writing
  --stdin                           read one draft from standard input (with --fix: print the fixed draft)
  --stdin-filename PATH             the path the draft from standard input stands for (finds .signpost.json)

Exit codes: 0 clean, 1 findings (see --fail-on, --max-warnings), 2 usage or configuration error.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  readStdin?: () => string;
  /** Progress on long runs goes to stderr only when it is a terminal. */
  isTerminal?: boolean;
  version?: string;
}

class UsageError extends Error {}

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'hint', 'never'] as const;

export function runCli(argv: string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check':
        return check(rest, io);
      case 'rules':
        return listRules(io);
      case 'explain':
        return explain(rest, io);
      case 'deadlines':
        return deadlines(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE + '\n');
        return 0;
      case '--version':
        io.stdout(`${io.version ?? 'unknown'}\n`);
        return 0;
      default:
        throw new UsageError(command ? `Unknown command: ${command}` : 'No command given.');
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`signpost: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`signpost: ${(error as Error).message}\n`);
    return 2;
  }
}

function listRules(io: CliIo): number {
  const rows = RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity, rule.meta.fixable ? 'fixable' : '-', rule.meta.citation]);
  const width = Math.max(...rows.map((row) => row[0].length));
  for (const [id, severity, fixable, citation] of rows) io.stdout(`${id.padEnd(width)}  ${severity.padEnd(7)}  ${fixable.padEnd(7)}  ${citation}\n`);
  return 0;
}

function explain(args: string[], io: CliIo): number {
  if (args.length !== 1) throw new UsageError('explain takes one rule id, e.g. signpost explain signpost/ombudsman-instead-of-stage3');
  const rule = ruleById(args[0]);
  if (!rule) throw new UsageError(`No rule "${args[0]}". See: signpost rules`);
  io.stdout(renderRuleDoc(rule).replace(/^---\n[\s\S]*?\n---\n\n/, ''));
  return 0;
}

function configOrFail(path: string): ConfigLookup['config'] {
  const lookup = loadProjectConfig(path);
  if (lookup.error) throw new Error(`${lookup.error.message} (${lookup.error.path})`);
  return lookup.config;
}

function deadlines(args: string[], io: CliIo): number {
  if (args.length !== 1) throw new UsageError('deadlines takes one file.');
  const path = resolve(io.cwd, args[0]);
  const text = readDraft(path);
  const options = effectiveLintOptions(DEFAULT_SETTINGS, configOrFail(path));
  const { model } = lint(text, options);
  const { inference } = model;
  io.stdout(`${args[0]}: ${LETTER_TYPE_LABELS[inference.letterType]}${inference.stage ? `, stage ${inference.stage}` : ''}\n`);
  if (!inference.isLetter) return 0;
  const timeline = timelineOf(model);
  const computed = letterDeadlines(inference.stage, inference.letterType, timeline, calendarFor(options.nonWorkingDays ?? []));
  for (const anchor of Object.values(timeline.anchors)) {
    io.stdout(`  ${anchor.name.padEnd(16)} ${formatLongDate(anchor.date)}  (${anchor.source}, line ${model.lines.lineAt(anchor.start) + 1})\n`);
  }
  if (computed.deadlines.length === 0) {
    io.stdout('  No statutory deadlines: the letter gives no date to count from (add received:, requested: or panel: front matter).\n');
    return 0;
  }
  for (const d of computed.deadlines) io.stdout(`  ${formatLongDate(d.date).padEnd(22)} ${d.label} (${d.workingDays} working days from ${d.from.name})\n`);
  if (computed.letterDay !== null) io.stdout(`  This letter is working day ${computed.letterDay} (day 0 = ${formatLongDate(computed.anchor!.date)}).\n`);
  return 0;
}

function readDraft(path: string): string {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read ${path}`);
  }
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

/** Writes through a temporary file and a rename, so a failure never leaves half a letter; the original stays on failure. */
export function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.signpost-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing to clean up
    }
    throw error;
  }
}

function isMarkdown(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/** Files, folders (walked for Markdown) and glob patterns, in a stable order without duplicates. */
function collectFiles(inputs: string[], cwd: string): string[] {
  const files = new Set<string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (isMarkdown(entry.name)) files.add(child);
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      stats = null;
    }
    if (stats?.isDirectory()) walk(path);
    else if (stats) files.add(path);
    else if (/[*?[{]/.test(input)) {
      const before = files.size;
      const root = resolve(cwd, input.split(/[*?[{]/)[0].replace(/[^/\\]*$/, '') || '.');
      const all: string[] = [];
      const gather = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
          const child = join(dir, entry.name);
          if (entry.isDirectory()) gather(child);
          else all.push(child);
        }
      };
      gather(root);
      for (const file of all.sort()) if (minimatch(relative(cwd, file).split('\\').join('/'), input.replace(/^\.\//, ''), { dot: false })) files.add(file);
      if (files.size === before) throw new UsageError(`No files match ${input}`);
    } else throw new UsageError(`No such file or folder: ${input}`);
  }
  return [...files];
}

function isIgnoredByConfig(path: string, lookup: ConfigLookup): boolean {
  if (!lookup.config?.ignore.length) return false;
  const relativePath = relative(dirname(lookup.config.path), path).split('\\').join('/');
  return lookup.config.ignore.some((pattern) => minimatch(relativePath, pattern, { dot: true }));
}

function check(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
      'max-warnings': { type: 'string' },
      fix: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
  const failOn = values['fail-on'] as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${values['fail-on']}".`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number of 0 or more.');
  }
  if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run goes with --fix.');
  if (values.stdin && positionals.length) throw new UsageError('Give either --stdin or files, not both.');
  if (!values.stdin && positionals.length === 0) throw new UsageError('Give at least one file or folder to check (or --stdin).');

  const reports: FileReport[] = [];
  let configFailed = false;
  const lintOne = (displayPath: string, configPath: string, text: string): { report: FileReport; fixedText?: string } | null => {
    const lookup = loadProjectConfig(configPath);
    if (lookup.error) {
      io.stderr(`signpost: ${lookup.error.message} (${lookup.error.path})\n`);
      configFailed = true;
      return null;
    }
    if (!values.stdin && isIgnoredByConfig(configPath, lookup)) return null;
    const options = effectiveLintOptions(DEFAULT_SETTINGS, lookup.config);
    let current = text;
    let fixedText: string | undefined;
    if (values.fix) {
      const fixed = fixAll(text, options);
      if (fixed.fixed > 0) {
        fixedText = fixed.text;
        current = fixed.text;
        if (!values.stdin) io.stderr(`${displayPath}: ${values['dry-run'] ? 'would apply' : 'applied'} ${fixed.fixed} fix${fixed.fixed === 1 ? '' : 'es'}\n`);
      }
    }
    const result = lint(current, options);
    return { report: fileReport(displayPath, result.model, result.problems), fixedText };
  };

  if (values.stdin) {
    const text = (io.readStdin ?? (() => readFileSync(0, 'utf8')))().replace(/^\uFEFF/, '');
    const name = values['stdin-filename'];
    const checked = lintOne(name ?? '<stdin>', resolve(io.cwd, name ?? 'stdin.md'), text);
    if (checked) {
      reports.push(checked.report);
      if (values.fix) {
        if (values['dry-run']) io.stdout(createTwoFilesPatch(name ?? 'stdin', name ?? 'stdin', text, checked.fixedText ?? text));
        else io.stdout(checked.fixedText ?? text);
        return exitCode(reports, failOn, maxWarnings, configFailed);
      }
    }
  } else {
    const files = collectFiles(positionals, io.cwd);
    const showProgress = Boolean(io.isTerminal) && files.length > 20;
    files.forEach((file, index) => {
      if (showProgress) io.stderr(`\rsignpost: checked ${index}/${files.length}`);
      const raw = readFileSync(file, 'utf8');
      // The BOM is not part of the letter; it is kept on write so the file stays as it was.
      const hasBom = raw.charCodeAt(0) === 0xfeff;
      const text = hasBom ? raw.slice(1) : raw;
      const displayPath = relative(io.cwd, file) || file;
      const checked = lintOne(displayPath, file, text);
      if (!checked) return;
      reports.push(checked.report);
      if (checked.fixedText !== undefined) {
        if (values['dry-run']) io.stdout(createTwoFilesPatch(displayPath, displayPath, text, checked.fixedText));
        else writeAtomically(file, (hasBom ? '\uFEFF' : '') + checked.fixedText);
      }
    });
    if (showProgress) io.stderr(`\rsignpost: checked ${files.length}/${files.length}\n`);
  }

  if (!(values.fix && values['dry-run'])) {
    const output =
      format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports, io.cwd, io.version ?? '0.0.0') : format === 'github' ? formatGithub(reports) : formatText(reports);
    io.stdout(output);
  }
  return exitCode(reports, failOn, maxWarnings, configFailed);
}

function exitCode(reports: FileReport[], failOn: (typeof FAIL_ON)[number], maxWarnings: number, configFailed: boolean): number {
  if (configFailed) return 2;
  const all = reports.flatMap((r) => r.diagnostics);
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const failing = failOn !== 'never' && all.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[failOn as Severity]);
  return failing || warnings > maxWarnings ? 1 : 0;
}
