import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../server/src/rules/registry';
import { lint } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/fixes';
import { exampleLetter } from '../support/letters';

/** Each rule carries its own faulty and correct examples (as Harper's Weir rules do); they are tests. */
for (const rule of RULES) {
  describe(rule.meta.id, () => {
    test('has at least one faulty and one correct example', () => {
      assert.ok(rule.meta.examples.faulty.length >= 1);
      assert.ok(rule.meta.examples.correct.length >= 1);
    });
    rule.meta.examples.faulty.forEach((example, index) => {
      test(`faulty example ${index + 1} is caught, and its fix removes the finding`, () => {
        const letter = exampleLetter(example);
        const result = lint(letter);
        assert.equal(result.model.inference.letterType, example.letter);
        const found = result.problems.filter((p) => p.ruleId === rule.meta.id);
        assert.ok(found.length > 0, `expected ${rule.meta.id} on: ${example.text}`);
        for (const problem of found) {
          for (const fix of problem.fixes) {
            for (const edit of fix.edits) {
              assert.ok(edit.start >= problem.start && edit.end <= problem.end, 'fix stays inside its finding');
            }
          }
        }
        if (rule.meta.fixable) {
          const first = found[0];
          assert.ok(first.fixes.length > 0, 'a fixable rule offers a fix');
          const fixed = applyEdits(letter, first.fixes[0].edits);
          const after = lint(fixed).problems.filter((p) => p.ruleId === rule.meta.id);
          assert.ok(after.length < found.length, `fix "${first.fixes[0].title}" removes the finding`);
        }
      });
    });
    rule.meta.examples.correct.forEach((example, index) => {
      test(`correct example ${index + 1} is not flagged`, () => {
        const result = lint(exampleLetter(example));
        const found = result.problems.filter((p) => p.ruleId === rule.meta.id);
        assert.deepEqual(
          found.map((p) => p.message),
          [],
          `no ${rule.meta.id} expected on: ${example.text}`,
        );
      });
    });
  });
}
