import type { Problem } from '../engine/lint';
import type { LetterModel } from '../model/letterModel';
import type { Stage } from '../model/letterTypes';
import type { Severity } from '../rules/types';

/** One checked file as every output format sees it (1-based lines and columns, UTF-16 columns). */
export interface FileReport {
  path: string;
  stage: Stage | null;
  letterType: string;
  diagnostics: {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    rule: string;
    message: string;
    fixable: boolean;
  }[];
}

export function fileReport(path: string, model: LetterModel, problems: Problem[]): FileReport {
  return {
    path,
    stage: model.inference.stage,
    letterType: model.inference.letterType,
    diagnostics: problems.map((problem) => {
      const start = model.lines.position(problem.start);
      const end = model.lines.position(problem.end);
      return {
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: problem.severity,
        rule: problem.ruleId,
        message: problem.message,
        fixable: problem.fixes.length > 0,
      };
    }),
  };
}

export const SEVERITY_RANK: Record<Severity, number> = { hint: 1, info: 2, warning: 3, error: 4 };
