import { buildLetterModel, type LetterModel, type LetterModelCache } from '../model/letterModel';
import { RULES } from '../rules/registry';
import type { Fix, Rule, RuleContext, Severity } from '../rules/types';
import type { CouncilDetails, SeverityLevel } from '../../../shared/settings';
import { readSuppressions } from './suppression';
import { isCorporateMatter } from '../rules/scope';
import { createCalendar, defaultCalendar, type WorkingDayCalendar } from '../time/calendar';

const calendars = new Map<string, WorkingDayCalendar>();

/** One calendar per set of closure days, built once: building it is the costly part. */
export function calendarFor(nonWorkingDays: readonly string[]): WorkingDayCalendar {
  if (nonWorkingDays.length === 0) return defaultCalendar();
  const key = [...nonWorkingDays].sort().join(',');
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size > 20) calendars.clear();
    calendar = createCalendar(nonWorkingDays);
    calendars.set(key, calendar);
  }
  return calendar;
}

export interface LintOptions {
  /** Per-rule severities after merging settings and project configuration ('off' drops the rule). */
  severities?: Record<string, SeverityLevel>;
  council?: CouncilDetails;
  /** Extra non-working days (council closures), ISO dates. */
  nonWorkingDays?: readonly string[];
}

/** A finding after severity and suppression were applied: what the LSP layer and the CLI report. */
export interface Problem {
  ruleId: string;
  title: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  citation: string;
  fixes: Fix[];
}

export interface LintResult {
  model: LetterModel;
  problems: Problem[];
  /** Rules that threw: reported by id only (never with document text), so one bug cannot stop the rest. */
  failedRules: string[];
}

export function ruleApplies(rule: Rule, model: LetterModel): boolean {
  if (!model.inference.isLetter) return false;
  const applies = rule.meta.appliesTo;
  if (applies !== 'any-letter' && !applies.includes(model.inference.letterType)) return false;
  return !(rule.meta.statutoryProcedureOnly && isCorporateMatter(model));
}

export function lintModel(model: LetterModel, options: LintOptions = {}): LintResult {
  const context: RuleContext = { council: options.council ?? {}, calendar: calendarFor(options.nonWorkingDays ?? []) };
  const suppressions = readSuppressions(model);
  const problems: Problem[] = [];
  const failedRules: string[] = [];
  for (const rule of RULES) {
    const configured = options.severities?.[rule.meta.id];
    if (configured === 'off' || !ruleApplies(rule, model)) continue;
    let findings;
    try {
      findings = rule.check(model, context);
    } catch {
      failedRules.push(rule.meta.id);
      continue;
    }
    for (const finding of findings) {
      if (suppressions.isSuppressed(finding.ruleId, model.lines.lineAt(finding.start))) continue;
      problems.push({
        ruleId: finding.ruleId,
        title: rule.meta.title,
        severity: configured ?? finding.severity ?? rule.meta.defaultSeverity,
        start: finding.start,
        end: finding.end,
        message: finding.message,
        citation: rule.meta.citation,
        fixes: finding.fixes,
      });
    }
  }
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return { model, problems, failedRules };
}

/** Lints a text; an open document passes its own cache so a keystroke re-reads only the changed block. */
export function lint(text: string, options: LintOptions = {}, cache?: LetterModelCache): LintResult {
  return lintModel(buildLetterModel(text, cache), options);
}
