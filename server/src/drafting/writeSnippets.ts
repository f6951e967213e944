// Writes snippets/markdown.json from the drafting templates.
// Run: node --import tsx server/src/drafting/writeSnippets.ts (test/unit/snippets.test.ts checks it is in step).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNIPPET_FILE, snippetFileText } from './snippetFile';

const path = join(__dirname, '..', '..', '..', SNIPPET_FILE);
writeFileSync(path, snippetFileText());
console.log(`wrote ${path}`);
