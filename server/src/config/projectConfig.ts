import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isSeverityLevel, type CouncilDetails, type SeverityLevel } from '../../../shared/settings';
import { ruleById } from '../rules/registry';

/**
 * `.signpost.json`, the team's shared configuration, found by walking up from the checked file.
 * The editor and the CLI both read it, so they can never disagree. It wins over personal editor
 * settings for the keys it sets.
 */
export const PROJECT_CONFIG_FILE = '.signpost.json';

export interface ProjectConfig {
  path: string;
  rules: Record<string, SeverityLevel>;
  nonWorkingDays: string[];
  council: CouncilDetails;
  /** Glob patterns (relative to the config file) of Markdown files that are not letters. */
  ignore: string[];
}

export interface ConfigLookup {
  config: ProjectConfig | null;
  /** A config file that exists but cannot be used: reported, never silently ignored. */
  error: { path: string; message: string } | null;
}

const cache = new Map<string, { mtimeMs: number; lookup: ConfigLookup }>();

export function findProjectConfigPath(startDir: string): string | null {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, PROJECT_CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadProjectConfig(filePath: string): ConfigLookup {
  const path = findProjectConfigPath(dirname(filePath));
  if (!path) return { config: null, error: null };
  let mtimeMs = 0;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return { config: null, error: null };
  }
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === mtimeMs) return cached.lookup;
  const lookup = readProjectConfig(path);
  cache.set(path, { mtimeMs, lookup });
  return lookup;
}

export function readProjectConfig(path: string): ConfigLookup {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { config: null, error: { path, message: `${PROJECT_CONFIG_FILE} is not valid JSON: ${(error as Error).message}` } };
  }
  return parseProjectConfig(raw, path);
}

export function parseProjectConfig(raw: unknown, path: string): ConfigLookup {
  const fail = (message: string): ConfigLookup => ({ config: null, error: { path, message: `${PROJECT_CONFIG_FILE}: ${message}` } });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('the file must contain one JSON object.');
  const input = raw as Record<string, unknown>;
  const known = new Set(['$schema', 'rules', 'nonWorkingDays', 'council', 'ignore']);
  const unknown = Object.keys(input).filter((key) => !known.has(key));
  if (unknown.length) return fail(`unknown key "${unknown[0]}" (known keys: rules, nonWorkingDays, council, ignore).`);
  const rules: Record<string, SeverityLevel> = {};
  if (input.rules !== undefined) {
    if (!input.rules || typeof input.rules !== 'object' || Array.isArray(input.rules)) return fail('"rules" must be an object of rule id → severity.');
    for (const [id, level] of Object.entries(input.rules as Record<string, unknown>)) {
      if (!ruleById(id)) return fail(`there is no rule "${id}" (run \`signpost rules\` for the list).`);
      if (!isSeverityLevel(level)) return fail(`rule "${id}" has severity ${JSON.stringify(level)}; use off, hint, info, warning or error.`);
      rules[id] = level;
    }
  }
  const stringArray = (key: string): string[] | string => {
    const value = input[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return `"${key}" must be a list of strings.`;
    return value as string[];
  };
  const nonWorkingDays = stringArray('nonWorkingDays');
  if (typeof nonWorkingDays === 'string') return fail(nonWorkingDays);
  const badDay = nonWorkingDays.find((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)));
  if (badDay) return fail(`non-working day "${badDay}" is not an ISO date (YYYY-MM-DD).`);
  const ignore = stringArray('ignore');
  if (typeof ignore === 'string') return fail(ignore);
  let council: CouncilDetails = {};
  if (input.council !== undefined) {
    if (!input.council || typeof input.council !== 'object' || Array.isArray(input.council)) return fail('"council" must be an object.');
    council = input.council as CouncilDetails;
  }
  return { config: { path, rules, nonWorkingDays, council, ignore }, error: null };
}
