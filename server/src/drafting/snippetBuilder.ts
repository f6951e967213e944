/**
 * Writes VS Code snippet syntax (`${1:default}`, `${2|a,b|}`, `$0`) from plain text with markers, so
 * templates are written as ordinary text and the correct paragraphs come from wording.ts unchanged.
 *
 * Tab stops are numbered by where they first appear, so the Tab order is the reading order; a key used
 * again mirrors the first (typing a name once fills it everywhere). Literal text is escaped, so a
 * council name with `$` or `}` in it cannot break the snippet.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000([^\uE001]*)\uE001/g;
const FINAL = '$0';

type Stop = { kind: 'placeholder'; value: string } | { kind: 'choice'; options: readonly string[] } | { kind: 'empty' } | { kind: 'variable'; name: string };

export class SnippetBuilder {
  private readonly stops = new Map<string, Stop>();

  /** A tab stop with default text. Using the same key again mirrors it (same default required). */
  stop(key: string, value: string): string {
    return this.register(key, { kind: 'placeholder', value });
  }

  /** A tab stop offering a choice; the first option is the default. */
  choice(key: string, options: readonly string[]): string {
    if (options.length === 0) throw new Error(`choice ${key} has no options`);
    return this.register(key, { kind: 'choice', options });
  }

  /** Another occurrence of a tab stop already defined: it mirrors whatever is typed there. */
  mirror(key: string): string {
    if (!this.stops.has(key)) throw new Error(`tab stop "${key}" is mirrored before it is defined`);
    return OPEN + key + CLOSE;
  }

  /** A tab stop with no default text (e.g. an optional rule id). */
  empty(key: string): string {
    return this.register(key, { kind: 'empty' });
  }

  /** A VS Code variable such as TM_SELECTED_TEXT, resolved by the editor at insertion. */
  variable(name: string): string {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(name)) throw new Error(`not a variable name: ${name}`);
    return this.register(`$${name}`, { kind: 'variable', name });
  }

  /** Where the cursor ends after the last Tab. */
  get end(): string {
    return OPEN + FINAL + CLOSE;
  }

  private register(key: string, stop: Stop): string {
    if (key.includes(OPEN) || key.includes(CLOSE) || key === FINAL) throw new Error(`bad key ${key}`);
    const existing = this.stops.get(key);
    if (existing && JSON.stringify(existing) !== JSON.stringify(stop)) {
      throw new Error(`tab stop "${key}" is used twice with different defaults`);
    }
    this.stops.set(key, stop);
    return OPEN + key + CLOSE;
  }

  /** The snippet body: literal text escaped, markers turned into numbered tab stops in reading order. */
  build(text: string): string {
    const numbers = new Map<string, number>();
    let out = '';
    let last = 0;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
      out += escapeText(text.slice(last, m.index));
      last = m.index + m[0].length;
      const key = m[1];
      if (key === FINAL) {
        out += FINAL;
        continue;
      }
      const stop = this.stops.get(key);
      if (!stop) throw new Error(`unknown tab stop ${key}`);
      if (stop.kind === 'variable') {
        out += `\${${stop.name}}`;
        continue;
      }
      const seen = numbers.get(key);
      if (seen !== undefined) {
        out += `\${${seen}}`;
        continue;
      }
      const index = numbers.size + 1;
      numbers.set(key, index);
      if (stop.kind === 'placeholder') out += `\${${index}:${escapeText(stop.value)}}`;
      else if (stop.kind === 'choice') out += `\${${index}|${stop.options.map(escapeChoice).join(',')}|}`;
      else out += `\${${index}}`;
    }
    out += escapeText(text.slice(last));
    if (out.includes(OPEN) || out.includes(CLOSE)) throw new Error('unbalanced tab stop marker');
    return out;
  }
}

/** Text outside and inside placeholders: `$`, `}` and `\` are escaped (VS Code snippet grammar). */
export function escapeText(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/** Choice options: `,`, `|` and `\` are escaped. */
export function escapeChoice(text: string): string {
  return text.replace(/[\\,|]/g, (ch) => `\\${ch}`);
}
