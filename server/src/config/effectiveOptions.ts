import type { SignpostSettings } from '../../../shared/settings';
import type { LintOptions } from '../engine/lint';
import type { ProjectConfig } from './projectConfig';

/** Defaults < editor settings < .signpost.json: the team's file wins so editor and CLI agree. */
export function effectiveLintOptions(settings: SignpostSettings, project: ProjectConfig | null): LintOptions {
  return {
    severities: { ...settings.rules, ...(project?.rules ?? {}) },
    council: { ...settings.council, ...(project?.council ?? {}) },
    nonWorkingDays: [...settings.nonWorkingDays, ...(project?.nonWorkingDays ?? [])],
  };
}
