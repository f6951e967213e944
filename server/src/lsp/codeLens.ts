import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLint } from './documentLinter';
import { deadlinesOf } from './deadlines';

/** A lens above the date the letter's stage is counted from: "Stage 2 due … · latest … · this letter: day 140". */
export function codeLenses(document: TextDocument, linted: DocumentLint): CodeLens[] {
  const deadlines = deadlinesOf(linted);
  if (!deadlines?.view.summary || !deadlines.view.anchorSpan) return [];
  const start = document.positionAt(deadlines.view.anchorSpan.start);
  return [
    {
      range: { start, end: start },
      command: { title: deadlines.view.summary, command: 'signpost.showDeadlines', arguments: [document.uri] },
    },
  ];
}
