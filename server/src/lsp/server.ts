import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LETTER_INFO_REQUEST, withDefaults, type SignpostSettings } from '../../../shared/settings';
import { lintDocument, lookupConfig, type DocumentLint } from './documentLinter';
import { LetterModelCache } from '../model/letterModel';
import { toDiagnostics } from './diagnostics';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { fixAll, type FixAllResult } from './fixAllEdit';
import { hover } from './hover';
import { letterInfo } from './letterInfo';
import { codeLenses } from './codeLens';
import { deadlinesOf, DEADLINES_REQUEST } from './deadlines';
import { effectiveLintOptions } from '../config/effectiveOptions';
import { documentSymbols } from './symbols';
import { completions, COMPLETION_TRIGGER_CHARACTERS } from './completion';
import { LETTER_TEMPLATES_REQUEST, NEW_LETTER_REQUEST, SIGNPOSTING_PARAGRAPH_REQUEST, type NewLetterParams, type SignpostingParams } from '../drafting/protocol';
import { letterTemplateList } from '../drafting/newLetter';
import { newLetterFor, signpostingFor } from '../drafting/requests';

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
  /** Each open document's memo of its blocks, so a keystroke re-reads only the block it changed. */
  const modelCaches = new Map<string, LetterModelCache>();
  const lintNow = (document: TextDocument, settings: SignpostSettings) => {
    let cache = modelCaches.get(document.uri);
    if (!cache) modelCaches.set(document.uri, (cache = new LetterModelCache()));
    return lintDocument(document, settings, cache);
  };
  const timers = new Map<string, NodeJS.Timeout>();
  const fixAllCache = new WeakMap<DocumentLint, FixAllResult>();
  let canAskForConfiguration = false;
  /** Clients that cannot register for configuration changes dynamically (eglot) send them anyway, or not at all. */
  let canRegisterForConfigurationChanges = false;
  let completionSnippets = false;

  const log = (message: string) => connection.console.log(`[signpost] ${message}`);

  connection.onInitialize((params): InitializeResult => {
    canAskForConfiguration = Boolean(params.capabilities.workspace?.configuration);
    canRegisterForConfigurationChanges = Boolean(params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
    completionSnippets = Boolean(params.capabilities.textDocument?.completion?.completionItem?.snippetSupport);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Signpost: complaint points' },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'signpost' },
    };
  });

  connection.onInitialized(() => {
    if (canAskForConfiguration && canRegisterForConfigurationChanges) {
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

  /** Documents whose debounce has elapsed, waiting for their lint. */
  const due = new Set<string>();
  /** Due documents that changed during the last event-loop turn: more of their edits may be queued. */
  const unsettled = new Set<string>();
  let draining = false;

  /**
   * Lints the due documents one per event-loop turn, so requests and newer edits that arrived
   * meanwhile are handled in between: a long document delays another request by at most one lint,
   * never by a queue of them (and the size limit bounds that one lint). The client's messages are
   * handled one per turn, so a document that changed in the last turn waits one more: a burst of
   * queued edits then costs one lint, not one per edit.
   */
  function drain(): void {
    if (draining) return;
    draining = true;
    setImmediate(function next() {
      let uri: string | undefined;
      for (const candidate of due) {
        if (!unsettled.has(candidate)) {
          uri = candidate;
          break;
        }
      }
      if (uri === undefined) {
        if (due.size === 0) {
          draining = false;
          return;
        }
        unsettled.clear();
        setImmediate(next);
        return;
      }
      due.delete(uri);
      void validate(uri).finally(() => setImmediate(next));
    });
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    try {
      const settings = await settingsFor(uri);
      const current = documents.get(uri);
      if (!current || current.version !== document.version) return; // a newer edit will lint again
      // A request (hover, code action) may already have linted this version.
      const cached = lintCache.get(uri);
      const linted = cached?.version === current.version ? cached : lintNow(current, settings);
      lintCache.set(uri, linted);
      if (linted.result?.failedRules.length) log(`rules failed on a document: ${linted.result.failedRules.join(', ')}`);
      void connection.sendDiagnostics({ uri, version: current.version, diagnostics: toDiagnostics(current, linted) });
    } catch (error) {
      log(`could not check a document: ${(error as Error).name}`);
    }
  }

  /** Per-document debounce: the lint runs `signpost.lintDelayMs` after the last change. */
  function schedule(uri: string): void {
    clearTimeout(timers.get(uri));
    due.delete(uri);
    void settingsFor(uri).then((settings) => {
      clearTimeout(timers.get(uri));
      const enqueue = () => {
        timers.delete(uri);
        due.add(uri);
        unsettled.add(uri);
        drain();
      };
      // With no delay, lint on the next turn (a 0 ms timer would still wait about 1 ms).
      if (settings.lintDelayMs > 0) timers.set(uri, setTimeout(enqueue, settings.lintDelayMs));
      else enqueue();
    });
  }

  /** The lint of the document's current version, computed now if the debounced one is stale. */
  async function currentLint(document: TextDocument, token?: CancellationToken): Promise<DocumentLint> {
    const cached = lintCache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const settings = await settingsFor(document.uri);
    // A request the client has already cancelled (the cursor moved on) does not pay for a lint.
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
    const linted = lintNow(document, settings);
    lintCache.set(document.uri, linted);
    return linted;
  }

  documents.onDidOpen((event) => schedule(event.document.uri));
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    due.delete(uri);
    unsettled.delete(uri);
    settingsCache.delete(uri);
    lintCache.delete(uri);
    modelCaches.delete(uri);
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
    const linted = await currentLint(document, token);
    if (token.isCancellationRequested) return [];
    const settings = await settingsFor(document.uri);
    return codeActions(document, linted, params, () => {
      // Once per lint (document version and settings), however often the cursor moves.
      let result = fixAllCache.get(linted);
      if (!result) fixAllCache.set(linted, (result = fixAll(document, effectiveLintOptions(settings, lookupConfig(document.uri).config))));
      return result;
    });
  });

  connection.onHover(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? hover(document, await currentLint(document, token), params.position) : null;
  });

  // The Outline: complaint points and their findings, recommendations and the decisions on them.
  connection.onDocumentSymbol(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(document, (await currentLint(document, token)).result?.model) : [];
  });

  connection.onCodeLens(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeLenses(document, await currentLint(document, token)) : [];
  });

  connection.onRequest(DEADLINES_REQUEST, async (params: { uri: string }, token) => {
    const document = documents.get(params.uri);
    return document ? (deadlinesOf(await currentLint(document, token))?.view ?? null) : null;
  });

  connection.onRequest(LETTER_INFO_REQUEST, async (params: { uri: string }, token) => {
    const document = documents.get(params.uri);
    return letterInfo(document ? await currentLint(document, token) : undefined);
  });

  // Drafting: completion while typing, "New Letter…" and "Insert Signposting Paragraph".
  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? completions(document, params.position, { snippetSupport: completionSnippets }) : null;
  });

  connection.onRequest(LETTER_TEMPLATES_REQUEST, () => letterTemplateList());

  connection.onRequest(NEW_LETTER_REQUEST, async (params: NewLetterParams) => newLetterFor(params, await settingsFor(params.scopeUri ?? '')));

  connection.onRequest(SIGNPOSTING_PARAGRAPH_REQUEST, async (params: SignpostingParams, token) => {
    const document = documents.get(params.uri);
    const model = document ? (await currentLint(document, token)).result?.model : undefined;
    return signpostingFor(params.uri, model, await settingsFor(params.uri));
  });

  documents.listen(connection);
  connection.listen();
}
