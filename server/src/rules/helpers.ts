import type { LetterModel } from '../model/letterModel';
import { sentencesByBlock, type Sentence } from '../model/voice';
import type { Span } from '../model/text';
import type { Finding, Fix } from './types';
import { matches } from '../model/memo';

/** The sentences of the council's own voice that match a pattern. */
export function sentencesMatching(model: LetterModel, pattern: RegExp): Sentence[] {
  return model.sentences.filter((sentence) => matches(pattern, sentence));
}

export function anySentence(model: LetterModel, predicate: (sentence: Sentence) => boolean): boolean {
  return model.sentences.some(predicate);
}

/** The sentence together with the spaces after it on the same line, so deleting it leaves no gap. */
export function sentenceWithTrailingSpace(model: LetterModel, sentence: Sentence): Span {
  let end = sentence.end;
  while (end < model.text.length && (model.text[end] === ' ' || model.text[end] === '\t')) end++;
  return { start: sentence.start, end };
}

/** The block's sentences, in order. */
export function sentencesOfBlock(model: LetterModel, block: number): Sentence[] {
  return [...(sentencesByBlock(model.sentences).get(block) ?? [])];
}

/** The block's text in the council's voice, its sentences joined: what a paragraph says as a whole. */
export function paragraphText(model: LetterModel, block: number): string {
  return (sentencesByBlock(model.sentences).get(block) ?? []).map((s) => s.text).join(' ');
}

export function replaceFix(title: string, span: Span, newText: string, options: { safe: boolean; group?: string }): Fix {
  return { title, edits: [{ start: span.start, end: span.end, newText }], preferred: true, ...options };
}

/**
 * Where a missing paragraph goes: just before the sign-off ("Yours sincerely"), or after the last
 * prose block. Returns the span the finding should cover (it contains the insertion point, so the
 * fix stays inside its finding) and the fix.
 */
export function insertParagraph(
  model: LetterModel,
  paragraph: string,
  title: string,
  group: string,
): { anchor: Span; fix: Fix } | null {
  const eol = model.eol;
  if (model.signOff) {
    // A sign-off straight under a line of text needs a blank line above the paragraph too, or the
    // paragraph would join the one before it (and could be read as part of its last sentence). A
    // sign-off after a lone \r or a Unicode line separator is, to the letter model, in the middle
    // of a line: the paragraph then starts a line of its own.
    const line = model.lines.lineAt(model.signOff.start);
    const midLine = model.text.slice(model.lines.lineStarts[line], model.signOff.start).trim() !== '';
    const gap = midLine ? eol + eol : line > 0 && model.lines.lineText(line - 1).trim() !== '' ? eol : '';
    return {
      anchor: model.signOff,
      fix: {
        title,
        edits: [{ start: model.signOff.start, end: model.signOff.start, newText: gap + paragraph + eol + eol }],
        preferred: true,
        safe: true,
        group,
      },
    };
  }
  // The last block with text (an empty heading at the end is no place for a paragraph).
  let last = model.blocks[model.blocks.length - 1];
  for (let i = model.blocks.length - 1; i >= 0 && last.end <= last.start; i--) last = model.blocks[i];
  if (!last || last.end <= last.start) return null;
  return {
    anchor: { start: last.start, end: last.end },
    fix: { title, edits: [{ start: last.end, end: last.end, newText: eol + eol + paragraph }], preferred: true, safe: true, group },
  };
}

/** The sentences in which the letter's own voice offers the complainant a route matching `thing` (not denying it). */
export function offers(model: LetterModel, thing: RegExp, offer: RegExp, denial: RegExp): Sentence[] {
  return model.sentences.filter((s) => matches(thing, s) && matches(offer, s) && !matches(denial, s));
}

/**
 * A finding for something missing from the whole letter: reported on the sign-off (or the last
 * block), with a fix that inserts `paragraph` there. Null when the letter has nowhere to put it.
 */
export function missingParagraphFinding(
  model: LetterModel,
  options: { ruleId: string; message: string; paragraph: string; fixTitle: string; group: string; safe: boolean },
): Finding | null {
  const insertion = insertParagraph(model, options.paragraph, options.fixTitle, options.group);
  if (!insertion) return null;
  return {
    ruleId: options.ruleId,
    start: insertion.anchor.start,
    end: insertion.anchor.end,
    message: options.message,
    fixes: [{ ...insertion.fix, safe: options.safe }],
  };
}
