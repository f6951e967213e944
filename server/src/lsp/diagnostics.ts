import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../rules/types';
import type { DocumentLint } from './documentLinter';
import { ruleDocUri } from '../docs/ruleDocs';

export const SOURCE = 'signpost';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The payload carried in `diagnostic.data`, so code actions know which finding a diagnostic is. */
export interface DiagnosticData {
  ruleId: string;
  version: number;
}

export function toDiagnostics(document: TextDocument, lintResult: DocumentLint): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (lintResult.configError) {
    diagnostics.push({
      range: top,
      severity: DiagnosticSeverity.Warning,
      source: SOURCE,
      code: 'config/invalid',
      message: `${lintResult.configError.message} (${lintResult.configError.path}). Its settings are not applied until it is fixed.`,
    });
  }
  if (lintResult.skipped?.reason === 'too-large') {
    diagnostics.push({ range: top, severity: DiagnosticSeverity.Information, source: SOURCE, code: 'document/too-large', message: lintResult.skipped.message });
  }
  for (const problem of lintResult.result?.problems ?? []) {
    if (problem.severity === undefined) continue;
    const data: DiagnosticData = { ruleId: problem.ruleId, version: lintResult.version };
    diagnostics.push({
      range: { start: document.positionAt(problem.start), end: document.positionAt(problem.end) },
      severity: SEVERITY[problem.severity],
      source: SOURCE,
      code: problem.ruleId,
      codeDescription: { href: ruleDocUri(problem.ruleId) },
      message: problem.message,
      data,
    });
  }
  return diagnostics;
}
