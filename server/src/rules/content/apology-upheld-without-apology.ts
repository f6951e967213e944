import type { Finding, Rule } from '../types';
import { complaintPoints, outcomeOf, pointAt } from '../../model/complaintPoints';
import { appendFix, fillCellFix, genuineApologies, isApologisedFor, PROCESS_DELAY } from './shared';
import { matches } from '../../model/memo';

const APOLOGY_LINE = ' I apologise that [say what the Council got wrong], and for the effect this had on you.';

export const upheldWithoutApology: Rule = {
  meta: {
    id: 'apology/upheld-without-apology',
    title: 'Complaint upheld without an apology',
    defaultSeverity: 'warning',
    citation:
      'LGSCO Guidance on remedies, Part 3 s3.2 (an apology accepts that the organisation got things wrong and recognises the impact); LGSCO decisions routinely require one: Kent 24 003 150, Lewisham 23 020 345, Bexley 24 016 952',
    description:
      'Where a complaint, or a complaint point, is upheld in whole or in part, the letter should apologise for what went wrong, specifically. In a letter with complaint points, each point upheld in full needs its own apology unless the letter apologises for the failings found as a whole (after setting them out); a point only partly upheld is covered by any apology in the letter. An apology for the letter’s own lateness, or a non-apology (“sorry you feel…”), does not count. In a Stage 2 adjudication, a point with neither an apology nor an action is reported by stage2/missing-findings-or-actions instead. The fix adds an apology line for the officer to complete.',
    appliesTo: ['stage1-response', 'stage2-adjudication', 'stage3-final-response'],
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'I have spoken to the team manager and read the records. I uphold your complaint that your calls were not returned. The team manager has reminded staff to return calls within two working days.' },
        {
          letter: 'stage2-adjudication',
          text: '## Complaint 1: missed visits\n\nFinding: upheld. The team manager will make sure visits take place every four weeks.\n\n## Complaint 2: the care plan\n\nFinding: not upheld.',
        },
        { letter: 'stage1-response', text: 'Your complaint is partly upheld. We are sorry that you feel the assessment was rushed.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'I uphold your complaint. I apologise that we did not return your calls for three weeks, which left you without support.' },
        {
          letter: 'stage2-adjudication',
          text: '## Complaint 1: missed visits\n\nFinding: upheld. The team manager will make sure visits take place every four weeks.\n\n## Complaint 2: the care plan\n\nFinding: partly upheld.\n\nI apologise for each of the failings the investigation found.',
        },
        { letter: 'stage1-response', text: 'I do not uphold your complaint. I was sorry to hear how worried you have been about Amir.' },
      ],
    },
  },
  check(model) {
    const points = complaintPoints(model).filter((p) => p.kind === 'complaint');
    const inPoint = (offset: number) => pointAt(points, offset) !== undefined;
    const findings: Finding[] = [];
    const upheldPoints = points.filter((p) => p.outcome === 'upheld' || p.outcome === 'partially-upheld');
    if (upheldPoints.length > 0) {
      // In an adjudication, a point with neither an apology nor an action is stage2/missing-findings-or-actions'.
      const adjudication = model.inference.letterType === 'stage2-adjudication';
      for (const point of upheldPoints) {
        if (isApologisedFor(model, point, points) || (adjudication && point.actions.length === 0)) continue;
        const at = point.outcomeSpan ?? point.titleSpan;
        const table = point.source === 'table';
        findings.push({
          ruleId: this.meta.id,
          start: table ? point.span.start : at.start,
          end: table ? point.span.end : at.end,
          message: `Complaint point ${point.number} is ${point.outcome === 'upheld' ? 'upheld' : 'partly upheld'}, but the letter does not apologise for it. Say what the council got wrong and apologise for it (LGSCO Guidance on remedies s3.2).`,
          fixes: table
            ? point.cells?.action
              ? [fillCellFix('Add an apology to complete', point.cells.action, model, APOLOGY_LINE.trim())]
              : []
            : [appendFix('Add an apology to complete', at, APOLOGY_LINE, false)],
        });
      }
      return findings;
    }
    if (genuineApologies(model).some((a) => !matches(PROCESS_DELAY, a))) return [];
    const upheld = model.sentences.find((s) => {
      if (inPoint(s.start)) return false;
      const outcome = outcomeOf(s.text);
      return outcome === 'upheld' || outcome === 'partially-upheld';
    });
    if (!upheld) return [];
    return [
      {
        ruleId: this.meta.id,
        start: upheld.start,
        end: upheld.end,
        message:
          'This upholds the complaint (in whole or in part), but the letter does not apologise. Say what the council got wrong and apologise for it (LGSCO Guidance on remedies s3.2); an apology for feelings (“sorry you feel…”) is not enough.',
        fixes: [appendFix('Add an apology to complete', upheld, APOLOGY_LINE, false)],
      },
    ];
  },
};
