import type { FoundDate } from './dates';

/**
 * Anchor dates: the dates a letter states that the timescale rules count from or check against
 * (when the complaint arrived, when a stage was asked for, when the panel met, the letter's own date,
 * and deadlines the council gives).
 *
 * The text is the letter with quotations and other text that is not the council's own voice blanked
 * to spaces (offsets preserved), so a date quoted from the complainant never becomes an anchor.
 *
 * Each date is classified from the words around it within its sentence: the "lead" (from the start
 * of the sentence, or the end of the previous date, up to the date) and the "trail" (from the date up
 * to the end of the sentence or the next date). Bounding both by neighbouring dates stops a phrase
 * that belongs to one date from claiming the next ("you asked for stage 2 on D1 and we met on D2").
 * Phrase families are written for meaning, with room for paraphrase, and tried in order of how
 * specific they are: panel, stage requests, receipt, deadline.
 */

export type AnchorKind = 'letterDate' | 'received' | 'stage2Requested' | 'stage3Requested' | 'panelDate' | 'deadline';

export interface Anchor {
  kind: AnchorKind;
  date: Date;
  start: number;
  end: number;
  /** Which phrase family matched, described (not copied from the document). */
  evidence: string;
}

interface PhraseFamily {
  pattern: RegExp;
  evidence: string;
}

/** How far from the date to look for its sentence: longer than any phrase family needs. */
const CONTEXT_REACH = 240;
/** The letter date sits in the heading block: within this many non-empty lines, before "Dear …". */
const LETTER_DATE_MAX_LINES = 25;

// ---------------------------------------------------------------------------------------------
// Building blocks (strings, composed into the precompiled patterns below)

/** Punctuation that may stand between a connective and its date: "on (", "dated:", "by –". */
const TO_DATE = '[\\s(:,\\-\u2013]*$';
/**
 * Up to `max` characters of the same clause that do not introduce a different event, so that in
 * "you asked for stage 2 because of the meeting on <date>" the date is not read as the request date.
 */
function fillerAvoiding(words: string, max: number): string {
  return `(?:(?!\\b(?:${words})\\b)[^.;!?]){0,${max}}?`;
}
/** Words that start talking about some other event, whose date a following "on <date>" would be. */
const OTHER_EVENT_WORDS =
  'because|regarding|concerning|following|after|since|when|where|who|meetings?|visits?|incidents?|assessments?|' +
  'appointments?|conferences?|happened|held|took|occurred|born|birth';
/**
 * What was asked for, up to the date: no new subject or finite verb ("your request for a panel was
 * acknowledged in a letter we posted on …" dates the letter, not the request). A request may be for
 * a panel "hearing" or a "review", so those words may appear.
 */
const REQUEST_FILLER = fillerAvoiding(`about|${OTHER_EVENT_WORDS}|was|were|is|are|has|had|we|they|he|she`, 120);
/** "… was received on", "… made to us on", "… dated": how a request clause reaches its date. */
const REQUEST_DATED = '(?:(?:(?:which|that) )?(?:(?:was|were) )?(?:received|made|sent|submitted)(?: to us| by you)? on|on|dated|of)';
/** "We received your complaint about your son's care on …" is still the receipt date. */
const RECEIPT_FILLER = fillerAvoiding(`${OTHER_EVENT_WORDS}|hearings?|reviews?`, 60);
const CORRESPONDENCE = '(?:e-?mail|letter|message|correspondence|online form|complaint form|form|representations?)';
const COMPLAINT_OR_CORRESPONDENCE = `(?:complaint|${CORRESPONDENCE})`;
const WE = "(?:we|I|the council|the complaints? (?:team|service|unit|manager|officer))";
/** The lead is only "On" (possibly after a comma or "and"): the event is named after the date. */
const CLAUSE_START_ON = /(?:^|[,;:(]\s*|\b(?:and|but|then|so)\s+)on[\s,]*$/i;

// ---------------------------------------------------------------------------------------------
// Phrase families

const PANEL_LEAD: PhraseFamily[] = [
  {
    pattern: new RegExp(
      '\\bpanel\\b[^.;!?]{0,60}?\\b(?:' +
        '(?:met|sat|convened|was (?:held|convened)|took place|heard your complaint|will (?:meet|sit|be held|take place)|' +
        'is (?:due|scheduled|arranged|planned|going) to (?:meet|sit|be held|take place))\\b[^.;!?]{0,25}?\\bon' +
        '|(?:has been|had been|was|is|will be) (?:arranged|scheduled|booked|set|planned|fixed) (?:for|on))' +
        TO_DATE,
      'i',
    ),
    evidence: '“the panel met / will meet on …”',
  },
  {
    // "the panel hearing on", "at the Review Panel meeting of"; but "your request for a panel hearing on"
    // names the request, so a preceding request for/asked for is excluded.
    pattern: new RegExp(
      '(?<!\\b(?:request|requested|asked|ask|applied|apply) for (?:a |an |the )?(?:review |independent |complaints? )*)' +
        '\\bpanel (?:meeting|hearing)\\b(?:\\s+(?:was |that was |which was )?(?:held|that took place|which took place))?\\s+(?:on|of|dated)' +
        TO_DATE,
      'i',
    ),
    evidence: '“the panel meeting/hearing on …”',
  },
];

/** "On <date>, the panel met": the lead is CLAUSE_START_ON. */
const PANEL_TRAIL: PhraseFamily = {
  pattern: /^[\s,]*(?:the|a|your)\s+(?:[\w-]+\s+){0,3}?panel\s+(?:met|sat|convened|was (?:held|convened)|took place|heard)\b/i,
  evidence: '“On …, the panel met”',
};

const REQUEST_LEAD: PhraseFamily[] = [
  {
    pattern: new RegExp(
      '\\byou\\s+(?:asked|requested|applied|wrote (?:to us )?to (?:ask|request)|e-?mailed (?:us )?(?:to ask|asking)|' +
        'contacted us (?:to ask|asking|requesting)|told us (?:that )?you wanted)\\b' +
        REQUEST_FILLER +
        `\\b${REQUEST_DATED}` +
        TO_DATE,
      'i',
    ),
    evidence: '“you asked for {stage} on …”',
  },
  {
    pattern: new RegExp(
      `\\b(?:your|the)\\s+(?:request|application)\\b${REQUEST_FILLER}\\b${REQUEST_DATED}${TO_DATE}`,
      'i',
    ),
    evidence: '“your request for {stage} dated …”',
  },
  {
    // "your request for a stage 2 investigation, which we received on …": the request's own receipt date.
    pattern: new RegExp(`\\b(?:your|the)\\s+(?:request|application)\\b[^.;!?]{0,80}?\\b(?:which|that)\\s+${WE}\\s+received\\s+on${TO_DATE}`, 'i'),
    evidence: '“your request for {stage}, which we received on …”',
  },
];

/** "your email of <date>, in which you asked …": the correspondence names the date, the trail the request. */
const CORRESPONDENCE_LEAD = new RegExp(
  `\\byour\\s+(?:\\w+\\s+)?${CORRESPONDENCE}\\s+(?:of|dated|sent on|received on|on)${TO_DATE}`,
  'i',
);
const REQUEST_IN_TRAIL = /^[\s,]*(?:(?:in which|where|when|which)\s+)?(?:you\s+)?(?:asked|asking|requested|requesting|to ask|to request|wanting)\b/i;
/** "On <date>, you asked …": the lead is CLAUSE_START_ON. */
const REQUEST_AFTER_ON =
  /^[\s,]*you\s+(?:asked|requested|applied|wrote (?:to us )?to (?:ask|request)|e-?mailed (?:us )?(?:to ask|asking)|contacted us (?:to ask|asking|requesting))\b/i;

/** What was asked for; "a copy of the stage 2 report" is not a request for the stage itself. */
const NOT_THE_STAGE_ITSELF = '(?!\\s+(?:report|findings|outcome|response|decision|letter|adjudication|papers)\\b)';
const STAGE3_MARKER = new RegExp(`\\b(?:stage\\s*(?:3|three)|third stage|review panel|panel)\\b${NOT_THE_STAGE_ITSELF}`, 'i');
const STAGE2_MARKER = new RegExp(`\\b(?:stage\\s*(?:2|two)|second stage|escalat\\w*|investigat\\w+)\\b${NOT_THE_STAGE_ITSELF}`, 'i');

const RECEIVED_LEAD: PhraseFamily[] = [
  {
    pattern: new RegExp(
      `\\b${WE}\\s+(?:first\\s+)?received\\s+(?:your|the|this)\\s+(?:[\\w-]+\\s+){0,2}?${COMPLAINT_OR_CORRESPONDENCE}\\b${RECEIPT_FILLER}\\bon${TO_DATE}`,
      'i',
    ),
    evidence: '“we received your complaint on …”',
  },
  {
    pattern: new RegExp(
      '\\b(?:your|the|this)\\s+(?:[\\w-]+\\s+)?complaint\\s+(?:(?:was|has been|had been|which was)\\s+)?(?:first\\s+)?' +
        '(?:dated|of|(?:received|made|submitted|sent|lodged|registered|logged|raised)(?:\\s+(?:by|to|with)\\s+[^.;!?]{1,40}?)?\\s+on)' +
        TO_DATE,
      'i',
    ),
    evidence: '“your complaint dated / of / received on …”',
  },
  {
    pattern: CORRESPONDENCE_LEAD,
    evidence: '“your email / letter of (dated) …”',
  },
  {
    pattern: new RegExp(
      '\\byou\\s+(?:first\\s+)?(?:complained|(?:made|submitted|lodged|raised|sent)\\s+(?:your|a|the|this|these)\\s+(?:\\w+\\s+)?(?:complaint|concerns?)|' +
        `(?:contacted|wrote to|e-?mailed|telephoned|phoned|called) (?:us|the council))\\b${RECEIPT_FILLER}\\bon${TO_DATE}`,
      'i',
    ),
    evidence: '“you complained / contacted us on …”',
  },
  {
    pattern: new RegExp(
      `\\b${COMPLAINT_OR_CORRESPONDENCE}\\b[^.;!?]{0,60}?\\b(?:which|that)\\s+${WE}\\s+received\\s+on${TO_DATE}`,
      'i',
    ),
    evidence: '“your complaint, which we received on …”',
  },
  {
    pattern: new RegExp(`(?:^|[\\s|>#])(?:date\\s+(?:complaint\\s+)?received|complaint\\s+received|date\\s+of\\s+(?:your\\s+)?complaint)\\s*:${TO_DATE}`, 'i'),
    evidence: 'a “Complaint received:” heading field',
  },
];

/** "On <date>, we received your complaint / you complained …": the lead is CLAUSE_START_ON. */
const RECEIVED_TRAIL: PhraseFamily = {
  pattern: new RegExp(
    `^[\\s,]*(?:${WE}\\s+received\\s+your\\s+(?:[\\w-]+\\s+){0,2}?${COMPLAINT_OR_CORRESPONDENCE}|` +
      'you\\s+(?:first\\s+)?(?:complained|(?:made|submitted|lodged)\\s+(?:your|a|the)\\s+(?:\\w+\\s+)?complaint|' +
      '(?:contacted|wrote to|e-?mailed) (?:us|the council) (?:to complain|about your complaint|with your complaint)))\\b',
    'i',
  ),
  evidence: '“On …, you complained / we received your complaint”',
};

/** The connective names the deadline family; the sentence must also be about a response or next step. */
const DEADLINE_LEAD = new RegExp(
  '\\b(?<connective>on or before|no later than|not later than|by the end of(?: the day on)?|' +
    'by (?:close of business|\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm)|noon|midday|midnight|5pm) on|by|before|until|till|' +
    'deadline (?:for [^.;!?]{1,60}? )?(?:is|was|of|will be))' +
    TO_DATE,
  'i',
);
/** The date is one someone must meet: a commitment, a request, or the word "deadline" itself. */
const DEADLINE_COMMITMENT =
  /\b(?:will|shall|must|should|need to|needs to|please|aim to|expect to|intend to|have until|has until|can|may|would|are able to|due|deadline|latest)\b|'ll\b/i;
const DEADLINE_SUBJECT =
  /\b(?:respon\w*|repl\w*|write|writing|send|sent|receive|hear|ask|request\w*|escalat\w*|contact|let us know|tell us|stage|panel|decision|outcome|report|investigat\w*|complet\w*|provide|adjudicat\w*|review)\b/i;

// ---------------------------------------------------------------------------------------------
// Letter date

const SALUTATION = /^[\s>*_#]*(?:dear\b|to whom it may concern)/i;
/**
 * Before the date on its line: only Markdown markup and perhaps a label ("Date", "Dated", "Date of
 * letter"), or, after other heading text such as a reference, an explicit "Date:" label.
 */
const LETTER_DATE_BEFORE =
  /^[\s>*_#|]*(?:(?:letter\s+)?dated?|date of (?:this |the )?letter)?[\s*_:\-\u2013]*$|\bdate\s*[*_]*\s*:[\s*_]*$/i;
const LETTER_DATE_AFTER = /^[\s*_.,\\|]*$/;
const DATE_LABEL = /\bdate/i;

// ---------------------------------------------------------------------------------------------
// Sentences

/**
 * Where a sentence ends: terminal punctuation followed by a space and a capital, digit or Markdown
 * mark (so "i.e. by" does not split), a blank line, a list item, a heading or a table cell.
 * Case-sensitive on purpose.
 */
const SENTENCE_BREAK = /[.!?]+[)\]"'\u201D\u2019]*\s+(?=[A-Z0-9"'\u201C\u2018(*_#>[-])|\r?\n[ \t]*\r?\n|\r?\n[ \t]*(?:[-*+]|\d+[.)]|#{1,6})[ \t]|\|/g;

interface DateContext {
  /** From the sentence start (or previous date) to the date, normalised. */
  lead: string;
  /** From the date to the sentence end (or next date), normalised. */
  trail: string;
  /** The whole sentence, normalised (other dates included). */
  sentence: string;
}

/** Anchors in document order; each date gives at most one anchor, and only real dates (date ≠ null) count. */
export function findAnchors(text: string, dates: FoundDate[]): Anchor[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  return withLetterDate(letterDateOf(text, sorted), classifyDates(text, sorted));
}

/** The classified dates with the letter's own date, which its sentence does not decide, in document order. */
export function withLetterDate(letterDate: Anchor | null, classified: readonly Anchor[]): Anchor[] {
  const anchors = classified.filter((anchor) => anchor.start !== letterDate?.start);
  if (letterDate) anchors.push(letterDate);
  return anchors.sort((a, b) => a.start - b.start);
}

/** The letter's own date as an anchor: see findLetterDate. `sorted`: the text's dates in order. */
export function letterDateOf(text: string, sorted: readonly FoundDate[]): Anchor | null {
  const letterDate = findLetterDate(text, sorted);
  return letterDate ? anchorAt(letterDate.found, 'letterDate', letterDate.evidence) : null;
}

/**
 * What each date in the text is, from the words of its own sentence (never the letter date, which
 * is told by where it stands). The sentence never reaches past a paragraph, list item, heading or
 * table cell, so a letter's blocks can be classified one at a time.
 */
export function classifyDates(text: string, dates: readonly FoundDate[]): Anchor[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const anchors: Anchor[] = [];
  sorted.forEach((found, index) => {
    if (!found.date) return;
    const match = classify(contextOf(text, sorted, index));
    if (match) anchors.push(anchorAt(found, match.kind, match.evidence));
  });
  return anchors;
}

function anchorAt(found: FoundDate, kind: AnchorKind, evidence: string): Anchor {
  return { kind, date: found.date as Date, start: found.start, end: found.end, evidence };
}

function classify(context: DateContext): { kind: AnchorKind; evidence: string } | null {
  const { lead, trail, sentence } = context;
  const startsWithOn = CLAUSE_START_ON.test(lead);

  for (const family of PANEL_LEAD) if (family.pattern.test(lead)) return { kind: 'panelDate', evidence: family.evidence };
  if (startsWithOn && PANEL_TRAIL.pattern.test(trail)) return { kind: 'panelDate', evidence: PANEL_TRAIL.evidence };

  const request = classifyRequest(lead, trail, startsWithOn);
  if (request) return request;

  for (const family of RECEIVED_LEAD) if (family.pattern.test(lead)) return { kind: 'received', evidence: family.evidence };
  if (startsWithOn && RECEIVED_TRAIL.pattern.test(trail)) return { kind: 'received', evidence: RECEIVED_TRAIL.evidence };

  const deadline = DEADLINE_LEAD.exec(lead);
  if (deadline && DEADLINE_COMMITMENT.test(sentence) && DEADLINE_SUBJECT.test(sentence)) {
    return { kind: 'deadline', evidence: `deadline wording “${deadlineFamily(deadline.groups?.connective ?? 'by')} …”` };
  }
  return null;
}

const BY_A_TIME_ON = /^by (?!the end of).+ on$/;

/** The connective as a family name: "by 5pm on" and "by close of business on" are both "by … on". */
function deadlineFamily(connective: string): string {
  const lower = connective.toLowerCase();
  if (lower.startsWith('deadline')) return 'the deadline is';
  return BY_A_TIME_ON.test(lower) ? 'by … on' : lower;
}

/** A request for Stage 2 or Stage 3, told apart by what was asked for. */
function classifyRequest(lead: string, trail: string, startsWithOn: boolean): { kind: AnchorKind; evidence: string } | null {
  const trailClause = firstClause(trail);
  for (const family of REQUEST_LEAD) {
    const match = family.pattern.exec(lead);
    if (match) {
      // What was asked for is usually between the verb and the date; failing that, just after the date.
      const kind = stageAskedFor(match[0]) ?? stageAskedFor(trailClause);
      if (kind) return { kind, evidence: family.evidence.replace('{stage}', STAGE_NAMES[kind]) };
    }
  }
  if (CORRESPONDENCE_LEAD.test(lead) && REQUEST_IN_TRAIL.test(trail)) {
    const kind = stageAskedFor(trailClause);
    if (kind) return { kind, evidence: `“your email / letter of …, asking for ${STAGE_NAMES[kind]}”` };
  }
  if (startsWithOn && REQUEST_AFTER_ON.test(trail)) {
    const kind = stageAskedFor(trailClause);
    if (kind) return { kind, evidence: `“On …, you asked for ${STAGE_NAMES[kind]}”` };
  }
  return null;
}

const STAGE_NAMES = { stage2Requested: 'stage 2', stage3Requested: 'a review panel' } as const;

function stageAskedFor(words: string): 'stage2Requested' | 'stage3Requested' | null {
  if (STAGE3_MARKER.test(words)) return 'stage3Requested';
  if (STAGE2_MARKER.test(words)) return 'stage2Requested';
  return null;
}

const CLAUSE_BREAK = /[;,]|\b(?:and|but|because|although|however|while)\b/i;
const LEADING_COMMA = /^[\s,]+/;

/** The trail up to its first clause break, skipping a comma right after the date ("3 March 2025, asking …"). */
function firstClause(trail: string): string {
  const body = trail.replace(LEADING_COMMA, '');
  const cut = CLAUSE_BREAK.exec(body);
  return cut ? body.slice(0, cut.index) : body;
}

function contextOf(text: string, sorted: readonly FoundDate[], index: number): DateContext {
  const found = sorted[index];
  const previousEnd = index > 0 ? sorted[index - 1].end : 0;
  const nextStart = index + 1 < sorted.length ? sorted[index + 1].start : text.length;
  const reachBack = Math.max(0, found.start - CONTEXT_REACH);
  const reachForward = Math.min(text.length, found.end + CONTEXT_REACH);
  // "Mar." inside a date is not a sentence end. Only dates within reach can contain a break we look at.
  let first = index;
  while (first > 0 && sorted[first - 1].end > reachBack) first--;
  let last = index;
  while (last + 1 < sorted.length && sorted[last + 1].start < reachForward) last++;
  const insideDate = (offset: number) => {
    for (let j = first; j <= last; j++) if (offset >= sorted[j].start && offset < sorted[j].end) return true;
    return false;
  };

  // Search only the windows within reach: an exec over the whole text would make this quadratic.
  let sentenceStart = reachBack;
  // One character of the date is included so that a break's lookahead (a capital or digit) can see it.
  const before = text.slice(reachBack, found.start + 1);
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(before); m; m = SENTENCE_BREAK.exec(before)) {
    if (!insideDate(reachBack + m.index)) sentenceStart = reachBack + m.index + m[0].length;
  }

  let sentenceEnd = reachForward;
  const after = text.slice(found.end, reachForward);
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(after); m; m = SENTENCE_BREAK.exec(after)) {
    if (!insideDate(found.end + m.index)) {
      sentenceEnd = found.end + m.index;
      break;
    }
  }

  return {
    lead: normalise(text.slice(Math.max(sentenceStart, previousEnd), found.start)).trimStart(),
    trail: normalise(text.slice(found.end, Math.min(sentenceEnd, nextStart))).trimEnd(),
    sentence: normalise(text.slice(sentenceStart, sentenceEnd)),
  };
}

const MARKUP = /[*_`]+/g;
const CURLY_APOSTROPHE = /[\u2018\u2019]/g;
const WHITESPACE_RUN = /\s+/g;

/** Emphasis marks out, curly apostrophes straight, whitespace runs (line breaks included) to one space. */
function normalise(slice: string): string {
  return slice.replace(MARKUP, '').replace(CURLY_APOSTROPHE, "'").replace(WHITESPACE_RUN, ' ');
}

/**
 * The letter's own date: in the heading block (within the first lines, before the salutation), a line
 * holding only a date, or a "Date:" label and a date.
 */
function findLetterDate(text: string, sorted: readonly FoundDate[]): { found: FoundDate; evidence: string } | null {
  let nonEmptyLines = 0;
  let lineStart = 0;
  while (lineStart < text.length && nonEmptyLines < LETTER_DATE_MAX_LINES) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() !== '') {
      nonEmptyLines++;
      if (SALUTATION.test(line)) return null;
      const found = sorted.find((d) => d.date && d.start >= lineStart && d.end <= lineStart + line.length);
      if (found?.date) {
        const before = text.slice(lineStart, found.start);
        const after = text.slice(found.end, lineStart + line.length);
        if (LETTER_DATE_BEFORE.test(before) && LETTER_DATE_AFTER.test(after)) {
          const labelled = DATE_LABEL.test(before);
          return { found, evidence: labelled ? '“Date: …” line in the letter heading' : 'a line holding only a date in the letter heading' };
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
