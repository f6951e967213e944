// Writes docs/rules/<rule id>.md and docs/rules.md (all of them, the one the VSIX ships) from each rule's own metadata, the rule table of README.marketplace.md (the README the VSIX ships), and the .signpost.json schema. Run: npm run docs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RULES } from '../server/src/rules/registry';
import { renderRuleDoc, renderRuleIndex, renderRuleTable, ruleDocPath, ruleIndexPath, withRuleTable } from '../server/src/docs/ruleDocs';
import { configSchema } from '../server/src/docs/configSchema';

const root = join(__dirname, '..');
for (const rule of RULES) {
  const path = ruleDocPath(rule.meta.id, root);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderRuleDoc(rule));
}
writeFileSync(ruleIndexPath(root), renderRuleIndex(RULES).text);
const marketplaceReadme = join(root, 'README.marketplace.md');
writeFileSync(marketplaceReadme, withRuleTable(readFileSync(marketplaceReadme, 'utf8'), renderRuleTable(RULES)));
writeFileSync(join(root, 'schemas', 'signpost.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n');
console.log(`wrote ${RULES.length} rule pages, docs/rules.md, the rule table of README.marketplace.md and schemas/signpost.schema.json`);
