import type { SignpostSettings } from '../../../shared/settings';
import { effectiveLintOptions } from '../config/effectiveOptions';
import { calendarFor } from '../engine/lint';
import type { LetterModel } from '../model/letterModel';
import { lookupConfig } from '../lsp/documentLinter';
import { newLetter } from './newLetter';
import type { NewLetterParams, NewLetterResult, SignpostingResult } from './protocol';
import { signpostingParagraph } from './signposting';

/**
 * The drafting requests, kept out of server.ts: they read the same settings and project
 * configuration (.signpost.json) as the lint, so a new letter and an inserted paragraph carry the
 * council details the fixes use, and date arithmetic skips the same closure days.
 */

export function newLetterFor(params: NewLetterParams, settings: SignpostSettings, now = new Date()): NewLetterResult | null {
  const project = params.scopeUri ? lookupConfig(params.scopeUri).config : null;
  const options = effectiveLintOptions(settings, project);
  return newLetter(params.template, options.council ?? {}, calendarFor(options.nonWorkingDays ?? []), now);
}

export function signpostingFor(uri: string, model: LetterModel | undefined, settings: SignpostSettings): SignpostingResult {
  const options = effectiveLintOptions(settings, lookupConfig(uri).config);
  const inference = model?.inference;
  const result = signpostingParagraph(
    {
      isLetter: inference?.isLetter ?? false,
      letterType: inference?.letterType ?? 'not-a-letter',
      stage: inference?.stage ?? null,
      earlyReferral: model?.frontMatter?.earlyReferralException ?? false,
    },
    options.council ?? {},
  );
  if (model) for (const choice of result.choices) if (model.text.includes(choice.text)) choice.present = true;
  return result;
}
