import type { RuleExample } from '../../server/src/rules/types';

/** Wraps a rule example in a minimal letter of its type, as a complaints officer would write it. */
export function exampleLetter(example: RuleExample): string {
  const frontMatter = ['---', `letter: ${example.letter}`, ...(example.frontMatter ?? []), '---', ''];
  return [
    ...frontMatter,
    'Dear Ms Smith,',
    '',
    'Thank you for your complaint about the support provided to your family by Children’s Services.',
    '',
    example.text,
    '',
    'Yours sincerely,',
    '',
    'Alex Officer',
    'Complaints Manager',
    '',
  ].join('\n');
}

/** Expected findings written into fixture letters as `<!-- expect: rule/a, rule/b -->` on the finding's first line. */
export function expectedMarkers(text: string): { line: number; ruleId: string }[] {
  const expected: { line: number; ruleId: string }[] = [];
  text.split('\n').forEach((line, index) => {
    for (const m of line.matchAll(/<!--\s*expect:\s*([^>]*?)\s*-->/g)) {
      for (const ruleId of m[1].split(/[\s,]+/).filter(Boolean)) expected.push({ line: index, ruleId });
    }
  });
  return expected;
}
