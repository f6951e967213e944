import fc from 'fast-check';
import { FAULTS, PROSE, QUOTED } from '../../bench/generate';

/**
 * Shared fast-check arbitraries for the fuzz and property suites: letter-like Markdown built from
 * real letter phrases and known faults, Markdown syntax (some of it broken), front matter (some of
 * it broken), impossible dates, emoji and other astral characters, lone surrogates, tabs, CRLF, a
 * BOM, very long lines, random code points and random bytes; and random edit sequences.
 *
 * `npm test` runs a short pass; set SIGNPOST_FUZZ_RUNS (e.g. 20000) for a long one, and
 * SIGNPOST_FUZZ_SEED to replay a failure fast-check reported.
 */
const LONG_RUNS = Number(process.env.SIGNPOST_FUZZ_RUNS ?? '');
const SEED = process.env.SIGNPOST_FUZZ_SEED === undefined ? undefined : Number(process.env.SIGNPOST_FUZZ_SEED);

/** fast-check parameters: `short` runs by default, SIGNPOST_FUZZ_RUNS when set. */
export function fuzzParameters(short: number): fc.Parameters<unknown> {
  const numRuns = Number.isFinite(LONG_RUNS) && LONG_RUNS > 0 ? LONG_RUNS : short;
  return { numRuns, ...(SEED !== undefined && Number.isFinite(SEED) ? { seed: SEED } : {}) };
}

export const isLongRun = Number.isFinite(LONG_RUNS) && LONG_RUNS > 0;

const LETTER_LINES = [
  ...PROSE,
  ...FAULTS,
  'Dear Ms Jones,',
  'Dear Mr X',
  'Yours sincerely,',
  'Yours faithfully',
  'Kind regards',
  'Re: your stage 2 complaint',
  'Subject: Stage 1 response',
  '# Stage 2 adjudication',
  '## What happens next',
  'If you are not satisfied, you can ask for a Stage 3 Review Panel within 20 working days by writing to us.',
  'You can ask for a Stage 2 investigation within 20 working days of receiving this letter.',
  'If you remain dissatisfied after the Review Panel, you can contact the Local Government and Social Care Ombudsman.',
  'The panel met on 3 March 2024 and made three recommendations.',
  'I have decided not to progress your complaint to stage 2 because it would not change the outcome.',
  'We will respond within 10 working days, by 14 June 2024.',
  'Your complaint was received on 30 April 2024.',
  'The LGO has approved our approach.',
  'Please contact the Public Services Ombudsman for Wales.',
  'Your child in need plan and section 20 accommodation are covered by this complaint.',
  'This is our final response.',
];

const SYNTAX = [
  '# ', '## ', '###### ', '> ', '>> ', '- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '```', '~~~', '```md', '    ', '\t', '\t\t',
  '| a | b |', '|---|---|', '| x |', '|', '<!--', '-->', '<!-- signpost-disable-next-line -->',
  '<!-- signpost-disable-line signpost/outdated-lgo-name -->', '<!-- signpost-disable signpost/outdated-lgo-name -->',
  '<!-- signpost-enable -->', '<!-- signpost-disable -->', '<!-- signpost-disable-file -->', '<!-- expect: x -->', '**', '__', '*', '_',
  '`', '``', '[link](http://example.invalid/a)', '[x](', '](', '<div>', '</div>', '<br>', '---', '***', '...', '“', '”', '"', "'", '‘', '’',
  '(', ')', '[', ']', 'www.lgo.org.uk', 'https://www.lgo.org.uk/x', 'complaints@example.gov.uk', '&amp;', '&#x1F600;', '\\', '---\n',
  'Dr.', 'e.g.', 'No.', '!', '?', '.', ' | ', '=====',
];

const DATES = [
  '31 February 2024', '30/02/2024', '2024-13-45', '2024-02-30', 'Monday 31 June 2024', '29 February 2023', '29 February 2024',
  '00/00/0000', '32nd March 2024', 'Friday 5 June 2024', '5th of June 2024', '1/1/99', '31.12.2099', '1 Jan 1900',
  '20 working days', '28 days', 'twenty-five working days', '65 working days', '12 months', '10 (ten) working days',
];

const ODD = [
  '😔', '👨‍👩‍👧', '𝔘𝔫𝔦', '🇬🇧', '\uD83D', '\uDE00', '\uD83D\uD83D', '\u200B', '\u00A0', '\uFEFF', 'é', 'e\u0301', 'ﬁ', '\u2028',
  '\u2029', '\u0085', '\r', '\f', '\v', '\0', '\u202E', 'Ω', '中文', 'ا', '\t', '  ',
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...LETTER_LINES) },
  { weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...QUOTED) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

const line: fc.Arbitrary<string> = fc.array(piece, { maxLength: 6 }).chain((pieces) =>
  fc.constantFrom(' ', '', '\t').map((sep) => pieces.join(sep)),
);

/** A very long line: one phrase repeated, with no line break (up to ~20,000 characters). */
export const longLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PROSE, 'a', 'Ombudsman ', '“', '😔', '| ', '* '), fc.integer({ min: 50, max: 2000 }))
  .map(([phrase, times]) => phrase.repeat(times).slice(0, 20_000));

const FRONT_MATTER = [
  '---\nstage: 2\n---\n',
  '---\nletter: stage2-adjudication\nreceived: 2024-04-30\ndate: 2024-06-05\n---\n',
  '---\nstage: [\n---\n',
  '---\nletter: S2A\ndate: 2024-02-30\n---\n',
  '---\n',
  '---\nstage: 9\nletter: nonsense\n',
  '\uFEFF---\r\nstage: 1\r\n---\r\n',
  '---\n: :\n---\n',
  '---\nreceived: 31 February 2024\nexception: early-referral\n---\n',
  '---\n- a\n- b\n---\n',
  '---\nstage: 1\nstage: 2\n---\n',
  '---\ndate: 2024-06-05\nrequested: 2025-01-01\npanel: not a date\n...\n',
  '---\nexception: maybe\nletter:\n---\n',
  '--- \nstage: 3\n--- \n',
];

export type Eol = '\n' | '\r\n' | 'mixed';

function joinLines(lines: string[], eol: Eol, flips: number[]): string {
  if (eol !== 'mixed') return lines.join(eol);
  return lines.map((l, i) => l + (i === lines.length - 1 ? '' : flips[i % flips.length] % 3 === 0 ? '\r\n' : flips[i % flips.length] % 3 === 1 ? '\n' : '\r')).join('');
}

/** Letter-like Markdown with everything above mixed in. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    frontMatter: fc.option(fc.constantFrom(...FRONT_MATTER), { freq: 3 }),
    letter: fc.boolean(),
    body: fc.array(fc.oneof({ weight: 12, arbitrary: line }, { weight: 1, arbitrary: longLine }, { weight: 3, arbitrary: fc.constant('') }), { maxLength: 40 }),
    eol: fc.constantFrom<Eol>('\n', '\n', '\r\n', 'mixed'),
    flips: fc.array(fc.nat(5), { minLength: 1, maxLength: 5 }),
  })
  .map(({ bom, frontMatter, letter, body, eol, flips }) => {
    const lines = letter ? ['Dear Ms Jones,', '', 'Thank you for your complaint.', '', ...body, '', 'Yours sincerely,', '', 'A Officer'] : body;
    let text = joinLines(lines, eol, flips);
    if (frontMatter) text = (eol === '\r\n' ? frontMatter.replace(/\r?\n/g, '\r\n') : frontMatter) + text;
    return (bom ? '\uFEFF' : '') + text;
  });

/** Random bytes read the ways an editor might read them. */
export const randomBytesDocument: fc.Arbitrary<string> = fc
  .tuple(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom<BufferEncoding>('utf8', 'latin1', 'utf16le'))
  .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding));

/** Random UTF-16 code units, lone surrogates included. */
export const randomUnitsDocument: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(10, 13, 32, 35, 45, 62, 124, 0xd83d, 0xde00)), { maxLength: 2000 })
  .map((units) => String.fromCharCode(...units));

/** Any of the documents above (mostly letter-like Markdown). */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: markdownDocument },
  { weight: 1, arbitrary: randomBytesDocument },
  { weight: 1, arbitrary: randomUnitsDocument },
);

/** One edit, positioned relative to the current text length when applied. */
export interface FuzzEdit {
  at: number;
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<FuzzEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(80)),
  insert: fc.oneof(
    { weight: 4, arbitrary: piece },
    { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', ' ', '.', 'x', '') },
    { weight: 1, arbitrary: line.map((l) => `${l}\n`) },
  ),
});

export const editSequence: fc.Arbitrary<FuzzEdit[]> = fc.array(edit, { minLength: 1, maxLength: 12 });

/**
 * Where an edit lands in `text`: offsets in UTF-16 units, clamped to the text. An LSP position
 * cannot fall between the \r and \n of a line break, so neither end of an edit does.
 */
export function resolveEdit(text: string, e: FuzzEdit): { start: number; end: number; newText: string } {
  const insideCrlf = (offset: number) => offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n';
  let start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  if (insideCrlf(start)) start--;
  let end = Math.min(text.length, start + e.remove);
  if (insideCrlf(end)) end++;
  return { start, end, newText: e.insert };
}
