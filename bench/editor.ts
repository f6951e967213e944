/**
 * The editor side of `npm run bench`, in a process of its own (as an editor is): for the generated
 * letter of the given size, (d) cold starts of the built server (spawn → initialize → didOpen → first
 * publishDiagnostics), then (c) didChange → publishDiagnostics round trips, one typed character at a
 * time after 30 typed as warm-up, and (e) the server's peak memory. Prints the measures as JSON.
 */
import { generateLetter } from './generate';
import { middleProseLine, peakRssMb, SETTINGS, stats, Typist, URI, type EditorMeasures, type Stats } from './common';
import { LspTestClient } from '../test/support/lspClient';

async function coldStart(text: string): Promise<{ ms: number; client: LspTestClient }> {
  const start = performance.now();
  const client = new LspTestClient({ ...SETTINGS });
  await client.initialize();
  await client.open(URI, text);
  await client.waitForDiagnostics(URI, (p) => p.version === 1, 120_000);
  return { ms: performance.now() - start, client };
}

async function roundTrips(client: LspTestClient, text: string, samples: number): Promise<Stats> {
  const cursor = middleProseLine(text);
  const typist = new Typist(cursor.line, cursor.character);
  let version = 1;
  const out: number[] = [];
  // An officer types steadily: the first keystrokes after opening also warm the JIT compiler and
  // the document's block memo, so they are typed before the measured ones.
  const warmup = 30;
  for (let i = 0; i < samples + warmup; i++) {
    version++;
    const start = performance.now();
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [typist.next()] });
    const expected = version;
    await client.waitForDiagnostics(URI, (p) => p.version === expected, 120_000);
    if (i >= warmup) out.push(performance.now() - start);
  }
  return stats(out);
}


async function main(): Promise<void> {
  const [size, samples, coldSamples] = process.argv.slice(2).map(Number);
  const text = generateLetter(size).text;
  const cold: number[] = [];
  let client: LspTestClient | undefined;
  for (let i = 0; i < coldSamples; i++) {
    const started = await coldStart(text);
    cold.push(started.ms);
    if (i < coldSamples - 1) await started.client.close();
    else client = started.client;
  }
  const roundTrip = await roundTrips(client!, text, samples);
  const measures: EditorMeasures = { coldStart: stats(cold), roundTrip, peakRssMb: peakRssMb(client!.process.pid) };
  await client!.close();
  process.stdout.write(JSON.stringify(measures));
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
