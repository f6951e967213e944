import type { LetterModel } from './letterModel';
import type { Block } from './markdown';
import type { Sentence } from './voice';
import type { Span } from './text';
import { matches, memoByText } from './memo';

/**
 * The complaint points of a stage 2 adjudication or stage 3 response, with the finding on each,
 * the panel's recommendations with the council's decision on each, and the actions. Letters set
 * them out in three ways, all recognised here:
 *
 * - headings or bold lines: "## Complaint 1: communication", "**Recommendation 2**", or numbered
 *   sub-headings under a "Findings" heading;
 * - numbered lists introduced as complaints or recommendations ("You complained that: 1. …");
 * - tables with a complaint (or recommendation) column and a finding (or response) column.
 *
 * Built from the model (the council's own voice, so quoted words never count as a finding) and
 * memoised per model, so every rule and the Outline share one reading.
 */

export type Outcome = 'upheld' | 'partially-upheld' | 'not-upheld' | 'no-finding';
export type Decision = 'accepted' | 'partly-accepted' | 'not-accepted';
export type PointKind = 'complaint' | 'recommendation';
export type PointSource = 'heading' | 'label' | 'list' | 'table';

export interface ComplaintPoint {
  kind: PointKind;
  source: PointSource;
  /** "1", "2", "3a", "B"; for unnumbered points, the position among points of its kind. */
  number: string;
  /** One line for the Outline: the heading, label line, list item or complaint cell. */
  title: string;
  titleSpan: Span;
  /** Everything that belongs to the point: heading and section, list item and continuations, or the table row. */
  span: Span;
  /** The council's own sentences in the point. */
  sentences: Sentence[];
  /** The finding on a complaint point (null: none recognised). */
  outcome: Outcome | null;
  /** The council's decision on a recommendation (null: none recognised). */
  decision: Decision | null;
  /** Where the finding or decision is stated. */
  outcomeSpan: Span | null;
  /**
   * A "Finding:" / "Decision:" label (or a finding cell) whose value is still a placeholder
   * ("Finding: [upheld / not upheld]"): the officer has marked where the finding goes.
   */
  labelled: boolean;
  /** Sentences, labels or cells that state an action, remedy or commitment. */
  actions: Span[];
  /** For a table row: its finding (or response) cell and its action cell, where the table has those columns. */
  cells?: { outcome?: Span; action?: Span };
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  upheld: 'Upheld',
  'partially-upheld': 'Partially upheld',
  'not-upheld': 'Not upheld',
  'no-finding': 'No finding',
};

export const DECISION_LABELS: Record<Decision, string> = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
};

// ---------------------------------------------------------------------------------------------
// Phrase families (the model layer keeps its own: rules depend on the model, never the reverse).

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6',
  seventh: '7', eighth: '8', ninth: '9', tenth: '10',
};
const NUMBER = String.raw`(\d{1,2}[a-z]?|[A-H](?![a-z])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** "Complaint 1", "Complaint point 2:", "Issue (b)", "Recommendation three –", "Point 4." */
const POINT_LABEL = new RegExp(
  String.raw`^\s*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(complaint|concern|issue|point|recommendation)\b|` +
    String.raw`(complaint\s+point|complaint\s+element|point\s+of\s+complaint|head\s+of\s+complaint|complaint|concern|issue|point|element|allegation|part|recommendation)s?\s*(?:no\.?\s*|number\s+)?\(?` +
    NUMBER +
    String.raw`\)?(?=\s*(?:[:.)–—\-,]|$|\s+\S)))`,
  'i',
);
const ORDINAL_LABEL = /^\s*(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;

/** A numbered heading: "### 1. Communication with you", "## 2) The care plan". */
const NUMBERED_HEADING = /^\s*(\d{1,2}(?:\.\d{1,2})?)[.):]?\s+(\S.*)$/;

/** Headings that name a part of the letter, not a complaint point. */
const GENERIC_SECTION =
  /^\s*(?:introduction|background|summary|overview|the\s+investigation|how\s+(?:we|I|your\s+complaint\s+was)\b|(?:your|the)\s+complaints?$|(?:my|our|the)?\s*findings?$|conclusions?$|next\s+steps|what\s+happens\s+next|if\s+you\s+are\s+not\s+satisfied|(?:your\s+)?right|actions?(?:\s+plan)?$|recommendations?$|remed(?:y|ies)|putting\s+things\s+right|learning|apolog|adjudication$|the\s+panel|panel\s+(?:report|recommendations)|enclosures?|contact|advocacy|the\s+ombudsman|timescales?)/i;

/** A heading whose sub-headings are the complaint points. */
const FINDINGS_SECTION =
  /\b(?:findings?|(?:your|the)\s+complaints?|complaint\s+points|points\s+of\s+complaint|what\s+(?:I|we|the\s+\w+(?:\s+\w+)?)\s+found|(?:my|the)\s+(?:decisions?|conclusions?|adjudication)|adjudication|outcome)\b/i;

/** An introduction to a list of complaint points. */
const COMPLAINT_INTRO =
  /\b(?:complain\w*|concerns?|complaint\s+points?|points?\s+of\s+complaint|issues?|findings?|what\s+(?:I|we)\s+found|(?:my|the)\s+(?:decisions?|conclusions?|adjudication))\b/i;
/** An introduction to a list of actions or next steps (not complaint points, even if it says "complaint"). */
const ACTION_INTRO =
  /\b(?:we\s+will|I\s+will|the\s+council\s+will|will\s*:|actions?|action\s+plan|put\s+(?:things|this|it|matters)\s+right|next\s+steps|learning|remed(?:y|ies)|to\s+do|enclos\w*)\b/i;
const RECOMMENDATION_INTRO = /\brecommend\w*/i;
const RECOMMENDATION_ITEM = /^\s*(?:that\s+(?:the\s+council|the\s+service|we|the\s+local\s+authority|children['’]s\s+services)|the\s+council\s+should|recommendation\b)/i;
/** A numbered lead ("**1. Give Reece a new adviser.**", "**(b) That the Council…**"): an item of a numbered set. */
const NUMBERED_LEAD = /^\s*\(?(\d{1,2}|[a-h])[.)]\s+\S/i;
const DIGIT_FIRST = /^\d/i;
/** Anything but spaces and emphasis markers after a lead: the paragraph goes on past its bold title. */
const TEXT_AFTER_LEAD = /[^\s*_]/i;
const NUMBERED_ITEM_PREFIX = /^\s*\(?(?:\d{1,2}|[a-h])[.)]\s+/i;
/**
 * Emphasised field labels inside a point ("**Our decision:**", "*Response:*", "**Reasons**",
 * "**Apology and action:**"): parts of the point above them, never points of their own.
 */
const FIELD_WORD =
  String.raw`(?:decisions?|responses?|reasons?|reasoning|rationale|explanation|why|findings?|outcomes?|conclusions?|actions?(?:\s+(?:taken|agreed|plan|required))?|apolog(?:y|ies)|remed(?:y|ies)|learning|progress|update|status|comments?|evidence|analysis|summary|next\s+steps?|by\s+when|timescales?|target\s+dates?|owner|lead(?:\s+officer)?|responsible(?:\s+officer)?|what\s+(?:we|I|the\s+council)\s+(?:will\s+do|(?:have|has)\s+done|(?:have\s+|has\s+)?(?:found|decided))|what\s+happens\s+next)`;
const FIELD_LABEL = new RegExp(
  String.raw`^\s*(?:(?:the\s+)?(?:council['’]s|our|my|panel['’]s|investigating\s+officer['’]s|adjudicat\w+['’]s)\s+)?` +
    FIELD_WORD +
    String.raw`(?:\s*(?:,|and|&|\/)\s*` +
    FIELD_WORD +
    String.raw`)*(?:\s+(?:on\s+(?:this|the)\s+(?:recommendation|point|complaint)))?\s*[:.–—-]?\s*$`,
  'i',
);

/** A block where a section ends: the next step, a summing-up, the sign-off. */
const CLOSING_BLOCK =
  /^\s*(?:if\s+you\s+(?:are|remain|feel|still|would|wish|want|have|do|disagree)|if\s+you['’](?:re|d|ve)\b|should\s+you|what\s+happens\s+next|next\s+steps?|(?:your\s+)?right\s+to|yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+regards|regards\b|I\s+hope\s+(?:this|that)|I\s+trust|thank\s+you\s+(?:for|again)|please\s+(?:contact|let\s+(?:me|us)\s+know|write|tell\s+us|get\s+in\s+touch)|you\s+(?:can|may)\s+(?:also\s+)?(?:ask|request|contact|complain|refer|write)|overall\b|in\s+summary|to\s+summari[sz]e|in\s+conclusion|taken\s+together|to\s+conclude|finally\b|in\s+total\b|I\s+enclose|(?:the\s+)?local\s+government\s+and\s+social\s+care\s+ombudsman)/i;

/** Headings of the letter's closing parts, after the points. */
const CLOSING_SECTION =
  /\badvoca\w*|\bombudsman\b|\bLGSCO\b|\bnot\s+(?:happy|satisfied)\b|\bstill\s+(?:unhappy|dissatisfied)\b|\bnext\s+steps?\b|\bwhat\s+happens\s+(?:next|now)\b|\bcontact\s+(?:us|details)\b|\bfurther\s+help\b|\benclos\w+/i;

/** A heading for the letter's actions as a whole ("What we will do", "Putting things right"). */
const ACTION_SECTION_HEAD =
  /^\s*(?:what\s+(?:we|I|the\s+council)\s+(?:will|are\s+going\s+to|is\s+going\s+to|have\s+agreed\s+to)\s+do|(?:agreed\s+)?actions?(?:\s+plan)?\s*:?\s*$|putting\s+(?:things|this|it|matters)\s+right|(?:to\s+)?put\s+(?:things|this|it|matters)\s+right|how\s+(?:we|the\s+council)\s+will\s+put|remed(?:y|ies)\s*:?\s*$|learning(?:\s+and\s+actions?)?\s*:?\s*$|(?:an?\s+)?(?:symbolic\s+|financial\s+)?(?:payment|compensation|financial\s+remedy)\b)/i;

/** Whether a paragraph ends the points: the next step, a summing-up, the sign-off ("If you are not satisfied…", "I hope…"). */
export function closesPoints(text: string): boolean {
  return matches(CLOSING_BLOCK, text);
}

// Findings.
const NO_FINDING =
  /\bno\s+finding\b|\b(?:unable|not\s+able|not\s+possible|could\s*not|cannot|can['’]t|did\s+not|was\s+not\s+able|were\s+not\s+able)\s+(?:to\s+)?(?:make|reach|come\s+to|arrive\s+at|draw)\s+(?:a\s+|any\s+)?(?:clear\s+)?(?:finding|conclusion|determination)\b|\binconclusive\b|\bneither\s+upheld\s+nor\s+(?:not\s+)?upheld\b/i;
const PARTIAL =
  /\b(?:partially|partly|part)[\s-]+(?:upheld|uphold|substantiated|justified)\b|\bupheld\s+in\s+part\b|\buphold\s+(?:(?:this|that|your|the)\s+(?:\w+\s+){0,2})?in\s+part\b|\buphold\s+(?:part|parts|some|elements?|aspects?)\s+of\b|\bin\s+part\s+upheld\b/i;
const NOT_UPHELD =
  /\bnot\s+(?:been\s+)?(?:upheld|substantiated)\b|\bunsubstantiated\b|\b(?:do|does|did|can|could|will|would|have|has)\s*(?:n['’]t|\s+not)\s+(?:been\s+)?(?:\w+\s+)?uphold\w*\b|\b(?:unable|not\s+able)\s+to\s+uphold\b|\bnot\s+to\s+uphold\b|\bnot\s+uphold\b/i;
const UPHELD = /\b(?:upheld|uphold|substantiated)\b/i;
/** "Finding: upheld", "Outcome – not upheld", "Conclusion: justified". */
const FINDING_LABEL =
  /\b(?:findings?|outcome|conclusion|adjudication|decision|result|determination)(?:\s+on\s+(?:this|the)\s+(?:point|complaint|issue))?\s*[:–—]\s*|\b(?:findings?|outcome)\s+-\s+/i;
const LABEL_JUSTIFIED = /^\s*(?:(?:partially|partly)\s+justified|not\s+justified|unjustified|justified)\b/i;
/** Hypotheticals are not findings: "whether it should be upheld", "if it had been upheld". */
const HYPOTHETICAL = /\b(?:whether|if)\b[^.;,]{0,60}?\b(?:upheld|uphold|substantiated)\b/gi;
/** The adjudicator's own decision, which wins over the Investigating Officer's where they differ. */
const FIRST_PERSON_DECISION = /\b(?:I|we|my|our|the\s+adjudicat\w+(?:\s+officer)?|the\s+council)\b[^.]{0,50}\b(?:uphold|upheld|agree|finding|decision|conclusion)/i;

// Recommendations.
const NOT_ACCEPTED =
  /\bnot\s+(?:been\s+)?(?:accept(?:ed)?|agreed)\b|\b(?:cannot|can['’]t|won['’]t|shan['’]t|couldn['’]t|wouldn['’]t)\s+(?:\w+\s+)?(?:accept|agree|implement|support|follow|adopt)\w*\b|\b(?:do|does|did|will|can|could|would|is|are)\s*(?:n['’]t|\s+not)\s+(?:\w+\s+)?(?:accept|agree|implement|support|follow|adopt)\w*\b|\breject(?:ed|s)?\b|\bdeclin(?:e|ed|es)\b|\b(?:decided|decides?|deciding)\s+against\b|\bturn(?:ed|s|ing)?\s+(?:(?:this|that|it|the\s+recommendation)\s+)?down\b|\b(?:unable|not\s+able)\s+to\s+(?:accept|agree|implement|follow)\b/i;
const PARTLY_ACCEPTED =
  /\b(?:partly|partially|in\s+part)\s+(?:accept(?:ed|s)?|agreed?)\b|\baccept(?:ed|s)?\s+(?:in\s+part|part\s+of|with\s+(?:modification|amendment|changes?))\b|\bagreed?\s+in\s+part\b/i;
const ACCEPTED =
  /\baccept(?:ed|s)?\b|\bagreed\b(?!\s+(?:with|to|that|on)\b)|\b(?:I|we|the\s+council)\s+(?:\w+\s+)?agree\s+(?:with|to)\s+(?:this|that|the|it|all|both|each)\b|\bwill\s+(?:be\s+)?implement(?:ed)?\b|\bimplemented\b/i;
/** A decision given right after the recommendation, in the same sentence: "… – accepted", "…: not accepted". */
const DECISION_AFTER_SEPARATOR =
  /(?:[–—:;]|\s-)\s*(?:\W\s*)?((?:not|partly|partially)\s+accepted|accepted|agreed|not\s+agreed|rejected|declined)\b[^–—:;]*$/i;
const DECISION_LABEL = /\b(?:decision|response|council['’]s\s+response|our\s+response|outcome)\s*[:–—]\s*/i;

// Actions.
const ACTION_LABEL =
  /\b(?:actions?(?:\s+(?:agreed|taken|plan))?|remedy|what\s+(?:we|the\s+council|I)\s+will\s+do|learning|to\s+put\s+(?:this|things)\s+right)\s*[:–—]\s*\S/i;
const FUTURE_COMMITMENT = /\b(?!you\b)(\w+)\s+(?:will|shall|(?:is|are)\s+going\s+to|(?:has|have)\s+agreed\s+to|agreed\s+to|(?:has|have)\s+been\s+asked\s+to)\s+(?!not\b|n['’]t\b|now\s+(?:explain|set\s+out|turn|address|consider|look|deal|summari[sz]e|describe|outline)\b)/i;
const PAST_REMEDY =
  /\b(?:has|have)\s+(?:now\s+|since\s+|already\s+)?(?:been\s+)?(?:reminded|arranged|updated|corrected|amended|changed|paid|offered|introduced|put\s+in\s+place|issued|apologi[sz]ed|allocated|implemented|trained|briefed|re-?assessed|reinstated|refunded|set\s+up|rewritten|revised|removed|deleted|rectified|written\s+to|added|sent|completed|recorded|logged|scheduled|booked|replied|answered|resolved|fixed|put\s+right)\b/i;
const REMEDY_WORDS = /£\s?\d|\b(?:payment|pay\s+you|training|reminder|briefing|action\s+plan)\b/i;
/** "Reviews are now scheduled", "the assessment is being updated", "I have asked the team to…". */
const CHANGE_MADE =
  /\b(?:now|from\s+now\s+on)\s+(?:has|have|uses?|holds?|books?|checks?|sends?|gets?|includes?|keeps?|offers?|provides?|logs?|records?|reviews?|monitors?|tracks?|requires?|ensures?|audits?)\b|\b(?:is|are|has|have)\s+now\s+(?:been\s+)?(?!(?:considered|reviewed|read|looked|examined|checked|investigated|received|discussed|listened|noted|explained|decided|concluded|found|finished|closed)\b)\w+ed\b|\b(?:is|are)\s+(?:now\s+)?being\s+\w+(?:ed|en)\b|\b(?:I|we)\s+have\s+(?:now\s+|also\s+)?(?:asked|instructed|arranged|requested|told|directed|agreed|commissioned|written|made|put|set)\b/i;
/** A date or period by which something will be done. */
const BY_WHEN =
  /\bby\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\bby\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:from|starting(?:\s+on)?)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
const NOT_AN_ACTION = /\b(?:hope|trust)\b|\b(?:review\s+panel|stage[\s-]*(?:3|three)|ombudsman|LGSCO)\b/i;
const NO_ACTION_CELL = /^\s*(?:none|n\/?a|nil|-+|–|—|no\s+(?:further\s+)?action(?:\s+(?:needed|required))?)\.?\s*$/i;

/** Bracketed placeholders the officer still has to fill in: "[upheld / not upheld]". */
const PLACEHOLDER = /\[[^\]\r\n]{0,300}\]/g;

// ---------------------------------------------------------------------------------------------

const cache = new WeakMap<LetterModel, readonly ComplaintPoint[]>();

/** The complaint points and recommendations of the letter, in document order. */
export function complaintPoints(model: LetterModel): readonly ComplaintPoint[] {
  let points = cache.get(model);
  if (!points) {
    points = findPoints(model);
    cache.set(model, points);
  }
  return points;
}

/** The point (of `points`, in document order, not overlapping) whose span contains `offset`. */
export function pointAt(points: readonly ComplaintPoint[], offset: number): ComplaintPoint | undefined {
  let low = 0;
  let high = points.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = points[mid].span;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return points[mid];
  }
  return undefined;
}

const OUTCOME_WORDS = /uph[eo]ld|substantiat|finding|conclusion|inconclusive|justified|determination/i;

function readOutcomeOf(text: string): Outcome | null {
  if (!OUTCOME_WORDS.test(text)) return null;
  const clean = text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length)).replace(HYPOTHETICAL, (m) => ' '.repeat(m.length));
  if (NO_FINDING.test(clean)) return 'no-finding';
  if (PARTIAL.test(clean)) return 'partially-upheld';
  if (NOT_UPHELD.test(clean)) return 'not-upheld';
  if (UPHELD.test(clean)) return 'upheld';
  const label = FINDING_LABEL.exec(clean);
  if (label) {
    const value = LABEL_JUSTIFIED.exec(clean.slice(label.index + label[0].length));
    if (value) {
      const word = value[0].toLowerCase();
      return /partly|partially/.test(word) ? 'partially-upheld' : /not|unjust/.test(word) ? 'not-upheld' : 'upheld';
    }
  }
  return null;
}

function readDecisionOf(text: string): Decision | null {
  const clean = text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
  if (PARTLY_ACCEPTED.test(clean)) return 'partly-accepted';
  if (NOT_ACCEPTED.test(clean)) return 'not-accepted';
  if (ACCEPTED.test(clean)) return 'accepted';
  return null;
}

/**
 * A short answer to a recommendation, in the sentence right after it: "Yes.", "Yes, we will do
 * this.", "Agreed.", "We will do this.", "Done."; "No." Only read there: elsewhere "yes" is not a decision.
 */
const ANSWER_YES =
  /^\W*(?:yes\b|(?:agreed|done|completed)\s*(?:[.,:;!–—-]|$))|^\W*(?:(?:I|we|the\s+council)\s*(?:will|['’]ll|shall|(?:am|are|is)\s+(?:happy|pleased|glad)\s+to|(?:have|has|['’]ve)\s+(?:already\s+)?(?:done|actioned))\s*(?:(?:do|action|carry\s+out|put\s+in\s+place|take\s+forward|arrange)\s+)?(?:this|that|it|so)\b)/i;
/** Already done: "We have paid the allowance in full.", "This has now been arranged." */
const ANSWER_DONE =
  /^\W*(?:I|we|the\s+council)\s+(?:\w+\s+)?agrees?\s*(?:[.,;:!–—-]|$|\s+(?:with|to)\b)|^\W*(?:this|it|that)\s+(?:will|shall|is\s+going\s+to)\s+(?:now\s+)?be\s+(?:done|actioned|arranged|put\s+in\s+place|implemented|completed|paid|carried\s+out|made)\b|^\W*(?:I|we|the\s+council|this|it|that)\s+(?:have|has|['’]ve)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:paid|done|arranged|completed|made|put\s+in\s+place|carried\s+out|corrected|allocated|appointed|sent|issued|updated|changed|implemented|actioned|agreed)\b/i;
const ANSWER_NO =
  /^\W*no\s*(?:[.,:;!–—-]|$|\s+(?:we|I|the\s+council)\b)|^\W*(?:I|we|the\s+council)\s*(?:will\s+not|won['’]t|shall\s+not|cannot|can['’]t|(?:am|are|is)\s+not\s+(?:able|going)\s+to|(?:have|has)\s+decided\s+not\s+to)\s+(?:be\s+)?(?:do(?:ing)?|action(?:ing)?|tak(?:e|ing)\s+(?:this|it)\s+forward|carry(?:ing)?\s+(?:this|it)\s+out|agree(?:ing)?\s+to)\s+(?:this|that|it|so)?\b/i;

function readAnswerOf(text: string): Decision | null {
  if (ANSWER_NO.test(text)) return 'not-accepted';
  if (ANSWER_YES.test(text) || ANSWER_DONE.test(text)) return 'accepted';
  return null;
}

/** Cheap screens run before the costlier patterns they guard. */
const FUTURE_WORD = /\b(?:will|shall|going\s+to|agreed\s+to|asked\s+to)\b/i;
const HAS_OR_NOW = /\b(?:has|have|is|are|now|I|we)\b/i;

function readIsAction(text: string): boolean {
  if (ACTION_LABEL.test(text)) return true;
  if (NOT_AN_ACTION.test(text)) return false;
  return (
    (FUTURE_WORD.test(text) && FUTURE_COMMITMENT.test(text)) ||
    REMEDY_WORDS.test(text) ||
    BY_WHEN.test(text) ||
    (HAS_OR_NOW.test(text) && (PAST_REMEDY.test(text) || CHANGE_MADE.test(text)))
  );
}

/** "Finding: [upheld / not upheld]": the place for a finding, marked but not yet filled in. */
export function isFindingPlaceholder(text: string): boolean {
  return hasPlaceholderLabel(text, FINDING_LABEL);
}

/** A label ("Finding:", "Decision:") followed only by a placeholder. */
function hasPlaceholderLabel(text: string, label: RegExp): boolean {
  const m = label.exec(text);
  return Boolean(m && /^\s*\[/.test(text.slice(m.index + m[0].length)));
}

/** The finding a piece of the council's own text states, if any (placeholders ignored). */
export const outcomeOf = memoByText(readOutcomeOf);
/** The decision on a recommendation a piece of text states, if any. */
export const decisionOf = memoByText(readDecisionOf);
/** A short answer to a recommendation (see ANSWER_YES). */
export const answerOf = memoByText(readAnswerOf);
/** Whether a sentence states an action, remedy or commitment by the council. */
export const isAction = memoByText(readIsAction);

// ---------------------------------------------------------------------------------------------

interface ListInfo {
  /** Column of the item's content (or of the paragraph's first character, for continuations). */
  indent: number;
  marker: 'ordered' | 'bullet' | null;
  number?: string;
}

interface Candidate {
  kind: PointKind;
  source: PointSource;
  number: string | null;
  block: number;
  /** Last block of the point (inclusive). */
  lastBlock: number;
  headingLevel?: number;
  /** Kept only if its section states a finding or decision (numbered or unlabelled sub-headings). */
  tentative?: boolean;
  /** For list items: the list's indent. */
  listIndent?: number;
  /** For table rows. */
  table?: TableRow;
  /** The list or table the point belongs to. */
  group?: number;
  /** Where the title ends, for a point led by an emphasised phrase. */
  titleEnd?: number;
}

interface Cell extends Span {
  text: string;
}

interface TableRow {
  cells: Cell[];
  titleColumn: number;
  outcomeColumn: number;
  actionColumn: number;
  numberColumn: number;
}

function findPoints(model: LetterModel): ComplaintPoint[] {
  if (!model.inference.isLetter) return [];
  const { blocks } = model;
  const byBlock = new Map<number, Sentence[]>();
  for (const sentence of model.sentences) {
    const list = byBlock.get(sentence.block);
    if (list) list.push(sentence);
    else byBlock.set(sentence.block, [sentence]);
  }
  const voiceOf = model.blockVoice;
  const lists = blocks.map((block) => listInfo(model, block));
  const signOffBlock = model.signOff ? blocks.findIndex((b) => b.start <= model.signOff!.start && model.signOff!.start <= b.end) : -1;
  const limit = signOffBlock === -1 ? blocks.length : signOffBlock;

  const candidates: Candidate[] = [];
  const starts = new Set<number>();
  /** Block `k` is a paragraph introducing the panel's recommendations ("The panel made three recommendations."). */
  const introducesRecommendations = (k: number) =>
    k >= 0 && blocks[k].kind === 'paragraph' && matches(RECOMMENDATION_INTRO, voiceOf(k)) && !matches(RECOMMENDATION_ITEM, voiceOf(k));
  /** Block `k`, or the paragraph right after it, states a finding on a complaint. */
  const statesFinding = (k: number) =>
    outcomeOf(voiceOf(k)) !== null || (k + 1 < limit && blocks[k + 1].kind === 'paragraph' && outcomeOf(byBlock.get(k + 1)?.[0]?.text ?? '') !== null);
  /** The text of a paragraph that is only a bold line, standing as a heading ("**What we will do**"). */
  const pseudoHeading = (k: number): string | null => {
    if (blocks[k].kind !== 'paragraph') return null;
    const lead = emphasisedLead(model, blocks[k]);
    if (!lead || lead.end < blocks[k].end - 2) return null;
    return model.voice.slice(lead.start, lead.end);
  };
  /** A bold line standing as a heading for the letter's closing parts ("**Help from an advocate**", "**If you're still not happy**"). */
  const closingPseudoHeading = (k: number) => {
    const leadText = pseudoHeading(k);
    return leadText !== null && !FIELD_LABEL.test(leadText) && (CLOSING_SECTION.test(leadText) || CLOSING_BLOCK.test(leadText));
  };
  const isClosing = (index: number) => index >= limit || (blocks[index].kind !== 'table-row' && matches(CLOSING_BLOCK, voiceOf(index)));

  // 1. Headings and labelled paragraphs ("Complaint 1: …", "**Recommendation 2**").
  let findingsHeadingLevel = 0;
  // A heading about the panel's recommendations ("## The panel's recommendations"): numbered
  // sub-headings under it are recommendations, and so are numbered headings that follow an
  // introduction to them ("The panel made three recommendations." then "### 1. …", "### 2. …").
  let recommendationsHeadingLevel = 0;
  let lastNumbered: { level: number; kind: PointKind } | null = null;
  let lastNumberedLead: PointKind | null = null;
  for (let i = 0; i < limit; i++) {
    const block = blocks[i];
    if (block.kind === 'table-row') continue;
    const text = voiceOf(i);
    const label = labelOf(text);
    if (block.kind === 'heading') {
      const level = block.headingLevel ?? 1;
      if (findingsHeadingLevel && level <= findingsHeadingLevel) findingsHeadingLevel = 0;
      if (recommendationsHeadingLevel && level <= recommendationsHeadingLevel) recommendationsHeadingLevel = 0;
      if (label) {
        candidates.push({ kind: label.kind, source: 'heading', number: label.number, block: i, lastBlock: i, headingLevel: level });
      } else {
        const numbered = NUMBERED_HEADING.exec(text);
        if (numbered && !GENERIC_SECTION.test(numbered[2])) {
          const previous = lastNumbered as { level: number; kind: PointKind } | null;
          const recommendation: boolean =
            (recommendationsHeadingLevel > 0 && level > recommendationsHeadingLevel) ||
            (previous && previous.level === level ? previous.kind === 'recommendation' : introducesRecommendations(i - 1));
          const kind: PointKind = recommendation ? 'recommendation' : 'complaint';
          candidates.push({ kind, source: 'heading', number: numbered[1], block: i, lastBlock: i, headingLevel: level, tentative: !recommendation });
          lastNumbered = { level, kind };
          continue;
        } else if (findingsHeadingLevel && level > findingsHeadingLevel && !matches(GENERIC_SECTION, text) && !matches(ACTION_SECTION_HEAD, text)) {
          candidates.push({ kind: 'complaint', source: 'heading', number: null, block: i, lastBlock: i, headingLevel: level, tentative: true });
        } else if (recommendationsHeadingLevel && level > recommendationsHeadingLevel && !matches(GENERIC_SECTION, text) && !matches(FIELD_LABEL, text)) {
          candidates.push({ kind: 'recommendation', source: 'heading', number: null, block: i, lastBlock: i, headingLevel: level, tentative: true });
        } else if (matches(FINDINGS_SECTION, text)) {
          findingsHeadingLevel = level;
        } else if (matches(RECOMMENDATION_INTRO, text)) {
          recommendationsHeadingLevel = level;
        }
      }
      if (!lastNumbered || level <= lastNumbered.level) lastNumbered = null;
      lastNumberedLead = null;
      continue;
    }
    if (label) {
      const list = lists[i];
      candidates.push({
        kind: label.kind,
        source: list.marker ? 'list' : 'label',
        number: label.number,
        block: i,
        lastBlock: i,
        listIndent: list.marker ? list.indent : undefined,
      });
      continue;
    }
    if (lists[i].marker === 'ordered') continue;
    // Unlabelled points: "*You were not given notice.* Upheld. …", "**Communication**" over "Finding: …",
    // and, under "The panel's recommendations", paragraphs such as "The Council should …" or
    // "**1. Give Reece a new adviser.**". A field label ("**Our decision:**", "*Reasons:*")
    // belongs to the point above it.
    const lead = emphasisedLead(model, block);
    const leadText = lead ? model.voice.slice(lead.start, lead.end) : '';
    if (lead && FIELD_LABEL.test(leadText)) continue;
    const inRecommendations = recommendationSectionAt(blocks, i, voiceOf);
    // A numbered lead ("**1. Give Reece a new adviser.**") is a recommendation right after an
    // introduction to them, under a heading about them, or after another numbered recommendation;
    // one that states a finding ("**2. Missed visits.** Upheld.", or "Finding: …" below it) is a complaint point.
    const numbered = lead ? NUMBERED_LEAD.exec(leadText) : null;
    const numberedLead: RegExpExecArray | null =
      numbered && !statesFinding(i) && (recommendationsHeadingLevel > 0 || (lastNumberedLead ? lastNumberedLead === 'recommendation' : introducesRecommendations(i - 1)))
        ? numbered
        : null;
    if (numbered) lastNumberedLead = numberedLead ? 'recommendation' : 'complaint';
    const recommendationItem = RECOMMENDATION_ITEM.test(lead ? leadText.replace(NUMBERED_ITEM_PREFIX, '') : text);
    if (numberedLead || (inRecommendations && (recommendationItem || (lead && lead.end < block.end && decisionOf(text))))) {
      const number = numberedLead ? (DIGIT_FIRST.test(numberedLead[1]) ? numberedLead[1] : numberedLead[1].toLowerCase()) : null;
      candidates.push({ kind: 'recommendation', source: lists[i].marker ? 'list' : 'label', number, block: i, lastBlock: i, listIndent: lists[i].marker ? lists[i].indent : undefined, titleEnd: lead?.end });
      continue;
    }
    // "**A payment in recognition of the impact on you**" or "**What we will do**" heads the letter's remedies, not a complaint point.
    if (!lead || GENERIC_SECTION.test(leadText) || FINDINGS_SECTION.test(leadText) || ACTION_SECTION_HEAD.test(leadText)) continue;
    const leadNumber = numbered && DIGIT_FIRST.test(numbered[1]) ? numbered[1] : null;
    // Text after the lead and its closing markers: "*You were not told.* Upheld." (not "**Communication**" alone).
    if (TEXT_AFTER_LEAD.test(model.text.slice(lead.end, block.end))) {
      if (outcomeOf(text)) candidates.push({ kind: 'complaint', source: 'label', number: leadNumber, block: i, lastBlock: i, tentative: true, titleEnd: lead.end });
    } else {
      const next = byBlock.get(i + 1)?.[0];
      if (next && i + 1 < limit && blocks[i + 1].kind === 'paragraph' && (outcomeOf(next.text) || /^\s*(?:findings?|outcome|conclusion)\s*[:–—]/i.test(next.text))) {
        candidates.push({ kind: 'complaint', source: 'label', number: leadNumber, block: i, lastBlock: i, tentative: true, titleEnd: lead.end });
      }
    }
  }
  for (const c of candidates) starts.add(c.block);

  // 2. Numbered lists introduced as complaints or recommendations.
  let groupCount = 0;
  for (let i = 0; i < limit; i++) {
    if (lists[i].marker !== 'ordered' || starts.has(i)) continue;
    const indent = lists[i].indent;
    const items: number[] = [];
    let j = i;
    for (; j < limit; j++) {
      const info = lists[j];
      if (blocks[j].kind === 'heading' || blocks[j].kind === 'table-row') break;
      if (info.marker === 'ordered' && info.indent === indent) items.push(j);
      else if (info.indent <= indent - 2 || (info.marker === null && info.indent < indent)) break;
    }
    const intro = introText(model, blocks, i, voiceOf);
    const itemTexts = items.map((index) => voiceOf(index));
    const withOutcome = itemTexts.filter((t) => outcomeOf(t)).length;
    const withDecision = itemTexts.filter((t) => decisionOf(t)).length;
    const recommendationLike = itemTexts.filter((t) => RECOMMENDATION_ITEM.test(t)).length;
    let kind: PointKind | null = null;
    if (RECOMMENDATION_INTRO.test(intro) || recommendationLike * 2 >= items.length) kind = 'recommendation';
    else if (withOutcome * 2 >= items.length || (COMPLAINT_INTRO.test(intro) && !ACTION_INTRO.test(immediateIntro(model, blocks, i, voiceOf)))) kind = 'complaint';
    if (kind === 'recommendation' && withDecision === 0 && !RECOMMENDATION_INTRO.test(intro) && recommendationLike * 2 < items.length) kind = null;
    if (kind) {
      const group = groupCount++;
      for (const item of items) {
        if (starts.has(item)) continue;
        candidates.push({ kind, source: 'list', number: lists[item].number ?? null, block: item, lastBlock: item, listIndent: indent, group });
        starts.add(item);
      }
    }
    i = Math.max(i, j - 1);
  }

  // 3. Tables with a complaint or recommendation column.
  for (let i = 0; i < limit; i++) {
    if (blocks[i].kind !== 'table-row' || (i > 0 && blocks[i - 1].kind === 'table-row' && blocks[i].line - blocks[i - 1].line <= 2)) continue;
    const header = splitCells(model, blocks[i]);
    const columns = classifyColumns(header);
    if (!columns) continue;
    const group = groupCount++;
    for (let r = i + 1; r < limit && blocks[r].kind === 'table-row' && blocks[r].line - blocks[r - 1].line <= 2; r++) {
      const cells = splitCells(model, blocks[r]);
      if (cells.every((c) => !c.text.trim())) continue;
      candidates.push({
        kind: columns.kind,
        source: 'table',
        number: null,
        block: r,
        lastBlock: r,
        table: { cells, ...columns },
        group,
      });
      starts.add(r);
    }
  }

  candidates.sort((a, b) => a.block - b.block);

  // Extents: a heading owns its section; a label paragraph runs to the next heading or point;
  // a list item owns its continuation paragraphs; a table row is itself.
  for (const [index, c] of candidates.entries()) {
    const next = candidates[index + 1]?.block ?? limit;
    let last = c.block;
    if (c.source === 'heading') {
      for (let k = c.block + 1; k < next; k++) {
        const b = blocks[k];
        if (b.kind === 'heading' && (b.headingLevel ?? 1) <= (c.headingLevel ?? 1)) break;
        if (isClosing(k) || (b.kind === 'table-row' && starts.has(k))) break;
        last = k;
      }
    } else if (c.source === 'label') {
      for (let k = c.block + 1; k < next; k++) {
        if (blocks[k].kind === 'heading' || isClosing(k) || lists[k].marker === 'ordered' || closingPseudoHeading(k)) break;
        // "**What we will do**" after the last complaint: the letter's own action section, not part of that point.
        if (c.kind === 'complaint' && pseudoHeading(k) && ACTION_SECTION_HEAD.test(pseudoHeading(k)!)) break;
        // The next numbered bold title ("**3. Calls were not returned.**"), even one not read as a point.
        if (pseudoHeading(k) && NUMBERED_LEAD.test(pseudoHeading(k)!)) break;
        last = k;
      }
    } else if (c.source === 'list') {
      for (let k = c.block + 1; k < next; k++) {
        const info = lists[k];
        if (blocks[k].kind !== 'paragraph' || info.indent < (c.listIndent ?? 0) || (info.marker && info.indent === c.listIndent)) break;
        last = k;
      }
    }
    c.lastBlock = last;
  }

  // Read each point.
  const points: ComplaintPoint[] = [];
  const groups = new Map<ComplaintPoint, number>();
  for (const c of candidates) {
    const point = readPoint(model, c, byBlock);
    if (c.tentative && point.outcome === null && point.decision === null && !point.labelled) continue;
    points.push(point);
    if (c.group !== undefined) groups.set(point, c.group);
  }

  // Summary lists and tables ("You complained that: 1. … 2. …") state no finding: with findings
  // given elsewhere (by number, or for all complaints) they take those; otherwise, when the letter
  // gives its findings some other way, they are only a summary and are dropped.
  applyCrossReferences(model, points);
  const inSomePoint = (s: Sentence) => pointAt(points, s.start) !== undefined;
  const silentGroups = new Set<number>();
  for (const group of new Set(groups.values())) {
    const members = points.filter((p) => groups.get(p) === group);
    if (members.every((p) => (p.kind === 'complaint' ? !p.outcome : !p.decision) && !p.labelled)) silentGroups.add(group);
  }
  const statedOutside = new Map<PointKind, boolean>();
  const statesElsewhere = (kind: PointKind, group: number) => {
    if (points.some((p) => p.kind === kind && groups.get(p) !== group && !silentGroups.has(groups.get(p) ?? -1))) return true;
    let outside = statedOutside.get(kind);
    if (outside === undefined) {
      outside = model.sentences.some((s) => !inSomePoint(s) && (kind === 'complaint' ? outcomeOf(s.text) : decisionOf(s.text)));
      statedOutside.set(kind, outside);
    }
    return outside;
  };
  // A summary item whose number no point elsewhere takes up (the list numbers the recommendations
  // 1 to 4, the letter answers 1, 2 and 4) was never answered: it stays, with no finding or decision.
  // (Recommendations only: an adjudication often answers a complaint point in unnumbered prose.)
  const unansweredSummaryItem = (p: ComplaintPoint, group: number) => {
    if (!p.number || p.kind !== 'recommendation') return false;
    const numbered = (q: ComplaintPoint) => q.kind === p.kind && q.number !== '' && !silentGroups.has(groups.get(q) ?? -1);
    const answeredNumbers = new Set(points.filter(numbered).map((q) => q.number.toLowerCase()));
    if (answeredNumbers.size === 0 || answeredNumbers.has(p.number.toLowerCase())) return false;
    // Only where the letter answers by the summary's own numbering (most of its other items are answered by number).
    const siblings = points.filter((q) => groups.get(q) === group && q !== p && q.number);
    const matched = siblings.filter((q) => answeredNumbers.has(q.number.toLowerCase())).length;
    return siblings.length > 0 && matched * 2 >= siblings.length;
  };
  // An item of a list or table with no finding or decision, whose number a point elsewhere answers, only repeats it.
  const answered = (q: ComplaintPoint) => (q.kind === 'complaint' ? q.outcome !== null : q.decision !== null) || q.labelled;
  const answeredElsewhere = (p: ComplaintPoint, group: number) =>
    p.number !== '' && !answered(p) && points.some((q) => q.kind === p.kind && groups.get(q) !== group && q.number.toLowerCase() === p.number.toLowerCase() && answered(q));
  const result = points.filter((p) => {
    const group = groups.get(p);
    if (group === undefined) return true;
    if (answeredElsewhere(p, group)) return false;
    return !silentGroups.has(group) || !statesElsewhere(p.kind, group) || unansweredSummaryItem(p, group);
  });

  const counters: Record<PointKind, number> = { complaint: 0, recommendation: 0 };
  for (const p of result) {
    counters[p.kind]++;
    if (!p.number) p.number = String(counters[p.kind]);
  }
  return result;
}

/** An emphasised phrase at the start of a paragraph ("*You were not told.* Upheld.", "**Communication**"). */
function emphasisedLead(model: LetterModel, block: Block): Span | null {
  const m = /^(\*\*|__|\*|_)(?=\S)([^\r\n]*?\S)\1(?![*_\w])/.exec(model.text.slice(block.start, Math.min(block.end, block.start + 400)));
  if (!m || m[2].length < 3) return null;
  return { start: block.start + m[1].length, end: block.start + m[1].length + m[2].length };
}

/** Whether block `index` follows an introduction to the panel's recommendations, in the same section. */
function recommendationSectionAt(blocks: Block[], index: number, voiceOf: (i: number) => string): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 12; k--) {
    const text = voiceOf(k);
    if (blocks[k].kind === 'heading') return matches(RECOMMENDATION_INTRO, text);
    if (blocks[k].kind === 'table-row') return false;
    if (matches(RECOMMENDATION_INTRO, text) && !matches(RECOMMENDATION_ITEM, text)) return true;
    if (matches(CLOSING_BLOCK, text)) return false;
  }
  return false;
}

/** A block's label ("Complaint 1:", "Recommendation 2"), read once per block text. */
const labelOf = memoByText(readLabel);

function readLabel(text: string): { kind: PointKind; number: string | null } | null {
  const m = POINT_LABEL.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  const kind: PointKind = word.startsWith('recommendation') ? 'recommendation' : 'complaint';
  let number: string | null = null;
  if (m[3]) number = NUMBER_WORDS[m[3].toLowerCase()] ?? m[3];
  else {
    const ordinal = ORDINAL_LABEL.exec(text);
    if (ordinal) number = NUMBER_WORDS[ordinal[1].toLowerCase()] ?? null;
  }
  // "Point 4." on its own could be a paragraph number; "Part 2 of your complaint" is a label.
  if (/^(?:part|point|element)$/.test(word) && !/\b(?:complain|concern|issue)/i.test(text.slice(0, 120)) && !/[:–—]/.test(text.slice(0, 40))) return null;
  return { kind, number };
}

function listInfo(model: LetterModel, block: Block): ListInfo {
  const lineStart = model.lines.lineStarts[block.line] ?? block.start;
  const prefix = model.text.slice(lineStart, block.start);
  const ordered = /^([ \t]*)(\d{1,3})[.)][ \t]+(?:\[[ xX]\][ \t]+)?$/.exec(prefix);
  if (ordered) return { indent: prefix.length, marker: 'ordered', number: ordered[2] };
  if (/^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?$/.test(prefix)) return { indent: prefix.length, marker: 'bullet' };
  const leading = /^[ \t]*/.exec(model.text.slice(block.start, block.end))?.[0].length ?? 0;
  return { indent: prefix.length + leading, marker: null };
}

/** The paragraph (and the heading above it) that introduces the list starting at block `first`. */
function introText(model: LetterModel, blocks: Block[], first: number, voiceOf: (i: number) => string): string {
  const parts: string[] = [];
  for (let k = first - 1; k >= 0 && parts.length < 2; k--) {
    if (blocks[k].kind === 'table-row') break;
    const prefix = model.text.slice(model.lines.lineStarts[blocks[k].line] ?? blocks[k].start, blocks[k].start);
    if (blocks[k].kind === 'paragraph' && (/\S/.test(prefix) || /^[ \t]/.test(model.text.slice(blocks[k].start, blocks[k].start + 1)))) continue; // inside an earlier list
    parts.push(voiceOf(k));
    if (blocks[k].kind === 'heading') break;
  }
  // The last line of the intro matters most ("…you complained that:").
  return parts.reverse().join(' ').slice(-400);
}

/** The paragraph right before the list ("To put this right we will:"). */
function immediateIntro(model: LetterModel, blocks: Block[], first: number, voiceOf: (i: number) => string): string {
  const k = first - 1;
  return k >= 0 && blocks[k].kind === 'paragraph' && !/\S/.test(model.text.slice(model.lines.lineStarts[blocks[k].line] ?? blocks[k].start, blocks[k].start)) ? voiceOf(k) : '';
}

function splitCells(model: LetterModel, block: Block): Cell[] {
  const voice = model.voice;
  const cells: Cell[] = [];
  let start = block.start;
  // Skip a leading pipe.
  while (start < block.end && /[ \t]/.test(voice[start])) start++;
  if (voice[start] === '|') start++;
  let cellStart = start;
  for (let k = start; k <= block.end; k++) {
    const atEnd = k === block.end;
    if (atEnd || (voice[k] === '|' && model.text[k - 1] !== '\\')) {
      let s = cellStart;
      let e = k;
      while (s < e && /\s/.test(voice[s])) s++;
      while (e > s && /\s/.test(voice[e - 1])) e--;
      // An empty cell keeps its spaces, so a fix can fill it in place.
      if (s === e && !atEnd) cells.push({ start: cellStart, end: k, text: '' });
      else if (!(atEnd && s === e && cells.length > 0)) cells.push({ start: s, end: e, text: voice.slice(s, e) });
      cellStart = k + 1;
    }
  }
  return cells;
}

const POINT_COLUMN = /\b(?:complaint|concern|issue|point|allegation|what\s+you\s+(?:said|told|complained)|your\s+complaint|matter|summary)\b/i;
const RECOMMENDATION_COLUMN = /\brecommend\w*/i;
const OUTCOME_COLUMN = /\b(?:finding|outcome|upheld|conclusion|adjudication|decision|result|determination)\b/i;
const RESPONSE_COLUMN = /\b(?:response|decision|accepted|outcome|council['’]?s?\s+(?:response|decision|view)|agreed)\b/i;
const ACTION_COLUMN = /\b(?:action|remedy|what\s+(?:we|the\s+council|I)\s+will\s+do|learning|by\s+when|timescale|owner|next\s+steps?|target\s+date)\b/i;
/** "Desired outcome", "What you would like to happen": the complainant's wish, not the finding. */
const WANTED_OUTCOME = /\b(?:desired|wanted|hoped|sought|preferred|you\s+(?:want|would\s+like)|would\s+like)\b/i;
const NUMBER_COLUMN = /^\s*(?:#|no\.?|number|ref\.?)\s*$/i;

function classifyColumns(header: Cell[]): (Omit<TableRow, 'cells'> & { kind: PointKind }) | null {
  const find = (pattern: RegExp, except: number[] = []) =>
    header.findIndex((c, i) => !except.includes(i) && pattern.test(c.text) && !WANTED_OUTCOME.test(c.text));
  const numberColumn = header.findIndex((c) => NUMBER_COLUMN.test(c.text));
  const recommendation = find(RECOMMENDATION_COLUMN);
  if (recommendation !== -1) {
    const outcomeColumn = find(RESPONSE_COLUMN, [recommendation]);
    const actionColumn = find(ACTION_COLUMN, [recommendation, outcomeColumn]);
    return { kind: 'recommendation', titleColumn: recommendation, outcomeColumn, actionColumn, numberColumn };
  }
  const titleColumn = find(POINT_COLUMN);
  if (titleColumn === -1) return null;
  const outcomeColumn = find(OUTCOME_COLUMN, [titleColumn]);
  const actionColumn = find(ACTION_COLUMN, [titleColumn, outcomeColumn]);
  return { kind: 'complaint', titleColumn, outcomeColumn, actionColumn, numberColumn };
}

function readPoint(model: LetterModel, c: Candidate, byBlock: Map<number, Sentence[]>): ComplaintPoint {
  const blocks = model.blocks;
  const first = blocks[c.block];
  const span: Span = { start: first.start, end: blocks[c.lastBlock].end };
  const sentences: Sentence[] = [];
  for (let k = c.block; k <= c.lastBlock; k++) sentences.push(...(byBlock.get(k) ?? []));

  if (c.table) return readTableRow(model, c, c.table, span, sentences);

  // A heading is its own title; otherwise the first line, or the first sentence if shorter.
  const firstLineEnd = model.text.indexOf('\n', first.start);
  const firstSentence = byBlock.get(c.block)?.[0];
  let titleEnd = c.source === 'heading' ? first.end : Math.min(first.end, firstLineEnd === -1 ? first.end : firstLineEnd);
  if (c.source !== 'heading' && firstSentence && firstSentence.end < titleEnd) titleEnd = firstSentence.end;
  if (c.titleEnd !== undefined) titleEnd = c.titleEnd;
  const titleSpan = trimSpan(model.text, { start: first.start, end: titleEnd });
  const title = tidyTitle(model.text.slice(titleSpan.start, titleSpan.end));

  let outcome: Outcome | null = null;
  let decision: Decision | null = null;
  let outcomeSpan: Span | null = null;
  let labelled = false;
  if (c.kind === 'complaint') {
    const mentions = sentences
      .map((s) => ({ s, outcome: outcomeOf(s.text) }))
      .filter((m): m is { s: Sentence; outcome: Outcome } => m.outcome !== null);
    const labelledMention = mentions.find((m) => FINDING_LABEL.test(m.s.text));
    const firstPerson = mentions.filter((m) => FIRST_PERSON_DECISION.test(m.s.text)).pop();
    const chosen = labelledMention ?? firstPerson ?? mentions[0];
    if (chosen) {
      outcome = chosen.outcome;
      outcomeSpan = { start: chosen.s.start, end: chosen.s.end };
    }
    labelled = sentences.some((s) => matches(FINDING_LABEL, s) && hasPlaceholderLabel(s.text, FINDING_LABEL));
  } else {
    // The recommendation itself often says "accept" or "agree" ("that the Council agree a plan"):
    // in its first sentence only a decision after a separator counts ("…: accepted").
    // A title led by an emphasised phrase ("**1. Give Reece a new adviser.**") is the recommendation's own words too.
    const titleLimit = c.titleEnd ?? (c.source === 'heading' ? first.end : undefined);
    const inTitle = (s: Sentence, index: number) => index === 0 || (titleLimit !== undefined && s.end <= titleLimit + 2);
    let answered = false;
    const mentions = sentences
      .map((s, index) => {
        if (!inTitle(s, index)) {
          // The first sentence after the recommendation may answer it in a word ("Yes, we will do this.", "No.").
          const answer = answered ? null : answerOf(s.text);
          answered = true;
          return { s, decision: decisionOf(s.text) ?? answer };
        }
        const after = DECISION_AFTER_SEPARATOR.exec(s.text);
        return { s, decision: after ? decisionOf(after[1]) : null };
      })
      .filter((m): m is { s: Sentence; decision: Decision } => m.decision !== null);
    // The first decision stated is the decision; later ones explain it ("Partly accepted. … We have not accepted the full amount").
    const labelledMention = mentions.find((m) => DECISION_LABEL.test(m.s.text));
    const chosen = labelledMention ?? mentions[0];
    if (chosen) {
      decision = chosen.decision;
      outcomeSpan = { start: chosen.s.start, end: chosen.s.end };
    }
    labelled = sentences.some((s) => matches(DECISION_LABEL, s) && hasPlaceholderLabel(s.text, DECISION_LABEL));
  }
  // A recommendation's own words ("training for staff") are not the council's action.
  const actions = sentences
    .filter((s, index) => isAction(s.text) && !(c.kind === 'recommendation' && (index === 0 || s.end <= (c.titleEnd ?? (c.source === 'heading' ? first.end : -Infinity)) + 2)))
    .map((s) => ({ start: s.start, end: s.end }));
  return {
    kind: c.kind,
    source: c.source,
    number: c.number ?? '',
    title,
    titleSpan,
    span,
    sentences,
    outcome,
    decision,
    outcomeSpan,
    labelled,
    actions,
  };
}

function readTableRow(model: LetterModel, c: Candidate, row: TableRow, span: Span, sentences: Sentence[]): ComplaintPoint {
  const cell = (index: number) => (index >= 0 ? row.cells[index] : undefined);
  let titleCell = cell(row.titleColumn) ?? row.cells.find((x) => x.text.trim()) ?? { ...span, text: '' };
  let numberCell = cell(row.numberColumn);
  // "| Point | Summary | Finding |": a title column holding only numbers numbers the rows.
  if (/^\s*\d{1,2}[a-z]?\.?\s*$/.test(titleCell.text)) {
    const other = row.cells.find((x, i) => i !== row.titleColumn && i !== row.outcomeColumn && i !== row.actionColumn && i !== row.numberColumn && /[a-z]{3}/i.test(x.text));
    if (other) {
      numberCell = titleCell;
      titleCell = other;
    }
  }
  const numberMatch = /^\s*(\d{1,2}[a-z]?|[A-H])\b/.exec(numberCell?.text ?? titleCell.text);
  const outcomeCell = cell(row.outcomeColumn);
  const actionCell = cell(row.actionColumn);
  const rowText = row.cells.map((x) => x.text).join(' | ');
  let outcome: Outcome | null = null;
  let decision: Decision | null = null;
  let outcomeSpan: Span | null = null;
  const source = outcomeCell && outcomeCell.text.trim() ? outcomeCell : undefined;
  if (c.kind === 'complaint') {
    outcome = outcomeOf(source?.text ?? '') ?? outcomeOf(rowText);
    if (outcome) outcomeSpan = source ? { start: source.start, end: source.end } : { start: titleCell.start, end: titleCell.end };
  } else {
    decision = decisionOf(source?.text ?? '') ?? (outcomeCell ? null : decisionOf(rowText.slice(titleCell.text.length)));
    if (decision) outcomeSpan = source ? { start: source.start, end: source.end } : null;
  }
  const labelled = Boolean(outcomeCell && /^\s*\[/.test(outcomeCell.text));
  const actions: Span[] = [];
  if (actionCell && actionCell.text.trim() && !NO_ACTION_CELL.test(actionCell.text)) actions.push({ start: actionCell.start, end: actionCell.end });
  else if (!actionCell) for (const s of sentences) if (isAction(s.text)) actions.push({ start: s.start, end: s.end });
  const titleSpan = titleCell.end > titleCell.start ? { start: titleCell.start, end: titleCell.end } : span;
  return {
    kind: c.kind,
    source: 'table',
    number: numberMatch ? numberMatch[1] : '',
    title: tidyTitle(model.text.slice(titleSpan.start, titleSpan.end)),
    titleSpan,
    span,
    sentences,
    outcome,
    decision,
    outcomeSpan,
    labelled,
    actions,
    cells: {
      outcome: outcomeCell ? { start: outcomeCell.start, end: outcomeCell.end } : undefined,
      action: actionCell ? { start: actionCell.start, end: actionCell.end } : undefined,
    },
  };
}

const XREF =
  /\b(?:complaints?|points?|issues?|concerns?|elements?|parts?|recommendations?)\s+((?:\d{1,2}|[A-H])\b(?:\s*(?:,|and|&|to|-|–)\s*(?:\d{1,2}|[A-H])\b)*)/gi;
const ALL_POINTS =
  /\b(?:all|each|every\w*|both)\s+(?:of\s+)?(?:(?:your|the|these|those|four|three|two|five|six|seven|eight|\d+)\s+)*(?:complaints?|points?|issues?|concerns?|recommendations?|parts?\s+of\s+your\s+complaint)\b|\ball\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i;

/** "Your third point", "the second recommendation", "complaint two": a point by its number in words. */
const WORD_XREF =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:part\s+of\s+your\s+complaint|complaint|point|issue|concern|element|recommendation)\b|\b(?:complaint|point|issue|concern|recommendation)\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;

/** Findings given elsewhere by number ("I uphold complaints 1 and 3") or for all points. */
function applyCrossReferences(model: LetterModel, points: ComplaintPoint[]): void {
  const open = points.filter((p) => p.kind === 'complaint' ? !p.outcome && !p.labelled : !p.decision && !p.labelled);
  if (open.length === 0) return;
  for (const sentence of model.sentences) {
    if (pointAt(points, sentence.start)) continue;
    const sentenceOutcome = outcomeOf(sentence.text);
    const sentenceDecision = decisionOf(sentence.text);
    if (!sentenceOutcome && !sentenceDecision) continue;
    // "I uphold complaint 1 and do not uphold complaint 2": each clause gives its own finding.
    for (const clause of sentence.text.split(CLAUSES)) {
      const outcome = outcomeOf(clause) ?? sentenceOutcome;
      const decision = decisionOf(clause) ?? sentenceDecision;
      const numbers = new Set<string>();
      XREF.lastIndex = 0;
      for (let m = XREF.exec(clause); m; m = XREF.exec(clause)) {
        for (const part of m[1].split(/\s*(?:,|and|&)\s*/)) {
          const range = /^(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})$/.exec(part.trim());
          if (range) for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.add(String(n));
          else numbers.add(part.trim());
        }
      }
      WORD_XREF.lastIndex = 0;
      for (let m = WORD_XREF.exec(clause); m; m = WORD_XREF.exec(clause)) numbers.add(NUMBER_WORDS[(m[1] ?? m[2]).toLowerCase()]);
      const all = numbers.size === 0 && ALL_POINTS.test(clause);
      for (const p of open) {
        if (!all && !numbers.has(p.number)) continue;
        if (p.kind === 'complaint' && outcome && !p.outcome) {
          p.outcome = outcome;
          p.outcomeSpan = { start: sentence.start, end: sentence.end };
        } else if (p.kind === 'recommendation' && decision && !p.decision) {
          p.decision = decision;
          p.outcomeSpan = { start: sentence.start, end: sentence.end };
        }
      }
    }
  }
}

/** Where one finding ends and the next begins within a sentence. */
const CLAUSES =
  /;|,\s*(?:and|but)\s+|\s+(?:but|whereas|while|whilst)\s+|\s+and\s+(?=(?:I|we|do|did|does|not|have|has|was|were|is|are|uphold|upheld|partly|partially|find|found)\b)/i;

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function tidyTitle(raw: string): string {
  const title = raw.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
  return title.length > 90 ? title.slice(0, 87).trimEnd() + '…' : title;
}
