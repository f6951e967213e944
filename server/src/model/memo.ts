/**
 * Reuse between lints of one open document. A keystroke changes one block of the letter; every
 * other block has the same text as at the last lint, so what was read from it (quotations, sentences,
 * stage evidence, dates) is looked up here instead of read again. Entries are keyed by the block's
 * own text and hold offsets relative to the block's start, so a block that moved (text inserted above
 * it) is still found, and a lint with the cache gives exactly what a lint without it gives.
 */
export class BlockMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  /** Starts a new lint: entries the previous lint did not use are dropped, so the memo never outgrows the letter. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(key: string, compute: () => T): T {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key) ?? compute();
      this.current.set(key, value);
    }
    return value;
  }
}

/**
 * A copy of the text that does not hold on to the string it was cut from. V8 keeps a slice of a
 * string as a view of the whole (a sentence cut from a 2 MB letter keeps the 2 MB letter alive), and
 * every keystroke makes a new letter string: what is remembered must not keep old letters alive.
 */
export function ownCopy(text: string): string {
  return text.length < 16 ? text : (' ' + text).slice(1);
}

/**
 * A pure function of a piece of text, remembered: a sentence that did not change since the last
 * lint is not read again. Two generations of at most `capacity` entries each, so memory stays
 * bounded whatever is typed; only functions whose answer depends on the text alone may be wrapped.
 */
export function memoByText<T>(read: (text: string) => T, capacity = 20_000): (text: string) => T {
  let current = new Map<string, T>();
  let previous = new Map<string, T>();
  return (text: string) => {
    let value = current.get(text);
    if (value === undefined && !current.has(text)) {
      value = previous.has(text) ? previous.get(text)! : read(text);
      if (current.size >= capacity) {
        previous = current;
        current = new Map();
      }
      current.set(ownCopy(text), value);
    }
    return value as T;
  };
}

const patternIds = new WeakMap<RegExp, number>();
let nextPatternId = 0;
const NONE = new Uint8Array(0);

/** Answers already known for one text: 0 not yet tested, 1 no match, 2 a match; indexed by pattern id. */
export interface PatternAnswers {
  bits: Uint8Array;
}

/**
 * The answers known for a text, one holder per text: a sentence keeps its holder while its block is
 * unchanged, and a sentence typed next to it finds its answers again by its words.
 */
export const answersFor = memoByText((): PatternAnswers => ({ bits: NONE }));

/** More patterns than the rules hold: a pattern made afresh on every call would otherwise grow every holder forever. */
const MAX_REMEMBERED_PATTERNS = 1024;

/**
 * `pattern.test(text)`, remembered: the rules test the same phrases against every sentence on
 * every keystroke, and all but one sentence are unchanged. A sentence carries its answers (see
 * answersFor); other texts are looked up by their words. Meant for patterns held in constants (a
 * regular-expression literal written inside a function is a new object each time, never found
 * again). Global and sticky patterns keep state between tests, so they are tested directly.
 */
export function matches(pattern: RegExp, subject: string | { text: string; answers: PatternAnswers }): boolean {
  const text = typeof subject === 'string' ? subject : subject.text;
  if (pattern.global || pattern.sticky) return pattern.test(text);
  let id = patternIds.get(pattern);
  if (id === undefined) {
    if (nextPatternId >= MAX_REMEMBERED_PATTERNS) return pattern.test(text);
    patternIds.set(pattern, (id = nextPatternId++));
  }
  const slot = typeof subject === 'string' ? answersFor(subject) : subject.answers;
  if (id >= slot.bits.length) {
    const grown = new Uint8Array(Math.max(64, id + 1, slot.bits.length * 2));
    grown.set(slot.bits);
    slot.bits = grown;
  }
  const known = slot.bits[id];
  if (known !== 0) return known === 2;
  const found = pattern.test(text);
  slot.bits[id] = found ? 2 : 1;
  return found;
}
