import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../rules/types';
import type { Problem } from '../engine/lint';
import { fixAll, type FixAllResult } from './fixAllEdit';
import { disableNextLineComment } from '../engine/suppression';
import type { DocumentLint } from './documentLinter';
import { SOURCE } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

function toTextEdits(document: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  }));
}

function overlaps(document: TextDocument, problem: Problem, params: CodeActionParams): boolean {
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  return problem.start <= end && problem.end >= start;
}

/** The client's diagnostic for a problem, so the action is linked to the squiggle it fixes. */
function diagnosticFor(document: TextDocument, problem: Problem, params: CodeActionParams): Diagnostic[] {
  return params.context.diagnostics.filter(
    (d) =>
      d.source === SOURCE &&
      d.code === problem.ruleId &&
      document.offsetAt(d.range.start) === problem.start &&
      document.offsetAt(d.range.end) === problem.end,
  );
}

export function codeActions(
  document: TextDocument,
  linted: DocumentLint,
  params: CodeActionParams,
  computeFixAll: () => FixAllResult,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'));
  const actions: CodeAction[] = [];
  const problems = linted.result?.problems ?? [];
  const uri = document.uri;

  if (wants(CodeActionKind.QuickFix)) {
    const eol = linted.result?.model.eol ?? '\n';
    for (const problem of problems.filter((p) => overlaps(document, p, params))) {
      const diagnostics = diagnosticFor(document, problem, params);
      for (const fix of problem.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          isPreferred: fix.preferred,
          edit: { changes: { [uri]: toTextEdits(document, fix) } },
        });
      }
      const line = document.positionAt(problem.start).line;
      const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: 10_000 } });
      const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
      actions.push({
        title: `Disable ${problem.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: {
          changes: {
            [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: indent + disableNextLineComment(problem.ruleId) + eol }],
          },
        },
      });
    }
  }

  const fixable = problems.filter((p) => p.fixes.some((f) => f.safe));
  const offerQuickFixAll = wants(CodeActionKind.QuickFix) && problems.some((p) => overlaps(document, p, params));
  const offerSourceFixAll = wants(FIX_ALL_KIND) && (only?.length ?? 0) > 0;
  // "Fix all" lints the letter several times: compute it only when one of its actions is offered
  // (editors ask for code actions at every cursor move).
  if (fixable.length > 0 && (offerQuickFixAll || offerSourceFixAll)) {
    const result = computeFixAll();
    if (result.edit) {
      if (offerQuickFixAll) {
        actions.push({
          title: `Fix all Signpost problems in this letter (${result.fixed})`,
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [uri]: [result.edit] } },
        });
      }
      if (offerSourceFixAll) {
        actions.push({ title: 'Fix all Signpost problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: [result.edit] } } });
      }
    }
  }
  return actions;
}

export { fixAll };
