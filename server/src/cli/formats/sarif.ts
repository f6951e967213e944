import { pathToFileURL } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import type { FileReport } from '../report';
import { RULES } from '../../rules/registry';
import { ruleDocUri } from '../../docs/ruleDocs';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, with every rule's metadata (description, default level, citation, help page). */
export function formatSarif(reports: FileReport[], cwd: string, version: string): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Signpost',
            version,
            informationUri: 'https://www.lgo.org.uk/',
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              name: rule.meta.title,
              shortDescription: { text: rule.meta.title },
              fullDescription: { text: rule.meta.description },
              helpUri: ruleDocUri(rule.meta.id),
              help: { text: `${rule.meta.description}\n\nSource: ${rule.meta.citation}` },
              defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
              properties: { citation: rule.meta.citation, fixable: rule.meta.fixable },
            })),
          },
        },
        results: reports.flatMap((report) =>
          report.diagnostics.map((d) => ({
            ruleId: d.rule,
            ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: report.path === '<stdin>' ? 'stdin' : pathToFileURL(isAbsolute(report.path) ? report.path : resolve(cwd, report.path)).toString() },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
