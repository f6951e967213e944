import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { applyEdits, fixAll } from '../../server/src/engine/fixes';

const letter = (body: string) =>
  `Dear Mr Brown,\n\nThank you for your complaint about the foster placement.\n\n${body}\n\nYours sincerely,\n\nComplaints Manager\n`;

const OUTDATED = 'If you remain dissatisfied after the Review Panel, you can contact the Local Government Ombudsman.';

const ids = (text: string) => lint(text).problems.map((p) => p.ruleId).filter((id) => id === 'signpost/outdated-lgo-name');

test('suppression: next line, own line, region, whole file; with and without rule ids', () => {
  assert.equal(ids(letter(OUTDATED)).length, 1);
  assert.equal(ids(letter(`<!-- signpost-disable-next-line signpost/outdated-lgo-name -->\n${OUTDATED}`)).length, 0);
  assert.equal(ids(letter(`<!-- signpost-disable-next-line signpost/some-other-rule -->\n${OUTDATED}`)).length, 1);
  assert.equal(ids(letter(`${OUTDATED} <!-- signpost-disable-line -->`)).length, 0);
  assert.equal(ids(letter(`<!-- signpost-disable signpost/outdated-lgo-name -->\n\n${OUTDATED}\n\n<!-- signpost-enable signpost/outdated-lgo-name -->\n\n${OUTDATED}`)).length, 1);
  assert.equal(ids(letter(`<!-- signpost-disable -->\n\n${OUTDATED}\n\n${OUTDATED}`)).length, 0);
  assert.equal(ids(`<!-- signpost-disable-file -->\n${letter(OUTDATED)}`).length, 0);
  assert.equal(ids(letter(`\`\`\`\n<!-- signpost-disable-file -->\n\`\`\`\n\n${OUTDATED}`)).length, 1, 'a directive inside code is not a directive');
});

test('severity overrides: a level replaces the default, off drops the rule', () => {
  const text = letter(OUTDATED);
  assert.equal(lint(text).problems.find((p) => p.ruleId === 'signpost/outdated-lgo-name')?.severity, 'warning');
  assert.equal(lint(text, { severities: { 'signpost/outdated-lgo-name': 'error' } }).problems.find((p) => p.ruleId === 'signpost/outdated-lgo-name')?.severity, 'error');
  assert.equal(lint(text, { severities: { 'signpost/outdated-lgo-name': 'off' } }).problems.some((p) => p.ruleId === 'signpost/outdated-lgo-name'), false);
});

test('quoted words, blockquotes and code are not the council’s voice', () => {
  const quoted = letter(`You wrote: “the Local Government Ombudsman told me to complain again”.\n\n> The Local Government Ombudsman will decide.\n\n\`Local Government Ombudsman\``);
  assert.deepEqual(ids(quoted), []);
});

test('CRLF, BOM and emoji keep offsets exact', () => {
  const text = '\uFEFF' + letter(`😀 ${OUTDATED}`).replace(/\n/g, '\r\n');
  const problem = lint(text).problems.find((p) => p.ruleId === 'signpost/outdated-lgo-name')!;
  assert.equal(text.slice(problem.start, problem.end), 'Local Government Ombudsman');
  const fixed = fixAll(text).text;
  assert.ok(fixed.startsWith('\uFEFFDear Mr Brown,\r\n'));
  assert.match(fixed, /😀 If you remain dissatisfied after the Review Panel, you can contact the Local Government and Social Care Ombudsman\.\r\n/);
});

test('applyEdits refuses overlapping edits rather than damaging the letter', () => {
  assert.throws(() => applyEdits('abcdef', [{ start: 1, end: 4, newText: 'x' }, { start: 3, end: 5, newText: 'y' }]));
  assert.equal(applyEdits('abcdef', [{ start: 1, end: 2, newText: 'X' }, { start: 4, end: 4, newText: 'Y' }]), 'aXcdYef');
});
