import type { Finding, Rule } from '../types';
import { OMBUDSMAN } from '../phrases';
import { appendFix, CONSEQUENTLY, previousSentence, REFUSES } from './shared';
import { matches } from '../../model/memo';

/** The complaint is late: more than a year, outside the time limit. */
const LATE =
  /\bmore\s+than\s+(?:a|one|1|12|twelve)\s+(?:years?|months?)\b|\bover\s+(?:a|one|1|12|twelve)\s+(?:years?|months?)\s+(?:ago|after|since|before|had\s+passed|has\s+passed)|\boutside\s+(?:the|our|of\s+the)\s+(?:\w+[\s-])?(?:\w+[\s-])?(?:time\s+limit|timescale|time\s*frame|time\s+period|period\s+for\s+(?:making\s+)?complaints|limit)\b|\bout\s+of\s+time\b|\b(?:12|twelve)[\s-]months?\s+(?:time[\s-])?limit\b|\bone[\s-]year\s+(?:time[\s-])?limit\b|\btime\s+limit\b|\btoo\s+(?:long\s+ago|late)\b|\b(?:made|received|brought|raised|complain(?:ed)?)\s+within\s+(?:a|one|1|12|twelve)\s+(?:year|months?)\b|\bhistoric(?:al)?\s+(?:complaint|matter|events|issues|concerns)\b|\b(?:years?|months?)\s+(?:ago|earlier)\b[^.]{0,60}\b(?:cannot|unable|will\s+not|not\s+able)/i;
/** Reasons for the delay considered. */
const REASONS =
  /\breasons?\s+(?:for|why)\b|\bwhy\s+you\s+(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|were\s+(?:not\s+)?(?:un)?able\s+to|have\s+not|haven['’]t|waited)\b|\breasonabl[ey]\b[^.]{0,40}\b(?:expect|complain\w*|earlier|sooner|within|in\s+time)|\bgood\s+reasons?\b|\b(?:prevented|stopped)\s+you\b|\byour\s+(?:health|illness|mental\s+health|circumstances|situation)\b|\bnot\s+(?:been\s+)?(?:reasonable|possible)\s+for\s+you\b|\bexceptional\s+circumstances\b|\bdiscretion\b|\bconsidered\s+whether\b/i;
/** Whether it can still be investigated fairly and effectively. */
const FAIRNESS =
  /\bfair(?:ly)?\s+(?:and\s+effective(?:ly)?\s+)?(?:investigat|consider|look|deal)|\b(?:investigat|consider|look\s+into|deal\s+with)\w*\b[^.]{0,50}\b(?:fairly|effectively|properly)\b|\brecords?\s+(?:are|were|is|was)\s+(?:no\s+longer|not)\s+(?:available|held|kept)|\b(?:staff|officers?|workers?|people|the\s+social\s+worker)\s+(?:involved\s+)?(?:have|has)\s+(?:since\s+|now\s+)?left\b|\bno\s+longer\s+(?:available|possible|hold|have|work)\b|\bevidence\s+(?:is|was)\s+(?:no\s+longer|not)\b/i;

export const outOfTimeNoDiscretion: Rule = {
  meta: {
    id: 'refusal/out-of-time-no-discretion',
    title: 'Complaint refused as out of time without considering the reasons or whether it can still be investigated',
    defaultSeverity: 'warning',
    citation:
      'SI 2006/1738 reg 9 [I] (one year, but a later complaint may be considered where it was not reasonable to expect it to be made in time and it can still be considered effectively and fairly); LGSCO West Sussex 20 006 409 (refusing an out-of-time complaint without properly considering the reasons for the delay: fault)',
    description:
      'A complaint made more than a year after the events can still be considered if it would not have been reasonable to expect the complainant to complain in time and it is still possible to consider it effectively and fairly. A refusal on time grounds must show that the council considered both: the complainant’s reasons for the delay, and whether a fair investigation is still possible. The fix adds a sentence for the officer to complete.',
    appliesTo: ['refusal', 'stage1-acknowledgement', 'stage1-response', 'stage2-acknowledgement', 'unknown-letter'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'refusal', text: 'Your complaint concerns events in 2021, more than 12 months ago. We are therefore unable to consider it under the statutory complaints procedure.' },
        { letter: 'refusal', text: 'As your complaint falls outside the one-year time limit, it will not be investigated.' },
      ],
      correct: [
        { letter: 'refusal', text: 'Your complaint concerns events more than a year ago. We have considered your reasons for the delay, including your health at the time, and whether we can still investigate fairly; as the records are no longer available, we are unable to investigate it.' },
        { letter: 'stage1-response', text: 'Although your complaint was made more than a year after the events, it was not reasonable to expect you to complain sooner, and we have investigated it.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    for (const sentence of model.sentences) {
      if (!matches(REFUSES, sentence) || matches(OMBUDSMAN, sentence)) continue;
      const before = previousSentence(model, sentence);
      const late = matches(LATE, sentence) || (before !== undefined && LATE.test(before.text) && matches(CONSEQUENTLY, sentence));
      if (!late) continue;
      // Consideration anywhere near: this paragraph, the one before, or the one after.
      const near = model.sentences.filter((s) => s.block >= sentence.block - 1 && s.block <= sentence.block + 1).map((s) => s.text).join(' ');
      if (REASONS.test(near) || FAIRNESS.test(near)) continue;
      findings.push({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'This refuses the complaint as out of time without showing that the council considered the reasons for the delay, or whether the complaint can still be investigated fairly and effectively. A complaint more than a year late can still be considered (reg 9; West Sussex 20 006 409).',
        fixes: [
          appendFix(
            'Add the consideration of the reasons for delay and of fairness, to complete',
            sentence,
            ' We have considered whether it was reasonable to expect you to complain sooner, and whether we can still investigate your complaint fairly and effectively: [our reasons].',
            false,
          ),
        ],
      });
    }
    return findings;
  },
};
