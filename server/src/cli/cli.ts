import { readdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { join, relative, resolve, dirname, basename } from 'node:path';
import { lint, type Problem } from '../engine/lint';
import { fixAll } from '../engine/fixes';
import { loadProjectConfig } from '../config/projectConfig';
import { effectiveLintOptions } from '../config/effectiveOptions';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { RULES } from '../rules/registry';
import type { Stage } from '../model/letterTypes';

/**
 * `signpost check [--format text|json] [--fix] FILES|FOLDERS...` over the same core as the
 * language server, so the editor and a batch check of templates can never disagree.
 * Exit codes: 0 no errors, 1 at least one error-level finding, 2 usage or configuration error.
 */

const USAGE = `Usage: signpost check [--format text|json] [--fix] <files or folders...>
       signpost rules

Checks Markdown drafts of children's statutory complaint responses.
  --format text|json   output format (default text)
  --fix                apply every safe fix and write the files
Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.`;

interface FileReport {
  path: string;
  stage: Stage | null;
  letterType: string;
  diagnostics: {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: string;
    rule: string;
    message: string;
    fixable: boolean;
  }[];
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

class UsageError extends Error {}

function collectFiles(inputs: string[], cwd: string): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry === 'node_modules' || entry.startsWith('.')) continue;
        walk(join(path, entry));
      }
    } else if (path.endsWith('.md') || path.endsWith('.markdown')) {
      files.push(path);
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    try {
      statSync(path);
    } catch {
      throw new UsageError(`No such file or folder: ${input}`);
    }
    if (statSync(path).isFile() && !/\.(md|markdown)$/i.test(path)) files.push(path);
    else walk(path);
  }
  return files;
}

/** Writes through a temporary file and a rename, so a failure never leaves half a letter. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.signpost-${process.pid}.tmp`);
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, path);
}

export function runCli(argv: string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === 'rules') {
      for (const rule of RULES) {
        io.stdout(`${rule.meta.id}\t${rule.meta.defaultSeverity}\t${rule.meta.fixable ? 'fixable' : '-'}\t${rule.meta.citation}\n`);
      }
      return 0;
    }
    if (command !== 'check') throw new UsageError(command ? `Unknown command: ${command}` : 'No command given.');
    let format = 'text';
    let fix = false;
    const inputs: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i];
      if (arg === '--format') {
        format = rest[++i] ?? '';
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
      } else if (arg.startsWith('--format=')) {
        format = arg.slice('--format='.length);
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
      } else if (arg === '--fix') fix = true;
      else if (arg === '--help' || arg === '-h') {
        io.stdout(USAGE + '\n');
        return 0;
      } else if (arg.startsWith('-')) throw new UsageError(`Unknown option: ${arg}`);
      else inputs.push(arg);
    }
    if (inputs.length === 0) throw new UsageError('Give at least one file or folder to check.');
    const files = collectFiles(inputs, io.cwd);
    const reports: FileReport[] = [];
    let errors = 0;
    let configFailed = false;
    for (const file of files) {
      const lookup = loadProjectConfig(file);
      if (lookup.error) {
        io.stderr(`signpost: ${lookup.error.message} (${lookup.error.path})\n`);
        configFailed = true;
        continue;
      }
      const options = effectiveLintOptions(DEFAULT_SETTINGS, lookup.config);
      const raw = readFileSync(file, 'utf8');
      // The BOM is not part of the letter; keep it on write so the file stays as it was.
      const hasBom = raw.charCodeAt(0) === 0xfeff;
      let text = hasBom ? raw.slice(1) : raw;
      const displayPath = relative(io.cwd, file) || file;
      if (fix) {
        const fixed = fixAll(text, options);
        if (fixed.text !== text) {
          writeAtomically(file, (hasBom ? '\uFEFF' : '') + fixed.text);
          io.stderr(`${displayPath}: applied ${fixed.fixed} fix${fixed.fixed === 1 ? '' : 'es'}\n`);
          text = fixed.text;
        }
      }
      const result = lint(text, options);
      const report: FileReport = {
        path: displayPath,
        stage: result.model.inference.stage,
        letterType: result.model.inference.letterType,
        diagnostics: result.problems.map((problem: Problem) => {
          const start = result.model.lines.position(problem.start);
          const end = result.model.lines.position(problem.end);
          return {
            line: start.line + 1,
            column: start.character + 1,
            endLine: end.line + 1,
            endColumn: end.character + 1,
            severity: problem.severity,
            rule: problem.ruleId,
            message: problem.message,
            fixable: problem.fixes.length > 0,
          };
        }),
      };
      errors += report.diagnostics.filter((d) => d.severity === 'error').length;
      reports.push(report);
    }
    if (format === 'json') {
      io.stdout(JSON.stringify({ files: reports }, null, 2) + '\n');
    } else {
      for (const report of reports) {
        for (const d of report.diagnostics) {
          io.stdout(`${report.path}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}\n`);
        }
      }
      const total = reports.reduce((sum, r) => sum + r.diagnostics.length, 0);
      io.stdout(`${reports.length} file${reports.length === 1 ? '' : 's'} checked, ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'})\n`);
    }
    if (configFailed) return 2;
    return errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`signpost: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`signpost: ${(error as Error).message}\n`);
    return 2;
  }
}
