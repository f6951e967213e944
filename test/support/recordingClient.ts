import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER } from './lspClient';

export interface RecordedMessage {
  /** Milliseconds since the client was created. */
  at: number;
  method: string;
  params: unknown;
}

export interface RecordingClientOptions {
  /** The `signpost` settings section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** Extra node options before the server script (e.g. `--require` a preload). */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
}

/**
 * A JSON-RPC client over stdio like `LspTestClient`, which also records every notification and
 * request the server sends (publishDiagnostics, window/logMessage, $/logTrace, telemetry…), the
 * configuration requests it makes, and its stderr, and can start the server with a preload.
 */
export class RecordingLspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly received: RecordedMessage[] = [];
  readonly configurationItems: { section?: string; scopeUri?: string }[] = [];
  stderr = '';
  settings: Record<string, unknown>;
  /** Answer workspace/configuration only after this many milliseconds (to hold the server in a request). */
  configurationDelayMs = 0;
  private readonly started = performance.now();
  private waiters: { predicate: (m: RecordedMessage) => boolean; resolve: (m: RecordedMessage) => void }[] = [];

  constructor(options: RecordingClientOptions = {}) {
    this.settings = options.settings ?? { lintDelayMs: 0 };
    this.process = spawn(process.execPath, [...(options.execArgv ?? []), SERVER, '--stdio'], {
      stdio: 'pipe',
      env: options.env ?? process.env,
    });
    this.process.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onRequest('workspace/configuration', async (params: { items: { section?: string; scopeUri?: string }[] }) => {
      this.configurationItems.push(...params.items);
      this.record('workspace/configuration', params);
      const answer = params.items.map((item) => (item.section === 'signpost' ? this.settings : null));
      if (this.configurationDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.configurationDelayMs));
      return answer;
    });
    this.connection.onRequest((method, params) => {
      this.record(method, params);
      return null;
    });
    this.connection.onNotification((method, params) => this.record(method, params));
    this.connection.listen();
  }

  private record(method: string, params: unknown): void {
    const message = { at: performance.now() - this.started, method, params };
    this.received.push(message);
    this.waiters = this.waiters.filter((w) => {
      if (!w.predicate(message)) return true;
      w.resolve(message);
      return false;
    });
  }

  /** Resolves with the first message (already received or still to come) that satisfies the predicate. */
  waitFor(predicate: (m: RecordedMessage) => boolean, timeoutMs = 30_000, what = 'message'): Promise<RecordedMessage> {
    const existing = this.received.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(0, 500)}`)), timeoutMs);
      this.waiters.push({ predicate, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  /** The diagnostics published for `uri` at `version` (waits for them). */
  async diagnosticsFor(uri: string, version: number, timeoutMs = 30_000): Promise<PublishDiagnosticsParams> {
    const message = await this.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri && (m.params as PublishDiagnosticsParams).version === version,
      timeoutMs,
      `diagnostics for version ${version}`,
    );
    return message.params as PublishDiagnosticsParams;
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.received
      .filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri)
      .map((m) => m.params as PublishDiagnosticsParams);
  }

  async initialize(trace: 'off' | 'messages' | 'verbose' = 'off'): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      trace,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  get exited(): boolean {
    return this.process.exitCode !== null || this.process.signalCode !== null;
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
