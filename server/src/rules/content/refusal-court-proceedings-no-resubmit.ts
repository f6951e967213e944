import type { Finding, Rule } from '../types';
import { OMBUDSMAN } from '../phrases';
import { resubmitAfterProceedingsParagraph } from '../wording';
import { appendFix, REFUSES } from './shared';
import { matches } from '../../model/memo';

const PROCEEDINGS =
  /\b(?:court|care|legal|family\s+court|private\s+law|public\s+law|adoption|criminal|placement\s+order|care\s+order|child\s+arrangements|court\s+of\s+protection)\s+proceedings\b|\bproceedings\s+(?:are|remain|have\s+been|were|which\s+are)\s+(?:ongoing|live|current|underway|issued|active|still|before)|\b(?:before|with|in)\s+the\s+(?:family\s+)?court\b|\bmatters?\s+(?:before|for)\s+the\s+court\b|\bthe\s+court\s+(?:is|will\s+be|are)\s+(?:considering|deciding|dealing)|\b(?:final|next)\s+(?:court\s+)?hearing\b|\bcourt\s+(?:case|hearings?|process)\s+(?:is|are)\s+(?:still\s+)?(?:ongoing|continuing|live|current|under\s*way)|\b(?:while|whilst|until)\s+(?:the\s+)?(?:court\s+case|court\s+process|proceedings)\b/i;
const PAUSE =
  /\b(?:pause[sd]?|pausing|on\s+hold|suspend\w*|defer\w*|(?:not|no\s+longer)\s+(?:able|possible)\s+to\s+(?:consider|investigate)\s+(?:it\s+|this\s+|your\s+complaint\s+)?(?:at\s+(?:this|the\s+moment|present)|now|currently)|until\b[^.]{0,80}\b(?:conclude\w*|end(?:ed|s)?|finish\w*|over|complete\w*))\b/i;
/** A way back in after the proceedings: resubmit, reopen, we will then consider it. */
const RESUBMIT =
  /\bre-?submit\w*|\bre-?activat\w*|\bre-?open\w*|\brestart\w*|\bresum\w*|\bre-?instat\w*|\bpick\s+(?:it|this|your\s+complaint)\s+up\b|\bcome\s+back\s+to\s+us\b|\bcontact\s+us\s+again\b|\braise\s+(?:it|this|your\s+complaint|these\s+matters|them)\s+(?:again|with\s+us\s+again)\b|\bask\s+us\s+to\s+(?:consider|look\s+at|investigate)\b/i;
const RIGHT_OR_COMMITMENT =
  /\byou\s+(?:can|may|could|are\s+(?:welcome|free|entitled)\s+to|will\s+be\s+able\s+to)\b|\b(?:we|I|the\s+council)\s+will\s+(?:then\s+)?(?:consider|investigate|look|deal|progress|contact|write|proceed|respond)|\bplease\s+(?:contact|write|let\s+us\s+know|tell\s+us|get\s+in\s+touch)\b/i;
const AFTER_PROCEEDINGS =
  /\b(?:when|once|after|as\s+soon\s+as|at\s+the\s+end\s+of)\b[^.]{0,60}\b(?:proceedings|court|case|hearing)s?\b(?:[^.]{0,40}\b(?:end|ended|ends|conclude\w*|finish\w*|over|complete\w*|decided|made\s+(?:its|a)\s+(?:final\s+)?decision))?/i;

export const courtProceedingsNoResubmit: Rule = {
  meta: {
    id: 'refusal/court-proceedings-no-resubmit',
    title: 'Complaint paused for court proceedings without a right to resubmit',
    defaultSeverity: 'warning',
    citation:
      'SI 2006/1738 reg 8 (the council may decide not to consider representations that might prejudice court proceedings); LGSCO Devon 24 011 510 and Bedford 24 009 960 (pausing with a right to resubmit afterwards: no fault); Lancashire 16 017 549 (remedy: tell him he can resubmit when the proceedings end)',
    description:
      'A council may pause a complaint (or the parts of it) that might prejudice live court proceedings, but it must tell the complainant that they can resubmit the complaint when the proceedings end, and then consider it under the statutory procedure. A letter that pauses or declines a complaint because of proceedings and gives no way back in is a warning. The fix adds the resubmission sentence.',
    appliesTo: ['refusal', 'stage1-acknowledgement', 'stage1-response', 'stage2-acknowledgement', 'stage2-extension', 'stage2-adjudication', 'unknown-letter'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'refusal', text: 'As care proceedings about your children are ongoing, we are unable to consider your complaint.' },
        { letter: 'refusal', text: 'Your complaint has been put on hold because the matters you raise are before the Family Court.' },
      ],
      correct: [
        { letter: 'refusal', text: 'As care proceedings about your children are ongoing, we will not consider your complaint at the moment. You can resubmit it when the proceedings have ended, and we will then consider it under the statutory procedure.' },
        { letter: 'refusal', text: 'Because the court is deciding contact, we have paused that part of your complaint. When the proceedings end, please let us know and we will consider it.' },
      ],
    },
  },
  check(model, context) {
    const sentences = model.sentences;
    const hasWayBack = sentences.some(
      (s) => matches(RESUBMIT, s) || (matches(RIGHT_OR_COMMITMENT, s) && matches(AFTER_PROCEEDINGS, s)),
    );
    if (hasWayBack) return [];
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      if (!matches(PROCEEDINGS, sentence) || matches(OMBUDSMAN, sentence)) continue;
      if (!matches(REFUSES, sentence) && !matches(PAUSE, sentence)) continue;
      findings.push({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This pauses or declines the complaint because of court proceedings but does not tell the complainant they can resubmit it when the proceedings end. Pausing is allowed (reg 8) only with that way back in (Devon 24 011 510; Lancashire 16 017 549).',
        fixes: [appendFix('Add the right to resubmit after the proceedings', sentence, ' ' + resubmitAfterProceedingsParagraph(context.council), true)],
      });
    }
    return findings.slice(0, 1);
  },
};
