import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LETTER_TYPE_LABELS, LETTER_TYPES, parseLetterType, parseStage, STAGE_OF_TYPE, type LetterType } from '../model/letterTypes';
import { RULES } from '../rules/registry';
import { FINDING_VALUES, RECOMMENDATION_DECISIONS } from '../drafting/templates';
import { formatPlainDate, toIsoDate } from '../time/calendar';
import { today } from '../drafting/newLetter';

/**
 * Completion while typing, where it saves looking something up: front-matter keys and values
 * (stage, letter type, exception, dates), the finding on a complaint point ("Finding: …", bold or
 * not), the council's decision on a panel recommendation ("Our decision: …"), and rule ids in suppression
 * comments. Everything else returns nothing, quickly: the triggers fire on every space.
 */

export const COMPLETION_TRIGGER_CHARACTERS = [':', ' '];

export interface CompletionOptions {
  /** The client accepts snippet syntax in insert texts (a choice of values after a key). */
  snippetSupport?: boolean;
  now?: Date;
}

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

interface KeyInfo {
  detail: string;
  doc: string;
}

const FRONT_MATTER_KEYS: Record<string, KeyInfo> = {
  stage: { detail: '1, 2 or 3', doc: 'The stage of the procedure this letter belongs to. Signpost uses it instead of guessing from the text.' },
  letter: { detail: 'the kind of letter', doc: 'What this letter is (stage1-response, stage2-adjudication, …). Decides which checks apply.' },
  date: { detail: 'the letter’s date', doc: 'The date of this letter (2024-06-05 or 5 June 2024). Deadlines and lateness are counted to it.' },
  received: { detail: 'complaint received', doc: 'When the complaint was received: the Stage 1 clock (10 working days, up to 20) starts here (day 0).' },
  requested: { detail: 'this stage requested', doc: 'When this stage was asked for: Stage 2 (25 working days, up to 65) or the Stage 3 Review Panel (meets within 30 working days).' },
  panel: { detail: 'Review Panel met', doc: 'When the Stage 3 Review Panel met: its report is due in 5 working days and the final response within 20.' },
  exception: { detail: 'early-referral', doc: 'Only for the Ombudsman’s early-referral exception: a robust Stage 2 that upheld all significant complaints, with an agreed action plan (Bexley 24 016 952). The letter must still offer the Review Panel.' },
};

const DATE_KEYS = new Set(['date', 'received', 'requested', 'panel']);

const STAGE_DETAILS: Record<string, string> = {
  '1': 'Stage 1: local resolution (10 working days, up to 20)',
  '2': 'Stage 2: investigation by an Investigating Officer and an Independent Person (25 working days, up to 65)',
  '3': 'Stage 3: Review Panel (meets within 30 working days of the request)',
};

const OFFERED_TYPES = LETTER_TYPES.filter((type) => type !== 'unknown-letter');

const FINDING_DOCS: Record<string, string> = {
  upheld: 'The complaint is justified. Apologise specifically and set out what you will do, who will do it and by when.',
  'partially upheld': 'Part of the complaint is justified: say which part, apologise for it and set out the action.',
  'not upheld': 'The complaint is not justified: give the reasons from the investigation.',
};
const DECISION_DOCS: Record<string, string> = {
  accepted: 'The Council accepts the panel’s recommendation: say what it will do, who and by when.',
  'partly accepted': 'Say which part is accepted, and give reasons in writing for the rest.',
  'not accepted': 'The Council may reject a recommendation only for good reason, which it must set out in writing.',
};

const SUPPRESSION_DIRECTIVES: Record<string, string> = {
  'signpost-disable-next-line': 'Turn rules off for the next line',
  'signpost-disable-line': 'Turn rules off for this line',
  'signpost-disable': 'Turn rules off until signpost-enable',
  'signpost-enable': 'Turn rules back on',
  'signpost-disable-file': 'Turn every rule off for this file',
};

export function completions(document: TextDocument, position: Position, options: CompletionOptions = {}): CompletionList {
  const line = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const prefix = line.slice(0, position.character);
  const rest = line.slice(position.character);
  const frontMatter = frontMatterAt(document, position.line);
  if (frontMatter) return frontMatterCompletions(prefix, rest, position, frontMatter, options);
  return suppressionCompletions(prefix, rest, position) ?? labelCompletions(prefix, rest, position) ?? EMPTY;
}

interface FrontMatterLines {
  /** The other lines of the block (not the cursor's), to see which keys are set. */
  others: string[];
}

/** The front-matter block containing `line`, or null (the block must open on the first line). */
function frontMatterAt(document: TextDocument, line: number): FrontMatterLines | null {
  if (line === 0) return null;
  const first = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
  if (!/^\uFEFF?---[ \t]*\r?\n?$/.test(first)) return null;
  const lines = document.getText({ start: { line: 1, character: 0 }, end: { line: line + 1, character: 0 } }).split(/\r?\n/);
  // A closing line before the cursor's line ends the block.
  for (let i = 0; i < line - 1; i++) if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i])) return null;
  if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[line - 1] ?? '')) return null;
  // The lines after the cursor, up to the closing line, also say which keys are set.
  const after: string[] = [];
  for (let i = line + 1; i < Math.min(document.lineCount, line + 40); i++) {
    const text = document.getText({ start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }).replace(/\r?\n$/, '');
    if (/^(?:---|\.\.\.)[ \t]*$/.test(text)) break;
    after.push(text);
  }
  return { others: [...lines.slice(0, line - 1), ...after] };
}

function valueOf(lines: string[], key: string): string | undefined {
  for (const line of lines) {
    const m = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (m && m[1].toLowerCase() === key) return m[2];
  }
  return undefined;
}

function range(position: Position, fromCharacter: number, toCharacter = position.character): Range {
  return { start: { line: position.line, character: fromCharacter }, end: { line: position.line, character: toCharacter } };
}

function frontMatterCompletions(prefix: string, rest: string, position: Position, block: FrontMatterLines, options: CompletionOptions): CompletionList {
  const keyTyped = /^(\s*)([A-Za-z_-]*)$/.exec(prefix);
  if (keyTyped) {
    const wordEnd = position.character + (/^[A-Za-z_-]*/.exec(rest)?.[0].length ?? 0);
    const hasColonAfter = /^[A-Za-z_-]*\s*:/.test(rest);
    const present = new Set(block.others.map((l) => /^\s*([A-Za-z_-]+)\s*:/.exec(l)?.[1]?.toLowerCase()).filter(Boolean));
    const items: CompletionItem[] = Object.entries(FRONT_MATTER_KEYS)
      .filter(([key]) => !present.has(key))
      .map(([key, info], index) => {
        const snippet = options.snippetSupport && !hasColonAfter ? keySnippet(key, options.now) : undefined;
        const newText = hasColonAfter ? key : (snippet ?? `${key}: `);
        return {
          label: key,
          kind: CompletionItemKind.Property,
          detail: info.detail,
          documentation: { kind: MarkupKind.Markdown, value: info.doc },
          sortText: String(index).padStart(2, '0'),
          textEdit: { range: range(position, keyTyped[1].length, hasColonAfter ? wordEnd : position.character), newText },
          insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        };
      });
    return { isIncomplete: false, items };
  }

  const valueTyped = /^(\s*([A-Za-z_-]+)\s*:)(\s*)([^\s#]*)$/.exec(prefix);
  if (!valueTyped) return EMPTY;
  const key = valueTyped[2].toLowerCase();
  const valueStart = valueTyped[1].length + valueTyped[3].length;
  const valueEnd = position.character + (/^[^\s#]*/.exec(rest)?.[0].length ?? 0);
  const lead = valueTyped[3].length === 0 ? ' ' : '';
  const editRange = range(position, valueStart, valueEnd);
  const item = (label: string, detail: string, doc: string | undefined, sortText: string, preselect = false): CompletionItem => ({
    label,
    kind: CompletionItemKind.Value,
    detail,
    ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
    sortText,
    filterText: label,
    ...(preselect ? { preselect: true } : {}),
    textEdit: { range: editRange, newText: lead + label },
  });

  if (key === 'stage') {
    const type = parseLetterType(valueOf(block.others, 'letter') ?? '');
    const implied = type ? STAGE_OF_TYPE[type] : undefined;
    const items = ['1', '2', '3'].map((stage) => item(stage, STAGE_DETAILS[stage], undefined, (implied === Number(stage) ? '0' : '1') + stage, implied === Number(stage)));
    return { isIncomplete: false, items };
  }
  if (key === 'letter') {
    const stage = parseStage(valueOf(block.others, 'stage') ?? '');
    const items = OFFERED_TYPES.map((type, index) => {
      const ofStage = stage !== undefined && STAGE_OF_TYPE[type as LetterType] === stage;
      return item(type, LETTER_TYPE_LABELS[type], undefined, (ofStage ? '0' : '1') + String(index).padStart(2, '0'));
    });
    return { isIncomplete: false, items };
  }
  if (key === 'exception') {
    return {
      isIncomplete: false,
      items: [
        item('early-referral', 'the Ombudsman’s early-referral exception', FRONT_MATTER_KEYS.exception.doc, '0'),
        item('none', 'no exception', undefined, '1'),
      ],
    };
  }
  if (DATE_KEYS.has(key)) {
    const day = today(options.now);
    return {
      isIncomplete: false,
      items: [item(toIsoDate(day), 'today', FRONT_MATTER_KEYS[key].doc, '0', true), item(formatPlainDate(day), 'today', FRONT_MATTER_KEYS[key].doc, '1')],
    };
  }
  return EMPTY;
}

/** "stage: ${1|1,2,3|}": the key and a choice of its values in one step. */
function keySnippet(key: string, now: Date | undefined): string | undefined {
  if (key === 'stage') return 'stage: ${1|1,2,3|}';
  if (key === 'letter') return `letter: \${1|${OFFERED_TYPES.join(',')}|}`;
  if (key === 'exception') return 'exception: ${1|early-referral,none|}';
  if (DATE_KEYS.has(key)) return `${key}: \${1:${toIsoDate(today(now))}}`;
  return undefined;
}

/** "Finding: up…" or "**Finding:** …" in a complaint point, "Our decision: …" on a panel recommendation. */
const LABEL_LINE =
  /^(\s*(?:[-*+]\s+|\d{1,2}[.)]\s+|\|\s*)?(\*\*|__)?\s*(finding|outcome|our\s+decision|decision|council['’]s\s+decision|our\s+response)(?:\s+on\s+(?:this|the)\s+(?:point|complaint|recommendation))?\s*:(\*\*|__)?)(\s*)([A-Za-z][A-Za-z ]*)?$/i;

function labelCompletions(prefix: string, rest: string, position: Position): CompletionList | null {
  const m = LABEL_LINE.exec(prefix);
  if (!m) return null;
  const isFinding = /finding|outcome/i.test(m[3]);
  const values = isFinding ? FINDING_VALUES : RECOMMENDATION_DECISIONS;
  const docs = isFinding ? FINDING_DOCS : DECISION_DOCS;
  const valueStart = m[1].length + m[5].length;
  const valueEnd = position.character + (/^[A-Za-z ]*/.exec(rest)?.[0].replace(/\s+$/, '').length ?? 0);
  // "**Finding:" with the closing "**" not typed yet: close the bold before the value.
  const closeBold = m[2] && !m[4] && !rest.startsWith(m[2]) ? m[2] : '';
  const lead = closeBold + (m[5].length === 0 ? ' ' : '');
  const items: CompletionItem[] = values.map((value, index) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail: isFinding ? 'finding on this complaint point' : 'the Council’s decision on this recommendation',
    documentation: { kind: MarkupKind.Markdown, value: docs[value] },
    sortText: String(index),
    filterText: value,
    textEdit: { range: range(position, valueStart, valueEnd), newText: lead + value },
  }));
  return { isIncomplete: false, items };
}

const DIRECTIVE_TYPED = /<!--\s*(signpost-[\w-]*)?$/;
const RULE_TYPED = /<!--\s*signpost-(?:disable-next-line|disable-line|disable|enable)((?:\s+[\w/.-]+,?)*)\s+([\w/.-]*)$/;

function suppressionCompletions(prefix: string, rest: string, position: Position): CompletionList | null {
  const rule = RULE_TYPED.exec(prefix);
  if (rule) {
    const listed = new Set(rule[1].split(/[\s,]+/).filter(Boolean));
    const start = position.character - rule[2].length;
    const end = position.character + (/^[\w/.-]*/.exec(rest)?.[0].length ?? 0);
    const items: CompletionItem[] = RULES.filter((r) => !listed.has(r.meta.id)).map((r) => ({
      label: r.meta.id,
      kind: CompletionItemKind.Reference,
      detail: r.meta.title,
      documentation: { kind: MarkupKind.Markdown, value: `${r.meta.description}\n\n*${r.meta.citation}*` },
      filterText: r.meta.id,
      textEdit: { range: range(position, start, end), newText: r.meta.id },
    }));
    return { isIncomplete: false, items };
  }
  const directive = DIRECTIVE_TYPED.exec(prefix);
  if (directive && !/^\s*signpost-[\w-]*\s+\S/.test(rest)) {
    const typed = directive[1] ?? '';
    const start = position.character - typed.length;
    const end = position.character + (/^[\w-]*/.exec(rest)?.[0].length ?? 0);
    const lead = typed === '' && prefix.endsWith('<!--') ? ' ' : '';
    const closing = /-->/.test(rest) ? '' : ' -->';
    const items: CompletionItem[] = Object.entries(SUPPRESSION_DIRECTIVES).map(([name, detail], index) => ({
      label: name,
      kind: CompletionItemKind.Keyword,
      detail,
      sortText: String(index),
      filterText: name,
      textEdit: { range: range(position, start, end), newText: lead + name + (name === 'signpost-disable-file' ? closing : closing ? ' ' : '') },
    }));
    return { isIncomplete: false, items };
  }
  return null;
}
