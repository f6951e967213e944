import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { RecordingLspClient } from '../support/recordingClient';
import { generateLetter } from '../../bench/generate';
import { DEFAULT_SETTINGS, LETTER_INFO_REQUEST } from '../../shared/settings';

/**
 * Responsiveness of the built server over stdio: the per-document debounce is the setting
 * signpost.lintDelayMs (read through workspace/configuration, section "signpost"); diagnostics of
 * an older version never follow a newer one; a cancelled request does not pay for a lint; a long
 * document holds up other requests by at most one lint (a burst of its edits costs one lint, not
 * one each); a document over signpost.maxDocumentSizeKb gets one information diagnostic.
 * Timings are asserted with wide margins (the machine may be busy); the benchmark measures them.
 */

const letter = generateLetter(60).text;
const at = (line: number, character: number) => ({ line, character });
const typed = (i: number) => ({ range: { start: at(2, i), end: at(2, i) }, text: 'x' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function publishedVersions(client: RecordingLspClient, uri: string): number[] {
  return client.published(uri).map((p) => p.version ?? -1);
}

describe('responsiveness', () => {
  test('the debounce is signpost.lintDelayMs, asked for with workspace/configuration per document', async () => {
    const client = new RecordingLspClient({ settings: { lintDelayMs: 300 } });
    try {
      await client.initialize();
      const uri = 'file:///tmp/signpost-responsive/debounce.md';
      await client.open(uri, letter);
      let lastChange = 0;
      for (let version = 2; version <= 6; version++) {
        await sleep(30);
        await client.change(uri, version, [typed(version)]);
        lastChange = performance.now();
      }
      await client.diagnosticsFor(uri, 6);
      const waited = performance.now() - lastChange;
      assert.ok(waited >= 280, `diagnostics came ${waited.toFixed(0)} ms after the last change, before the 300 ms delay`);
      assert.deepEqual(publishedVersions(client, uri), [6], 'only the last version is checked while typing');
      assert.ok(
        client.configurationItems.some((item) => item.section === 'signpost' && item.scopeUri === uri),
        'settings are asked for with section "signpost" and the document as scope',
      );
    } finally {
      await client.close();
    }
  });

  test('with lintDelayMs 0 a burst of edits is checked once, and an older version never follows a newer one', async () => {
    const client = new RecordingLspClient({ settings: { lintDelayMs: 0 } });
    try {
      await client.initialize();
      const uri = 'file:///tmp/signpost-responsive/burst.md';
      await client.open(uri, letter);
      await client.diagnosticsFor(uri, 1);
      const sends: Promise<void>[] = [];
      for (let version = 2; version <= 31; version++) sends.push(client.change(uri, version, [typed(version)]));
      await Promise.all(sends);
      await client.diagnosticsFor(uri, 31);
      await sleep(100);
      const versions = publishedVersions(client, uri);
      for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}`);
      assert.equal(versions[versions.length - 1], 31);
      assert.ok(versions.length < 31, `a burst of 30 queued edits was checked ${versions.length - 1} times`);
    } finally {
      await client.close();
    }
  });

  test('a request cancelled before its lint is answered "cancelled" without linting', async () => {
    const client = new RecordingLspClient({ settings: { lintDelayMs: 60_000 } });
    try {
      await client.initialize();
      const uri = 'file:///tmp/signpost-responsive/cancel.md';
      await client.open(uri, letter);
      // Hold the server in its settings request, so the cancellation surely arrives first.
      client.configurationDelayMs = 300;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const source = new CancellationTokenSource();
      const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(2, 1) }, source.token);
      source.cancel();
      await assert.rejects(hover, (error: unknown) => error instanceof ResponseError && error.code === -32800);
      // Not cancelled, the same request is answered.
      client.configurationDelayMs = 0;
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(2, 1) });
      assert.deepEqual(publishedVersions(client, uri), [], 'the long debounce was honoured');
    } finally {
      await client.close();
    }
  });

  test('a long document holds up other requests by at most one lint', async () => {
    const client = new RecordingLspClient({ settings: { lintDelayMs: 0 } });
    try {
      await client.initialize();
      const small = 'file:///tmp/signpost-responsive/small.md';
      await client.open(small, letter);
      await client.diagnosticsFor(small, 1);
      const big = 'file:///tmp/signpost-responsive/big.md';
      const bigText = generateLetter(20_000).text;
      const opened = performance.now();
      await client.open(big, bigText);
      await client.diagnosticsFor(big, 1, 120_000);
      const oneLint = performance.now() - opened;

      // Twenty edits of the long document queued at once, then a request about the small one.
      const sends: Promise<void>[] = [];
      for (let version = 2; version <= 21; version++) sends.push(client.change(big, version, [typed(version)]));
      const asked = performance.now();
      const info = client.connection.sendRequest(LETTER_INFO_REQUEST, { uri: small });
      await Promise.all(sends);
      await info;
      const waited = performance.now() - asked;
      await client.diagnosticsFor(big, 21, 120_000);
      const bigLints = publishedVersions(client, big).length - 1;
      assert.ok(bigLints <= 3, `20 queued edits of the long document cost ${bigLints} lints`);
      assert.ok(waited < 2 * oneLint + 1000, `the small document's request waited ${waited.toFixed(0)} ms; one lint of the long one takes ${oneLint.toFixed(0)} ms`);
    } finally {
      await client.close();
    }
  });

  test('a document over signpost.maxDocumentSizeKb gets one information diagnostic; the default is a few MB', async () => {
    assert.ok(DEFAULT_SETTINGS.maxDocumentSizeKb >= 1024 && DEFAULT_SETTINGS.maxDocumentSizeKb <= 8192);
    const client = new RecordingLspClient({ settings: { lintDelayMs: 0, maxDocumentSizeKb: 4 } });
    try {
      await client.initialize();
      const uri = 'file:///tmp/signpost-responsive/large.md';
      const text = generateLetter(400).text;
      assert.ok(text.length > 4 * 1024);
      await client.open(uri, text);
      const published: PublishDiagnosticsParams = await client.diagnosticsFor(uri, 1);
      assert.equal(published.diagnostics.length, 1);
      assert.equal(published.diagnostics[0].code, 'document/too-large');
      assert.equal(published.diagnostics[0].severity, 3);
      // Requests on it are answered, without a lint.
      const info = (await client.connection.sendRequest(LETTER_INFO_REQUEST, { uri })) as { isLetter: boolean };
      assert.equal(info.isLetter, false);
    } finally {
      await client.close();
    }
  });
});
