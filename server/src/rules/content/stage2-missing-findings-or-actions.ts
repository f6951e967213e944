import type { Finding, Rule } from '../types';
import type { LetterModel } from '../../model/letterModel';
import { closesPoints, complaintPoints, isAction, isFindingPlaceholder, outcomeOf, pointAt, type ComplaintPoint } from '../../model/complaintPoints';
import { missingParagraphFinding, sentencesOfBlock } from '../helpers';
import { appendFix, blockAt, fillCellFix, genuineApologies, isApologisedFor } from './shared';
import { matches } from '../../model/memo';

const FINDING_PLACEHOLDER = 'Finding: [upheld / partly upheld / not upheld / no finding], because [reasons].';
const ACTION_PLACEHOLDER = 'Action: [what we will do to put this right, who will do it, and by when].';

/** A heading or label that introduces the letter's actions. */
const ACTION_SECTION =
  /^\s*(?:actions?|action\s+plan|agreed\s+actions?|what\s+(?:we|the\s+council|I)\s+(?:will|have\s+agreed\s+to)\s+do|putting\s+(?:things|this|it|matters)\s+right|remed(?:y|ies)|learning|recommendations?|outcomes?\s+and\s+actions?|how\s+we\s+will\s+put|what\s+we\s+will\s+change)\b/i;
const ACTION_PLAN = /\baction\s+plan\b/i;
/**
 * A reasoned decision that nothing more is needed for an upheld point: "no further action is
 * needed, as the plan was corrected in May", "this has already been put right".
 */
const NOTHING_MORE_NEEDED =
  /\bno\s+(?:further\s+|other\s+|additional\s+)?(?:action|remedy|steps?)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:now\s+)?(?:needed|required|necessary|appropriate)\s*,?\s+(?:because|as|since|given)\b|\b(?:has|have)\s+(?:already|since)\s+been\s+(?:put\s+right|resolved|remedied|addressed|dealt\s+with)\b|\balready\s+(?:put|been\s+put)\s+right\b/i;

const upheld = (p: ComplaintPoint) => p.outcome === 'upheld' || p.outcome === 'partially-upheld';

/**
 * Points whose actions follow them, after the list or table of points and before the next heading
 * or the closing paragraphs ("All three points are upheld: 1. … 2. … 3. … I apologise. To put
 * things right: - we will …"). The actions there answer the points just above them.
 */
function pointsWithActionsAfter(model: LetterModel, points: readonly ComplaintPoint[]): Set<ComplaintPoint> {
  const covered = new Set<ComplaintPoint>();
  const blocks = model.blocks;
  const inPoint = (k: number) => pointAt(points, blocks[k].start);
  let run: ComplaintPoint[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const point = inPoint(k);
    if (point) {
      if (!run.includes(point)) run.push(point);
      continue;
    }
    if (run.length === 0) continue;
    // The paragraphs after a run of points, up to a heading, a closing paragraph or the next point.
    let acted = false;
    for (let j = k; j < blocks.length && j < k + 10; j++) {
      if (blocks[j].kind === 'heading' || inPoint(j)) break;
      const text = model.voice.slice(blocks[j].start, blocks[j].end);
      if (closesPoints(text)) break;
      if (sentencesOfBlock(model, j).some((s) => isAction(s.text))) {
        acted = true;
        break;
      }
    }
    if (acted) for (const p of run) covered.add(p);
    run = [];
  }
  return covered;
}

/** The letter sets out its actions in a section of their own (or an agreed action plan) rather than under each point. */
function hasActionSection(model: LetterModel, points: readonly ComplaintPoint[]): boolean {
  const inPoint = (offset: number) => pointAt(points, offset) !== undefined;
  if (model.sentences.some((s) => matches(ACTION_PLAN, s) && !inPoint(s.start))) return true;
  const blocks = model.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (inPoint(blocks[i].start) || !ACTION_SECTION.test(model.voice.slice(blocks[i].start, blocks[i].end))) continue;
    const level = blocks[i].kind === 'heading' ? (blocks[i].headingLevel ?? 1) : 7;
    // The section under the heading (a few blocks at most: an action list or table).
    for (let k = i; k < Math.min(blocks.length, i + 30); k++) {
      if (k > i && blocks[k].kind === 'heading' && (blocks[k].headingLevel ?? 1) <= level) break;
      if (sentencesOfBlock(model, k).some((s) => isAction(s.text))) return true;
    }
  }
  return false;
}

export const missingFindingsOrActions: Rule = {
  meta: {
    id: 'stage2/missing-findings-or-actions',
    title: 'Complaint point without a finding, or upheld point with nothing done to put it right',
    defaultSeverity: 'warning',
    citation:
      'LGSCO Bexley 24 016 952 (the adjudication decides "what the council’s response to the complaint will be, including what action it will take"; a "clear action plan" is needed); Bexley 24 005 987 (a detailed report "with a clear rationale" for each finding: no fault); Guidance on remedies s3.1 [I: as a general letter requirement]',
    description:
      'A Stage 2 adjudication should give a finding on each complaint point (upheld, partly upheld, not upheld, or no finding) and, for each point upheld in whole or in part, a remedy: what the council will do, or has done, to put it right (who will do it and by when), as well as an apology. An apology on its own is not a remedy for an upheld point: say what will change, or why nothing more is needed. Points are recognised in headings (“Complaint 1: …”), emphasised lead phrases, numbered lists and tables. Actions may be set out under each point or in an action section of their own. A point upheld with an action but no apology is reported by apology/upheld-without-apology. The fixes add a “Finding:” or “Action:” line with placeholders for the officer to fill in.',
    appliesTo: ['stage2-adjudication'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        {
          letter: 'stage2-adjudication',
          text: '## Complaint 1: missed visits\n\nThe Investigating Officer found that the social worker missed three visits in May. I uphold this complaint.\n\n## Complaint 2: the care plan\n\nThe care plan was reviewed in June and again in September.',
        },
        {
          letter: 'stage2-adjudication',
          text: 'You complained that:\n\n1. your calls were not returned in January. Upheld.\n2. the assessment was late. Not upheld.',
        },
        {
          letter: 'stage2-adjudication',
          text: '| Complaint | Finding | Action |\n|---|---|---|\n| Calls not returned | Upheld |  |\n| Assessment late | Not upheld | None |',
        },
        {
          letter: 'stage2-adjudication',
          text: '## Complaint 1: you were not told your son was seen at school\n\nFinding: upheld.\n\nI apologise that nobody told you, and I understand how worrying it was to hear it from him first.\n\n## Complaint 2: the care plan\n\nFinding: not upheld.',
        },
      ],
      correct: [
        {
          letter: 'stage2-adjudication',
          text: '## Complaint 1: missed visits\n\nFinding: upheld. I apologise that the social worker missed three visits. The team manager will make sure visits take place every four weeks, starting by 31 July.\n\n## Complaint 2: the care plan\n\nFinding: not upheld. The care plan was reviewed in June and again in September.',
        },
        {
          letter: 'stage2-adjudication',
          text: '| Complaint | Finding | Action, by whom and by when |\n|---|---|---|\n| 1. Calls not returned | Upheld | Team manager to remind staff to return calls within two working days, by 30 June |\n| 2. Assessment late | Not upheld | None |',
        },
        {
          letter: 'stage2-adjudication',
          text: '## Complaint 1: the wrong school attendance figure\n\nFinding: upheld. I apologise for the mistake. No further action is needed, as the assessment was corrected in May and a copy sent to you.',
        },
      ],
    },
  },
  check(model) {
    const points = complaintPoints(model).filter((p) => p.kind === 'complaint');
    const findings: Finding[] = [];
    if (points.length === 0) {
      const stated = model.sentences.filter((s) => outcomeOf(s.text) || isFindingPlaceholder(s.text));
      if (stated.length === 0) {
        const table =
          `| Complaint | Finding | Action, by whom and by when |${model.eol}|---|---|---|${model.eol}` +
          '| [complaint 1] | [upheld / partly upheld / not upheld / no finding] | [action, who, by when] |';
        const finding = missingParagraphFinding(model, {
          ruleId: this.meta.id,
          message:
            'This adjudication gives no finding on the complaint. Say, for each complaint point, whether it is upheld, partly upheld or not upheld (or that no finding could be made), and what the council will do about each point upheld.',
          paragraph: table,
          fixTitle: 'Insert a table of findings and actions to fill in',
          group: 'stage2-findings-table',
          safe: false,
        });
        return finding ? [finding] : [];
      }
      const firstUpheld = stated.find((s) => {
        const outcome = outcomeOf(s.text);
        return outcome === 'upheld' || outcome === 'partially-upheld';
      });
      if (firstUpheld && !model.sentences.some((s) => isAction(s.text) || matches(NOTHING_MORE_NEEDED, s))) {
        findings.push({
          ruleId: this.meta.id,
          start: firstUpheld.start,
          end: firstUpheld.end,
          message: `This upholds the complaint (in whole or in part) but the letter ${genuineApologies(model).length > 0 ? 'only apologises: it does' : 'does'} not say what the council will do to put it right (what, who will do it and by when), or why nothing more is needed.`,
          fixes: [appendFix('Add an action line to fill in', firstUpheld, ' ' + ACTION_PLACEHOLDER, false)],
        });
      }
      return findings;
    }
    const actionSection = hasActionSection(model, points);
    const actionsAfter = pointsWithActionsAfter(model, points);
    for (const point of points) {
      const first = blockAt(model, point.titleSpan.start);
      const anchor = point.source === 'table' ? point.span : first ? { start: first.start, end: first.end } : point.titleSpan;
      const name = point.title.length > 80 ? `complaint point ${point.number}` : `“${point.title}”`;
      if (!point.outcome && !point.labelled) {
        const fixes = [];
        if (point.source === 'table') {
          if (point.cells?.outcome) fixes.push(fillCellFix('Add a finding to fill in', point.cells.outcome, model, '[upheld / partly upheld / not upheld / no finding]'));
        } else {
          // In a list item a new paragraph would leave the item (and its finding) behind: stay on its line.
          const lineStart = model.lines.lineStarts[model.lines.lineAt(anchor.start)];
          const inListItem = /^[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]/.test(model.text.slice(lineStart, anchor.start + 1));
          const ownLine = point.source === 'heading' || (!inListItem && !/[.!?:]\s*$/.test(model.text.slice(anchor.start, anchor.end)));
          fixes.push(appendFix('Add a finding line to fill in', anchor, (ownLine ? model.eol + model.eol : ' ') + FINDING_PLACEHOLDER, false));
        }
        findings.push({
          ruleId: this.meta.id,
          start: anchor.start,
          end: anchor.end,
          message: `The adjudication gives no finding on ${name}. Say whether it is upheld, partly upheld or not upheld (or that no finding could be made), and why.`,
          fixes,
        });
        continue;
      }
      if (!upheld(point) || point.actions.length > 0 || actionSection || actionsAfter.has(point) || point.sentences.some((s) => matches(NOTHING_MORE_NEEDED, s))) continue;
      const apologised = isApologisedFor(model, point, points);
      // From the finding to the end of its paragraph: the action line goes at the end of the paragraph.
      const outcome = point.outcomeSpan ?? anchor;
      const block = blockAt(model, outcome.start);
      const at = { start: outcome.start, end: block && block.end >= outcome.end ? block.end : outcome.end };
      const fix =
        point.source === 'table'
          ? point.cells?.action
            ? fillCellFix('Add an action to fill in', point.cells.action, model, '[action, who, by when]')
            : appendFix('Add an action line to fill in', point.cells?.outcome ?? at, ' ' + ACTION_PLACEHOLDER, false)
          : appendFix('Add an action line to fill in', at, ' ' + ACTION_PLACEHOLDER, false);
      const span = point.source === 'table' ? point.span : at;
      findings.push({
        ruleId: this.meta.id,
        start: span.start,
        end: span.end,
        message: `${name.charAt(0).toUpperCase() + name.slice(1)} is ${point.outcome === 'upheld' ? 'upheld' : 'partly upheld'}, but the letter ${apologised ? 'only apologises for it: an apology alone does not put it right. Say' : 'offers no remedy for it: neither an apology nor an action. Say'} what the council will do about it (who will do it and by when), or why nothing more is needed.`,
        fixes: [fix],
      });
    }
    return findings;
  },
};
