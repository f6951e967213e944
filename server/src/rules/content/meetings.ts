import type { LetterModel } from '../../model/letterModel';
import type { Sentence } from '../../model/voice';
import { nextSentence } from './shared';
import { matches } from '../../model/memo';

/**
 * Meetings and calls made a condition of progress (shared by stage2/statement-meeting-required and
 * communication/meeting-precondition, so one sentence is reported once).
 */

export const MEETING =
  /\b(?:meet(?:ing|s)?|met|face[\s-]to[\s-]face|in\s+person|speak(?:ing)?\s+(?:to|with)\s+you|spoken\s+(?:to|with)\s+you|talk(?:ing)?\s+(?:to|with)\s+you|(?:tele)?phone\s+(?:call|conversation|discussion)|call\s+(?:you|with\s+you)|a\s+call|by\s+(?:tele)?phone|(?:home\s+)?visit\s+(?:you|your\s+home)|home\s+visits?)\b/i;
const STATEMENT =
  /\bstatement\s+of\s+(?:your\s+)?complaints?\b|\bagree\w*\s+(?:on\s+)?(?:the|what|your|which|exactly\s+what)\s+(?:complaints?|points|issues|terms|areas|matters|scope|is\s+to\s+be\s+investigated|you\s+(?:are\s+)?complain\w*)|\bagree\w*\s+(?:the\s+)?(?:points|issues|scope)\s+(?:of|to\s+be)\b/i;

/** "Cannot begin until…", "can only start once…", "need to meet you before…". */
const CANNOT_START =
  /\b(?:cannot|can\s*not|can['’]t|unable\s+to|not\s+(?:be\s+)?able\s+to|will\s+not|won['’]t|(?:is|are)\s+not\s+(?:possible|able)\s+to|not\s+possible\s+(?:for\s+\w+(?:\s+\w+)?\s+)?to)\s+(?:\w+\s+){0,3}?(?:begin|start|commenc|proceed|progress|continu|investigat|move\s+forward|take\s+(?:this|it|your\s+complaint)\s+forward|look\s+into)\w*\b[^.]{0,100}?\b(?:until|unless|before|without)\b/i;
/** "Until the statement has been agreed, we are unable to progress…". */
const UNTIL_FIRST =
  /\b(?:until|unless)\b[^.]{0,120}\b(?:cannot|can\s*not|can['’]t|unable\s+to|not\s+(?:be\s+)?able\s+to|will\s+not|won['’]t)\s+(?:\w+\s+){0,3}?(?:begin|start|commence|proceed|progress|continue|investigate|move\s+forward)\b/i;
const ONLY_START =
  /\b(?:can|will|may|is\s+able\s+to)\s+only\s+(?:begin|start|commence|proceed|progress|continue|be\s+investigated)\b[^.]{0,80}?\b(?:once|when|after|if)\b|\bonly\s+(?:once|when|after)\b[^.]{0,80}\b(?:can|will)\s+(?:the\s+investigation\s+|we\s+|it\s+)?(?:begin|start|commence|proceed)\b/i;
const NEED_BEFORE =
  /\b(?:need|needs|must|have\s+to|has\s+to|will\s+need|require[sd]?|(?:is|it\s+is)\s+(?:necessary|essential))\b[^.]{0,60}\b(?:meet|meeting|speak|talk|call|visit)\b[^.]{0,80}\b(?:before|so\s+that|in\s+order\s+(?:for|to)|to\s+(?:agree|begin|start|proceed|progress))\b/i;
/** The investigation goes ahead anyway if the complainant does not reply. */
const FALLBACK =
  /\bif\s+(?:we|you)\s+(?:do\s+not|don['’]t|have\s+not|haven['’]t|cannot|can['’]t)\s+(?:hear|heard|receive|reply|respond|agree)|\botherwise\b[^.]{0,60}\b(?:proceed|begin|start|continue)|\b(?:we|I|the\s+investigating\s+officer)\s+will\s+(?:then\s+|still\s+)?(?:proceed|begin|start|continue)\s+(?:on\s+(?:this|that|the)\s+basis|with\s+(?:the|your)\s+investigation|anyway|regardless)\b|\bfinal\s+(?:chance|opportunity)\b/i;
/** A meeting offered, not imposed. */
export const OPTIONAL =
  /\bif\s+you\s+(?:wish|would\s+like|want|prefer|are\s+happy|agree)|\byou\s+are\s+welcome|\boptional\b|\b(?:do|does)\s+not\s+have\s+to\b|\bdon['’]t\s+have\s+to\b|\bor\s+(?:in\s+writing|by\s+(?:e-?mail|letter|post))\b|\balternatively\b|\bwhichever\s+you\s+prefer\b|\bno\s+need\b|\bnot\s+(?:necessary|required|essential)\b|\b(?:do|will)\s+not\s+(?:need|require|ask|insist|expect)\b/i;

const cache = new WeakMap<LetterModel, Sentence[]>();

/** Sentences that make agreeing a statement of complaint, or a meeting or call, a condition of starting Stage 2. */
export function statementPreconditions(model: LetterModel): Sentence[] {
  let found = cache.get(model);
  if (found) return found;
  found = model.sentences.filter((s) => {
    const condition = matches(CANNOT_START, s) || matches(UNTIL_FIRST, s) || matches(ONLY_START, s) || matches(NEED_BEFORE, s);
    if (!condition || !(matches(STATEMENT, s) || matches(MEETING, s))) return false;
    if (matches(OPTIONAL, s) || matches(FALLBACK, s)) return false;
    const next = nextSentence(model, s);
    return !(next && matches(FALLBACK, next));
  });
  cache.set(model, found);
  return found;
}

export const STATEMENT_LETTERS = ['stage2-acknowledgement', 'stage2-extension', 'refusal', 'unknown-letter'] as const;
