import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  LETTER_TEMPLATES_REQUEST,
  NEW_LETTER_REQUEST,
  SIGNPOSTING_PARAGRAPH_REQUEST,
  type LetterTemplateSummary,
  type NewLetterParams,
  type NewLetterResult,
  type SignpostingChoice,
  type SignpostingResult,
} from '../../../server/src/drafting/protocol';

/**
 * "Signpost: New Letter…" and "Signpost: Insert Signposting Paragraph". Thin: the server owns the
 * templates, the wording, the council details and the stage; the client only picks and inserts.
 */

export const NEW_LETTER_COMMAND = 'signpost.newLetter';
export const INSERT_SIGNPOSTING_COMMAND = 'signpost.insertSignposting';

export function registerDraftingCommands(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(NEW_LETTER_COMMAND, (templateId?: string) => newLetter(getClient(), templateId)),
    vscode.commands.registerCommand(INSERT_SIGNPOSTING_COMMAND, (paragraphId?: string) => insertSignposting(getClient(), paragraphId)),
  ];
}

/** Where the settings and .signpost.json for a new (untitled) letter come from: the active file or the first workspace folder. */
function scopeUri(): string | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file') return active.toString();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, 'Untitled.md').toString() : undefined;
}

async function newLetter(client: LanguageClient | undefined, templateId?: string): Promise<void> {
  if (!client) return void vscode.window.showWarningMessage('Signpost is still starting. Try again in a moment.');
  let id = templateId;
  if (!id) {
    const templates = await client.sendRequest<LetterTemplateSummary[]>(LETTER_TEMPLATES_REQUEST, {});
    const picked = await vscode.window.showQuickPick(
      templates.map((t) => ({ label: t.label, description: t.stage ? `Stage ${t.stage}` : undefined, detail: t.description, id: t.id })),
      { title: 'Signpost: New Letter', placeHolder: 'Which letter are you writing?', matchOnDetail: true },
    );
    if (!picked) return;
    id = picked.id;
  }
  const params: NewLetterParams = { template: id, scopeUri: scopeUri() };
  const letter = await client.sendRequest<NewLetterResult | null>(NEW_LETTER_REQUEST, params);
  if (!letter) return void vscode.window.showErrorMessage(`Signpost has no letter template "${id}".`);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(letter.snippet), new vscode.Position(0, 0));
}

async function insertSignposting(client: LanguageClient | undefined, paragraphId?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    return void vscode.window.showInformationMessage('Open a Markdown letter to insert a signposting paragraph.');
  }
  if (!client) return void vscode.window.showWarningMessage('Signpost is still starting. Try again in a moment.');
  const answer = await client.sendRequest<SignpostingResult>(SIGNPOSTING_PARAGRAPH_REQUEST, { uri: editor.document.uri.toString() });
  let choice: SignpostingChoice | undefined = answer.choices.find((c) => c.id === (paragraphId ?? answer.recommended));
  if (!choice) {
    const picked = await vscode.window.showQuickPick(
      answer.choices.map((c) => ({ label: c.label, description: c.present ? 'already in this letter' : undefined, detail: c.detail, choice: c })),
      { title: `Signpost: Insert Signposting Paragraph (${answer.letterTypeLabel})`, placeHolder: answer.reason, matchOnDetail: true },
    );
    if (!picked) return;
    choice = picked.choice;
  } else if (choice.present) {
    const insert = 'Insert Anyway';
    const answer2 = await vscode.window.showWarningMessage(`This letter already has the paragraph “${choice.label}”.`, insert);
    if (answer2 !== insert) return;
  }
  await insertParagraph(editor, choice.text);
}

/** Inserts the paragraph at the cursor as a paragraph of its own (blank lines around it as needed). */
async function insertParagraph(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const position = editor.selection.active;
  const line = document.lineAt(position.line).text;
  const before = line.slice(0, position.character).trim() !== '';
  const after = line.slice(position.character).trim() !== '';
  const previousBlank = position.line === 0 || document.lineAt(position.line - 1).isEmptyOrWhitespace;
  const nextBlank = position.line + 1 >= document.lineCount || document.lineAt(position.line + 1).isEmptyOrWhitespace;
  const lead = before ? eol + eol : !previousBlank ? eol : '';
  const trail = after ? eol + eol : !nextBlank ? eol : '';
  await editor.edit((edit) => edit.replace(editor.selection, lead + text + trail));
}
