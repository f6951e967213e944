import { paragraphText } from '../helpers';
import type { LetterModel } from '../../model/letterModel';
import type { Block } from '../../model/markdown';
import type { Sentence } from '../../model/voice';
import type { Span } from '../../model/text';
import type { Fix } from '../types';
import { APOLOGY, NON_APOLOGY } from '../phrases';
import { pointAt, type ComplaintPoint } from '../../model/complaintPoints';
import { matches } from '../../model/memo';

/** Helpers shared by the letter-content rules (stage 2 and 3 content, refusals, apologies). */

/** The Investigating Officer, by role ("the IO", "the investigator" too). */
export const INVESTIGATING_OFFICER = /\binvestigating\s+officer\b|\bIO\b|\b(?:independent\s+)?investigator\b/i;
/** The Independent Person, by role. */
export const INDEPENDENT_PERSON = /\bindependent\s+person\b|\bIP\b/i;

/** "No apology is needed", "we do not think an apology is appropriate": apology words that are not an apology. */
const NEGATED_APOLOGY =
  /\bno\s+(?:\w+\s+)?apolog\w*|\bnot\s+(?:\w+\s+){0,4}?(?:apologi[sz]e|an\s+apology)\b|\bapolog\w*\s+(?:is|was|would\s+be)\s+(?:not|un)\w*/i;

/** Whether a sentence of the council's voice apologises for real (not for feelings, not conditionally, not hedged). */
export function isGenuineApology(text: string): boolean {
  return APOLOGY.test(text) && !NON_APOLOGY.test(text) && !NEGATED_APOLOGY.test(text);
}

const apologyCache = new WeakMap<LetterModel, Sentence[]>();

export function genuineApologies(model: LetterModel): Sentence[] {
  let found = apologyCache.get(model);
  if (!found) {
    found = model.sentences.filter((s) => isGenuineApology(s.text));
    apologyCache.set(model, found);
  }
  return found;
}

/** A first line that is only an emphasised phrase ("**Who will be on the panel**"), with no full stop: a heading in all but name. */
const PSEUDO_HEADING_LINE = /^[ \t]*(?:\*\*|__|\*|_)?[^\r\n*_]+(?:\*\*|__|\*|_)[ \t]*:?[ \t]*\r?\n[ \t]*(?=\S)/i;
const OPENS_EMPHASIS = /^[ \t]*[*_]/i;
const AFTER_EMPHASIS = /[*_]$/i;

/**
 * A sentence without the bold line above it, when the two share a paragraph ("**Who will be on
 * the panel**" on one line, "The panel will have…" on the next): the finding, and a fix that
 * rewrites it, then leave the heading alone.
 */
export function withoutPseudoHeading(model: LetterModel, sentence: Span): Span {
  const text = model.text.slice(sentence.start, sentence.end);
  const m = PSEUDO_HEADING_LINE.exec(text);
  if (!m || sentence.start + m[0].length >= sentence.end) return sentence;
  // The line must open with the emphasis too (the sentence may start just after its markers).
  const opened = OPENS_EMPHASIS.test(text) || AFTER_EMPHASIS.test(model.text.slice(Math.max(0, sentence.start - 2), sentence.start));
  return opened ? { start: sentence.start + m[0].length, end: sentence.end } : sentence;
}

/** A fix that adds text right after a span (a sentence, a cell): the edit sits at the span's end, inside the finding. */
export function appendFix(title: string, after: Span, text: string, safe: boolean): Fix {
  return { title, edits: [{ start: after.end, end: after.end, newText: text }], preferred: true, safe };
}

/** A fix that fills in a table cell: an empty cell gets the text, a full one has it added. */
export function fillCellFix(title: string, cell: Span, model: LetterModel, text: string): Fix {
  const empty = !/\S/.test(model.text.slice(cell.start, cell.end));
  return empty
    ? { title, edits: [{ start: cell.start, end: cell.end, newText: ` ${text} ` }], preferred: true, safe: false }
    : { title, edits: [{ start: cell.end, end: cell.end, newText: ` ${text}` }], preferred: true, safe: false };
}

/** A fix that replaces a span (the officer's sentence: never safe). */
export function rewriteFix(title: string, span: Span, text: string): Fix {
  return { title, edits: [{ start: span.start, end: span.end, newText: text }], preferred: true, safe: false };
}

const SALUTATION = /^\s*Dear\b/i;
const SUBJECT = /^\s*(?:re|subject|our\s+ref|your\s+ref|ref)\b\s*:?/i;

/** The first paragraph of the letter's body (after "Dear …", skipping headings and subject lines). */
export function firstBodyParagraph(model: LetterModel): Block | undefined {
  const salutation = model.blocks.findIndex((b) => SALUTATION.test(model.voice.slice(b.start, b.end)));
  for (let i = salutation + 1; i < model.blocks.length; i++) {
    const block = model.blocks[i];
    if (block.kind !== 'paragraph') continue;
    const text = model.voice.slice(block.start, block.end);
    if (SUBJECT.test(text) || !/[.!?]/.test(text)) continue;
    if (model.signOff && block.start >= model.signOff.start) return undefined;
    return block;
  }
  return undefined;
}

/** The block containing `offset` (binary search: blocks are in document order). */
export function blockAt(model: LetterModel, offset: number): Block | undefined {
  const blocks = model.blocks;
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offset < blocks[mid].start) high = mid - 1;
    else if (offset > blocks[mid].end) low = mid + 1;
    else return blocks[mid];
  }
  return undefined;
}

const SUFFICIENT_INTEREST = /\bsufficient\s+interest\b/i;
const CONSIDERED_OR_REASONED = /\b(?:consider\w*|decid\w*|decision|conclu\w*|assess\w*|whether|because|reasons?|since|given\s+that|taking\s+(?:into\s+)?account)\b/i;

/**
 * The letter addresses whether the complainant has sufficient interest in the child's welfare
 * (Children Act 1989 s26(3)(e)): "we have considered whether you have sufficient interest … because
 * …", or "we will decide whether you have sufficient interest and write to you by …". The person is
 * then not a parent complaining as of right, and the child's views rightly weigh in the decision.
 */
export function addressesSufficientInterest(model: LetterModel): boolean {
  return model.sentences.some((s) => matches(SUFFICIENT_INTEREST, s) && CONSIDERED_OR_REASONED.test(paragraphText(model, s.block)));
}

/** The sentence's place in the model's sentences (-1 for a sentence of another model). */
function indexOfSentence(model: LetterModel, sentence: Sentence): number {
  return model.sentences[sentence.index] === sentence ? sentence.index : -1;
}

/** The sentence just before `sentence` in the same block, if any. */
export function previousSentence(model: LetterModel, sentence: Sentence): Sentence | undefined {
  const index = indexOfSentence(model, sentence);
  const previous = index > 0 ? model.sentences[index - 1] : undefined;
  return previous && previous.block === sentence.block ? previous : undefined;
}

/** Up to `count` sentences before `sentence`, across paragraph breaks (nearest first). */
export function sentencesBefore(model: LetterModel, sentence: Sentence, count: number): Sentence[] {
  const index = indexOfSentence(model, sentence);
  return index <= 0 ? [] : model.sentences.slice(Math.max(0, index - count), index).reverse();
}

/** The sentence just after `sentence` (in the same or the next block), if any. */
export function nextSentence(model: LetterModel, sentence: Sentence): Sentence | undefined {
  const index = indexOfSentence(model, sentence);
  return index >= 0 ? model.sentences[index + 1] : undefined;
}

// Stage 2 presented as a review of stage 1 (shared by stage2/review-not-investigation and stage2/missing-io-ip).

const REVIEW_VERB =
  /\b(?:review(?:ed|ing|s)?|look(?:ed|ing)?\s+again|re-?examin\w*|re-?consider\w*|re-?visit\w*|re-?assess\w*|considered\s+(?:again|afresh)|check(?:ed)?\s+(?:whether|that))\b/i;
const STAGE1_OBJECT =
  /\bstage[\s-]*(?:1|one|I)\b|\b(?:first|original|initial|previous|earlier)\s+(?:response|reply|decision|letter|answer|outcome)\b|\blocal\s+resolution\b|\bthe\s+response\s+(?:you\s+received|we\s+sent|you\s+were\s+sent|(?:that\s+)?was\s+(?:sent|given))\b/i;
const MANAGER = /\b(?:senior|service|team|group|operations?|area)\s+manager\b|\bhead\s+of\b|\b(?:assistant\s+|deputy\s+)?director\b|\bmanager\b/i;
const STAGE2_REVIEW =
  /\bstage[\s-]*(?:2|two|II)\s+review\b|\breview\s+(?:at|under)\s+stage[\s-]*(?:2|two|II)\b|\b(?:reviewed|looked\s+again)\b[^.]{0,60}\bat\s+stage[\s-]*(?:2|two|II)\b|\b(?:I|we)\s+have\s+(?:now\s+)?looked\s+again\s+at\s+(?:your|the)\s+complaint\b/i;
const TOGETHER_WITH_STAGE1 =
  /\b(?:investigat|consider|look)\w*\b[^.]{0,80}\b(?:together\s+with|alongside|in\s+light\s+of|based\s+on|with\s+reference\s+to)\b[^.]{0,60}\bstage[\s-]*(?:1|one)\b/i;
/** "A review panel", "the Review Panel", "review meeting": stage 3 words, not a review of stage 1. */
const PANEL_REVIEW = /\breview\s+panel\b|\bpanel\b|\bchild\s+(?:protection\s+)?review\b|\blooked[\s-]after\s+(?:child\s+)?review\b|\breview\s+(?:meeting|conference)\b/i;

const reviewCache = new WeakMap<LetterModel, Sentence[]>();

/**
 * Sentences presenting stage 2 as a manager's review of the stage 1 response, in a letter that does
 * not name both an Investigating Officer and an Independent Person.
 */
export function reviewSentences(model: LetterModel): Sentence[] {
  let found = reviewCache.get(model);
  if (found) return found;
  const hasIo = model.sentences.some((s) => matches(INVESTIGATING_OFFICER, s));
  const hasIp = model.sentences.some((s) => matches(INDEPENDENT_PERSON, s));
  found =
    hasIo && hasIp
      ? []
      : model.sentences.filter((s) => {
          if (matches(STAGE2_REVIEW, s) || matches(TOGETHER_WITH_STAGE1, s)) return true;
          if (!matches(REVIEW_VERB, s) || matches(PANEL_REVIEW, s)) return false;
          return matches(STAGE1_OBJECT, s) || (matches(MANAGER, s) && /\b(?:your|the)\s+(?:[\w-]+\s+){0,2}complaint\b/i.test(s.text));
        });
  reviewCache.set(model, found);
  return found;
}

/**
 * A refusal to deal with a complaint: "we are unable to investigate", "we will not be considering",
 * "cannot be progressed", "is not accepted". The thing refused follows within a few words.
 */
export const REFUSES =
  /\b(?:cannot|can\s*not|can['’]t|unable\s+to|not\s+(?:be\s+)?able\s+to|will\s+not|won['’]t|(?:are|is|am)\s+not\s+in\s+a\s+position\s+to|not\s+possible\s+(?:for\s+(?:us|the\s+council)\s+)?to|declin(?:e|ed|es|ing)\s+to|decided\s+not\s+to|(?:do|does)\s+not\s+(?:intend|propose|plan)\s+to|must\s+(?:decline|refuse)\s+to|(?:is|are|was|were|has\s+not\s+been|have\s+not\s+been)\s+not|(?:is|are|was|were)\s+unable\s+to)\s+(?:\w+\s+){0,3}?(?:investigat\w*|consider\w*|progress\w*|look\w*\s+(?:into|at)|accept\w*|respond\w*\s+to|deal\w*\s+with|proceed\w*|tak(?:e|ing)\s+(?:(?:this|it|your\s+complaint|the\s+(?:complaint|matter)|matters)\s+)?(?:any\s+)?(?:forward|further)|escalat\w*|handl\w*|eligible|progress\w*)\b|\b(?:can|will|may)\s+only\s+(?:be\s+)?(?:investigat\w*|consider\w*|progress\w*|look\s+into|deal\s+with|accept\w*)\b[^.]{0,60}?\b(?:if|with|once|when)\b|\bclos(?:e|ed|ing)\s+(?:your|the|this)\s+complaint\b|\bcomplaint\s+(?:has\s+(?:now\s+)?been|will\s+(?:now\s+)?be|is\s+(?:now\s+)?(?:being\s+)?)\s*closed\b/i;

/** "Therefore", "as a result": a sentence that draws its reason from the one before. */
export const CONSEQUENTLY =
  /\b(?:therefore|so|thus|consequently|as\s+a\s+result|for\s+this\s+reason|for\s+that\s+reason|because\s+of\s+this|in\s+(?:these|those|the)\s+circumstances|this\s+means|which\s+means|as\s+such)\b/i;

/** A delay in the complaints procedure itself (not in the service complained about). */
export const PROCESS_DELAY = new RegExp(
  [
    String.raw`\bdelay(?:s|ed)?\s+(?:in|with|to)\s+(?:\w+\s+){0,2}?(?:respon\w*|repl\w*|(?:deal|handl)\w*\s+with\s+your\s+complaint|handling\s+(?:of\s+)?your\s+complaint|(?:the|your|this|our)\s+(?:stage[\s-]*\w+\s+)?(?:complaint|investigation|adjudication|panel|review\s+panel|final\s+response|letter)|(?:complet|arrang|conven|hold|start|begin|progress|investigat|escalat|send)\w*\s+(?:the\s+|your\s+|this\s+|our\s+)?(?:stage|investigation|panel|complaint|review|response|letter|adjudication))`,
    String.raw`\b(?:this\s+(?:letter|response|reply|adjudication)|our\s+(?:response|reply|letter|final\s+response)|the\s+(?:response|reply|investigation|adjudication|panel|stage[\s-]*\w+\s+(?:response|investigation)))\s+(?:is|was|has\s+been|comes|came)\s+(?!not\b|n['’]t\b)(?:\w+\s+){0,2}?(?:late|delayed|overdue|later\s+than|outside|beyond|longer\s+than)`,
    String.raw`\b(?:later|longer)\s+than\s+(?:the\s+)?(?:\d+|twenty|twenty-five|sixty-five)\s+working\s+days\b`,
    String.raw`\b(?:outside|beyond)\s+(?:the\s+)?statutory\s+(?:timescales?|time\s*(?:limits?|frames?)|deadlines?)\b`,
    String.raw`\b(?:did\s+not|didn['’]t|failed\s+to)\s+(?:respond|reply)\s+(?:to\s+your\s+(?:complaint|request)\s+)?(?:within|in\s+time|on\s+time|by)\b`,
    String.raw`\b(?:taken|took|taking)\s+(?:us\s+)?(?:so|this|too|far\s+too|such\s+a)\s+long\s+(?:time\s+)?to\s+(?:respond|reply|deal\s+with|investigate|complete|arrange|send|get\s+back|answer|look\s+into)`,
    // "It took us considerably longer than the law allows", "taken longer than the 65 working days": measured against the timescale.
    String.raw`\b(?:taken|took|taking)\s+(?:us\s+|the\s+council\s+)?(?:(?:so|much|far|a\s+lot|considerably|significantly|well|rather)\s+){0,2}longer\s+than\s+(?:the\s+law\s+allows|(?:is|was)\s+(?:allowed|permitted)|(?:the|those|these)\s+[\w\s-]{0,30}?(?:working\s+days|timescales?|deadlines?|time\s*limits?))`,
    // "It has taken us so much longer than that to complete the investigation": the complaint's own handling.
    String.raw`\b(?:taken|took|taking)\s+(?:us\s+|the\s+council\s+)?(?:(?:so|much|far|a\s+lot|considerably|significantly|well|rather)\s+){0,2}longer\s+(?:than\s+(?:that|this|it\s+should(?:\s+have)?|we\s+should(?:\s+have)?|(?:we|I)\s+(?:expected|intended|planned|hoped)|expected|it\s+ought\s+to(?:\s+have)?)\s+)?to\s+(?:respond|reply|deal\s+with|investigate|complete|arrange|convene|hold|send|answer|look\s+into|finish|conclude|adjudicate)\s+(?:\w+\s+){0,3}?(?:your|the|this|our)\s+(?:[\w-]+\s+){0,2}?(?:complaint|investigation|adjudication|panel|response|reply|letter|stage)`,
    String.raw`\bfailed\s+to\s+(?:meet|keep\s+to)\s+the\s+(?:statutory\s+)?(?:timescales?|deadlines?|time\s*limits?)`,
    String.raw`\btook\s+(?:us\s+)?(?:(?:far|much|way)\s+)?(?:too\s+long|a\s+long\s+time|longer\s+than\s+(?:it\s+should|the\s+law\s+allows)|(?:\w+\s+){1,3}(?:weeks|months|working\s+days))\s+to\s+(?:respond|reply|investigate|complete|arrange|convene|hold|deal\s+with|send)\s+(?:to\s+)?(?:your|the|this|our)\s+(?:[\w-]+\s+){0,2}(?:complaint|investigation|stage|panel|response|letter|adjudication|request\s+for\s+(?:a\s+)?(?:stage|panel|review))`,
  ].join('|'),
  'i',
);

/** An apology for the findings as a whole, said after them ("I apologise for the failings found", "I apologise to you and to Isla"). */
const GENERAL_APOLOGY_STRONG =
  /\b(?:each|all|every\w*)\s+of\s+(?:the|these|those|your|our|this)\b|\b(?:failings|faults|shortcomings|mistakes|errors)\s+(?:(?:that|which)\s+)?(?:the\s+investigation|the\s+investigating\s+officer|the\s+panel|I|we|this\s+(?:letter|report))\s+(?:has\s+|have\s+)?(?:found|identified|upheld|set\s+out)|\bthe\s+(?:complaints?|points?|parts?(?:\s+of\s+your\s+complaint)?)\s+(?:that\s+|which\s+)?(?:I\s+have\s+|we\s+have\s+|were\s+|are\s+|have\s+been\s+)?upheld\b|\bcomplaints?\s+\d/i;

interface ApologyIndex {
  /** Points with an apology of their own. */
  own: Set<ComplaintPoint>;
  /** An apology for the findings as a whole. */
  general: boolean;
  /** Apologies ending in a colon ("I am sorry that:"), which introduce the points after them. */
  introducing: number[];
  any: boolean;
}

const apologyIndexCache = new WeakMap<LetterModel, { points: readonly ComplaintPoint[]; index: ApologyIndex }>();

function apologyIndex(model: LetterModel, points: readonly ComplaintPoint[]): ApologyIndex {
  const cached = apologyIndexCache.get(model);
  if (cached && cached.points === points) return cached.index;
  const apologies = genuineApologies(model).filter((a) => !matches(PROCESS_DELAY, a));
  const firstPoint = points.length ? points[0].span.start : Infinity;
  const index: ApologyIndex = { own: new Set(), general: false, introducing: [], any: apologies.length > 0 };
  for (const a of apologies) {
    const point = pointAt(points, a.start);
    if (point && a.end <= point.span.end) index.own.add(point);
    if ((a.start > firstPoint && !point) || matches(GENERAL_APOLOGY_STRONG, a)) index.general = true;
    if (/:\s*$/.test(a.text)) index.introducing.push(a.end);
  }
  apologyIndexCache.set(model, { points, index });
  return index;
}

/**
 * Whether an upheld point is apologised for: by an apology within it; by an apology for the
 * findings as a whole (one after the first point and outside every point, not about the letter's
 * own lateness, or one that says "each of the failings"); by "I am sorry that:" introducing the
 * points; or, for a point only partly upheld, by any apology in the letter. `points` must be in
 * document order (as complaintPoints gives them).
 */
export function isApologisedFor(model: LetterModel, point: ComplaintPoint, points: readonly ComplaintPoint[]): boolean {
  const index = apologyIndex(model, points);
  if (index.own.has(point) || index.general) return true;
  if (index.introducing.some((end) => end <= point.span.start && point.span.start - end < 2000)) return true;
  return point.outcome === 'partially-upheld' && index.any;
}
