import type { FileReport } from '../report';

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) lines.push(`${report.path}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}`);
  }
  const total = reports.reduce((sum, r) => sum + r.diagnostics.length, 0);
  const errors = reports.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${plural(reports.length, 'file')} checked, ${plural(total, 'problem')} (${plural(errors, 'error')})`);
  return lines.join('\n') + '\n';
}
