import { RULES } from '../rules/registry';
import { SEVERITY_LEVELS } from '../../../shared/settings';

/**
 * The JSON schema of .signpost.json, generated from the rule registry (`npm run docs`) and
 * contributed to VS Code through `jsonValidation`, so the file is completed and validated as typed.
 */
export function configSchema(): object {
  const severity = { type: 'string', enum: [...SEVERITY_LEVELS] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Signpost project configuration (.signpost.json)',
    description: 'Shared by the Signpost VS Code extension and the signpost CLI. Found by walking up from each draft.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity per rule. These override personal editor settings.',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((rule) => [rule.meta.id, { ...severity, description: `${rule.meta.title} (default: ${rule.meta.defaultSeverity}). ${rule.meta.citation}` }]),
        ),
      },
      nonWorkingDays: {
        type: 'array',
        description: 'Extra non-working days (council closure days), as YYYY-MM-DD, excluded from working-day counts.',
        items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      },
      council: {
        type: 'object',
        description: "Your council's details, used in the paragraphs fixes insert and in new letters.",
        additionalProperties: false,
        properties: {
          name: { type: 'string' },
          complaintsTeam: { type: 'string' },
          complaintsEmail: { type: 'string' },
          complaintsPhone: { type: 'string' },
          advocacyService: { type: 'string' },
        },
      },
      ignore: {
        type: 'array',
        description: 'Glob patterns, relative to this file, of Markdown files that are not letters (never checked).',
        items: { type: 'string' },
      },
    },
  };
}
