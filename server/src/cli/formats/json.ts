import type { FileReport } from '../report';

/** `{"files":[{"path","stage","letterType","diagnostics":[{line,column,endLine,endColumn,severity,rule,message,fixable}]}]}` */
export function formatJson(reports: FileReport[]): string {
  return JSON.stringify({ files: reports }, null, 2) + '\n';
}
