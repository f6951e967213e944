import type { Finding, Rule } from '../types';
import { timelineOf } from '../../model/timeline';
import { TIMESCALES } from '../../time/deadlines';
import { formatLongDate } from '../../time/calendar';
import { formatLike } from './dateFormat';
import { matches } from '../../model/memo';
import { sentenceContaining } from '../../model/voice';
import type { Span } from '../../model/text';

const EXTENSION = /\b(?:extend\w*|extension|more\s+time|additional\s+time|further\s+time|longer\s+than|(?:unable|not\s+be\s+able|cannot)\s+to\s+(?:complete|respond|finish)|new\s+date|revised\s+date)\b/i;
const NEW_DATE_SENTENCE = /\b(?:new|revised|extended)\s+(?:date|deadline)\b|\bby\s+which\b|\bwill\s+(?:now\s+)?(?:receive|send|respond|reply|write|complete|finish)\w*\b/i;
const REASON =
  /\bbecause\b|\bdue\s+to\b|\bowing\s+to\b|\bas\s+(?:we|the|our|a|it|there|some|several|further)\b|\breasons?\b|\bso\s+that\b|\bin\s+order\s+to\b|\bsince\s+(?:we|the|our)\b|\btherefore\b|\bunwell\b|\billness\b|\bawait\w*|\bwaiting\s+for\b|\bnot\s+yet\s+(?:been\s+able|received|had)\b|\bstill\s+(?:waiting|needs?)\b|\bneeds?\s+to\s+(?:interview|obtain|see|speak|review|gather|trace|read)\b|\bcomplex\w*/i;

export const extensionNotExplained: Rule = {
  meta: {
    id: 'time/extension-not-explained',
    title: 'Stage 2 extension without a reason or new date',
    defaultSeverity: 'warning',
    citation:
      'Getting the Best from Complaints / Family Rights Group 6-2 [S]: if stage 2 cannot be completed in 25 working days the council must explain why in writing and give a new date, no later than 65 working days after the request; reg 17 [I]',
    description:
      'A letter extending stage 2 must say why more time is needed and give the new date, which may not be later than 65 working days after the stage 2 request (an error if it is).',
    appliesTo: ['stage2-extension'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-extension', frontMatter: ['requested: 2024-04-30'], text: 'I am writing to let you know that we need to extend the stage 2 investigation of your complaint.' },
        {
          letter: 'stage2-extension',
          frontMatter: ['requested: 2024-04-30'],
          text: 'We need more time because the Investigating Officer is still waiting for records from the fostering team. We will send you our response by 30 September 2024.',
        },
      ],
      correct: [
        {
          letter: 'stage2-extension',
          frontMatter: ['requested: 2024-04-30'],
          text: 'We need more time because the Investigating Officer is still waiting for records from the fostering team. We will send you our response by 25 July 2024, within the 65 working days the law allows.',
        },
      ],
    },
  },
  check(model, { calendar }) {
    const timeline = timelineOf(model);
    const requested = timeline.anchors.stage2Requested;
    const latest = requested ? calendar.addWorkingDays(requested.date, TIMESCALES.stage2.latest) : null;
    const findings: Finding[] = [];
    // The new date: a deadline ("by 8 July"), or any date in a sentence about when the response comes.
    const inNewDateSentence = (d: Span) => {
      const sentence = sentenceContaining(model.sentences, d);
      return sentence !== undefined && matches(NEW_DATE_SENTENCE, sentence);
    };
    const newDates = timeline.dates.filter(
      (d): d is typeof d & { date: Date } =>
        d.date !== null &&
        (!requested || d.start !== requested.start) &&
        (timeline.deadlines.some((deadline) => deadline.start === d.start) || inNewDateSentence(d)),
    );
    if (latest) {
      for (const deadline of newDates.filter((d) => d.date > latest)) {
        const raw = model.text.slice(deadline.start, deadline.end);
        const replacement = formatLike(raw, latest);
        findings.push({
          ruleId: this.meta.id,
          start: deadline.start,
          end: deadline.end,
          severity: 'error',
          message: `The new date is later than the law allows: stage 2 must end within 65 working days of the request (${formatLongDate(requested!.date)}), that is by ${formatLongDate(latest)}.`,
          fixes: [{ title: `Change to ${replacement}`, edits: [{ start: deadline.start, end: deadline.end, newText: replacement }], preferred: true, safe: false }],
        });
      }
    }
    const extension = model.sentences.find((s) => matches(EXTENSION, s));
    const hasReason = model.sentences.some((s) => matches(REASON, s) && !/\bif\s+you\b/i.test(s.text));
    const missing = [!hasReason && 'why more time is needed', newDates.length === 0 && 'the new date'].filter(Boolean);
    if (missing.length && extension) {
      const newDate = latest ? formatLongDate(latest).replace(/^\w+ /, '') : '[new date]';
      findings.push({
        ruleId: this.meta.id,
        start: extension.start,
        end: extension.end,
        message: `This extends stage 2 but does not say ${missing.join(' or ')}. The council must explain the delay in writing and give a new date no later than 65 working days after the request.`,
        fixes: [
          {
            title: 'Add the reason and the new date',
            edits: [{ start: extension.end, end: extension.end, newText: ` We need more time because [reason]. We will send you our response by ${newDate}, no later than 65 working days after your request.` }],
            preferred: true,
            safe: false,
          },
        ],
      });
    }
    return findings;
  },
};
