import type { Finding, Rule } from '../types';
import { complaintPoints, decisionOf, type ComplaintPoint } from '../../model/complaintPoints';
import { insertParagraph } from '../helpers';
import { appendFix, blockAt, fillCellFix, nextSentence, sentencesBefore } from './shared';
import { matches } from '../../model/memo';

const RECOMMENDATION = /\brecommend\w*/i;
const ENDS_SENTENCE = /[.!?:;]\s*$/i;
const PANEL_REPORT = /\bpanel['’]?s?\s+(?:report|findings|recommendations|conclusions)\b|\breport\s+(?:of|from)\s+the\s+(?:review\s+)?panel\b/i;
const NO_RECOMMENDATIONS =
  /\b(?:made|make|had|has)\s+no\s+recommendations\b|\b(?:did|does)\s+not\s+make\s+any\s+recommendations\b|\bno\s+recommendations\s+(?:were|was|have\s+been)\s+made\b|\bwithout\s+(?:making\s+)?(?:any\s+)?recommendations\b/i;
/** The council's answer to the recommendations as a whole ("which the Council accepts", "I accept all three"). */
const ALL_ANSWERED =
  /\b(?:accept\w*|agree\w*\s+(?:to|with)|implement\w*|reject\w*)\s+(?:all|each|both|every\w*|none)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|these\s+)?(?:(?:panel['’]s|two|three|four|five)\s+)?(?:recommendations?|of\s+them|them)?|\brecommendations?\b[^.]{0,80}\b(?:which|that)\s+(?:the\s+council|we|I)\s+(?:(?:have|has|fully|now)\s+)*(?:accept|agree|implement)\w*|\b(?:all|each|both|every|the)\s+(?:of\s+the\s+)?(?:panel['’]s\s+)?recommendations?\s+(?:are|have\s+been|were|is|has\s+been|will\s+be)\s+(?:(?:fully|all)\s+)?(?:accepted|agreed|implemented)\b|\b(?:I|we|the\s+council)\s+(?:\w+\s+)?(?:accepts?|agrees?\s+(?:to|with))\s+(?:them|these|those|both|all)\b/i;
/** "We do not accept all of the recommendations" answers none of them. */
const NEGATED = /\b(?:not|n['’]t|none|neither)\b/i;
const DECISION_WORDS = /\b(?:accept\w*|agree\w*|reject\w*|declin\w*|implement\w*|act\s+on|take\s+forward|not\s+(?:be\s+)?follow\w*)\b/i;
/** Reasons for not accepting a recommendation. */
const REASON =
  /\b(?:because|since|reasons?|due\s+to|given\s+that|on\s+the\s+basis|in\s+view\s+of|instead|already|however|as\s+(?:we|the|this|it|there|you|our|a|an|I)|we\s+(?:consider|believe|think|do\s+not\s+think)|I\s+(?:consider|believe|think|do\s+not\s+think)|explained|set\s+out|would\s+(?:mean|not\s+be|be\s+unfair|cost|duplicate)|(?:decided|concluded)\s+that|tak(?:en|ing)\s+into\s+account|proportionate|in\s+reaching\s+(?:this|that|my|our)|balanc\w+|we\s+(?:feel|felt)|I\s+(?:feel|felt))\b/i;

export const responseMissingElements: Rule = {
  meta: {
    id: 'stage3/response-missing-elements',
    title: 'Stage 3 final response that does not answer each panel recommendation, with reasons for any rejected',
    defaultSeverity: 'error',
    citation:
      'SI 2006/1738 reg 20 (the council, with the Stage 2 Independent Person, decides how to respond to the panel’s recommendations and writes to the complainant with its response and proposals: LG Inform duty 3565); Family Rights Group on reg 20 and Getting the Best from Complaints 3.18.2 (reasons for not following a recommendation, in writing) [S]',
    description:
      'The council’s final response after a Review Panel must deal with the panel’s recommendations: say whether it accepts each one (and what it will do), and give its reasons for any it does not accept. A response that does not mention the recommendations, lists them without a decision on each, or rejects one without reasons is incomplete. Signposting to the Ombudsman is checked separately (signpost/missing-lgsco-after-stage3). The fixes add lines with placeholders for the decision or reasons.',
    appliesTo: ['stage3-final-response'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        {
          letter: 'stage3-final-response',
          text: 'The Review Panel met on 3 June and sent us its report.\n\n1. Recommendation 1: apologise for the delay in the assessment. Accepted: I apologise for the delay.\n2. Recommendation 2: pay £300 for the time and trouble caused.',
        },
        {
          letter: 'stage3-final-response',
          text: 'The Review Panel met on 3 June. The panel recommended that we pay you £300. The Council does not accept this recommendation.',
        },
        {
          letter: 'stage3-final-response',
          text: 'The Review Panel met on 3 June to consider your complaint. I have now considered the panel’s findings together with the Independent Person.',
        },
        {
          letter: 'stage3-final-response',
          text: 'The panel recommended that the Council should:\n\n1. apologise for the cancelled visits;\n2. pay you £150; and\n3. review how visits are rearranged.\n\n**Recommendation 1**\n\nAccepted. I apologise for the cancelled visits.\n\n**Recommendation 3**\n\nAccepted. The review will be finished by 30 September.',
        },
        {
          letter: 'stage3-final-response',
          text: 'The panel made two recommendations.\n\n**1. That the Council refund the cost of the private speech therapy.**\n\nWe have decided against this.\n\n**2. That the Council review its waiting times.**\n\nYes: the review will be finished by 31 October.',
        },
      ],
      correct: [
        {
          letter: 'stage3-final-response',
          text: 'The Review Panel met on 3 June.\n\n1. Recommendation 1: apologise for the delay in the assessment. Accepted: I apologise for the delay.\n2. Recommendation 2: pay £300. Not accepted, because we paid you £300 for the same delay in March.',
        },
        {
          letter: 'stage3-final-response',
          text: 'The Review Panel met on 3 June and made two recommendations, which the Council accepts. We will review the contact plan by 31 July.',
        },
        { letter: 'stage3-final-response', text: 'The Review Panel met on 3 June and made no recommendations, as it found that the Council had acted correctly.' },
        {
          letter: 'stage3-final-response',
          text: '## Recommendation 1: a new social worker\n\n**Our decision:** Accepted.\n\n**What we will do:** Mr Cole will be your social worker from 1 July.\n\n## Recommendation 2: a payment of £300\n\n**Our decision:** Not accepted.\n\n**Reasons:** We paid you £300 for the same delay in March.',
        },
        {
          letter: 'stage3-final-response',
          text: 'Here is what we will do about each thing the panel recommended.\n\n**1. Give Sam a laptop for college.**\nYes, we will do this by 1 September.\n\n**2. Move Sam to a flat in the town centre.**\nNo. There are no council flats free in the town centre, so we will help Sam bid for one through the housing register instead.',
        },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    const sentences = model.sentences;
    if (sentences.some((s) => matches(NO_RECOMMENDATIONS, s))) return [];
    const recommendations = complaintPoints(model).filter((p) => p.kind === 'recommendation');
    const allAnswered = sentences.some((s) => matches(ALL_ANSWERED, s) && !matches(NEGATED, s));

    if (recommendations.length > 0) {
      for (const rec of recommendations) {
        const first = blockAt(model, rec.titleSpan.start);
        const anchor = rec.source === 'table' ? rec.span : first ? { start: first.start, end: first.end } : rec.titleSpan;
        if (!rec.decision && !rec.labelled) {
          if (allAnswered) continue;
          const fix =
            rec.source === 'table'
              ? rec.cells?.outcome
                ? fillCellFix('Add a decision to fill in', rec.cells.outcome, model, '[accepted / not accepted, and why]')
                : undefined
              : appendFix(
                  'Add a decision line to fill in',
                  anchor,
                  // Under a heading or a bold title, the decision goes on a line of its own.
                  (rec.source === 'heading' || (rec.source === 'label' && !ENDS_SENTENCE.test(model.text.slice(anchor.start, anchor.end))) ? model.eol + model.eol : ' ') +
                    'Our decision: [accepted, and what we will do by when / not accepted, and why].',
                  false,
                );
          findings.push({
            ruleId: this.meta.id,
            start: anchor.start,
            end: anchor.end,
            message: `The response does not say whether the council accepts recommendation ${rec.number}. Say whether it is accepted (and what will be done, by when) or not accepted (and why).`,
            fixes: fix ? [fix] : [],
          });
          continue;
        }
        if ((rec.decision === 'not-accepted' || rec.decision === 'partly-accepted') && !reasonsGiven(rec)) {
          const at = rec.outcomeSpan ?? anchor;
          findings.push({
            ruleId: this.meta.id,
            start: at.start,
            end: at.end,
            message: `The council does not (fully) accept recommendation ${rec.number} but gives no reasons. It need not follow the panel, but it must explain why in writing.`,
            fixes: [appendFix('Add the reasons to fill in', at, ' Our reasons: [why the Council does not accept this recommendation].', false)],
          });
        }
      }
      return findings;
    }

    // Recommendations in prose: a rejection needs reasons beside it.
    for (const s of sentences) {
      if (!matches(RECOMMENDATION, s) && !/\b(?:this|that|it)\b/i.test(s.text)) continue;
      const decision = decisionOf(s.text);
      if (decision !== 'not-accepted' && decision !== 'partly-accepted') continue;
      if (!matches(RECOMMENDATION, s) && !RECOMMENDATION.test(sentencesBefore(model, s, 1)[0]?.text ?? '')) continue;
      const following = nextSentence(model, s);
      if (matches(REASON, s) || (following && matches(REASON, following))) continue;
      findings.push({
        ruleId: this.meta.id,
        start: s.start,
        end: s.end,
        message: 'This does not accept a panel recommendation but gives no reasons. The council need not follow the panel, but it must explain why in writing.',
        fixes: [appendFix('Add the reasons to fill in', s, ' Our reasons: [why the Council does not accept this recommendation].', false)],
      });
    }
    if (findings.length > 0) return findings;

    const mentions = sentences.filter((s) => matches(RECOMMENDATION, s) || matches(PANEL_REPORT, s));
    const recommendationMentions = sentences.filter((s) => matches(RECOMMENDATION, s));
    if (recommendationMentions.length === 0) {
      const paragraph =
        'The panel’s report made [number] recommendations. Our decision on each, and our reasons, are: [recommendation: accepted, and what we will do by when / not accepted, and why].';
      const insertion = insertParagraph(model, paragraph, 'Insert the response to each recommendation, to fill in', 'stage3-recommendations');
      if (!insertion) return [];
      const at = mentions[0] ?? insertion.anchor;
      const inside = mentions[0] ? appendFix('Add the response to each recommendation, to fill in', mentions[0], ' ' + paragraph, false) : { ...insertion.fix, safe: false };
      return [
        {
          ruleId: this.meta.id,
          start: at.start,
          end: at.end,
          message:
            'This final response does not deal with the panel’s recommendations. Set out each recommendation, whether the council accepts it (and what it will do, by when), and its reasons for any it does not accept.',
          fixes: [inside],
        },
      ];
    }
    const answered = allAnswered || recommendationMentions.some((s) => {
      const following = nextSentence(model, s);
      return DECISION_WORDS.test(s.text.replace(/\brecommend\w*/gi, '')) || (following && matches(DECISION_WORDS, following)) || (following && /\b(?:we|I|the\s+council)\s+will\b/i.test(following.text));
    });
    if (answered) return [];
    const at = recommendationMentions[0];
    return [
      {
        ruleId: this.meta.id,
        start: at.start,
        end: at.end,
        message: 'The response mentions the panel’s recommendations but does not say whether the council accepts each one, or why not.',
        fixes: [appendFix('Add the decision on each recommendation, to fill in', at, ' Our decision on each recommendation: [accepted, and what we will do by when / not accepted, and why].', false)],
      },
    ];
  },
};

const words = (text: string) => (text.match(/[a-z]+/gi) ?? []).length;

/**
 * Reasons for not accepting a recommendation: a reason word ("because", "already"), or any
 * explanation after the decision ("Not accepted. The therapy was arranged before…").
 */
function reasonsGiven(rec: ComplaintPoint): boolean {
  if (rec.sentences.slice(1).some((s) => matches(REASON, s))) return true;
  const at = rec.sentences.findIndex((s) => rec.outcomeSpan && s.start === rec.outcomeSpan.start);
  if (at === -1) return false;
  if (rec.sentences.slice(at + 1).some((s) => words(s.text) >= 6)) return true;
  const separated = /[:;,–—]\s*(.*)$/.exec(rec.sentences[at].text);
  return Boolean(separated && words(separated[1]) >= 5);
}


