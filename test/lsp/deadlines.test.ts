import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, Hover } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

/** The Bexley 24 016 952 timeline: stage 2 asked for on 30 April 2024, answered on 15 November 2024. */
const LATE_ADJUDICATION = `Children's Services Complaints

15 November 2024

Dear Ms X,

Stage 2 adjudication

Thank you for your request for a stage 2 investigation, which we received on 30 April 2024. Your complaint was investigated by Mr A, Investigating Officer, overseen by Ms B, Independent Person. I enclose the Investigating Officer's report and the Independent Person's report.

Complaint 1 is upheld. I apologise that we did not return your calls.

If you are not satisfied with this response, you can ask for a Stage 3 Review Panel by writing to the Complaints Team within 20 working days of receiving this letter.

Yours sincerely,

Director of Children's Services
`;

describe('deadlines in the editor (over stdio)', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  after(() => client.close());

  test('a code lens above the stage 2 request date shows the due and latest dates and the letter’s day', async () => {
    const uri = 'file:///tmp/signpost-deadlines/late.md';
    await client.open(uri, LATE_ADJUDICATION);
    const published = await client.waitForDiagnostics(uri);
    assert.ok(published.diagnostics.some((d) => d.code === 'time/overdue-no-apology'));
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 8);
    assert.equal(lenses[0].command?.title, 'Stage 2 due Thu 6 June 2024 (25 working days) · latest Thu 1 August 2024 (65) · this letter: day 140');
    assert.equal(lenses[0].command?.command, 'signpost.showDeadlines');
  });

  test('hover on a date gives its working-day distance from the anchor', async () => {
    const uri = 'file:///tmp/signpost-deadlines/late.md';
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Fri 15 November 2024/);
    assert.match(value, /140 working days after Tue 30 April 2024/);
  });

  test('signpost/deadlines lists the statutory deadlines and the status bar gets the next one', async () => {
    const uri = 'file:///tmp/signpost-deadlines/late.md';
    const view = (await client.connection.sendRequest('signpost/deadlines', { uri })) as { deadlines: { label: string; iso: string }[]; letterDay: number };
    assert.deepEqual(
      view.deadlines.map((d) => `${d.label}: ${d.iso}`),
      ['Stage 2 due: 2024-06-06', 'Stage 2 latest (with an extension): 2024-08-01', 'Complainant can ask for stage 3 until about: 2024-12-13'],
    );
    assert.equal(view.letterDay, 140);
    const info = (await client.connection.sendRequest('signpost/letterInfo', { uri })) as { nextDeadline: string };
    assert.equal(info.nextDeadline, 'Stage 2 due Thu 6 June 2024');
  });

  test('a letter with no dates gets no lens', async () => {
    const uri = 'file:///tmp/signpost-deadlines/undated.md';
    await client.open(uri, LATE_ADJUDICATION.replace(/15 November 2024|, which we received on 30 April 2024/g, ''));
    await client.waitForDiagnostics(uri);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(lenses, []);
  });
});
