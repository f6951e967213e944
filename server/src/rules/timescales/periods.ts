import type { LetterModel } from '../../model/letterModel';
import type { Sentence } from '../../model/voice';
import type { Span } from '../../model/text';
import { matches } from '../../model/memo';

/**
 * Periods the letter states ("within 28 days", "up to 65 working days", "a month") and which
 * statutory timescale each is about, from the words of its sentence. Shared by the timescale rules.
 */
export type PeriodTopic = 'stage1' | 'stage2' | 'panelMeeting' | 'panelReport' | 'finalResponse' | 'requestWindow';

export type PeriodUnit = 'working-day' | 'day' | 'week' | 'month';

export interface StatedPeriod extends Span {
  sentence: Sentence;
  amount: number;
  unit: PeriodUnit;
  topic: PeriodTopic;
  /** The period in working days (5 a week, about 21 a month, 5/7 of calendar days). */
  workingDays: number;
  /** Where "working" would go: just before the unit word. */
  unitStart: number;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, 'twenty five': 25,
  'twenty eight': 28, thirty: 30, forty: 40, 'sixty five': 65, ninety: 90,
};

const PERIOD =
  /\b(?<amount>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty[\s-]five|twenty[\s-]eight|twenty|thirty|forty|sixty[\s-]five|ninety)(?:\s*\(\d{1,3}\))?\s+(?:(?<kind>working|business|calendar|clear)\s+)?(?<unit>days?|weeks?|months?)\b/gi;

const INTRODUCED =
  /\b(?:within|in|up\s+to|no\s+later\s+than|no\s+more\s+than|not\s+more\s+than|maximum\s+of|at\s+most|of|takes?|taking|took|have|has|allows?|allowed|extend\w*(?:\s+it)?\s+(?:to|by)|for|than|be|is|are|usually|normally|about|around|roughly|or|and|to)\s+(?:(?:a|an|the|usual|normal|statutory|further|another|maximum|total)\s+)?$|^\s*$|[,(:]\s*$/i;
const MEASURES_DELAY = /^\s*(?:late|later|after|overdue|beyond|past|longer|over\s+the|more\s+than)\b/i;

/** Time words that make a sentence about a timescale at all. */
const TIMING = /\b(?:within|in|up\s+to|no\s+later\s+than|no\s+more\s+than|maximum|at\s+most|takes?|have|has|allow\w*|extend\w*|of\s+(?:receiving|receipt|the\s+date))\b/i;

const COMPLAINANT_ACTS =
  /\byou\s+(?:(?:can|may|could|should|must|will|would|need\s+to|have\s+to|are\s+able\s+to|wish\s+to|want\s+to|decide\s+to|would\s+like\s+to)\s+)?(?:still\s+)?(?:ask|request|let\s+(?:us|me)\s+know|tell\s+(?:us|me)|write|contact|apply|escalat|notify|come\s+back|get\s+in\s+touch)\w*|\byou\s+have\b[^.;]{0,40}\bto\s+(?:ask|request|tell|let|write|contact|apply)\b|^\s*(?:please\s+)?(?:let\s+(?:us|me)\s+know|tell\s+(?:us|me)|write\s+to\s+(?:us|me)|contact\s+(?:us|me|the\s+complaints))\b|\b(?:requests?|applications?)\s+(?:for|to)\b[^.;]{0,60}\b(?:must|should|need\s+to)\s+be\s+(?:made|received|sent)/i;
const COUNCIL_ACTS = /\b(?:we|I|the\s+council|the\s+authority|the\s+investigating\s+officer|who|she|he|they)\s+(?:will|shall|must|should|aim|have|has|are|is)\b/i;
const OF_THIS_LETTER = /\b(?:of|from|after)\s+(?:receiving|the\s+receipt\s+of|receipt\s+of|the\s+date\s+(?:of|on))\s+(?:this|our|the)\s+(?:letter|response|decision|outcome|reply)/i;
const PANEL = /\bpanel\b/i;
const PANEL_MEETS = /\b(?:meet|met|meeting|held|hold|convene\w*|hearing|take\s+place|sit|arrang\w*|organis\w*)\b/i;
const REPORT = /\breport\b/i;
/** The panel itself reporting: "the panel will send its recommendations / write to you within 5 working days". */
const PANEL_REPORTS = /\bpanel\s+will\s+(?:send|write|produce|issue|provide|share|give)\w*\b(?!\s+(?:a\s+)?(?:date|invitation))/i;
const AFTER_PANEL = /\b(?:after|following|of|from)\s+(?:the\s+)?(?:panel(?:['\u2019]s)?|hearing|meeting|review\s+panel|recommendations?|report|receiving\s+(?:the\s+)?(?:panel|recommendations|report))/i;
const RESPONDS = /\b(?:respond|response|reply|write\s+(?:back\s+)?to\s+you|get\s+back\s+to\s+you|decision|decide|tell\s+you)\w*/i;
const STAGE2 = /\bstage[\s-]*(?:2|two)\b|\binvestigation\b|\binvestigating\s+officer\b|\badjudicat\w*/i;
const STAGE2_ALL = new RegExp(STAGE2.source, 'gi');
/** "up to six months for a Stage 2 investigation", "Stage 2 can take 90 days": the period belongs to the stage. */
const PERIOD_OF_STAGE2 =
  /\b(?:for|takes?|take|lasts?|allow\w*)\s+(?:a\s+|the\s+)?stage[\s-]*(?:2|two)\b|\bstage[\s-]*(?:2|two)\b[^.;]{0,40}\b(?:takes?|lasts?|can\s+take|should\s+take|will\s+take|allow\w*)\b/i;
const STAGE1 = /\bstage[\s-]*(?:1|one)\b|\blocal\s+resolution\b/i;
const COMPLETES = /\b(?:complet\w*|respond\w*|response|reply|finish\w*|conclud\w*|investigat\w*|look\s+into|consider\w*|decision|outcome|answer\w*|deal\s+with|dealt\s+with|resolv\w*)\b/i;

/** Which statutory timescale a sentence (or clause) is about; `tail` is the text after the period or date. */
export function topicOf(sentence: string, tail: string, model: LetterModel): PeriodTopic | null {
  if (OF_THIS_LETTER.test(tail) || (COMPLAINANT_ACTS.test(sentence) && !COUNCIL_ACTS.test(sentence))) return 'requestWindow';
  if (PANEL_REPORTS.test(sentence) || (PANEL.test(sentence) && REPORT.test(sentence) && !RESPONDS.test(sentence.replace(REPORT, '')))) return 'panelReport';
  if ((PANEL.test(sentence) || /\brecommendations?\b/i.test(sentence)) && AFTER_PANEL.test(sentence) && RESPONDS.test(sentence)) return 'finalResponse';
  if (PANEL.test(sentence) && PANEL_MEETS.test(sentence)) return 'panelMeeting';
  // The stage word must not be the only "completing" word: "since the investigation, …" is not about its length.
  if (STAGE2.test(sentence) && (COMPLETES.test(sentence.replace(STAGE2_ALL, ' ')) || PERIOD_OF_STAGE2.test(sentence))) return 'stage2';
  if (STAGE1.test(sentence) && COMPLETES.test(sentence)) return 'stage1';
  // "We aim to respond within 28 days" in a letter about a complaint at a known stage.
  if (COUNCIL_ACTS.test(sentence) && RESPONDS.test(sentence)) {
    const stage = model.inference.stage;
    if (stage === 1 && model.inference.letterType !== 'stage1-response') return 'stage1';
    if (stage === 2 && model.inference.letterType !== 'stage2-adjudication') return 'stage2';
  }
  return null;
}

/** A clause whose subject is the sentence's topic: "…, and in our experience it normally takes four months". */
const REFERS_BACK = /\b(?:it|this|which)\b/i;
const CLAUSE_BREAK = /[,;:]\s+|\s+(?:and|but|or|then)\s+/gi;

function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

const memo = new WeakMap<LetterModel, StatedPeriod[]>();

export function statedPeriods(model: LetterModel): StatedPeriod[] {
  const cached = memo.get(model);
  if (cached) return cached;
  const periods: StatedPeriod[] = [];
  for (const sentence of model.sentences) {
    if (!matches(TIMING, sentence)) continue;
    PERIOD.lastIndex = 0;
    for (let m = PERIOD.exec(sentence.text); m; m = PERIOD.exec(sentence.text)) {
      const groups = m.groups ?? {};
      // "within 25 working days" states a timescale; "some 24 working days after that maximum" measures a delay.
      if (!INTRODUCED.test(sentence.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (MEASURES_DELAY.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      const amount = /^\d+$/.test(groups.amount) ? Number(groups.amount) : NUMBER_WORDS[groups.amount.toLowerCase().replace(/[\s-]+/, ' ')];
      if (!amount) continue;
      const kind = groups.kind?.toLowerCase();
      const unitWord = groups.unit.toLowerCase();
      const unit: PeriodUnit = kind === 'working' || kind === 'business' ? 'working-day' : unitWord.startsWith('day') ? 'day' : unitWord.startsWith('week') ? 'week' : 'month';
      // The clause around the period decides first ("if you ask … within 20 working days, the panel
      // will meet within 30 working days" states two periods); the sentence is the fallback.
      const clause = clauseAround(sentence.text, m.index, m.index + m[0].length);
      const tail = sentence.text.slice(m.index + m[0].length);
      // The sentence decides only for a short clause ("…, within 25 working days."), not for a clause about something else.
      const topic = topicOf(clause, tail, model) ?? (clause.length < 60 || REFERS_BACK.test(clause) ? topicOf(sentence.text, tail, model) : null);
      if (!topic) continue;
      const workingDays = unit === 'working-day' ? amount : unit === 'day' ? Math.round((amount * 5) / 7) : unit === 'week' ? amount * 5 : Math.round(amount * 21.7);
      // "within one working day" is a service standard, not a statutory timescale (the shortest is the panel report's 5).
      if (workingDays < 5 && topic !== 'panelReport') continue;
      const start = sentence.start + m.index;
      const unitStart = sentence.start + m.index + m[0].toLowerCase().lastIndexOf(unitWord);
      periods.push({ sentence, start, end: start + m[0].length, amount, unit, topic, workingDays, unitStart });
    }
  }
  memo.set(model, periods);
  return periods;
}
