import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine/lint';
import { LetterModelCache } from '../../server/src/model/letterModel';
import { lintDocument } from '../../server/src/lsp/documentLinter';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { withDefaults } from '../../shared/settings';
import { anyDocument, editSequence, fuzzParameters, resolveEdit } from '../support/fuzzArbitraries';
import { diagnosticRangeErrors, problemRangeErrors } from '../support/rangeChecks';

/**
 * Random edit sequences applied the way the server applies them (incremental changes to an open
 * TextDocument, linting after every one with the document's block memo, as typing with
 * signpost.lintDelayMs = 0 does): the lint of the final document equals the lint of its final text
 * from scratch, and every intermediate lint
 * keeps its ranges inside the text.
 */

const settings = withDefaults({ lintDelayMs: 0 });
const URI = 'file:///tmp/signpost-fuzz/edited.md';

describe('property: linting after edits equals linting the final text', () => {
  test('random edit sequences on an open document', () => {
    fc.assert(
      fc.property(anyDocument, editSequence, (initial, edits) => {
        let document = TextDocument.create(URI, 'markdown', 1, initial);
        let expected = initial;
        // As the server does: one block memo per open document, kept across its lints.
        const cache = new LetterModelCache();
        for (const e of edits) {
          const { start, end, newText } = resolveEdit(expected, e);
          const range = { start: document.positionAt(start), end: document.positionAt(end) };
          document = TextDocument.update(document, [{ range, text: newText }], document.version + 1);
          expected = expected.slice(0, start) + newText + expected.slice(end);
          const linted = lintDocument(document, settings, cache);
          assert.deepEqual(linted.result?.failedRules ?? [], []);
          assert.deepEqual(problemRangeErrors(document.getText(), linted.result!), []);
          assert.deepEqual(diagnosticRangeErrors(document, toDiagnostics(document, linted)), []);
        }
        // The document the server holds is the text the edits describe, in UTF-16 units…
        assert.equal(document.getText(), expected);
        // …and its lint, after all those lints of other versions, is the lint of that text alone.
        const incremental = toDiagnostics(document, lintDocument(document, settings, cache));
        const fresh = TextDocument.create(URI, 'markdown', 1, expected);
        assert.deepEqual(
          incremental.map((d) => ({ ...d, data: undefined })),
          toDiagnostics(fresh, lintDocument(fresh, settings)).map((d) => ({ ...d, data: undefined })),
        );
        assert.deepEqual(JSON.stringify(lint(document.getText(), {}, cache).problems), JSON.stringify(lint(expected).problems));
      }),
      fuzzParameters(150),
    );
  });
});
