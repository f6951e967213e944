import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { RecordingLspClient } from '../support/recordingClient';
import { anyDocument, editSequence, fuzzParameters, resolveEdit } from '../support/fuzzArbitraries';
import { diagnosticRangeErrors } from '../support/rangeChecks';

/**
 * Fuzzing the built server over stdio (`node dist/server.js --stdio`, as any editor runs it):
 * random documents, random incremental edit sequences and random requests. The server never
 * throws or exits, every published range is a position of the document, and the diagnostics after
 * the edits equal the diagnostics of the final text opened from scratch.
 */

const strip = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ ...d, data: undefined }));

describe('fuzz: the language server under random documents and edits', () => {
  let client: RecordingLspClient;
  let run = 0;
  before(async () => {
    client = new RecordingLspClient({ settings: { lintDelayMs: 0 } });
    await client.initialize();
  });
  after(() => client.close());

  test('edits, then requests: never an error, ranges inside, incremental equals from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, editSequence, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }), async (initial, edits, probes) => {
        run++;
        const uri = `file:///tmp/signpost-fuzz/server-${run}.md`;
        let mirror = TextDocument.create(uri, 'markdown', 1, initial);
        await client.open(uri, initial, 1);
        for (const e of edits) {
          const { start, end, newText } = resolveEdit(mirror.getText(), e);
          const range = { start: mirror.positionAt(start), end: mirror.positionAt(end) };
          mirror = TextDocument.update(mirror, [{ range, text: newText }], mirror.version + 1);
          await client.change(uri, mirror.version, [{ range, text: newText }]);
        }
        const published: PublishDiagnosticsParams = await client.diagnosticsFor(uri, mirror.version);
        assert.deepEqual(diagnosticRangeErrors(mirror, published.diagnostics), []);

        // Requests at random places of the edited document must be answered, not fail.
        for (const probe of probes) {
          const position = mirror.positionAt(Math.floor(probe * (mirror.getText().length + 1)));
          await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
          await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: position, end: position },
            context: { diagnostics: published.diagnostics.slice(0, 2) },
          });
        }
        await client.connection.sendRequest('signpost/letterInfo', { uri });

        // The same final text, opened fresh, gets the same diagnostics.
        const freshUri = `${uri}.fresh.md`;
        await client.open(freshUri, mirror.getText(), 1);
        const fresh = await client.diagnosticsFor(freshUri, 1);
        assert.deepEqual(strip(published.diagnostics), strip(fresh.diagnostics));
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: freshUri } });
        assert.equal(client.exited, false, 'the server exited');
      }),
      fuzzParameters(25),
    );
    assert.equal(client.exited, false, 'the server exited');
    assert.doesNotMatch(client.stderr, /internal error/i);
    const logs = client.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
    assert.deepEqual(logs.filter((m) => /could not check|rules failed/.test(m)), []);
  });
});
