import type { BlockKind } from './markdown';
import type { BlockSentence } from './voice';
import { matches } from './memo';
import type { FrontMatter } from './frontMatter';
import { STAGE_OF_TYPE, type LetterType, type Stage } from './letterTypes';

/**
 * Infers what kind of letter a draft is, and at which stage, from its text, and says why. Front
 * matter (`stage:`, `letter:`) always wins. The evidence is shown to the officer (status bar) so a
 * wrong guess is visible and can be overridden.
 */

export interface Evidence {
  line: number;
  reason: string;
}

export interface Inference {
  isLetter: boolean;
  letterType: LetterType;
  stage: Stage | null;
  source: 'front-matter' | 'text' | 'none';
  evidence: Evidence[];
}

const SALUTATION = /^\s*Dear\s+\S/i;
const SIGN_OFF = /^\s*(?:Yours\s+(?:sincerely|faithfully|truly)|(?:With\s+)?(?:Kind|Best|Warm|Many)\s+(?:regards|wishes|thanks)|Regards)\b/i;
const SUBJECT_LINE = /^\s*(?:Re|Subject|RE)\s*:/;
const COMPLAINT_WORDS = /\bcomplain(?:t|ts|ed|ing)?\b|\brepresentations?\b/i;

/** A stage named as a thing: "stage 2", "stage two", "Stage II". */
const STAGE_MENTION = /\bstage[\s-]*(1|2|3|one|two|three|I{1,3})\b/gi;
const PANEL = /\b(?:review\s+panel|independent\s+panel|panel\s+(?:review|hearing|meeting))\b/i;
/** Words that make a sentence about the next step rather than about this letter. */
const NEXT_STEP =
  /\b(?:if\s+you\s+(?:are|remain|feel|still|would|wish|want|do)|should\s+you|you\s+(?:can|may|could|have\s+the\s+right|are\s+entitled|will\s+need)|ask(?:ing)?\s+(?:for|us|that)|request(?:ing)?\s+(?:a|that|your|the)|escalat\w*|progress\s+(?:your|the|to)|move\s+(?:your|to|on)|next\s+stage|next\s+step)\b/i;

/**
 * A sentence that reports the complainant's request for a stage ("Thank you for your letter asking
 * for a Stage 3 Review Panel", "Your request to escalate your complaint"): the letter answers that
 * request, so it belongs to the requested stage (an acknowledgement, arrangements or a refusal).
 */
const REQUEST_REPORT =
  /\b(?:your\s+(?:\w+\s+)?(?:request|application)\s+(?:for|to)|you\s+(?:have\s+)?(?:asked|requested|applied)\s+(?:for|us\s+to|that)|\b(?:letter|e-?mail|message|call|form)\b[^.]{0,200}\b(?:asking|requesting)\s+(?:for\s+|us\s+to\s+|that\s+)?|thank\s+you\s+for\s+(?:your\s+)?(?:request|asking)|acknowledg\w*\s+(?:receipt\s+of\s+)?your\s+request)\b/i;
const ESCALATE = /\bescalat\w*|\btake\s+(?:your\s+complaint|it|this|the\s+matter)\s+(?:further|to\s+the\s+next\s+stage)|\bnext\s+stage\b/i;

const LATER_STEP = /\b(?:after|once|following|at\s+the\s+end\s+of)\s+(?:the\s+)?stage[\s-]*(?:1|one|2|two|3|three)\b(?!\s+(?:response|letter|decision))/i;

interface Feature {
  pattern: RegExp;
  stage?: Stage;
  type?: LetterType;
  weight: number;
  reason: string;
}

const ACKNOWLEDGES =
  /\b(?:acknowledg\w*|confirm\w*\s+(?:that\s+)?(?:we\s+have\s+)?(?:receipt|received)|(?:we|I)\s+(?:have\s+)?(?:received|got)\s+your|thank(?:s|\s+you)\s+for\s+(?:getting\s+in\s+touch|contacting\s+us|your\s+(?:complaint|e-?mail|letter|call|message)))\b/i;
const PROMISES_RESPONSE =
  /\b(?:will|aim\s+to|expect\s+to|intend\s+to)\s+(?:\w+\s+){0,3}?(?:respond|reply|write\s+(?:back\s+)?to\s+you|get\s+back\s+to\s+you|send\s+you|let\s+you\s+know|contact\s+you|look\s+into|investigate|be\s+dealt\s+with|be\s+looked\s+(?:at|into))\b|\b(?:response|reply)\s+(?:is|will\s+be)\s+due\b/i;
const RESPONDS =
  /\b(?:I|we)\s+have\s+(?:now\s+|carefully\s+)?(?:looked\s+into|investigated|considered|reviewed|spoken|checked|read|found|confirmed|established)\b|\bmy\s+(?:findings|response\s+to\s+your)\b|\b(?:uphold|upheld|not\s+upheld)\b|\bI\s+(?:found|agree|apologi[sz]e|confirmed|checked)\b|\bI\s+am\s+sorry\s+(?:that|we)\b|\byou\s+are\s+(?:right|correct)\b|\bshould\s+have\s+been\b/i;

/** Declining or pausing a complaint or a request for the next stage. */
const DECLINES =
  /\b(?:will|would|shall)\s+not\s+be\s+able\s+to\s+(?:accept|consider|investigate|progress|escalate|proceed|look\s+into|deal\s+with|take)|\b(?:cannot|can\s*not|could\s+not)\s+be\s+(?:registered|accepted|considered|logged|investigated|progressed|escalated)|\bnot\s+in\s+a\s+position\s+to\s+(?:accept|consider|investigate|progress|escalate|proceed|look\s+into|take)|\b(?:has|have)\s+(?:now\s+)?been\s+closed\b|\b(?:will|are|am)\s+(?:now\s+)?(?:be\s+)?clos(?:e|ed|ing)\s+(?:your|the|this)\s+(?:complaint|case|file)|\btake\s+no\s+further\s+action\b|\b(?:unable|not\s+able)\s+to\s+(?:accept|consider|investigate|progress|escalate|proceed|look\s+into)|\bwill\s+not\s+(?:be\s+)?(?:accept|consider|investigat|progress|escalat|proceed|convene|arrang|look)\w*|\bdeclin(?:e|ed|ing)\s+to\b|\bdecided\s+not\s+to\b|\b(?:cannot|can\s*not)\s+(?:accept|consider|investigate|progress|escalate|proceed)\b|\b(?:pause|paused|pausing|put\s+on\s+hold)\b/i;

const ADJUDICATION_REASON = 'mentions the adjudication';
const PROCEEDS_REASON = 'says who will investigate';
const FINDINGS_REASON = 'gives findings (upheld / not upheld)';

/** Features of the letter itself (not of the next step it offers). */
const CURRENT_FEATURES: Feature[] = [
  { pattern: /\badjudicat(?:ion|ing|or|e|ed)\b/i, stage: 2, type: 'stage2-adjudication', weight: 3, reason: ADJUDICATION_REASON },
  { pattern: /\binvestigating\s+officer\b/i, stage: 2, weight: 1.5, reason: 'names the Investigating Officer' },
  { pattern: /\bindependent\s+person\b/i, stage: 2, weight: 1, reason: 'names the Independent Person' },
  { pattern: /\benclos\w*\b[^.]*\breports?\b|\breports?\b[^.]*\benclosed\b/i, stage: 2, type: 'stage2-adjudication', weight: 2, reason: 'encloses the investigation reports' },
  { pattern: /\b(?:not\s+upheld|partially\s+upheld|partly\s+upheld|upheld|(?:do|did)\s+not\s+uphold)\b/i, type: 'stage2-adjudication', weight: 0.5, reason: FINDINGS_REASON },
  { pattern: /\bstatement\s+of\s+(?:your\s+)?complaint\b/i, stage: 2, type: 'stage2-acknowledgement', weight: 1.5, reason: 'sets out the statement of complaint' },
  { pattern: /\b(?:acknowledge|confirm)\w*\b[^.]*\b(?:receipt|received|request)\b|\bthank\s+you\s+for\s+(?:your\s+)?(?:request|asking)\b/i, type: 'stage2-acknowledgement', weight: 1.5, reason: 'acknowledges a request' },
  { pattern: /\b(?:has|have)\s+been\s+appointed\b|\bwill\s+(?:now\s+)?(?:be\s+)?investigat/i, type: 'stage2-acknowledgement', weight: 1, reason: PROCEEDS_REASON },
  { pattern: /\b(?:extend|extension|more\s+time|additional\s+time|further\s+time|new\s+date|revised\s+date|take\s+longer\s+than|longer\s+than\s+(?:the|we|expected|planned|originally)|(?:not|unable\s+to|cannot)\s+(?:be\s+(?:able\s+to\s+)?)?(?:complete|finish)\w*\s+(?:it\s+|the\s+investigation\s+)?(?:within|in|by))\b/i, type: 'stage2-extension', weight: 2, reason: 'asks for more time or gives a new date' },
  { pattern: /\bpanel(?:'s|\u2019s)?\s+(?:recommend\w*|report|findings|conclu\w+)|\brecommendations?\s+(?:of|from|made\s+by)\s+the\s+(?:review\s+)?panel|\bpanel\s+(?:met|heard|considered|was\s+held|took\s+place|hearing\s+(?:on|was|took)|meeting\s+(?:on|was|took))/i, stage: 3, type: 'stage3-final-response', weight: 3, reason: 'responds to the review panel' },
  { pattern: /\bfinal\s+response\b/i, stage: 3, type: 'stage3-final-response', weight: 1.5, reason: 'calls itself the final response' },
  { pattern: /\b(?:panel|it|hearing|meeting)\s+will\s+(?:meet|be\s+held|take\s+place|convene|sit)\b[^.]*\bon\s+(?:[a-z]+day\s+)?\d|\b(?:arrang|convene|organis|organiz)\w*\s+(?:a|the|your)\s+(?:stage\s+(?:3|three)\s+)?(?:review\s+)?panel\b/i, stage: 3, type: 'stage3-arrangements', weight: 2, reason: 'arranges the review panel' },
  { pattern: /\blocal\s+resolution\b/i, stage: 1, weight: 1.5, reason: 'mentions local resolution' },
  { pattern: /\b(?:do|does)\s+not\s+(?:consider|believe|think)\b[^.]{0,100}\bwould\s+(?:change|alter|add)|\bwould\s+not\s+(?:change|alter|add\s+anything)|\bsatisfied\s+that\s+(?:we|the\s+council)\s+(?:have|has)\s+(?:fully\s+)?(?:explored|addressed|answered)/i, type: 'refusal', weight: 2, reason: 'treats a request for the next stage as already answered' },
  { pattern: DECLINES, type: 'refusal', weight: 2, reason: 'declines or pauses a complaint or request' },
];

const STAGE_WORD: Record<string, Stage> = { '1': 1, one: 1, i: 1, '2': 2, two: 2, ii: 2, '3': 3, three: 3, iii: 3 };

type Tally = 'stage' | 'type' | 'specific';

/**
 * What one block says about the letter's stage and type, from the block alone (its kind and its
 * text in the council's voice): computed once per block text and reused while the officer types
 * elsewhere. Lines are relative to the block's first line.
 */
export interface BlockEvidence {
  hasSalutation: boolean;
  hasSignOff: boolean;
  hasComplaintWords: boolean;
  acknowledges: boolean;
  promisesResponse: boolean;
  responds: boolean;
  hasFindings: boolean;
  proceeds: boolean;
  refusesRequest: boolean;
  /** The highest stage the block reports being asked for. */
  requestedStage: Stage | null;
  /** The stage a refusal in this block names last (null: none named). */
  refusedStage: Stage | null;
  /** Score additions, in order (sums of floating-point weights are order-sensitive). */
  tallies: { tally: Tally; key: Stage | LetterType; weight: number }[];
  evidence: Evidence[];
}

export function blockEvidence(kind: BlockKind, sentences: readonly BlockSentence[], voiceSlice: string): BlockEvidence {
  const result: BlockEvidence = {
    hasSalutation: false,
    hasSignOff: false,
    hasComplaintWords: false,
    acknowledges: sentences.some((s) => matches(ACKNOWLEDGES, s)),
    promisesResponse: sentences.some((s) => matches(PROMISES_RESPONSE, s)),
    responds: sentences.some((s) => matches(RESPONDS, s)),
    hasFindings: false,
    proceeds: false,
    refusesRequest: false,
    requestedStage: null,
    refusedStage: null,
    tallies: [],
    evidence: [],
  };
  const add = (tally: Tally, key: Stage | LetterType, weight: number) => result.tallies.push({ tally, key, weight });
  const lineOf = (offset: number) => {
    let line = 0;
    for (let i = voiceSlice.indexOf('\n'); i !== -1 && i < offset; i = voiceSlice.indexOf('\n', i + 1)) line++;
    return line;
  };
  const blockText = sentences.map((s) => s.text).join(' ');
  result.hasSalutation = SALUTATION.test(blockText);
  result.hasSignOff = SIGN_OFF.test(blockText);
  result.hasComplaintWords = COMPLAINT_WORDS.test(blockText);
  const isTitle = kind === 'heading' || SUBJECT_LINE.test(blockText);
  const boost = isTitle ? 2 : 1;
  for (const s of sentences) {
    if (!matches(REQUEST_REPORT, s)) continue;
    const named = stagesNamed(s.text);
    let stage: Stage | null = named.length ? (Math.max(...named) as Stage) : null;
    // "asking to escalate your stage 1 complaint" asks for stage 2; a bare "escalate" too.
    if (matches(ESCALATE, s) && (stage === null || stage === 1)) stage = 2;
    if (!stage || stage === 1) continue;
    result.requestedStage = Math.max(result.requestedStage ?? 0, stage) as Stage;
    add('specific', stage, 3 * boost);
    add('stage', stage, 3 * boost);
    result.evidence.push({ line: lineOf(s.start), reason: `answers a request for stage ${stage}` });
  }
  const offersNextStep = sentences.some(
    (s) => matches(NEXT_STEP, s) && namesAStage(s.text) && !matches(REQUEST_REPORT, s) && !matches(DECLINES, s),
  );

  if (offersNextStep) {
    // A signposting paragraph: "you can ask for stage 2" is evidence of a stage 1 letter.
    const offered = new Set<Stage>();
    for (const s of sentences) {
      // "If you are unhappy after Stage 2, you can ask for a Review Panel" describes a later step, not this letter's next one.
      if (matches(LATER_STEP, s)) continue;
      for (const stage of stagesNamed(s.text)) offered.add(stage);
    }
    for (const stage of offered) {
      if (stage === 1) continue;
      const current = (stage - 1) as Stage;
      add('stage', current, 2);
      add('specific', current, 2);
      result.evidence.push({ line: 0, reason: `offers stage ${stage} as the next step, so this is a stage ${current} letter` });
    }
    return result;
  }
  for (const s of sentences) {
    for (const stage of stagesNamed(s.text, true)) {
      add('stage', stage, 1.5 * boost);
      if (isTitle) add('specific', stage, 1.5 * boost);
      result.evidence.push({ line: lineOf(s.start), reason: `${isTitle ? 'heading or subject line' : 'text'} refers to stage ${stage} as the current stage` });
    }
    for (const feature of CURRENT_FEATURES) {
      if (!matches(feature.pattern, s)) continue;
      // "Requests received after that date will not be accepted" is about a future request, not this one.
      if (feature.type === 'refusal' && /\b(?:if|unless)\b|\b(?:requests?|complaints?|anything)\s+(?:\w+\s+)?(?:received|made|sent)\s+(?:after|outside|beyond)\b/i.test(s.text)) continue;
      // "If we cannot finish in time, we will write with a new date" describes a possible extension.
      if (feature.type === 'stage2-extension' && /\bif\b/i.test(s.text)) continue;
      // "…you will receive the Council's adjudication" or "the panel will send its report, then our final
      // response" describe what is to come; they are not this letter.
      if ((feature.type === 'stage3-final-response' || feature.reason === ADJUDICATION_REASON) && /\b(?:will|would|shall)\b/i.test(s.text)) continue;
      if (feature.stage) add('stage', feature.stage, feature.weight * boost);
      if (feature.stage) add('specific', feature.stage, feature.weight * boost);
      if (feature.type) add('type', feature.type, feature.weight * boost);
      if (feature.reason === FINDINGS_REASON) result.hasFindings = true;
      if (feature.reason === PROCEEDS_REASON) result.proceeds = true;
      if (feature.type === 'refusal') {
        const named = stagesNamed(s.text);
        if (named.length) result.refusedStage = Math.max(...named) as Stage;
        else if (matches(PANEL, s)) result.refusedStage = 3;
        result.refusesRequest = true;
      }
      result.evidence.push({ line: lineOf(s.start), reason: feature.reason });
    }
  }
  return result;
}

/**
 * The letter's stage and type from front matter, or else from what its blocks say (`blockEvidence`
 * of each block, in order, with the block's first line).
 */
export function inferLetter(frontMatter: FrontMatter | null, blocks: readonly { line: number; evidence: BlockEvidence }[]): Inference {
  const evidence: Evidence[] = [];
  if (frontMatter?.letterType || frontMatter?.stage) {
    const fmLine = 0;
    const type = frontMatter.letterType;
    if (type) {
      const stage = frontMatter.stage ?? STAGE_OF_TYPE[type] ?? null;
      evidence.push({ line: fmLine, reason: `front matter says letter: ${type}` });
      if (frontMatter.stage) evidence.push({ line: fmLine, reason: `front matter says stage: ${frontMatter.stage}` });
      return { isLetter: type !== 'not-a-letter', letterType: type, stage, source: 'front-matter', evidence };
    }
  }

  const scores = { stage: new Map<Stage, number>(), type: new Map<LetterType, number>() };
  /** Evidence of what this letter does (titles, requests answered, stage-specific features), for the precedence below. */
  const specific = new Map<Stage, number>();
  const tallies: Record<Tally, Map<Stage | LetterType, number>> = {
    stage: scores.stage as Map<Stage | LetterType, number>,
    type: scores.type as Map<Stage | LetterType, number>,
    specific: specific as Map<Stage | LetterType, number>,
  };
  let hasSalutation = false;
  let hasSignOff = false;
  let hasComplaintWords = false;
  let refusedStage: Stage | null = null;
  let hasFindings = false;
  /** The letter takes the complaint forward (an investigator appointed): a partial pause is not a refusal. */
  let proceeds = false;
  let requestedStage: Stage | null = null;
  let refusesRequest = false;
  let acknowledges = false;
  let promisesResponse = false;
  let responds = false;
  for (const { line, evidence: block } of blocks) {
    hasSalutation ||= block.hasSalutation;
    hasSignOff ||= block.hasSignOff;
    hasComplaintWords ||= block.hasComplaintWords;
    acknowledges ||= block.acknowledges;
    promisesResponse ||= block.promisesResponse;
    responds ||= block.responds;
    hasFindings ||= block.hasFindings;
    proceeds ||= block.proceeds;
    refusesRequest ||= block.refusesRequest;
    if (block.requestedStage) requestedStage = Math.max(requestedStage ?? 0, block.requestedStage) as Stage;
    if (block.refusedStage) refusedStage = block.refusedStage;
    for (const { tally, key, weight } of block.tallies) tallies[tally].set(key, (tallies[tally].get(key) ?? 0) + weight);
    for (const item of block.evidence) evidence.push({ line: line + item.line, reason: item.reason });
  }

  const isLetter = (hasSalutation || hasSignOff) && hasComplaintWords;
  // An acknowledgement promises a response and gives none yet.
  const acknowledgesOnly = acknowledges && promisesResponse && !responds;
  if (!isLetter) {
    return {
      isLetter: false,
      letterType: 'not-a-letter',
      stage: null,
      source: 'none',
      evidence: [{ line: 0, reason: 'no salutation or sign-off together with complaint wording: not treated as a complaint letter' }],
    };
  }

  // Later-stage letters recount the earlier stages (the stage 2 investigation, its adjudication),
  // while earlier-stage letters name later stages only as offers. So the highest stage with enough
  // evidence of what this letter itself does wins; otherwise the best overall score.
  const byPrecedence = ([3, 2, 1] as Stage[]).find((s) => (specific.get(s) ?? 0) >= 3) ?? null;
  // A letter acknowledging a complaint, with no stage named, starts the procedure: stage 1.
  // With no stage named: acknowledging a complaint, or answering it with findings, is stage 1 (later
  // stages name the investigation, the adjudication or the panel).
  const respondsWithFindings = hasFindings || responds;
  const stage =
    frontMatter?.stage ??
    byPrecedence ??
    best(scores.stage, 1.5) ??
    ((acknowledgesOnly || respondsWithFindings) && requestedStage === null ? 1 : null);
  const typeScore = (type: LetterType) => scores.type.get(type) ?? 0;
  let letterType: LetterType = 'unknown-letter';
  // A refusal or holding letter declines without findings; a response that declines one part is still a response.
  const isRefusal =
    typeScore('refusal') >= 2 &&
    !hasFindings &&
    !proceeds &&
    typeScore('stage2-adjudication') < 2 &&
    typeScore('stage3-final-response') < 3;
  if (requestedStage && refusesRequest && !proceeds && !frontMatter?.stage) {
    // A reply to a request for the next stage that declines it, whatever history it recounts.
    letterType = 'refusal';
    refusedStage = requestedStage;
  } else if (isRefusal) {
    letterType = 'refusal';
  } else if (stage === 1) {
    letterType = acknowledgesOnly ? 'stage1-acknowledgement' : 'stage1-response';
  } else if (stage === 2) {
    // Findings decide: an acknowledgement or extension never has them, an adjudication always does.
    letterType = hasFindings
      ? 'stage2-adjudication'
      : (pickType(requestedStage === 2 ? ['stage2-extension', 'stage2-acknowledgement'] : ['stage2-adjudication', 'stage2-extension', 'stage2-acknowledgement'], typeScore) ?? 'stage2-acknowledgement');
  } else if (stage === 3) {
    letterType = pickType(['stage3-final-response', 'stage3-arrangements'], typeScore) ?? 'stage3-arrangements';
  }
  // A refusal that names no stage declines the complaint itself: stage 1.
  const finalStage = letterType === 'refusal' ? (refusedStage ?? stage ?? 1) : stage;
  if (frontMatter?.stage) evidence.unshift({ line: 0, reason: `front matter says stage: ${frontMatter.stage}` });
  return { isLetter: true, letterType, stage: finalStage, source: frontMatter?.stage ? 'front-matter' : 'text', evidence };
}

function namesAStage(text: string): boolean {
  STAGE_MENTION.lastIndex = 0;
  return STAGE_MENTION.test(text) || PANEL.test(text) || /\b(?:independent\s+investigation|investigating\s+officer)\b/i.test(text);
}

/**
 * The stages a sentence names. With `asCurrent`, only mentions that describe this letter's own
 * stage ("your stage 2 complaint", "Stage 2 adjudication"), not a stage asked for or offered.
 */
function stagesNamed(text: string, asCurrent = false): Stage[] {
  const stages: Stage[] = [];
  STAGE_MENTION.lastIndex = 0;
  for (let m = STAGE_MENTION.exec(text); m; m = STAGE_MENTION.exec(text)) {
    const stage = STAGE_WORD[m[1].toLowerCase()];
    if (asCurrent) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      // "will now be considered at Stage 2" is this letter's stage; "was investigated at Stage 2" is history.
      const nowAt =
        /\b(?:will|shall|is\s+being|are\s+being|is\s+now|has\s+now\s+been)\s+(?:now\s+)?(?:be\s+)?(?:considered|investigated|dealt\s+with|looked\s+at|handled|reviewed|progressed)\s+at\s*$/i.test(before) ||
        /\b(?:treat\w*|regard\w*|consider\w*|log\w*|register\w*|record\w*|handl\w*|accept\w*)\s+(?:this|it|your\s+(?:\w+\s+)?complaint)\s+as\s+an?\s*$/i.test(before);
      if (!nowAt && /\b(?:to|for|at|request|requested|into|a|before|after|complet\w+|proceed\w*)\s*$/i.test(before)) continue;
    }
    stages.push(stage);
  }
  if (!asCurrent && PANEL.test(text)) stages.push(3);
  if (!asCurrent && /\b(?:independent\s+investigation|investigating\s+officer)\b/i.test(text)) stages.push(2);
  return stages;
}

function best<K>(map: Map<K, number>, minimum: number): K | null {
  let bestKey: K | null = null;
  let bestScore = minimum - 1e-9;
  let tie = false;
  for (const [key, score] of map) {
    if (score > bestScore) {
      bestKey = key;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? null : bestKey;
}

function pickType(types: LetterType[], score: (type: LetterType) => number): LetterType | undefined {
  let chosen: LetterType | undefined;
  for (const type of types) if (score(type) > 0 && (!chosen || score(type) > score(chosen))) chosen = type;
  return chosen;
}
