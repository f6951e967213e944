import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, rules } from '../support/lspClient';

const faulty = readFileSync(join(__dirname, '..', 'fixtures', 'letters', 'core', 'kent-stage1-corporate-faulty.md'), 'utf8');

describe('settings and project configuration (over stdio)', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient({ lintDelayMs: 0, rules: {} });
    await client.initialize();
  });
  after(() => client.close());

  test('per-rule severity from workspace/configuration, re-read on didChangeConfiguration', async () => {
    const uri = 'file:///tmp/signpost-config/settings.md';
    await client.open(uri, faulty);
    const first = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(first.diagnostics.every((d) => d.severity === 1));
    const asked = client.configurationRequests;
    client.settings = { lintDelayMs: 0, rules: { 'procedure/corporate-for-statutory': 'off', 'signpost/missing-stage2-right': 'off' } };
    client.diagnostics.delete(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await client.waitForDiagnostics(uri);
    assert.deepEqual(after.diagnostics, []);
    assert.ok(client.configurationRequests > asked, 'settings were asked for again');
    client.settings = { lintDelayMs: 0, rules: {} };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  test('.signpost.json beside the draft overrides settings; a broken one is reported on the draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signpost-lsp-config-'));
    writeFileSync(join(dir, '.signpost.json'), JSON.stringify({ rules: { 'procedure/corporate-for-statutory': 'hint', 'signpost/missing-stage2-right': 'info' } }));
    const uri = pathToFileURL(join(dir, 'draft.md')).toString();
    await client.open(uri, faulty);
    const configured = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(configured.diagnostics.map((d) => `${d.code} ${d.severity}`).sort(), [
      'procedure/corporate-for-statutory 4',
      'procedure/corporate-for-statutory 4',
      'signpost/missing-stage2-right 3',
    ]);

    writeFileSync(join(dir, '.signpost.json'), '{ "rules": { "procedure/corporate-for-statutory": "loud" } }');
    client.diagnostics.delete(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.signpost.json')).toString(), type: 2 }] });
    const broken = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'config/invalid'));
    const warning = broken.diagnostics.find((d) => d.code === 'config/invalid')!;
    assert.match(String(warning.message), /severity "loud"/);
    assert.deepEqual(rules(broken.diagnostics), ['config/invalid', 'procedure/corporate-for-statutory', 'procedure/corporate-for-statutory', 'signpost/missing-stage2-right']);
  });
});
