import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expandSnippet, parseSnippet, sampleVariables, tabOrder } from '../../server/src/drafting/snippetExpander';
import { checkSnippet } from '../../server/src/drafting/templateCheck';
import { SnippetBuilder, escapeChoice, escapeText } from '../../server/src/drafting/snippetBuilder';

/** The expander behind the snippet lint test must insert what VS Code inserts, or the test proves nothing. */
describe('snippet expansion (as VS Code inserts with every default accepted)', () => {
  test('placeholders give their default text, tab stops nothing, $0 nothing', () => {
    const x = expandSnippet('Dear ${1:Ms Jones},\n$2\n${3:the ${4:Complaints} Team}$0');
    assert.equal(x.text, 'Dear Ms Jones,\n\nthe Complaints Team');
    assert.deepEqual(tabOrder(x), [1, 2, 3, 4, 0]);
    assert.deepEqual(x.problems, []);
  });

  test('a choice gives its first option, or the one picked', () => {
    const body = '**Finding:** ${1|upheld,partially upheld,not upheld|}.';
    assert.equal(expandSnippet(body).text, '**Finding:** upheld.');
    assert.equal(expandSnippet(body, { choices: { 1: 2 } }).text, '**Finding:** not upheld.');
    assert.deepEqual(expandSnippet(body).stops[0].options, ['upheld', 'partially upheld', 'not upheld']);
  });

  test('mirrors show the first placeholder of their index, wherever it is', () => {
    assert.equal(expandSnippet('$1 / ${1:5 June 2024} / ${1}').text, '5 June 2024 / 5 June 2024 / 5 June 2024');
    assert.equal(expandSnippet('${2|a,b|} $2').text, 'a a');
  });

  test('mirrors with different defaults are reported (VS Code silently uses the first)', () => {
    const x = expandSnippet('${1:one} ${1:two}');
    assert.equal(x.text, 'one one');
    assert.equal(x.problems.length, 1);
  });

  test('escapes: \\$, \\} and \\\\ in text and placeholders, \\, and \\| in choices', () => {
    assert.equal(expandSnippet('Cost \\$5 \\} \\\\ ${1:a \\} b}').text, 'Cost $5 } \\ a } b');
    assert.equal(expandSnippet('${1|a\\,b,c\\|d|}').text, 'a,b');
    assert.equal(expandSnippet('a \\x $ b').text, 'a \\x $ b');
  });

  test('variables resolve to the sample values; unset ones use their default', () => {
    const vars = sampleVariables(new Date(2024, 5, 5, 9, 30));
    assert.equal(expandSnippet('$CURRENT_DATE $CURRENT_MONTH_NAME $CURRENT_YEAR', { variables: vars }).text, '05 June 2024');
    assert.equal(expandSnippet('${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}', { variables: vars }).text, '2024-06-05');
    assert.equal(expandSnippet('[${TM_SELECTED_TEXT:nothing}]').text, '[nothing]');
    assert.equal(expandSnippet('[${TM_SELECTED_TEXT}]').text, '[]');
    assert.equal(expandSnippet('[${TM_SELECTED_TEXT}]', { variables: { ...vars, TM_SELECTED_TEXT: 'picked' } }).text, '[picked]');
  });

  test('an unknown variable is inserted as its name (and reported); with a default, the default', () => {
    const x = expandSnippet('${COUNCIL_NAME} and $TEAM');
    assert.equal(x.text, 'COUNCIL_NAME and TEAM');
    assert.equal(x.problems.length, 2);
    assert.equal(expandSnippet('${COUNCIL_NAME:${1:Example Council}}').text, 'Example Council');
  });

  test('transforms on variables and mirrors', () => {
    const vars = sampleVariables(new Date(2024, 5, 5));
    assert.equal(expandSnippet('${CURRENT_MONTH_NAME/(.*)/${1:/upcase}/}', { variables: vars }).text, 'JUNE');
    assert.equal(expandSnippet('${1:stage two} ${1/(two)/${1:+2}/}').text, 'stage two stage 2');
    assert.equal(expandSnippet('${TM_FILENAME/(.*)\\.md/$1/}').text, 'letter');
  });

  test('malformed snippets are read as text, as VS Code does, and reported', () => {
    for (const body of ['${1:never closed', '${1|a,b', '${', '${1/(a/b}', '${1?}']) {
      const x = expandSnippet(body);
      assert.ok(x.problems.length > 0, body);
      assert.equal(x.text, body.replace(/\\(.)/g, '$1'), body);
    }
  });

  test('a body given as lines is joined with newlines', () => {
    assert.equal(expandSnippet(['a', '${1:b}', '']).text, 'a\nb\n');
  });

  test('parse gives the structure', () => {
    const { nodes } = parseSnippet('x ${1:a ${2|p,q|}} $0');
    assert.deepEqual(nodes.map((n) => n.type), ['text', 'placeholder', 'text', 'tabstop']);
  });
});

describe('the snippet builder writes what the expander reads back', () => {
  test('round trip with escaping, mirrors and numbering in reading order', () => {
    const b = new SnippetBuilder();
    const text = `Pay ${b.stop('amount', '$150 {approx}')} to ${b.stop('name', 'Ms \\Jones')}, ${b.choice('finding', ['upheld', 'partly, mostly', 'a|b'])}; ${b.mirror('name')}${b.end}`;
    const body = b.build(text);
    assert.equal(body, 'Pay ${1:\\$150 {approx\\}} to ${2:Ms \\\\Jones}, ${3|upheld,partly\\, mostly,a\\|b|}; ${2}$0');
    const x = expandSnippet(body);
    assert.equal(x.text, 'Pay $150 {approx} to Ms \\Jones, upheld; Ms \\Jones');
    assert.deepEqual(x.problems, []);
  });

  test('literal text that looks like snippet syntax stays literal', () => {
    const b = new SnippetBuilder();
    assert.equal(expandSnippet(b.build('Council ${NAME} $1 costs $5}')).text, 'Council ${NAME} $1 costs $5}');
    assert.equal(escapeText('$}\\'), '\\$\\}\\\\');
    assert.equal(escapeChoice('a,b|c\\'), 'a\\,b\\|c\\\\');
  });

  test('a key reused with another default is a mistake', () => {
    const b = new SnippetBuilder();
    b.stop('x', 'one');
    assert.throws(() => b.stop('x', 'two'));
    assert.throws(() => b.mirror('undefined-key'));
  });
});

describe('the template check can fail', () => {
  const faulty = [
    '---',
    'stage: 2',
    'letter: stage2-adjudication',
    'date: ${1:5 June 2024}',
    'requested: ${2:7 May 2024}',
    '---',
    '',
    'Dear ${3:Ms Jones},',
    '',
    'Your complaint was investigated by ${4:Mr Brook}, Investigating Officer, overseen by ${5:Ms Dean}, Independent Person. I enclose both reports.',
    '',
    'Complaint 1 is ${6|not upheld,upheld|}.',
    '',
    'If you remain dissatisfied, you ${7|must now contact the Local Government Ombudsman,can ask for a Stage 3 Review Panel within 20 working days by writing to us|}.',
    '',
    'Yours sincerely,',
    '',
    '${8:Dr Rao}',
  ];

  test('a snippet whose defaults teach a fault is caught', () => {
    const check = checkSnippet(faulty);
    const rules = check.faults.map((p) => p.ruleId);
    assert.ok(rules.includes('signpost/ombudsman-instead-of-stage3'), rules.join(', '));
    assert.ok(rules.includes('signpost/outdated-lgo-name'), rules.join(', '));
  });

  test('the same snippet with the right choice is clean, so the check judges the defaults, not the syntax', () => {
    const check = checkSnippet(faulty, { choices: { 7: 1 } });
    assert.deepEqual(
      check.faults.map((p) => p.ruleId),
      [],
    );
  });

  test('a default date that breaks a timescale is caught', () => {
    const late = faulty.map((line) => line.replace('${1:5 June 2024}', '${1:5 June 2025}'));
    const check = checkSnippet(late, { choices: { 7: 1 } });
    assert.ok(check.faults.some((p) => p.ruleId === 'time/overdue-no-apology'), check.faults.map((p) => p.ruleId).join(', '));
  });
});
