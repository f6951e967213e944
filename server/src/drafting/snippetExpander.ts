/**
 * Expands a VS Code snippet the way the editor does when the officer accepts every default: each
 * placeholder's default text, the first option of each choice, mirrors showing the value of the
 * first placeholder with that index, variables resolved (to fixed sample values here) and an
 * unknown variable inserted as its name. Used by the tests that lint every template, so a template
 * can never teach the fault Signpost exists to catch.
 *
 * Grammar (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar):
 *   any         ::= tabstop | placeholder | choice | variable | text
 *   tabstop     ::= '$' int | '${' int '}' | '${' int transform '}'
 *   placeholder ::= '${' int ':' any '}'
 *   choice      ::= '${' int '|' text (',' text)* '|}'
 *   variable    ::= '$' var | '${' var '}' | '${' var ':' any '}' | '${' var transform '}'
 *   transform   ::= '/' regex '/' (format | text)+ '/' options
 * VS Code reads a malformed construct as plain text; this expander does too, and also reports it as
 * a problem, because in a template it is always a mistake.
 */

export type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; transform?: Transform }
  | { type: 'placeholder'; index: number; children: SnippetNode[] }
  | { type: 'choice'; index: number; options: string[] }
  | { type: 'variable'; name: string; children?: SnippetNode[]; transform?: Transform };

export interface Transform {
  regex: RegExp;
  format: FormatItem[];
}

type Modifier = 'upcase' | 'downcase' | 'capitalize' | 'camelcase' | 'pascalcase';
type FormatItem = string | { group: number; modifier?: Modifier; ifValue?: string; elseValue?: string };

/** The variables VS Code knows (others are inserted as their name and made a placeholder). */
export const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM',
  'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT', 'SELECTION',
]);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Fixed sample values for VS Code's variables at a given moment, in a Markdown file with nothing
 * selected (so TM_SELECTED_TEXT is unset and its default, if any, is used).
 */
export function sampleVariables(now: Date = new Date(2024, 5, 5, 9, 30, 0)): Record<string, string | undefined> {
  return {
    TM_SELECTED_TEXT: undefined,
    SELECTION: undefined,
    TM_CURRENT_LINE: '',
    TM_CURRENT_WORD: undefined,
    TM_LINE_INDEX: '0',
    TM_LINE_NUMBER: '1',
    TM_FILENAME: 'letter.md',
    TM_FILENAME_BASE: 'letter',
    TM_DIRECTORY: '/drafts',
    TM_FILEPATH: '/drafts/letter.md',
    RELATIVE_FILEPATH: 'letter.md',
    CLIPBOARD: '',
    WORKSPACE_NAME: 'drafts',
    WORKSPACE_FOLDER: '/drafts',
    CURSOR_INDEX: '0',
    CURSOR_NUMBER: '1',
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(now.getMonth() + 1),
    CURRENT_MONTH_NAME: MONTHS[now.getMonth()],
    CURRENT_MONTH_NAME_SHORT: MONTHS[now.getMonth()].slice(0, 3),
    CURRENT_DATE: pad(now.getDate()),
    CURRENT_DAY_NAME: DAYS[now.getDay()],
    CURRENT_DAY_NAME_SHORT: DAYS[now.getDay()].slice(0, 3),
    CURRENT_HOUR: pad(now.getHours()),
    CURRENT_MINUTE: pad(now.getMinutes()),
    CURRENT_SECOND: pad(now.getSeconds()),
    CURRENT_SECONDS_UNIX: String(Math.floor(now.getTime() / 1000)),
    CURRENT_TIMEZONE_OFFSET: 'Z',
    RANDOM: '123456',
    RANDOM_HEX: 'a1b2c3',
    UUID: '00000000-0000-4000-8000-000000000000',
    BLOCK_COMMENT_START: '<!--',
    BLOCK_COMMENT_END: '-->',
    LINE_COMMENT: undefined,
  };
}

export interface ParseResult {
  nodes: SnippetNode[];
  problems: string[];
}

class Parser {
  pos = 0;
  readonly problems: string[] = [];
  constructor(readonly src: string) {}

  parse(): SnippetNode[] {
    return this.parseUntil(null);
  }

  /** Nodes until `stop` ('}' inside a placeholder or variable default) or the end. */
  private parseUntil(stop: '}' | null): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (stop && ch === stop) break;
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += ch;
          this.pos++;
        }
        continue;
      }
      if (ch === '$') {
        const start = this.pos;
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          this.pos = start + 1;
          text += '$';
        }
        continue;
      }
      text += ch;
      this.pos++;
    }
    flush();
    return nodes;
  }

  private parseDollar(): SnippetNode | null {
    const src = this.src;
    const start = this.pos;
    this.pos++; // $
    const simpleInt = /^\d+/.exec(src.slice(this.pos));
    if (simpleInt) {
      this.pos += simpleInt[0].length;
      return { type: 'tabstop', index: Number(simpleInt[0]) };
    }
    const simpleVar = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(src.slice(this.pos));
    if (simpleVar) {
      this.pos += simpleVar[0].length;
      return { type: 'variable', name: simpleVar[0] };
    }
    if (src[this.pos] !== '{') {
      return null; // a lone "$" is text
    }
    this.pos++;
    const intMatch = /^\d+/.exec(src.slice(this.pos));
    const varMatch = intMatch ? null : /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(src.slice(this.pos));
    if (!intMatch && !varMatch) {
      this.problems.push(`"\${" at ${start} is not followed by a tab stop number or a variable name`);
      return null;
    }
    const head = (intMatch ?? varMatch)![0];
    this.pos += head.length;
    const after = src[this.pos];
    if (after === '}') {
      this.pos++;
      return intMatch ? { type: 'tabstop', index: Number(head) } : { type: 'variable', name: head };
    }
    if (after === ':') {
      this.pos++;
      const children = this.parseUntil('}');
      if (src[this.pos] !== '}') {
        this.problems.push(`"\${${head}:" at ${start} is never closed with "}"`);
        this.pos = start;
        return null;
      }
      this.pos++;
      return intMatch ? { type: 'placeholder', index: Number(head), children } : { type: 'variable', name: head, children };
    }
    if (after === '|' && intMatch) {
      this.pos++;
      const options: string[] = [];
      let option = '';
      while (this.pos < src.length) {
        const ch = src[this.pos];
        if (ch === '\\' && (src[this.pos + 1] === ',' || src[this.pos + 1] === '|' || src[this.pos + 1] === '\\')) {
          option += src[this.pos + 1];
          this.pos += 2;
          continue;
        }
        if (ch === ',') {
          options.push(option);
          option = '';
          this.pos++;
          continue;
        }
        if (ch === '|' && src[this.pos + 1] === '}') {
          options.push(option);
          this.pos += 2;
          return { type: 'choice', index: Number(head), options };
        }
        option += ch;
        this.pos++;
      }
      this.problems.push(`choice "\${${head}|" at ${start} is never closed with "|}"`);
      this.pos = start;
      return null;
    }
    if (after === '/') {
      const transform = this.parseTransform(start);
      if (!transform) {
        this.pos = start;
        return null;
      }
      return intMatch ? { type: 'tabstop', index: Number(head), transform } : { type: 'variable', name: head, transform };
    }
    this.problems.push(`"\${${head}" at ${start} is followed by "${after ?? 'the end'}", not "}", ":", "|" or "/"`);
    this.pos = start;
    return null;
  }

  /** '/' regex '/' format '/' options '}' */
  private parseTransform(start: number): Transform | null {
    const src = this.src;
    this.pos++; // first '/'
    const readPart = (format: boolean): string | null => {
      let value = '';
      while (this.pos < src.length) {
        const ch = src[this.pos];
        if (ch === '\\' && src[this.pos + 1] === '/') {
          value += '/';
          this.pos += 2;
          continue;
        }
        if (format && ch === '$' && src[this.pos + 1] === '{') {
          // A format item "${1:/upcase}" may hold a "/" of its own.
          const close = src.indexOf('}', this.pos);
          if (close === -1) return null;
          value += src.slice(this.pos, close + 1);
          this.pos = close + 1;
          continue;
        }
        if (ch === '/') {
          this.pos++;
          return value;
        }
        value += ch;
        this.pos++;
      }
      return null;
    };
    const regexSource = readPart(false);
    const formatSource = regexSource === null ? null : readPart(true);
    const optionsMatch = formatSource === null ? null : /^([a-z]*)\}/.exec(src.slice(this.pos));
    if (regexSource === null || formatSource === null || !optionsMatch) {
      this.problems.push(`transform at ${start} is malformed`);
      return null;
    }
    this.pos += optionsMatch[0].length;
    let regex: RegExp;
    try {
      regex = new RegExp(regexSource, optionsMatch[1]);
    } catch (error) {
      this.problems.push(`transform at ${start} has an invalid regular expression: ${(error as Error).message}`);
      return null;
    }
    return { regex, format: parseFormat(formatSource) };
  }
}

function parseFormat(source: string): FormatItem[] {
  const items: FormatItem[] = [];
  const pattern = /\\([\\$}])|\$(\d+)|\$\{(\d+)(?::(?:\/(upcase|downcase|capitalize|camelcase|pascalcase)|\+((?:[^}\\]|\\.)*)|\?((?:[^:}\\]|\\.)*):((?:[^}\\]|\\.)*)|-?((?:[^}\\]|\\.)*)))?\}/g;
  let last = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    if (m.index > last) items.push(source.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1]) items.push(m[1]);
    else if (m[2]) items.push({ group: Number(m[2]) });
    else {
      const unescape = (s: string | undefined) => s?.replace(/\\(.)/g, '$1');
      items.push({
        group: Number(m[3]),
        modifier: m[4] as Modifier | undefined,
        ifValue: unescape(m[5] ?? m[6]),
        elseValue: unescape(m[7] ?? m[8]),
      });
    }
  }
  if (last < source.length) items.push(source.slice(last));
  return items;
}

function applyTransform(transform: Transform, value: string): string {
  const render = (groups: (string | undefined)[]) =>
    transform.format
      .map((item) => {
        if (typeof item === 'string') return item;
        const group = groups[item.group];
        if (item.ifValue !== undefined && group) return item.ifValue;
        if (!group) return item.elseValue ?? '';
        switch (item.modifier) {
          case 'upcase':
            return group.toUpperCase();
          case 'downcase':
            return group.toLowerCase();
          case 'capitalize':
            return group[0].toUpperCase() + group.slice(1);
          case 'camelcase':
          case 'pascalcase': {
            const words = group.split(/[^a-zA-Z0-9]+/).filter(Boolean);
            const joined = words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
            return item.modifier === 'camelcase' ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
          }
          default:
            return group;
        }
      })
      .join('');
  let matched = false;
  const result = value.replace(transform.regex, (...args: unknown[]) => {
    matched = true;
    const groups = args.slice(0, -2).filter((a) => typeof a === 'string' || a === undefined) as (string | undefined)[];
    return render(groups);
  });
  if (!matched && transform.format.some((item) => typeof item !== 'string' && item.elseValue !== undefined)) return render([]);
  return result;
}

export function parseSnippet(body: string): ParseResult {
  const parser = new Parser(body);
  const nodes = parser.parse();
  return { nodes, problems: parser.problems };
}

export interface ExpandOptions {
  /** Variable values (undefined: unset, so a default applies). Defaults to `sampleVariables()`. */
  variables?: Record<string, string | undefined>;
  /** Pick another option than the first for some choices: tab stop index → option index. */
  choices?: Record<number, number>;
}

export interface TabStopInfo {
  index: number;
  /** Offsets of this occurrence in the expanded text. */
  start: number;
  end: number;
  kind: 'placeholder' | 'choice' | 'tabstop';
  /** The options of a choice. */
  options?: string[];
}

export interface Expansion {
  text: string;
  /** Every tab stop occurrence in document order (mirrors included). */
  stops: TabStopInfo[];
  problems: string[];
}

/** The snippet as inserted when every default is accepted (a snippet file's body: an array of lines or a string). */
export function expandSnippet(body: string | readonly string[], options: ExpandOptions = {}): Expansion {
  const source = typeof body === 'string' ? body : body.join('\n');
  const { nodes, problems } = parseSnippet(source);
  const variables = options.variables ?? sampleVariables();

  // The first placeholder (or choice) of an index with a value defines it for every occurrence.
  const definitions = new Map<number, SnippetNode>();
  const definedTwice = new Map<number, SnippetNode[]>();
  const walk = (list: SnippetNode[]) => {
    for (const node of list) {
      if ((node.type === 'placeholder' && node.children.length > 0) || node.type === 'choice') {
        if (!definitions.has(node.index)) definitions.set(node.index, node);
        else definedTwice.set(node.index, [...(definedTwice.get(node.index) ?? []), node]);
      }
      if (node.type === 'placeholder') walk(node.children);
      if (node.type === 'variable' && node.children) walk(node.children);
    }
  };
  walk(nodes);
  for (const [index, others] of definedTwice) {
    const first = JSON.stringify(definitions.get(index));
    if (others.some((other) => JSON.stringify(other) !== first)) {
      problems.push(`tab stop ${index} has different defaults in different places (VS Code uses the first)`);
    }
  }

  const stops: TabStopInfo[] = [];
  let text = '';
  const active = new Set<number>();
  const renderIndex = (index: number, kind: TabStopInfo['kind'], transform?: Transform) => {
    const start = text.length;
    const definition = index === 0 ? undefined : definitions.get(index);
    let choiceOptions: string[] | undefined;
    if (definition && !active.has(index)) {
      active.add(index);
      if (definition.type === 'choice') {
        choiceOptions = definition.options;
        const picked = options.choices?.[index] ?? 0;
        text += definition.options[picked] ?? definition.options[0];
      } else if (definition.type === 'placeholder') {
        render(definition.children);
      }
      active.delete(index);
    }
    if (transform) text = text.slice(0, start) + applyTransform(transform, text.slice(start));
    const info: TabStopInfo = { index, start, end: text.length, kind: definition?.type === 'choice' ? 'choice' : kind };
    if (choiceOptions) info.options = choiceOptions;
    stops.push(info);
  };
  const render = (list: SnippetNode[]) => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          text += node.value;
          break;
        case 'tabstop':
          renderIndex(node.index, 'tabstop', node.transform);
          break;
        case 'placeholder':
          renderIndex(node.index, 'placeholder');
          break;
        case 'choice':
          renderIndex(node.index, 'choice');
          break;
        case 'variable': {
          const known = KNOWN_VARIABLES.has(node.name);
          const value = known ? variables[node.name] : undefined;
          const start = text.length;
          if (value !== undefined) text += value;
          else if (node.children) render(node.children);
          else if (!known) {
            // VS Code turns an unknown variable without a default into a placeholder holding its name.
            problems.push(`unknown variable ${node.name} (VS Code inserts its name)`);
            text += node.name;
          }
          if (node.transform) text = text.slice(0, start) + applyTransform(node.transform, text.slice(start));
          break;
        }
      }
    }
  };
  render(nodes);
  return { text, stops, problems };
}

/** Every tab stop index in the order the officer reaches them with Tab ($0 last). */
export function tabOrder(expansion: Expansion): number[] {
  const indexes = [...new Set(expansion.stops.map((s) => s.index))];
  return indexes.sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : a - b));
}
