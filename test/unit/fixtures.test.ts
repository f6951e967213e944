import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/lint';
import { fixAll } from '../../server/src/engine/fixes';
import { expectedMarkers } from '../support/letters';

const dir = join(__dirname, '..', 'fixtures', 'letters');

/** What each fixture is; letters without front matter test stage inference from the text alone. */
const EXPECTED_TYPE: Record<string, { letterType: string; stage: number | null }> = {
  'bexley-stage2-faulty.md': { letterType: 'stage2-adjudication', stage: 2 },
  'kent-stage1-corporate-faulty.md': { letterType: 'stage1-response', stage: 1 },
  'lewisham-refusal-faulty.md': { letterType: 'refusal', stage: 2 },
  'moved-to-statutory-correct.md': { letterType: 'stage1-response', stage: 1 },
  'school-transport-corporate-correct.md': { letterType: 'stage1-response', stage: 1 },
  'stage1-correct.md': { letterType: 'stage1-response', stage: 1 },
  'stage2-adjudication-correct.md': { letterType: 'stage2-adjudication', stage: 2 },
  'stage2-early-referral-correct.md': { letterType: 'stage2-adjudication', stage: 2 },
  'stage3-final-correct.md': { letterType: 'stage3-final-response', stage: 3 },
  'stage3-final-faulty.md': { letterType: 'stage3-final-response', stage: 3 },
  'stage3-phso-faulty.md': { letterType: 'stage3-final-response', stage: 3 },
  'team-notes-not-a-letter.md': { letterType: 'not-a-letter', stage: null },
};

const files = readdirSync(dir).filter((f) => f.endsWith('.md'));

test('every fixture letter has an expected type', () => {
  assert.deepEqual(files.filter((f) => !(f in EXPECTED_TYPE)), []);
});

for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  test(`${file}: letter type and stage`, () => {
    const { model } = lint(text);
    assert.deepEqual(
      { letterType: model.inference.letterType, stage: model.inference.stage },
      EXPECTED_TYPE[file],
      model.inference.evidence.map((e) => `${e.line + 1}: ${e.reason}`).join('\n'),
    );
  });
  test(`${file}: exactly the expected findings`, () => {
    const { problems, model } = lint(text);
    const actual = problems.map((p) => `${model.lines.lineAt(p.start) + 1} ${p.ruleId}`).sort();
    const expected = expectedMarkers(text)
      .map((e) => `${e.line + 1} ${e.ruleId}`)
      .sort();
    assert.deepEqual(actual, expected);
  });
  test(`${file}: fix all is idempotent and never raises new findings`, () => {
    const once = fixAll(text);
    const twice = fixAll(once.text);
    assert.equal(twice.text, once.text);
    const before = new Set(lint(text).problems.map((p) => p.ruleId));
    for (const problem of lint(once.text).problems) assert.ok(before.has(problem.ruleId), `new ${problem.ruleId} after fix all`);
  });
}
