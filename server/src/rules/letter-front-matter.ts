import type { Rule } from './types';

export const frontMatterProblems: Rule = {
  meta: {
    id: 'letter/front-matter',
    title: 'Front matter Signpost cannot read',
    defaultSeverity: 'warning',
    citation: 'Signpost README, "Front matter" (the keys stage, letter, date, received, requested, panel, exception)',
    description:
      'The YAML front matter at the top of a draft tells Signpost the stage, letter type and dates for certain. A value it cannot read is ignored, and the stage is inferred from the text instead, so it is reported.',
    appliesTo: 'any-letter',
    fixable: false,
    examples: {
      faulty: [{ letter: 'stage1-response', frontMatter: ['stage: 4'], text: 'I do not uphold your complaint. You can ask for a Stage 2 investigation within 20 working days by writing to us.' }],
      correct: [{ letter: 'stage1-response', frontMatter: ['stage: 1'], text: 'I do not uphold your complaint. You can ask for a Stage 2 investigation within 20 working days by writing to us.' }],
    },
  },
  check(model) {
    return (model.frontMatter?.problems ?? []).map((problem) => ({
      ruleId: this.meta.id,
      start: problem.span.start,
      end: problem.span.end,
      message: problem.message,
      fixes: [],
    }));
  },
};
