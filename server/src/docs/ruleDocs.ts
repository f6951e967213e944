import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../rules/types';
import { LETTER_TYPE_LABELS } from '../model/letterTypes';

/**
 * Rule documentation pages are generated from each rule's own metadata (one concept, one place):
 * `npm run docs` writes docs/rules/<id>.md, and a test fails when a page is out of date.
 */
export function ruleDocPath(ruleId: string, root: string): string {
  return join(root, 'docs', 'rules', ...ruleId.split('/')) + '.md';
}

/** The extension's root folder, from the bundled dist/*.js (or from server/src/docs in tests). */
export function extensionRoot(): string {
  return __dirname.endsWith('dist') ? join(__dirname, '..') : join(__dirname, '..', '..', '..');
}

const docUris = new Map<string, string>();

/** The rule page's file URI (remembered: every diagnostic carries one, and building it is not free). */
export function ruleDocUri(ruleId: string): string {
  let uri = docUris.get(ruleId);
  if (uri === undefined) docUris.set(ruleId, (uri = pathToFileURL(ruleDocPath(ruleId, extensionRoot())).toString()));
  return uri;
}

export function renderRuleDoc(rule: Rule): string {
  const { meta } = rule;
  const applies =
    meta.appliesTo === 'any-letter' ? 'every complaint letter' : meta.appliesTo.map((type) => LETTER_TYPE_LABELS[type]).join(', ');
  const example = (text: string) => text.split('\n').map((line) => `> ${line}`).join('\n');
  return [
    '---',
    'letter: not-a-letter',
    '---',
    '',
    `# ${meta.id}: ${meta.title}`,
    '',
    `- Default severity: **${meta.defaultSeverity}**`,
    `- Applies to: ${applies}`,
    `- Quick fix: ${meta.fixable ? 'yes' : 'no'}`,
    '',
    '## What it checks',
    '',
    meta.description,
    '',
    '## Source',
    '',
    meta.citation,
    '',
    '## Faulty examples',
    '',
    ...meta.examples.faulty.flatMap((e) => [`In a ${LETTER_TYPE_LABELS[e.letter].toLowerCase()}:`, '', example(e.text), '']),
    '## Correct examples',
    '',
    ...meta.examples.correct.flatMap((e) => [
      `In a ${LETTER_TYPE_LABELS[e.letter].toLowerCase()}${e.frontMatter ? ` (front matter: ${e.frontMatter.join('; ')})` : ''}:`,
      '',
      example(e.text),
      '',
    ]),
    `Turn it off for one line with \`<!-- signpost-disable-next-line ${meta.id} -->\`, or set its severity in \`.signpost.json\` or the \`signpost.rules\` setting.`,
    '',
  ].join('\n');
}
