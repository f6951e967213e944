import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLint } from './documentLinter';
import { ruleDocUri } from '../docs/ruleDocs';

/** Hover on a flagged phrase: what is wrong, the rule, and where the law or the Ombudsman says so. */
export function hover(document: TextDocument, linted: DocumentLint, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const problems = (linted.result?.problems ?? []).filter((p) => p.start <= offset && offset <= p.end);
  if (problems.length === 0) return null;
  const sections = problems.map(
    (p) =>
      `**Signpost: ${p.title}** (\`${p.ruleId}\`, ${p.severity})\n\n${p.message}\n\n*Source:* ${p.citation}\n\n[About this rule](${ruleDocUri(p.ruleId)})`,
  );
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: document.positionAt(problems[0].start), end: document.positionAt(problems[0].end) },
  };
}
