import type { SignpostSettings } from '../../../shared/settings';
import type { LintOptions } from '../engine/lint';
import type { ProjectConfig } from './projectConfig';

/** Defaults < editor settings < .signpost.json: the team's file wins so editor and CLI agree. */
export function effectiveLintOptions(settings: SignpostSettings, project: ProjectConfig | null): LintOptions {
  return {
    severities: { ...settings.rules, ...(project?.rules ?? {}) },
    // An empty value in the project file (as "Create Configuration File" writes) does not blank a setting.
    council: { ...settings.council, ...Object.fromEntries(Object.entries(project?.council ?? {}).filter(([, value]) => typeof value === 'string' && value.trim())) },
    nonWorkingDays: [...settings.nonWorkingDays, ...(project?.nonWorkingDays ?? [])],
  };
}
