import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LETTER_INFO_REQUEST, withDefaults, type SignpostSettings } from '../../../shared/settings';
import { lintDocument, lookupConfig, type DocumentLint } from './documentLinter';
import { toDiagnostics } from './diagnostics';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { fixAll } from './fixAllEdit';
import { hover } from './hover';
import { letterInfo } from './letterInfo';
import { codeLenses } from './codeLens';
import { deadlinesOf, DEADLINES_REQUEST } from './deadlines';
import { effectiveLintOptions } from '../config/effectiveOptions';

/**
 * The Signpost language server. Editor-agnostic: any LSP client can start it with
 * `node dist/server.js --stdio` (VS Code uses --node-ipc). Diagnostics are pushed, because
 * Neovim 0.7 only supports push. Nothing here logs document text.
 */
export function startServer(): void {
  // The transport (--stdio, --node-ipc, --socket) comes from the command line.
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const settingsCache = new Map<string, Promise<SignpostSettings>>();
  const lintCache = new Map<string, DocumentLint>();
  const timers = new Map<string, NodeJS.Timeout>();
  let canAskForConfiguration = false;

  const log = (message: string) => connection.console.log(`[signpost] ${message}`);

  connection.onInitialize((params): InitializeResult => {
    canAskForConfiguration = Boolean(params.capabilities.workspace?.configuration);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'signpost' },
    };
  });

  connection.onInitialized(() => {
    if (canAskForConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'signpost' }).catch(() => undefined);
    }
  });

  function settingsFor(uri: string): Promise<SignpostSettings> {
    if (!canAskForConfiguration) return Promise.resolve(withDefaults(globalSettings));
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'signpost' })
        .then(withDefaults, () => withDefaults(undefined));
      settingsCache.set(uri, cached);
    }
    return cached;
  }
  /** Settings pushed with didChangeConfiguration, for clients that cannot be asked. */
  let globalSettings: unknown;

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    try {
      const settings = await settingsFor(uri);
      const current = documents.get(uri);
      if (!current || current.version !== document.version) return; // a newer edit will lint again
      const linted = lintDocument(current, settings);
      lintCache.set(uri, linted);
      if (linted.result?.failedRules.length) log(`rules failed on a document: ${linted.result.failedRules.join(', ')}`);
      void connection.sendDiagnostics({ uri, version: current.version, diagnostics: toDiagnostics(current, linted) });
    } catch (error) {
      log(`could not check a document: ${(error as Error).name}`);
    }
  }

  function schedule(uri: string): void {
    clearTimeout(timers.get(uri));
    void settingsFor(uri).then((settings) => {
      clearTimeout(timers.get(uri));
      timers.set(
        uri,
        setTimeout(() => {
          timers.delete(uri);
          void validate(uri);
        }, settings.lintDelayMs),
      );
    });
  }

  /** The lint of the document's current version, computed now if the debounced one is stale. */
  async function currentLint(document: TextDocument): Promise<DocumentLint> {
    const cached = lintCache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const linted = lintDocument(document, await settingsFor(document.uri));
    lintCache.set(document.uri, linted);
    return linted;
  }

  documents.onDidOpen((event) => schedule(event.document.uri));
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    settingsCache.delete(uri);
    lintCache.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  function relintAll(): void {
    settingsCache.clear();
    lintCache.clear();
    for (const document of documents.all()) schedule(document.uri);
  }

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { signpost?: unknown } | null)?.signpost;
    if (settings !== undefined) globalSettings = settings;
    relintAll();
  });
  connection.onDidChangeWatchedFiles(() => relintAll());

  connection.onCodeAction(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const linted = await currentLint(document);
    if (token.isCancellationRequested) return [];
    const settings = await settingsFor(document.uri);
    return codeActions(document, linted, params, () =>
      fixAll(document, effectiveLintOptions(settings, lookupConfig(document.uri).config)),
    );
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? hover(document, await currentLint(document), params.position) : null;
  });

  connection.onCodeLens(async (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeLenses(document, await currentLint(document)) : [];
  });

  connection.onRequest(DEADLINES_REQUEST, async (params: { uri: string }) => {
    const document = documents.get(params.uri);
    return document ? (deadlinesOf(await currentLint(document))?.view ?? null) : null;
  });

  connection.onRequest(LETTER_INFO_REQUEST, async (params: { uri: string }) => {
    const document = documents.get(params.uri);
    return letterInfo(document ? await currentLint(document) : undefined);
  });

  documents.listen(connection);
  connection.listen();
}
