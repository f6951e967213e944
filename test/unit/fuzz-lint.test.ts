import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/fixes';
import { lintDocument } from '../../server/src/lsp/documentLinter';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { withDefaults } from '../../shared/settings';
import { anyDocument, fuzzParameters, longLine, markdownDocument, randomBytesDocument, randomUnitsDocument } from '../support/fuzzArbitraries';
import { diagnosticRangeErrors, problemRangeErrors } from '../support/rangeChecks';

/**
 * Fuzzing the engine in process: whatever the text (letter-like Markdown, broken front matter,
 * impossible dates, CRLF, BOM, emoji, lone surrogates, tabs, very long lines, random bytes), a lint
 * never throws, no rule fails, every range is inside the text in UTF-16 units and every fix stays
 * inside its finding. SIGNPOST_FUZZ_RUNS=20000 npm test runs it long.
 */

const settings = withDefaults({ lintDelayMs: 0 });

function checkDocument(text: string): void {
  const result = lint(text);
  assert.deepEqual(result.failedRules, [], 'a rule threw');
  assert.deepEqual(problemRangeErrors(text, result), []);
  for (const problem of result.problems) {
    for (const fix of problem.fixes) applyEdits(text, fix.edits); // well-formed: never overlapping or out of range
  }
  // What the editor sees: the same lint through the LSP layer, with line/character positions.
  const document = TextDocument.create('file:///tmp/signpost-fuzz/draft.md', 'markdown', 1, text);
  const diagnostics = toDiagnostics(document, lintDocument(document, settings));
  assert.deepEqual(diagnosticRangeErrors(document, diagnostics), []);
}

describe('fuzz: the engine on any text', () => {
  test('letter-like Markdown with faults, broken syntax, dates, emoji, CRLF and BOM', () => {
    fc.assert(fc.property(markdownDocument, checkDocument), fuzzParameters(300));
  });

  test('random bytes (UTF-8, Latin-1, UTF-16) and random code units with lone surrogates', () => {
    fc.assert(fc.property(fc.oneof(randomBytesDocument, randomUnitsDocument), checkDocument), fuzzParameters(100));
  });

  test('very long lines inside a letter', () => {
    fc.assert(
      fc.property(longLine, fc.boolean(), (line, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        checkDocument(['Dear Ms Jones,', '', `Your complaint. ${line}`, '', line, '', 'Yours sincerely,'].join(eol));
      }),
      fuzzParameters(20),
    );
  });

  test('regressions the fuzzer found', () => {
    // An empty heading at the end ("# ") made a block whose start was past its end, and the
    // missing-paragraph finding anchored on it ran backwards.
    checkDocument(
      '# Finding: not upheld. The assessment was completed within 45 working days, as the guidance requires.The Independent Person agreed with the Investigating Officer’s findings on this complaint.\nDear Ms Jones,\n# ',
    );
    checkDocument('Dear Ms Jones,\n\nYour complaint.\n\n- [ ] ');
  });

  test('the lint is deterministic: the same text gives the same findings, whatever was linted before', () => {
    fc.assert(
      fc.property(anyDocument, anyDocument, (text, other) => {
        const first = JSON.stringify(lint(text).problems);
        lint(other);
        assert.equal(JSON.stringify(lint(text).problems), first);
      }),
      fuzzParameters(100),
    );
  });
});
