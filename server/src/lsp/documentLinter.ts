import { fileURLToPath } from 'node:url';
import { minimatch } from 'minimatch';
import { relative, dirname } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SignpostSettings } from '../../../shared/settings';
import { lint, type LintOptions, type LintResult } from '../engine/lint';
import type { LetterModelCache } from '../model/letterModel';
import { loadProjectConfig, type ConfigLookup } from '../config/projectConfig';
import { effectiveLintOptions } from '../config/effectiveOptions';

/** What one lint of one document version produced, plus anything that stopped a full lint. */
export interface DocumentLint {
  uri: string;
  version: number;
  result: LintResult | null;
  /** Why the document was not (fully) linted: too large, ignored by the project config. */
  skipped?: { reason: 'too-large' | 'ignored' | 'disabled'; message: string };
  configError: ConfigLookup['error'];
  /** The options the lint ran with (settings merged with the project config). */
  options: LintOptions;
}

export function lookupConfig(uri: string): ConfigLookup {
  if (!uri.startsWith('file:')) return { config: null, error: null };
  try {
    return loadProjectConfig(fileURLToPath(uri));
  } catch {
    return { config: null, error: null };
  }
}

function isIgnored(uri: string, lookup: ConfigLookup): boolean {
  if (!lookup.config || lookup.config.ignore.length === 0 || !uri.startsWith('file:')) return false;
  const path = relative(dirname(lookup.config.path), fileURLToPath(uri)).split('\\').join('/');
  return lookup.config.ignore.some((pattern) => minimatch(path, pattern, { dot: true }));
}

/** Lints a document the way every editor entry point does: settings, project config, size limit. */
export function lintDocument(document: TextDocument, settings: SignpostSettings, cache?: LetterModelCache): DocumentLint {
  const lookup = lookupConfig(document.uri);
  const options = effectiveLintOptions(settings, lookup.config);
  const base = { uri: document.uri, version: document.version, options };
  if (!settings.enable) return { ...base, result: null, configError: null, skipped: { reason: 'disabled', message: '' } };
  if (isIgnored(document.uri, lookup)) {
    return { ...base, result: null, configError: lookup.error, skipped: { reason: 'ignored', message: '' } };
  }
  const text = document.getText();
  if (text.length > settings.maxDocumentSizeKb * 1024) {
    return {
      ...base,
      result: null,
      configError: lookup.error,
      skipped: {
        reason: 'too-large',
        message: `Signpost did not check this document: it is larger than ${settings.maxDocumentSizeKb} KB (setting signpost.maxDocumentSizeKb).`,
      },
    };
  }
  return { ...base, result: lint(text, options, cache), configError: lookup.error };
}
