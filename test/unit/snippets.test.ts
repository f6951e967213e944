import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_TODAY, SNIPPET_FILE, snippetFileText, snippetName, type SnippetFileEntry } from '../../server/src/drafting/snippetFile';
import { FINDING_VALUES, LETTER_TEMPLATES, RECOMMENDATION_DECISIONS, TEMPLATES, type TemplateDef } from '../../server/src/drafting/templates';
import { checkSnippet, checkText, describeFindings, insertBeforeSignOff } from '../../server/src/drafting/templateCheck';
import { expandSnippet, sampleVariables, type Expansion } from '../../server/src/drafting/snippetExpander';
import { createCalendar, formatPlainDate } from '../../server/src/time/calendar';
import { LETTER_TYPES } from '../../server/src/model/letterTypes';

/**
 * The contributed snippets (snippets/markdown.json) must never teach a fault: every snippet is
 * expanded the way VS Code inserts it when the officer accepts every default (first choice,
 * default text, mirrors, variables at fixed sample values) and linted with every rule. A letter
 * must have no error or warning; a paragraph must have none in each letter it belongs in.
 */

const root = join(__dirname, '..', '..');
const fileText = readFileSync(join(root, SNIPPET_FILE), 'utf8');
const snippets = JSON.parse(fileText) as Record<string, SnippetFileEntry>;
const entries = Object.entries(snippets);
const templateOf = (prefix: string): TemplateDef => {
  const template = TEMPLATES.find((t) => t.prefix === prefix);
  assert.ok(template, `no template for ${prefix}`);
  return template;
};
const entryOf = (id: string): SnippetFileEntry => {
  const template = TEMPLATES.find((t) => t.id === id);
  assert.ok(template, `no template ${id}`);
  return snippets[snippetName(template)];
};
const expand = (id: string, options = {}): Expansion => expandSnippet(entryOf(id).body, options);

test(`${SNIPPET_FILE} is generated from the templates (run: node --import tsx server/src/drafting/writeSnippets.ts)`, () => {
  const generated = JSON.parse(snippetFileText()) as Record<string, SnippetFileEntry>;
  assert.deepEqual(Object.keys(snippets), Object.keys(generated));
  for (const [name, entry] of Object.entries(generated)) assert.deepEqual(snippets[name], entry, `${name} is out of date`);
  assert.equal(fileText, snippetFileText());
});

test('package.json contributes the snippet file for Markdown', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.deepEqual(
    manifest.contributes.snippets.filter((s: { path: string }) => s.path.replace(/^\.\//, '') === SNIPPET_FILE),
    [{ language: 'markdown', path: `./${SNIPPET_FILE}` }],
  );
});

test('there is a letter snippet for every letter of the procedure', () => {
  const letters = entries.filter(([, e]) => templateOf(e.prefix).kind === 'letter').map(([, e]) => templateOf(e.prefix));
  const types = new Set(letters.map((t) => t.letterType));
  for (const type of ['stage1-acknowledgement', 'stage1-response', 'stage2-acknowledgement', 'stage2-extension', 'stage2-adjudication', 'stage3-arrangements', 'stage3-final-response', 'refusal']) {
    assert.ok(types.has(type as never), `no snippet for ${type}`);
  }
  const ids = letters.map((t) => t.id);
  for (const id of ['stage2-acknowledgement-written', 'court-pause', 'early-referral']) assert.ok(ids.includes(id), `no ${id} letter`);
  assert.equal(letters.length, LETTER_TEMPLATES.length);
  // A new letter type needs a template, so officers can start it from a correct letter.
  for (const type of LETTER_TYPES.filter((t) => t !== 'unknown-letter' && t !== 'not-a-letter')) assert.ok(types.has(type), `no letter snippet for ${type}`);
  for (const [, entry] of entries) assert.equal(entry.isFileTemplate ?? false, templateOf(entry.prefix).kind === 'letter', entry.prefix);
});

test('there are paragraph snippets for each signposting step, delay apology, advocacy, written contact and turning rules off', () => {
  const prefixes = new Set(entries.map(([, e]) => e.prefix));
  for (const prefix of [
    'sp-para-stage2-right',
    'sp-para-stage3-right',
    'sp-para-ombudsman',
    'sp-para-delay-apology',
    'sp-para-advocacy',
    'sp-para-written-contact',
    'sp-disable-next-line',
    'sp-disable-line',
    'sp-disable-region',
    'sp-disable-file',
  ]) {
    assert.ok(prefixes.has(prefix), `no ${prefix}`);
  }
});

describe('every snippet is well formed', () => {
  test('prefixes are unique and start with sp-', () => {
    const prefixes = entries.map(([, e]) => e.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const prefix of prefixes) assert.match(prefix, /^sp-[a-z0-9-]+$/);
  });
  for (const [name, entry] of entries) {
    test(`${name}: valid syntax, tab stops 1…n in reading order, $0 once, defaults everywhere`, () => {
      assert.ok(entry.description.length > 20, 'has a description');
      const expansion = expandSnippet(entry.body);
      assert.deepEqual(expansion.problems, []);
      const firstSeen: number[] = [];
      for (const stop of expansion.stops) if (stop.index !== 0 && !firstSeen.includes(stop.index)) firstSeen.push(stop.index);
      assert.deepEqual(firstSeen, firstSeen.map((_, i) => i + 1), 'Tab visits the stops in reading order');
      assert.equal(expansion.stops.filter((s) => s.index === 0).length, 1, 'one final cursor position');
      assert.doesNotMatch(expansion.text, /\$\{?\d|\$\{[A-Z_]/, 'no snippet syntax left in the text');
      if (templateOf(entry.prefix).kind !== 'comment') {
        for (const stop of expansion.stops) if (stop.index !== 0) assert.ok(stop.end > stop.start, `tab stop ${stop.index} has a default`);
      }
    });
  }
});

describe('every letter snippet lints clean with its defaults', () => {
  for (const [name, entry] of entries) {
    const template = templateOf(entry.prefix);
    if (template.kind !== 'letter') continue;
    test(`${name}: no error or warning, as a ${template.letterType} at stage ${template.stage}`, () => {
      const check = checkSnippet(entry.body);
      assert.deepEqual(check.expansion.problems, []);
      assert.equal(check.faults.length, 0, describeFindings(check));
      assert.equal(check.letterType, template.letterType);
      assert.equal(check.stage, template.stage);
      assert.match(check.text, /^---\nstage: [123]\nletter: [a-z0-9-]+\n/, 'front matter makes the stage explicit');
    });
    test(`${name}: every option of every choice lints clean too`, () => {
      const choices = expandSnippet(entry.body).stops.filter((s) => s.kind === 'choice');
      for (const choice of choices) {
        choice.options!.forEach((option, index) => {
          const check = checkSnippet(entry.body, { choices: { [choice.index]: index } });
          assert.equal(check.faults.length, 0, `choice ${choice.index} = “${option}”:\n${describeFindings(check)}`);
        });
      }
    });
    test(`${name}: clean whatever date VS Code's variables give`, () => {
      for (const now of [new Date(2025, 11, 24, 17, 0), new Date(2026, 3, 3, 8, 0), new Date(2030, 0, 1, 0, 0)]) {
        const check = checkSnippet(entry.body, { variables: sampleVariables(now) });
        assert.equal(check.faults.length, 0, describeFindings(check));
      }
    });
  }
});

describe('every paragraph snippet lints clean in the letters it belongs in', () => {
  for (const [name, entry] of entries) {
    const template = templateOf(entry.prefix);
    if (template.kind === 'letter') continue;
    assert.ok(template.belongsIn?.length, `${name} says which letters it belongs in`);
    for (const host of template.belongsIn!) {
      test(`${name} in the ${host} letter`, () => {
        const letter = expand(host).text;
        const paragraph = expandSnippet(entry.body);
        const variants = [paragraph, ...paragraph.stops.filter((s) => s.kind === 'choice').flatMap((c) => c.options!.map((_, i) => expandSnippet(entry.body, { choices: { [c.index]: i } })))];
        for (const variant of variants) {
          const check = checkText(insertBeforeSignOff(letter, variant.text));
          assert.equal(check.faults.length, 0, describeFindings(check));
        }
      });
    }
  }
});

describe('the signposting paragraphs are the letters’ own, and alone give a letter its next step', () => {
  const cases = [
    { id: 'para-stage2-right', letter: 'stage1-response', rule: 'signpost/missing-stage2-right' },
    { id: 'para-stage3-right', letter: 'stage2-adjudication', rule: 'signpost/missing-stage3-right' },
    { id: 'para-ombudsman', letter: 'stage3-final-response', rule: 'signpost/missing-lgsco-after-stage3' },
    { id: 'para-early-referral', letter: 'early-referral', rule: 'signpost/missing-stage3-right' },
  ] as const;
  for (const c of cases) {
    test(`${c.id}: the ${c.letter} letter without it is caught, with it clean`, () => {
      const letter = expand(c.letter).text;
      const paragraph = expand(c.id).text;
      assert.ok(letter.includes(paragraph + '\n\n'), 'the letter uses the same wording (one place for each wording)');
      const without = checkText(letter.replace(paragraph + '\n\n', ''));
      assert.ok(without.faults.some((p) => p.ruleId === c.rule), `${c.rule} fires without the paragraph`);
      const check = checkText(insertBeforeSignOff(letter.replace(paragraph + '\n\n', ''), paragraph));
      assert.equal(check.faults.length, 0, describeFindings(check));
    });
  }
});

describe('the letters contain what the procedure requires', () => {
  const calendar = createCalendar();
  const date = (d: Date) => formatPlainDate(d);

  test('stage 2 adjudication: IO and IP named, both reports enclosed, a finding choice per point, apology, actions table, Review Panel paragraph', () => {
    const expansion = expand('stage2-adjudication');
    const text = expansion.text;
    assert.match(text, /Investigating Officer/);
    assert.match(text, /Independent Person, who is not employed by the Council/);
    assert.match(text, /I enclose the Investigating Officer’s report and the Independent Person’s report\./);
    const findings = expansion.stops.filter((s) => s.kind === 'choice');
    assert.ok(findings.length >= 2, 'one finding per complaint point');
    for (const f of findings) assert.deepEqual(f.options, [...FINDING_VALUES]);
    assert.deepEqual([...FINDING_VALUES], ['upheld', 'partially upheld', 'not upheld']);
    assert.match(text, /## Complaint 1: [\s\S]*\nFinding: upheld\.\n[\s\S]*\nReasons: [\s\S]*I apologise that [\s\S]*## Complaint 2:/);
    assert.match(text, /\nWhat we will do: Review every emergency placement made this year\./);
    assert.match(text, /\| Complaint \| Action \| Who \| By when \|\n\|---\|---\|---\|---\|\n\| 1 \| Review every emergency placement made this year \| /);
    const action = expansion.stops.find((s) => text.slice(s.start, s.end) === 'Review every emergency placement made this year')!;
    assert.equal(expansion.stops.filter((s) => s.index === action.index).length, 2, 'the action is typed once and mirrored into the table');
    assert.match(text, /Stage 3 Review Panel[^\n]*within 20 working days of receiving this letter[^\n]*You do not need to use a form\./);
  });

  test('stage 3 final response: each recommendation with a decision and reasons, the Independent Person, actions, the Ombudsman with its contact details', () => {
    const expansion = expand('stage3-final-response');
    const decisions = expansion.stops.filter((s) => s.kind === 'choice');
    assert.ok(decisions.length >= 2);
    for (const d of decisions) assert.deepEqual(d.options, [...RECOMMENDATION_DECISIONS]);
    assert.match(expansion.text, /## Recommendation 1: [\s\S]*\nOur decision: accepted\.\n[\s\S]*\nReasons: /);
    assert.match(expansion.text, /together with [^,]+, the Independent Person from Stage 2/);
    assert.match(expansion.text, /Local Government and Social Care Ombudsman[\s\S]*www\.lgo\.org\.uk[\s\S]*0300 061 0614/);
  });

  test('stage 2 extension: the reason and a new date no later than 65 working days after the request', () => {
    const text = expand('stage2-extension').text;
    const requested = calendar.addWorkingDays(SAMPLE_TODAY, -20);
    assert.match(text, new RegExp(`requested: ${date(requested)}`));
    assert.match(text, /because /);
    assert.ok(text.includes(`by ${date(calendar.addWorkingDays(requested, 65))}, which is within the 65 working days`));
  });

  test('stage 2 acknowledgements: the statement of complaint, and the written-contact variant needs no meeting', () => {
    assert.match(expand('stage2-acknowledgement').text, /## The statement of your complaint/);
    const written = expand('stage2-acknowledgement-written').text;
    assert.match(written, /in writing only, and we will/);
    assert.match(written, /We will not ask you to meet us/);
  });

  test('stage 3 arrangements: the panel meets within 30 working days of the request, three independent people with a chair', () => {
    const text = expand('stage3-arrangements').text;
    const requested = calendar.addWorkingDays(SAMPLE_TODAY, -3);
    const panel = calendar.addWorkingDays(requested, 20);
    assert.ok(calendar.workingDaysBetween(requested, panel) <= 30);
    assert.ok(text.includes(`The panel will meet on ${date(panel)}`));
    assert.match(text, /three people independent of the Council, one of whom chairs it/);
  });

  test('court pause: only the part before the court, with the right to resubmit', () => {
    const text = expand('court-pause').text;
    assert.match(text, /letter: refusal/);
    assert.match(text, /you can resubmit this part of your complaint/);
    assert.match(text, /We will consider the rest of your complaint/);
  });

  test('early referral: declared in the front matter, the Ombudsman now and the Review Panel still offered', () => {
    const text = expand('early-referral').text;
    assert.match(text, /exception: early-referral/);
    assert.match(text, /you may ask the Local Government and Social Care Ombudsman to look at your complaint now/);
    assert.match(text, /You can still ask for a Stage 3 Review Panel instead/);
    assert.doesNotMatch(text, /\bmust\b/);
  });

  test('every letter mirrors its date into the front matter, and the complaints team is typed once', () => {
    for (const template of LETTER_TEMPLATES) {
      const expansion = expand(template.id);
      const dateStop = expansion.stops[0];
      assert.equal(expansion.text.slice(dateStop.start, dateStop.end), date(SAMPLE_TODAY), template.id);
      assert.ok(expansion.stops.filter((s) => s.index === dateStop.index).length >= 2, `${template.id}: the date is mirrored in the heading`);
      const team = expansion.stops.filter((s) => expansion.text.slice(s.start, s.end) === 'the Complaints Team');
      assert.ok(team.length === 0 || new Set(team.map((s) => s.index)).size === 1, `${template.id}: one tab stop for the team`);
    }
  });
});
