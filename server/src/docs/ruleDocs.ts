import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../rules/types';
import { RULES } from '../rules/registry';
import { LETTER_TYPE_LABELS } from '../model/letterTypes';

/**
 * Rule documentation is generated from each rule's own metadata (one concept, one place):
 * `npm run docs` writes a page per rule, docs/rules/<id>.md (for reading in the repository), and
 * all of them in one file, docs/rules.md, the one the extension ships (one file compresses to half
 * of 37); a test fails when either is out of date.
 */
export function ruleDocPath(ruleId: string, root: string): string {
  return join(root, 'docs', 'rules', ...ruleId.split('/')) + '.md';
}

/** The one-file rule reference that ships in the VSIX. */
export function ruleIndexPath(root: string): string {
  return join(root, 'docs', 'rules.md');
}

/** The extension's root folder, from the bundled dist/*.js (or from server/src/docs in tests). */
export function extensionRoot(): string {
  return __dirname.endsWith('dist') ? join(__dirname, '..') : join(__dirname, '..', '..', '..');
}

/**
 * The rule table of the README the VSIX ships (README.marketplace.md, between its
 * `<!-- rules:start -->` and `<!-- rules:end -->` markers): id, default severity and title.
 */
export function renderRuleTable(rules: readonly Rule[]): string {
  return [
    '| Rule | Severity | What it finds |',
    '|---|---|---|',
    ...rules.map(({ meta }) => `| \`${meta.id}\` | ${meta.defaultSeverity} | ${meta.title.replace(/\|/g, '\\|')} |`),
  ].join('\n');
}

/** `readme` with its rule table (between the markers) replaced by `table`. */
export function withRuleTable(readme: string, table: string): string {
  const start = readme.indexOf('<!-- rules:start -->');
  const end = readme.indexOf('<!-- rules:end -->');
  if (start < 0 || end < start) throw new Error('no <!-- rules:start --> … <!-- rules:end --> markers');
  return `${readme.slice(0, start)}<!-- rules:start -->\n${table}\n${readme.slice(end)}`;
}

let docUris: Map<string, string> | undefined;

/**
 * The URI of a rule's section in the shipped rule reference: docs/rules.md with the line of the
 * rule's heading as a `#L<line>` fragment, which VS Code's opener turns into the selection it opens
 * the file at. Built once: every diagnostic carries one.
 */
export function ruleDocUri(ruleId: string): string {
  if (!docUris) {
    const file = pathToFileURL(ruleIndexPath(extensionRoot())).toString();
    docUris = new Map([...renderRuleIndex(RULES).headingLines].map(([id, line]) => [id, `${file}#L${line}`]));
  }
  return docUris.get(ruleId) ?? pathToFileURL(ruleIndexPath(extensionRoot())).toString();
}

const FRONT_MATTER = ['---', 'letter: not-a-letter', '---', ''];

/** A rule's page (docs/rules/<id>.md). */
export function renderRuleDoc(rule: Rule): string {
  return [...FRONT_MATTER, ...ruleDocSection(rule, '#')].join('\n');
}

/**
 * Every rule's page in one file (docs/rules.md), each a section under its `## <id>: <title>`
 * heading, and the 1-based line of each heading.
 */
export function renderRuleIndex(rules: readonly Rule[]): { text: string; headingLines: Map<string, number> } {
  const lines = [
    ...FRONT_MATTER,
    '# Signpost rules',
    '',
    'What each rule checks, why, its source, and faulty and correct examples (the examples are run as tests).',
    '',
  ];
  // Lines the elements take (one each, and more for a multi-line example or description).
  const height = (elements: string[]) => elements.reduce((sum, element) => sum + element.split('\n').length, 0);
  let linesSoFar = height(lines);
  const headingLines = new Map<string, number>();
  for (const rule of rules) {
    const section = ruleDocSection(rule, '##');
    headingLines.set(rule.meta.id, linesSoFar + 1);
    lines.push(...section);
    linesSoFar += height(section);
  }
  return { text: lines.join('\n'), headingLines };
}

/** A rule's heading (at `level`) and its page below it, ending in an empty line. */
function ruleDocSection(rule: Rule, level: '#' | '##'): string[] {
  const { meta } = rule;
  const applies =
    meta.appliesTo === 'any-letter' ? 'every complaint letter' : meta.appliesTo.map((type) => LETTER_TYPE_LABELS[type]).join(', ');
  const example = (text: string) => text.split('\n').map((line) => `> ${line}`).join('\n');
  return [
    `${level} ${meta.id}: ${meta.title}`,
    '',
    `- Default severity: **${meta.defaultSeverity}**`,
    `- Applies to: ${applies}`,
    `- Quick fix: ${meta.fixable ? 'yes' : 'no'}`,
    '',
    `${level}# What it checks`,
    '',
    meta.description,
    '',
    `${level}# Source`,
    '',
    meta.citation,
    '',
    `${level}# Faulty examples`,
    '',
    ...meta.examples.faulty.flatMap((e) => [`In a ${LETTER_TYPE_LABELS[e.letter].toLowerCase()}:`, '', example(e.text), '']),
    `${level}# Correct examples`,
    '',
    ...meta.examples.correct.flatMap((e) => [
      `In a ${LETTER_TYPE_LABELS[e.letter].toLowerCase()}${e.frontMatter ? ` (front matter: ${e.frontMatter.join('; ')})` : ''}:`,
      '',
      example(e.text),
      '',
    ]),
    `Turn it off for one line with \`<!-- signpost-disable-next-line ${meta.id} -->\`, or set its severity in \`.signpost.json\` or the \`signpost.rules\` setting.`,
    '',
  ];
}
