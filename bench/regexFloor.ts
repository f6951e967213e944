import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The floor the benchmark compares against: every regular-expression literal written in the rules
 * (server/src/rules/**, found with the TypeScript parser, so new rules join automatically), each
 * compiled once with its own flags plus `g`, and run as one bare global pass over each paragraph of
 * the text. No Markdown parsing, no sentence splitting, no findings: the least any phrase checker
 * working on this text could do. (Paragraphs rather than the whole string, because a few patterns
 * that are meant for one sentence, such as `statutory … moved`, backtrack over the whole text when
 * run on it in one piece; paragraph-by-paragraph keeps the floor linear, as the real lint is.)
 */
export interface RegexFloor {
  patterns: { file: string; source: string; flags: string }[];
  compiled: RegExp[];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return tsFiles(path);
      return path.endsWith('.ts') ? [path] : [];
    });
}

export function collectRuleRegexes(rulesDir: string): RegexFloor {
  const patterns: RegexFloor['patterns'] = [];
  for (const file of tsFiles(rulesDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = (node as ts.RegularExpressionLiteral).text;
        const slash = literal.lastIndexOf('/');
        patterns.push({ file: relative(rulesDir, file), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const compiled = patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g'));
  return { patterns, compiled };
}

/** Blank-line-separated paragraphs: the unit the floor scans. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/);
}

/** One bare pass of every pattern over every paragraph; returns the number of matches (so nothing is optimised away). */
export function regexPass(compiled: readonly RegExp[], paragraphs: readonly string[]): number {
  let matches = 0;
  for (const pattern of compiled) {
    for (const paragraph of paragraphs) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(paragraph); m; m = pattern.exec(paragraph)) {
        matches++;
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
  }
  return matches;
}
