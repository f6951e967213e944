import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/rules/registry';
import { pathToFileURL } from 'node:url';
import { renderRuleDoc, renderRuleIndex, renderRuleTable, ruleDocPath, ruleDocUri, ruleIndexPath, withRuleTable } from '../../server/src/docs/ruleDocs';
import { lint } from '../../server/src/engine/lint';
import { configSchema } from '../../server/src/docs/configSchema';

const root = join(__dirname, '..', '..');

test('every rule has an up-to-date documentation page (run `npm run docs` after changing a rule)', () => {
  for (const rule of RULES) {
    const path = ruleDocPath(rule.meta.id, root);
    assert.ok(existsSync(path), `missing ${path}`);
    assert.equal(readFileSync(path, 'utf8'), renderRuleDoc(rule), `${path} is out of date`);
  }
});

test('docs/rules.md, the rule reference the VSIX ships, is every page in one file and up to date (`npm run docs`)', () => {
  const shipped = readFileSync(ruleIndexPath(root), 'utf8');
  assert.equal(shipped, renderRuleIndex(RULES).text, 'docs/rules.md is out of date');
  for (const rule of RULES) {
    const page = renderRuleDoc(rule).replace(/^---\n[\s\S]*?\n---\n\n/, '');
    // the same page, its headings one level down
    assert.ok(shipped.includes(page.replace(/^(#+) /gm, '#$1 ')), `${rule.meta.id}'s page is not in docs/rules.md`);
  }
  assert.deepEqual(lint(shipped).problems, [], 'docs/rules.md is not linted as a letter');
  const vscodeignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(vscodeignore.includes('!docs/rules.md'), 'docs/rules.md is in the VSIX');
  assert.ok(!vscodeignore.some((line) => line.startsWith('!docs/rules/')), 'the per-rule pages are not (they are in docs/rules.md)');
});

test("a diagnostic's and a hover's rule link opens docs/rules.md at the rule's heading (VS Code reads #L<line>)", () => {
  const lines = readFileSync(ruleIndexPath(root), 'utf8').split('\n');
  const file = pathToFileURL(ruleIndexPath(root)).toString();
  for (const rule of RULES) {
    const uri = ruleDocUri(rule.meta.id);
    const match = /^(.*)#L(\d+)$/.exec(uri);
    assert.ok(match, uri);
    assert.equal(match[1], file);
    assert.equal(lines[Number(match[2]) - 1], `## ${rule.meta.id}: ${rule.meta.title}`, rule.meta.id);
  }
});

test('the README the VSIX ships (README.marketplace.md) is up to date: rules, commands, settings, snippets', () => {
  const readme = readFileSync(join(root, 'README.marketplace.md'), 'utf8');
  assert.equal(readme, withRuleTable(readme, renderRuleTable(RULES)), 'its rule table is out of date (run `npm run docs`)');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(pkg.scripts.package, /vsce package .*--readme-path README\.marketplace\.md/);
  const prose = readme.replace(/\s+/g, ' ');
  for (const { title } of pkg.contributes.commands as { title: string }[]) assert.ok(prose.includes(`Signpost: ${title}`), `command "${title}"`);
  for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(prose.includes(key), `setting ${key}`);
  const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'markdown.json'), 'utf8')) as Record<string, { prefix: string }>;
  for (const { prefix } of Object.values(snippets)) {
    const family = /^sp-(para|disable)-/.exec(prefix);
    assert.ok(prose.includes(family ? `\`sp-${family[1]}-…\`` : `\`${prefix}\``), `snippet ${prefix}`);
  }
});

test("the README's rule table lists exactly the registered rules", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
  const listed = [...table.matchAll(/^\|\s*`([a-z0-9]+\/[a-z0-9-]+)`/gm)].map((m) => m[1]);
  assert.deepEqual(listed, RULES.map((rule) => rule.meta.id));
});

test('every rule cites a source and the rule pages themselves are not linted as letters', () => {
  for (const rule of RULES) {
    assert.ok(rule.meta.citation.length > 20, `${rule.meta.id} cites its source`);
    const page = readFileSync(ruleDocPath(rule.meta.id, root), 'utf8');
    assert.deepEqual(lint(page).problems, []);
  }
});

test('the shipped .signpost.json schema is generated from the registry (run `npm run docs`)', () => {
  const shipped = JSON.parse(readFileSync(join(root, 'schemas', 'signpost.schema.json'), 'utf8'));
  assert.deepEqual(shipped, configSchema());
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.signpost.json', url: './schemas/signpost.schema.json' }]);
});
