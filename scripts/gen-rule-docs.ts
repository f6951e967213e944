// Writes docs/rules/<rule id>.md and docs/rules.md (all of them, the one the VSIX ships) from each rule's own metadata, and the .signpost.json schema. Run: npm run docs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RULES } from '../server/src/rules/registry';
import { renderRuleDoc, renderRuleIndex, ruleDocPath, ruleIndexPath } from '../server/src/docs/ruleDocs';
import { configSchema } from '../server/src/docs/configSchema';

const root = join(__dirname, '..');
for (const rule of RULES) {
  const path = ruleDocPath(rule.meta.id, root);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderRuleDoc(rule));
}
writeFileSync(ruleIndexPath(root), renderRuleIndex(RULES).text);
writeFileSync(join(root, 'schemas', 'signpost.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n');
console.log(`wrote ${RULES.length} rule pages, docs/rules.md and schemas/signpost.schema.json`);
