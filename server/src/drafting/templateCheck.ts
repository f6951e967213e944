import { lint, type LintOptions, type Problem } from '../engine/lint';
import { expandSnippet, type ExpandOptions, type Expansion } from './snippetExpander';

/**
 * What a template teaches: its snippet expanded as VS Code would with the defaults, then linted.
 * Shared by the tests of the shipped snippets and of the expander itself (which proves, with a
 * deliberately faulty snippet, that this check can fail).
 */
export interface TemplateCheck {
  expansion: Expansion;
  text: string;
  /** Findings at error or warning level: a template must have none. */
  faults: Problem[];
  /** Every finding, information and hints included. */
  problems: Problem[];
  letterType: string;
  stage: number | null;
}

export function checkText(text: string, lintOptions: LintOptions = {}): Omit<TemplateCheck, 'expansion'> {
  const result = lint(text, lintOptions);
  return {
    text,
    faults: result.problems.filter((p) => p.severity === 'error' || p.severity === 'warning'),
    problems: result.problems,
    letterType: result.model.inference.letterType,
    stage: result.model.inference.stage,
  };
}

export function checkSnippet(body: string | readonly string[], options: ExpandOptions = {}, lintOptions: LintOptions = {}): TemplateCheck {
  const expansion = expandSnippet(body, options);
  return { expansion, ...checkText(expansion.text, lintOptions) };
}

/** A paragraph inserted into a letter as the officer would: its own paragraph, just before the sign-off. */
export function insertBeforeSignOff(letter: string, paragraph: string): string {
  const signOff = /^Yours\s+(?:sincerely|faithfully)/m.exec(letter);
  if (!signOff) throw new Error('the letter has no sign-off');
  return letter.slice(0, signOff.index) + paragraph + '\n\n' + letter.slice(signOff.index);
}

/** One line per finding, for assertion messages. */
export function describeFindings(check: { text: string; problems: Problem[] }): string {
  return check.problems
    .map((p) => `${p.severity} ${p.ruleId} at “${check.text.slice(p.start, Math.min(p.end, p.start + 80))}”: ${p.message}`)
    .join('\n');
}
