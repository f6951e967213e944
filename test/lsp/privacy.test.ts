import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { RecordingLspClient, type RecordedMessage } from '../support/recordingClient';
import { LETTER_INFO_REQUEST } from '../../shared/settings';

/**
 * Privacy: Signpost never touches the network and never writes letter text to its logs.
 *
 * The server and the CLI run with test/support/netGuard.cjs preloaded, which makes every network
 * entry point of Node (net, tls, http, https, http2, dns, dgram, fetch, WebSocket) record the
 * attempt and throw. Every feature is exercised on a letter full of distinctive made-up words,
 * then: nothing touched the network, and neither stderr nor window/logMessage, window/showMessage
 * or telemetry carries any of those words, at every trace level. Only the LSP message trace
 * ($/logTrace), which the user turns on in their editor, may carry text.
 */

const ROOT = join(__dirname, '..', '..');
const GUARD = join(ROOT, 'test', 'support', 'netGuard.cjs');
const CLI = join(ROOT, 'dist', 'cli.js');
const CORE = join(ROOT, 'test', 'fixtures', 'letters', 'core');

/** Words that appear in the letter and nowhere in Signpost: finding one in a log means letter text leaked. */
const DISTINCTIVE = ['Quillfeather', 'Zanthorpe', 'Marrowdene', 'Ysoldine', 'Brackwater', 'Thistlecombe', 'Vexmoor', 'Orrinsay', 'Plumbrook', 'Kestrelheim'];

const PRIVATE_LETTER = `---
author: Quillfeather
---
Children's Services, Zanthorpe Borough Council

5 June 2024

Dear Ms Marrowdene,

# Re: your stage 2 complaint about Ysoldine, 17 Brackwater Lane

I am the Adjudicating Officer. I enclose the Investigating Officer's report and the Independent Person's report about Ysoldine's placement in Thistlecombe under section 20.

## Complaint 1: Vexmoor contact arrangements

Finding: upheld. The social worker in Vexmoor did not return your calls. I have considered your complaint under the Council's corporate complaints procedure.

> Ms Marrowdene said: "Orrinsay told me to contact the Local Government Ombudsman."

| Complaint | Finding |
|---|---|
| Plumbrook visits | not upheld |

<!-- Kestrelheim: note for the Quillfeather file -->

You are not required to proceed to a stage 3 Panel review. If you remain dissatisfied, you must now contact the Local Government Ombudsman in Kestrelheim. We will reply within 10 working days, by 14 June 2024.

\`\`\`
Orrinsay Plumbrook
\`\`\`

Yours sincerely,

Quillfeather Zanthorpe
`;

function assertNoDistinctiveWords(where: string, text: string): void {
  for (const word of DISTINCTIVE) assert.ok(!text.includes(word), `${where} contains letter text ("${word}")`);
}

/** A fresh network-guard log path (the guard creates the file when it loads, so its existence proves it ran). */
function guardLog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-net-guard-'));
  return join(dir, 'network-attempts.log');
}

function assertNoNetwork(log: string): void {
  assert.ok(existsSync(log), 'the network guard was not loaded');
  assert.equal(readFileSync(log, 'utf8'), '', `network entry points were touched:\n${readFileSync(log, 'utf8')}`);
}

describe('privacy', () => {
  test('the network guard itself records and blocks every kind of network access', () => {
    const log = guardLog();
    const probe = `
      const attempts = [
        () => require('node:http').get('http://example.invalid/'),
        () => require('node:https').request('https://example.invalid/'),
        () => require('node:net').connect(80, 'example.invalid'),
        () => new (require('node:net').Socket)().connect(80, 'example.invalid'),
        () => require('node:tls').connect(443, 'example.invalid'),
        () => require('node:dns').lookup('example.invalid', () => {}),
        () => require('node:dns').promises.resolve4('example.invalid'),
        () => require('node:dgram').createSocket('udp4'),
        () => require('node:http2').connect('https://example.invalid'),
        () => fetch('https://example.invalid/'),
      ];
      let blocked = 0;
      for (const attempt of attempts) { try { attempt(); } catch { blocked++; } }
      process.stdout.write(String(blocked));
    `;
    const result = spawnSync(process.execPath, ['--require', GUARD, '-e', probe], { env: { ...process.env, SIGNPOST_NET_GUARD_LOG: log }, encoding: 'utf8' });
    assert.equal(result.stdout, '10');
    const recorded = readFileSync(log, 'utf8').trim().split('\n');
    assert.equal(recorded.length, 10, recorded.join(', '));
  });

  for (const trace of ['off', 'messages', 'verbose'] as const) {
    test(`language server, trace ${trace}: no network, no letter text in stderr or log messages`, async () => {
      const log = guardLog();
      const dir = mkdtempSync(join(tmpdir(), 'signpost-privacy-'));
      const client = new RecordingLspClient({
        settings: { lintDelayMs: 0 },
        execArgv: ['--require', GUARD],
        env: { ...process.env, SIGNPOST_NET_GUARD_LOG: log },
      });
      try {
        await client.initialize(trace);
        await client.connection.sendNotification('$/setTrace', { value: trace });
        const uri = pathToFileURL(join(dir, 'private.md')).toString();
        await client.open(uri, PRIVATE_LETTER);
        const published = await client.diagnosticsFor(uri, 1);
        assert.ok(published.diagnostics.length > 0, 'the letter was checked');

        // Typing, then every request a client makes.
        await client.change(uri, 2, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: 'Thistlecombe Plumbrook. ' }]);
        const current = await client.diagnosticsFor(uri, 2);
        for (const diagnostic of current.diagnostics as Diagnostic[]) {
          await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
          const actions = (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
          })) as CodeAction[];
          assert.ok(Array.isArray(actions));
        }
        await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll.signpost'] },
        });
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 2 } });
        await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
        await client.connection.sendRequest(LETTER_INFO_REQUEST, { uri });
        await client.connection.sendRequest('signpost/deadlines', { uri });
        await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 9, character: 0 } }).catch(() => undefined);

        // Junk, a broken project configuration, a document over the size limit, a settings change.
        const junkUri = pathToFileURL(join(dir, 'junk.md')).toString();
        await client.open(junkUri, `\uFEFF---\nstage: [Quillfeather\n---\n${Buffer.from(PRIVATE_LETTER).toString('latin1')}\u0000\uD83D`);
        await client.diagnosticsFor(junkUri, 1);
        const brokenDir = join(dir, 'broken');
        mkdirSync(brokenDir);
        writeFileSync(join(brokenDir, '.signpost.json'), '{ "rules": { "Zanthorpe": "loud" } ');
        const brokenUri = pathToFileURL(join(brokenDir, 'draft.md')).toString();
        await client.open(brokenUri, PRIVATE_LETTER);
        await client.diagnosticsFor(brokenUri, 1);
        client.settings = { lintDelayMs: 0, maxDocumentSizeKb: 1 };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await client.waitFor(
          (m: RecordedMessage) =>
            m.method === 'textDocument/publishDiagnostics' &&
            (m.params as PublishDiagnosticsParams).uri === uri &&
            (m.params as PublishDiagnosticsParams).diagnostics.some((d) => d.code === 'document/too-large'),
        );
        for (const closed of [uri, junkUri, brokenUri]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closed } });
      } finally {
        await client.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 100));

      assertNoNetwork(log);
      assertNoDistinctiveWords('stderr', client.stderr);
      const logs = client.received.filter((m) => ['window/logMessage', 'window/showMessage', 'window/showMessageRequest', 'telemetry/event'].includes(m.method));
      assertNoDistinctiveWords('window/logMessage, showMessage or telemetry', JSON.stringify(logs));
      assert.deepEqual(client.received.filter((m) => m.method === 'telemetry/event'), [], 'telemetry was sent');
      if (trace === 'off') assert.deepEqual(client.received.filter((m) => m.method === '$/logTrace'), [], 'trace messages with the trace off');
    });
  }

  test('CLI: check, json, sarif, fix, dry run, stdin, deadlines: no network, no letter text on stderr', () => {
    const log = guardLog();
    const dir = mkdtempSync(join(tmpdir(), 'signpost-privacy-cli-'));
    writeFileSync(join(dir, 'private.md'), PRIVATE_LETTER);
    for (const name of readdirSync(CORE).filter((f) => f.endsWith('.md'))) writeFileSync(join(dir, name), readFileSync(join(CORE, name)));
    const env = { ...process.env, SIGNPOST_NET_GUARD_LOG: log };
    const run = (args: string[], input?: string) => {
      const result = spawnSync(process.execPath, ['--require', GUARD, CLI, ...args], { cwd: dir, env, input, encoding: 'utf8' });
      assert.ok(result.status === 0 || result.status === 1, `signpost ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 300)}`);
      assertNoDistinctiveWords(`stderr of signpost ${args.join(' ')}`, result.stderr);
      return result;
    };
    run(['check', '.']);
    run(['check', '--format', 'json', 'private.md']);
    run(['check', '--format', 'sarif', 'private.md']);
    run(['check', '--fix', '--dry-run', 'private.md']);
    run(['check', '--stdin', '--stdin-filename', 'private.md'], PRIVATE_LETTER);
    run(['check', '--fix', '.']);
    run(['deadlines', 'private.md']);
    run(['rules']);
    assertNoNetwork(log);
  });
});
