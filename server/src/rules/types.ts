import type { LetterModel } from '../model/letterModel';
import type { LetterType } from '../model/letterTypes';
import type { CouncilDetails } from '../../../shared/settings';
import type { WorkingDayCalendar } from '../time/calendar';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A replacement of [start, end) in the document text (UTF-16 offsets). An insertion has start === end. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Offered first in the Quick Fix menu. */
  preferred?: boolean;
  /**
   * Applied by "fix all", fix on save and `signpost check --fix`. Only wording that is always
   * right is safe; deleting an officer's sentence or changing a decision never is.
   */
  safe: boolean;
  /**
   * Fixes sharing a group insert the same paragraph: "fix all" applies one per pass, then lints
   * again, so two rules can never both insert the stage 3 paragraph.
   */
  group?: string;
}

export interface Finding {
  ruleId: string;
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this finding only (e.g. information for a unit slip). */
  severity?: Severity;
  fixes: Fix[];
}

export interface RuleExample {
  /** The letter type the example is written for; the test harness wraps it in such a letter. */
  letter: LetterType;
  text: string;
  /** Front matter lines added to the wrapped letter, e.g. "exception: early-referral". */
  frontMatter?: string[];
}

export interface RuleMeta {
  /** Stable, readable id used in settings, suppression comments and output. */
  id: string;
  title: string;
  defaultSeverity: Severity;
  /** The regulation, statutory guidance or LGSCO decision the rule rests on. */
  citation: string;
  /** What the rule checks, for the rule page and `signpost explain`. */
  description: string;
  /** Which letters it reads; 'any-letter' means every complaint letter whatever its stage. */
  appliesTo: readonly LetterType[] | 'any-letter';
  fixable: boolean;
  /**
   * A rule about the statutory procedure itself (its stages, timescales, IO/IP, panel): it does not
   * apply to a letter rightly handling a non-Part 3 matter under the corporate procedure.
   */
  statutoryProcedureOnly?: boolean;
  /** Each rule carries its own examples, run as tests and shown on its documentation page. */
  examples: { faulty: RuleExample[]; correct: RuleExample[] };
}

/** Inputs a rule may read besides the letter (all derived from settings, never from I/O). */
export interface RuleContext {
  council: CouncilDetails;
  /** Working days with the configured closure days excluded too. */
  calendar: WorkingDayCalendar;
}

export interface Rule {
  meta: RuleMeta;
  check(model: LetterModel, context: RuleContext): Finding[];
}
