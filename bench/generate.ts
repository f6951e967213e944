/**
 * Deterministic letter-like Markdown for the benchmark: a long stage 2 adjudication with headings,
 * wrapped paragraphs, lists, a table, blockquoted and inline quotations, links, e-mail addresses,
 * suppression comments, dates and emoji, with known faults sprinkled in (about one every 40 lines).
 * The same seed and size always give the same text.
 */

/** mulberry32: a small, fast, seeded PRNG (deterministic across machines and Node versions). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PROSE = [
  'The Investigating Officer spoke with the social worker, the team manager and the Independent Person.',
  'I have read the case records for the period from 3 January 2024 to 28 March 2024.',
  'You told us that the child in need plan was not shared with you before the review meeting.',
  'The records show that the plan was sent by email on 14 February 2024, but the address was wrong.',
  'I apologise that we did not check the address with you, and I uphold this part of your complaint.',
  'The placement was reviewed at each looked-after child review, and you were invited to each one.',
  'Finding: partially upheld. The team manager will write to you by 31 July 2024 with the new plan.',
  'Our ref: CS/2024/0412. Please quote this reference if you write to us.',
  'Your son’s personal adviser will contact you in the week beginning 9 September 2024.',
  'We have arranged training for the team on recording contact arrangements for your daughter.',
  'The Independent Person agreed with the Investigating Officer’s findings on this complaint.',
  'Finding: not upheld. The assessment was completed within 45 working days, as the guidance requires.',
  'I am sorry for the distress this caused you and Lily 😔, and for the time it has taken to put right.',
  'See the guidance at https://www.gov.uk/government/publications/getting-the-best-from-complaints for details.',
  'You can email complaints@example.gov.uk or ask your advocate to contact us on your behalf.',
  'The *care plan* was **not** updated after the meeting on Tuesday 4 June 2024, which was a mistake.',
  'The report quotes the social worker: “I explained the section 20 agreement at the time”.',
  'You said that you were ‘never told about the review’, and the records support what you say.',
];

export const FAULTS = [
  'If you remain dissatisfied, you must now contact the Local Government and Social Care Ombudsman.',
  'You are not required to proceed to a stage 3 Panel review.',
  'This approach is in accordance with guidance we have received from the Ombudsman previously.',
  'You may now refer your complaint to the Parliamentary and Health Service Ombudsman.',
  'I have considered your complaint under the Council’s corporate complaints procedure.',
  'You can also contact the Local Government Ombudsman at any time.',
  'We do not consider that a stage 3 panel would change the outcome of your complaint.',
  'A review panel is at the Council’s discretion.',
];

export const QUOTED = [
  '> I was told to contact the Ombudsman and that stage 3 was not required.',
  '> The corporate complaints procedure applies to everything, the officer said.',
  '> “You are not required to proceed to a stage 3 Panel review” is what the letter said.',
];

function wrap(sentences: string[], width: number): string[] {
  const words = sentences.join(' ').split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface GeneratedLetter {
  text: string;
  lines: number;
  faults: number;
}

export interface GenerateOptions {
  seed?: number;
  /** Windows line endings. */
  crlf?: boolean;
  /** Start with YAML front matter (most drafts have none, so the stage is inferred from the text). */
  frontMatter?: boolean;
}

/** A letter of about `targetLines` lines. */
export function generateLetter(targetLines: number, options: GenerateOptions = {}): GeneratedLetter {
  const random = prng((options.seed ?? 8) ^ targetLines);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const out: string[] = [
    ...(options.frontMatter ? ['---', 'stage: 2', 'letter: stage2-adjudication', 'received: 2024-04-30', 'date: 2024-06-05', '---', ''] : []),
    'Children’s Services – Complaints and Representations',
    'Example Borough Council',
    '',
    '5 June 2024',
    '',
    'Dear Ms Jones,',
    '',
    '# Stage 2 adjudication: your complaint about Lily’s placement',
    '',
    'I am the Adjudicating Officer. I enclose the Investigating Officer’s report and the Independent Person’s report.',
    '',
  ];
  let faults = 0;
  let section = 0;
  const closing = [
    '',
    '## What happens next',
    '',
    'If you remain dissatisfied after the Review Panel and our final response, you can contact the Local Government and Social Care Ombudsman.',
    '',
    'Yours sincerely,',
    '',
    'Dr Priya Rao',
    'Director of Children’s Services (Adjudicating Officer)',
    '',
  ];
  while (out.length < targetLines - closing.length) {
    section++;
    out.push(`## Complaint ${section}: ${pick(['communication', 'the care plan', 'contact arrangements', 'the placement', 'records'])}`, '');
    const paragraphs = 2 + Math.floor(random() * 4);
    for (let p = 0; p < paragraphs && out.length < targetLines - closing.length; p++) {
      const kind = random();
      if (kind < 0.1) {
        out.push(...Array.from({ length: 2 + Math.floor(random() * 3) }, (_, i) => `${random() < 0.5 ? '-' : `${i + 1}.`} ${pick(PROSE)}`), '');
      } else if (kind < 0.15) {
        out.push(pick(QUOTED), '');
      } else if (kind < 0.18) {
        out.push('| Complaint | Finding | Action |', '|---|---|---|', `| ${section} | upheld | apology by 31 July 2024 |`, `| ${section}b | not upheld | none |`, '');
      } else if (kind < 0.2) {
        out.push('<!-- signpost-disable-next-line signpost/outdated-lgo-name -->', 'As the Local Government Ombudsman said in its 2016 report, records matter.', '');
      } else {
        const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(PROSE));
        if (random() < 0.3) {
          sentences.splice(Math.floor(random() * sentences.length), 0, pick(FAULTS));
          faults++;
        }
        out.push(...wrap(sentences, 50 + Math.floor(random() * 30)), '');
      }
    }
  }
  out.push(...closing);
  const eol = options.crlf ? '\r\n' : '\n';
  return { text: out.join(eol), lines: out.length, faults };
}
