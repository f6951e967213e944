import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LETTER_INFO_REQUEST, type LetterInfo } from '../../shared/settings';
import { registerDraftingCommands } from './commands/drafting';

/**
 * The thin VS Code client: starts the bundled language server, shows the detected stage in the
 * status bar and contributes commands. All checking happens in the server.
 */

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let statusItem: vscode.StatusBarItem;
let latestInfo: LetterInfo | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Signpost', { log: true });
  statusItem = vscode.window.createStatusBarItem('signpost.letter', vscode.StatusBarAlignment.Left, 100);
  statusItem.name = 'Signpost letter stage';
  statusItem.command = 'signpost.showLetterInfo';
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('signpost.restartServer', async () => {
      await client?.restart();
      void updateStatus();
    }),
    vscode.commands.registerCommand('signpost.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('signpost.showLetterInfo', showLetterInfo),
    vscode.commands.registerCommand('signpost.showDeadlines', showDeadlines),
    vscode.commands.registerCommand('signpost.createConfiguration', createConfiguration),
    ...registerDraftingCommands(() => client),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) void updateStatus();
    }),
  );

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'signpost',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.signpost.json'),
    },
    outputChannel: output,
  };
  client = new LanguageClient('signpost', 'Signpost', serverOptions, clientOptions);
  await client.start();
  void updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function updateStatus(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'markdown') {
    statusItem.hide();
    return;
  }
  try {
    latestInfo = await client.sendRequest<LetterInfo>(LETTER_INFO_REQUEST, { uri: editor.document.uri.toString() });
  } catch {
    statusItem.hide();
    return;
  }
  if (!latestInfo.isLetter) {
    statusItem.text = '$(mail) Signpost: not a complaint letter';
  } else {
    const stage = latestInfo.stage ? `Stage ${latestInfo.stage}` : 'Stage unknown';
    statusItem.text = `$(law) ${stage} · ${latestInfo.letterTypeLabel}${latestInfo.nextDeadline ? ` · ${latestInfo.nextDeadline}` : ''}`;
  }
  statusItem.tooltip = `Signpost: ${latestInfo.source === 'front-matter' ? 'from the front matter' : 'inferred from the text'}. Click to see why.`;
  statusItem.show();
}

async function showLetterInfo(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!latestInfo || !editor) return;
  const items = latestInfo.evidence.map((e) => ({ label: `Line ${e.line + 1}`, description: e.reason, line: e.line }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `${latestInfo.letterTypeLabel}${latestInfo.stage ? ` (stage ${latestInfo.stage})` : ''}: why Signpost thinks so`,
    placeHolder: 'Add front matter (stage: 2, letter: stage2-adjudication) to override. Pick a line to go to it.',
  });
  if (picked) {
    const position = new vscode.Position(picked.line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position));
  }
}

interface DeadlinesView {
  anchor: { label: string; date: string; line: number } | null;
  deadlines: { label: string; date: string; workingDays: number; from: string }[];
  letterDay: number | null;
}

/** "Signpost: Show Statutory Deadlines": the deadlines the server computed for the active draft. */
async function showDeadlines(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Signpost: open a Markdown draft to see its statutory deadlines.');
    return;
  }
  const view = await client.sendRequest<DeadlinesView | null>('signpost/deadlines', { uri: editor.document.uri.toString() });
  if (!view || view.deadlines.length === 0) {
    void vscode.window.showInformationMessage(
      'Signpost found no dates to count from. Add front matter such as "received: 2025-03-03" or "requested: 2025-03-03", or write "we received your complaint on 3 March 2025".',
    );
    return;
  }
  const items = view.deadlines.map((d) => ({ label: d.date, description: d.label, detail: `${d.workingDays} working days from the ${d.from} date` }));
  if (view.letterDay !== null && view.anchor) {
    items.unshift({ label: `Day ${view.letterDay}`, description: 'this letter', detail: `working days since ${view.anchor.label} (${view.anchor.date}), that day counted as day 0` });
  }
  await vscode.window.showQuickPick(items, { title: 'Signpost: statutory deadlines for this letter' });
}

/** "Signpost: Create Configuration File": a .signpost.json at the workspace root, opened for editing (the schema completes it). */
async function createConfiguration(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Signpost: open a folder first; .signpost.json lives at the top of the folder that holds your drafts.');
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, '.signpost.json');
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    const initial = { rules: {}, nonWorkingDays: [], council: { name: '', complaintsTeam: '', complaintsEmail: '', complaintsPhone: '', advocacyService: '' }, ignore: [] };
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(initial, null, 2) + '\n'));
  }
  await vscode.window.showTextDocument(uri);
}
