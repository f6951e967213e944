import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LetterModel } from '../model/letterModel';
import { complaintPoints, DECISION_LABELS, OUTCOME_LABELS, type ComplaintPoint } from '../model/complaintPoints';
import type { Span } from '../model/text';

/**
 * The Outline of a letter: its complaint points with the finding on each, and the panel's
 * recommendations with the council's decision on each, each with its actions as children. Names
 * and details are short (the point's own heading, and Signpost's words for the finding).
 */
export function documentSymbols(document: TextDocument, model: LetterModel | undefined): DocumentSymbol[] {
  if (!model?.inference.isLetter) return [];
  const range = (span: Span): Range => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  return complaintPoints(model).map((point) => {
    const whole = range(point.span);
    const selection = range(within(point.titleSpan, point.span));
    const children: DocumentSymbol[] = point.actions.map((action) => {
      const span = within(action, point.span);
      return {
        name: `Action: ${shorten(document.getText(range(span)))}`,
        kind: SymbolKind.Event,
        range: range(span),
        selectionRange: range(span),
      };
    });
    return { name: nameOf(point), detail: detailOf(point), kind: point.kind === 'complaint' ? SymbolKind.Field : SymbolKind.Property, range: whole, selectionRange: selection, children };
  });
}

const LABELLED = /^\s*(?:complaint|concern|issue|point|element|allegation|part|recommendation|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b/i;

function nameOf(point: ComplaintPoint): string {
  if (LABELLED.test(point.title)) return point.title || `${point.kind === 'complaint' ? 'Complaint' : 'Recommendation'} ${point.number}`;
  const prefix = point.kind === 'complaint' ? 'Complaint' : 'Recommendation';
  return point.title ? `${prefix} ${point.number}: ${point.title}` : `${prefix} ${point.number}`;
}

function detailOf(point: ComplaintPoint): string {
  if (point.kind === 'complaint') {
    if (point.outcome) return OUTCOME_LABELS[point.outcome];
    return point.labelled ? 'Finding to fill in' : 'No finding stated';
  }
  if (point.decision) return DECISION_LABELS[point.decision];
  return point.labelled ? 'Decision to fill in' : 'No decision stated';
}

/** A child's range must lie inside its parent's (LSP requires it). */
function within(span: Span, outer: Span): Span {
  const start = Math.min(Math.max(span.start, outer.start), outer.end);
  return { start, end: Math.max(start, Math.min(span.end, outer.end)) };
}

function shorten(text: string): string {
  const oneLine = text.replace(/[*_`|]+/g, '').replace(/\s+/g, ' ').trim();
  return oneLine.length > 70 ? oneLine.slice(0, 67).trimEnd() + '…' : oneLine;
}
