import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/lint';
import { fixAll } from '../../server/src/engine/fixes';
import { expectedMarkers } from '../support/letters';

/**
 * Fixture letters, markdownlint-style: each folder under test/fixtures/letters holds realistic
 * letters (faulty ones and correct near misses) with `<!-- expect: rule-id -->` on every line where
 * a finding must start, and an expected.json giving each letter's type and stage. Letters without
 * front matter test stage inference from the text alone.
 */
const root = join(__dirname, '..', 'fixtures', 'letters');

for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const dir = join(root, folder);
  const expectedTypes = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, { letterType: string; stage: number | null }>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));

  test(`${folder}: every fixture letter has an expected type`, () => {
    assert.deepEqual(files.filter((f) => !(f in expectedTypes)), []);
  });

  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    test(`${folder}/${file}: letter type and stage`, () => {
      const { model } = lint(text);
      assert.deepEqual(
        { letterType: model.inference.letterType, stage: model.inference.stage },
        expectedTypes[file],
        model.inference.evidence.map((e) => `${e.line + 1}: ${e.reason}`).join('\n'),
      );
    });
    test(`${folder}/${file}: exactly the expected findings`, () => {
      const { problems, model } = lint(text);
      const actual = problems.map((p) => `${model.lines.lineAt(p.start) + 1} ${p.ruleId}`).sort();
      const expected = expectedMarkers(text)
        .map((e) => `${e.line + 1} ${e.ruleId}`)
        .sort();
      assert.deepEqual(actual, expected);
    });
    test(`${folder}/${file}: fix all is idempotent and never raises new findings`, () => {
      const once = fixAll(text);
      const twice = fixAll(once.text);
      assert.equal(twice.text, once.text);
      const before = new Set(lint(text).problems.map((p) => p.ruleId));
      for (const problem of lint(once.text).problems) assert.ok(before.has(problem.ruleId), `new ${problem.ruleId} after fix all`);
    });
  }
}
