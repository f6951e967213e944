import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CouncilDetails } from '../../shared/settings';
import { letterTemplateList, newLetter } from '../../server/src/drafting/newLetter';
import { signpostingParagraph, type LetterFacts } from '../../server/src/drafting/signposting';
import { cleanCouncil, LETTER_TEMPLATES, renderTemplate, TEMPLATES } from '../../server/src/drafting/templates';
import { checkSnippet, checkText, describeFindings, insertBeforeSignOff } from '../../server/src/drafting/templateCheck';
import { expandSnippet } from '../../server/src/drafting/snippetExpander';
import { createCalendar, defaultCalendar, formatPlainDate } from '../../server/src/time/calendar';
import { calendarDate } from '../../server/src/time/calendarDate';
import { LETTER_TYPES, type LetterType } from '../../server/src/model/letterTypes';
import { lint } from '../../server/src/engine/lint';
import { exampleLetter } from '../support/letters';

const COUNCIL: CouncilDetails = {
  name: 'Borsetshire County Council',
  complaintsTeam: 'the Children’s Complaints Team',
  complaintsEmail: 'complaints@borsetshire.example.gov.uk',
  complaintsPhone: '01234 567890',
  advocacyService: 'Borsetshire Young People’s Advocacy ($ free, {no} forms)',
};

/** Days that stress the working-day arithmetic: year end, Easter, bank holidays, weekends, 2020 VE day. */
const TODAYS = [
  calendarDate(2024, 6, 5),
  calendarDate(2024, 12, 24),
  calendarDate(2024, 12, 27),
  calendarDate(2025, 1, 2),
  calendarDate(2025, 4, 18), // Good Friday
  calendarDate(2025, 4, 22),
  calendarDate(2025, 5, 26), // spring bank holiday
  calendarDate(2025, 8, 30), // Saturday
  calendarDate(2020, 5, 8),
  calendarDate(2026, 12, 28),
  calendarDate(2027, 3, 1),
];

describe('"New Letter…" templates', () => {
  test('lists every letter template in the order of the procedure', () => {
    const list = letterTemplateList();
    assert.deepEqual(list.map((t) => t.id), LETTER_TEMPLATES.map((t) => t.id));
    for (const item of list) {
      assert.ok((LETTER_TYPES as readonly string[]).includes(item.letterType), item.id);
      assert.ok(item.label && item.description, item.id);
    }
    assert.deepEqual(list.map((t) => t.stage), [1, 1, 2, 2, 2, 2, 3, 3, 1, 2]);
  });

  test('only letters can be opened as a new letter', () => {
    assert.equal(newLetter('para-stage2-right', {}, defaultCalendar()), null);
    assert.equal(newLetter('no-such-letter', {}, defaultCalendar()), null);
  });

  for (const template of LETTER_TEMPLATES) {
    test(`${template.id}: clean on any day, with or without council details`, () => {
      for (const now of TODAYS) {
        for (const council of [{}, COUNCIL]) {
          const letter = newLetter(template.id, council, defaultCalendar(), now)!;
          assert.equal(letter.letterType, template.letterType);
          const check = checkSnippet(letter.snippet);
          assert.deepEqual(check.expansion.problems, []);
          assert.equal(check.faults.length, 0, `${formatPlainDate(now)}:\n${describeFindings(check)}`);
          assert.equal(check.letterType, template.letterType);
          assert.ok(check.text.includes(`date: ${formatPlainDate(now)}`), 'dated today');
        }
      }
    });
  }

  test('the configured council details replace the placeholders, escaped', () => {
    const letter = newLetter('stage2-adjudication', COUNCIL, defaultCalendar(), calendarDate(2024, 6, 5))!;
    const { text, stops } = expandSnippet(letter.snippet);
    assert.ok(text.includes('Borsetshire County Council\nChildren’s Services'));
    assert.ok(text.includes('Please contact the Children’s Complaints Team (email complaints@borsetshire.example.gov.uk or phone 01234 567890) within 20 working days'));
    assert.ok(text.includes('Borsetshire Young People’s Advocacy ($ free, {no} forms) can help.'));
    assert.doesNotMatch(text, /Example Borough Council|the Complaints Team/);
    for (const stop of stops) assert.doesNotMatch(text.slice(stop.start, stop.end), /Borsetshire/, 'council details are text, not tab stops');
    // Without details, the team and the council are tab stops the officer fills once.
    const blank = expandSnippet(newLetter('stage2-adjudication', { name: '  ', complaintsTeam: '' }, defaultCalendar())!.snippet);
    assert.ok(blank.stops.some((s) => blank.text.slice(s.start, s.end) === 'Example Borough Council'));
    assert.ok(blank.stops.some((s) => blank.text.slice(s.start, s.end) === 'the Complaints Team'));
  });

  test('dates are counted in working days, with the council’s closure days', () => {
    const now = calendarDate(2024, 6, 5);
    const closures = ['2024-05-08', '2024-07-01'];
    const calendar = createCalendar(closures);
    const { text } = expandSnippet(newLetter('stage2-extension', {}, calendar, now)!.snippet);
    const requested = calendar.addWorkingDays(now, -20);
    const newDate = calendar.addWorkingDays(requested, 65);
    assert.ok(text.includes(`requested: ${formatPlainDate(requested)}`));
    assert.ok(text.includes(`by ${formatPlainDate(newDate)}, which is within the 65 working days`));
    assert.notEqual(formatPlainDate(newDate), formatPlainDate(defaultCalendar().addWorkingDays(defaultCalendar().addWorkingDays(now, -20), 65)));
    // The linter, given the same closure days, agrees.
    const check = checkSnippet(newLetter('stage2-extension', {}, calendar, now)!.snippet, {}, { nonWorkingDays: closures });
    assert.equal(check.faults.length, 0, describeFindings(check));
  });

  test('blank council settings fall back to the default wording', () => {
    assert.deepEqual(cleanCouncil({ name: ' ', complaintsTeam: 'the Team ', complaintsEmail: '' }), { complaintsTeam: 'the Team' });
    assert.deepEqual(cleanCouncil(undefined), {});
  });

  test('paragraph templates render with the council details too', () => {
    for (const template of TEMPLATES.filter((t) => t.kind !== 'letter')) {
      const body = renderTemplate(template, { council: COUNCIL, today: calendarDate(2024, 6, 5), calendar: defaultCalendar() });
      assert.deepEqual(expandSnippet(body).problems, [], template.id);
    }
  });
});

describe('"Insert Signposting Paragraph"', () => {
  const facts = (letterType: LetterType, stage: 1 | 2 | 3 | null, earlyReferral = false): LetterFacts => ({ isLetter: letterType !== 'not-a-letter', letterType, stage, earlyReferral });

  test('the next step for each letter type', () => {
    const expected: [LetterType, 1 | 2 | 3 | null, string][] = [
      ['stage1-acknowledgement', 1, 'stage1-timescales'],
      ['stage1-response', 1, 'stage2'],
      ['stage2-acknowledgement', 2, 'stage2-timescales'],
      ['stage2-adjudication', 2, 'stage3'],
      ['stage3-arrangements', 3, 'panel-report'],
      ['stage3-final-response', 3, 'lgsco'],
    ];
    for (const [type, stage, id] of expected) {
      const answer = signpostingParagraph(facts(type, stage), {});
      assert.equal(answer.recommended, id, type);
      assert.equal(answer.choices[0].id, id, 'the recommended paragraph comes first');
    }
  });

  test('early referral only when the letter declares it', () => {
    assert.equal(signpostingParagraph(facts('stage2-adjudication', 2, true), {}).recommended, 'early-referral');
    assert.equal(signpostingParagraph(facts('stage2-adjudication', 2, false), {}).recommended, 'stage3');
  });

  test('refusals, unknown letters and notes: the officer picks', () => {
    assert.equal(signpostingParagraph(facts('refusal', 1), {}).recommended, null);
    assert.equal(signpostingParagraph(facts('stage2-extension', 2), {}).recommended, null);
    assert.equal(signpostingParagraph(facts('unknown-letter', null), {}).recommended, null);
    assert.equal(signpostingParagraph(facts('unknown-letter', 2), {}).recommended, 'stage3');
    const notes = signpostingParagraph(facts('not-a-letter', null), {});
    assert.equal(notes.recommended, null);
    assert.match(notes.reason, /not .* a complaint letter/);
    assert.equal(notes.choices.length, 8);
  });

  test('the paragraphs carry the council’s contact details', () => {
    const answer = signpostingParagraph(facts('stage1-response', 1), COUNCIL);
    assert.match(answer.choices[0].text, /contact the Children’s Complaints Team \(email complaints@borsetshire\.example\.gov\.uk or phone 01234 567890\)/);
  });

  test('each recommended paragraph is the one its letter template uses, and puts back what removing it takes away', () => {
    const cases: [LetterType, 1 | 2 | 3, boolean, string, string | null][] = [
      ['stage1-acknowledgement', 1, false, 'stage1-acknowledgement', null],
      ['stage1-response', 1, false, 'stage1-response', 'signpost/missing-stage2-right'],
      ['stage2-acknowledgement', 2, false, 'stage2-acknowledgement', null],
      ['stage2-adjudication', 2, false, 'stage2-adjudication', 'signpost/missing-stage3-right'],
      ['stage2-adjudication', 2, true, 'early-referral', 'signpost/missing-stage3-right'],
      ['stage3-arrangements', 3, false, 'stage3-arrangements', null],
      ['stage3-final-response', 3, false, 'stage3-final-response', 'signpost/missing-lgsco-after-stage3'],
    ];
    for (const [type, stage, early, templateId, rule] of cases) {
      for (const council of [{}, COUNCIL]) {
        const text = signpostingParagraph(facts(type, stage, early), council).choices[0].text;
        const letter = expandSnippet(newLetter(templateId, council, defaultCalendar(), calendarDate(2024, 6, 5))!.snippet).text;
        // The template's paragraph (the stage 1 acknowledgement adds the due date to the same words).
        const lines = letter.split('\n');
        const at = lines.findIndex((line) => line.startsWith(text.slice(0, 60)));
        assert.ok(at > 0, `${templateId} uses the paragraph offered for a ${type}`);
        const removed = lines.splice(at, 2);
        const without = lines.join('\n');
        if (rule) assert.ok(checkText(without).faults.some((p) => p.ruleId === rule), `${rule} fires without it`);
        const check = checkText(insertBeforeSignOff(without, text));
        assert.deepEqual(removed.slice(1), [''], 'a paragraph of its own');
        assert.equal(check.faults.length, 0, `${type}:\n${describeFindings(check)}`);
      }
    }
  });

  test('the resubmit paragraph fits the court pause letter', () => {
    const answer = signpostingParagraph(facts('refusal', 1), COUNCIL);
    const resubmit = answer.choices.find((c) => c.id === 'resubmit')!;
    const letter = expandSnippet(newLetter('court-pause', COUNCIL, defaultCalendar(), calendarDate(2024, 6, 5))!.snippet).text;
    const check = checkText(insertBeforeSignOff(letter, resubmit.text));
    assert.equal(check.faults.length, 0, describeFindings(check));
  });

  test('the inserted paragraphs are the quick fixes’ wording (one place for each wording)', () => {
    // The stage 3 paragraph a fix inserts into a bare adjudication is the one the command offers.
    const bare = exampleLetter({ letter: 'stage2-adjudication', text: 'Complaint 1 is not upheld.' });
    const fix = lint(bare, { council: COUNCIL }).problems.find((p) => p.ruleId === 'signpost/missing-stage3-right')!.fixes[0];
    const offered = signpostingParagraph(facts('stage2-adjudication', 2), COUNCIL).choices[0].text;
    assert.ok(fix.edits[0].newText.includes(offered));
  });
});

describe('the drafting commands', () => {
  const root = join(__dirname, '..', '..');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const source = readFileSync(join(root, 'client', 'src', 'commands', 'drafting.ts'), 'utf8');

  test('are contributed with the Signpost category and registered by the client', () => {
    const commands = manifest.contributes.commands as { command: string; title: string; category?: string }[];
    for (const [id, title] of [
      ['signpost.newLetter', 'New Letter…'],
      ['signpost.insertSignposting', 'Insert Signposting Paragraph'],
    ]) {
      const command = commands.find((c) => c.command === id);
      assert.ok(command, `${id} is contributed`);
      assert.equal(command.title, title);
      assert.equal(command.category, 'Signpost');
      assert.ok(source.includes(`'${id}'`), `${id} is registered in client/src/commands/drafting.ts`);
    }
    assert.ok(readFileSync(join(root, 'client', 'src', 'extension.ts'), 'utf8').includes('registerDraftingCommands('));
  });

  test('"New Letter…" is offered from File > New File…, "Insert Signposting Paragraph" only for Markdown', () => {
    assert.ok(manifest.contributes.menus['file/newFile'].some((m: { command: string }) => m.command === 'signpost.newLetter'));
    const palette = manifest.contributes.menus.commandPalette.find((m: { command: string }) => m.command === 'signpost.insertSignposting');
    assert.equal(palette.when, 'editorLangId == markdown');
  });

  test('the client stays thin: no wording, templates or stage logic in it', () => {
    assert.doesNotMatch(source, /working days|Ombudsman|Review Panel|stage[123]-|from '\.\.\/\.\.\/\.\.\/server\/src\/(?!drafting\/protocol')/);
  });
});
