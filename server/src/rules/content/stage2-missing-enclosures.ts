import type { Finding, Rule } from '../types';
import type { Sentence } from '../../model/voice';
import { missingParagraphFinding } from '../helpers';
import { appendFix, INDEPENDENT_PERSON, INVESTIGATING_OFFICER, previousSentence, reviewSentences } from './shared';
import { matches } from '../../model/memo';

/** Words that send the reports with (or before) the letter. */
const PROVIDED =
  /\b(?:enclos\w*|attach\w*|a\s+copy\s+of|copies\s+of|include[sd]?\s+with\s+this\s+letter|with\s+this\s+letter|sent?\s+(?:you|to\s+you)|sending\s+you|(?:have|has)\s+(?:already\s+)?(?:received|been\s+sent|been\s+given|had)|under\s+separate\s+cover|will\s+follow|accompan\w*|here\s+(?:is|are))\b/i;
const REPORT_WORD = /\breports?\b/i;
const IO_REPORT =
  /\b(?:investigating\s+officer|investigator|IO)['’]?s?\s+(?:\w+\s+)?report\b|\binvestigation\s+report\b|\breport\s+(?:of|from|by|written\s+by|prepared\s+by|on)\s+(?:the\s+)?(?:stage[\s-]*(?:2|two)\s+)?(?:investigating\s+officer|investigator|IO|investigation)\b|\bstage[\s-]*(?:2|two)\s+(?:investigation\s+)?report\b|\bher\s+report\b|\bhis\s+report\b/i;
const IP_REPORT =
  /\b(?:independent\s+person|IP)['’]?s?\s+(?:\w+\s+)?report\b|\breport\s+(?:of|from|by|written\s+by|prepared\s+by)\s+(?:the\s+)?(?:independent\s+person|IP)\b/i;
const EVERY_IP_REPORT = new RegExp(IP_REPORT.source, 'gi');
const BOTH =
  /\b(?:both|their|the\s+two|two|all\s+(?:the\s+|three\s+)?)\s+(?:\w+\s+)?reports\b|\breports\s+(?:of|from|by)\s+(?:both\s+)?(?:the\s+)?(?:investigating\s+officer|IO|investigator)\s+and\s+(?:the\s+)?(?:independent\s+person|IP)\b|\b(?:investigating\s+officer|IO)['’]?s?\s+and\s+(?:the\s+)?(?:independent\s+person|IP)['’]?s?\s+reports\b|\b(?:enclos\w*|attach\w*)\s+(?:copies\s+of\s+)?(?:the|these|those)\s+reports\b|\breports\s+(?:are|were)\s+(?:enclosed|attached)\b/i;
/** A reference back to reports named in the previous sentence: "Copies of both are enclosed." */
const BACK_REFERENCE = /\b(?:both|them|these|they|copies|each)\b/i;
/** The Independent Person wrote no separate report (the letter may then enclose only the investigation report). */
const IP_NO_REPORT =
  /\b(?:independent\s+person|IP)\b[^.]{0,80}\b(?:did\s+not|has\s+not|didn['’]t|hasn['’]t|was\s+not\s+asked\s+to|no\s+(?:separate\s+)?report)\b|\b(?:independent\s+person|IP)['’]?s?\s+(?:comments|views|observations|findings)\s+(?:are|were|have\s+been)\s+(?:included|set\s+out|contained|recorded|incorporated)\s+in\b|\bno\s+(?:separate\s+)?report\s+(?:from|by)\s+the\s+(?:independent\s+person|IP)\b|\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|was\s+not\s+asked\s+to)\s+(?:write|produce|prepare|provide|submit)\s+(?:a\s+|any\s+)?(?:separate\s+|written\s+|(?:their|his|her)\s+own\s+)?report\b/i;

/** A person named with a title: "Ms Yvonne Chambers" → "Chambers". Case matters. */
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor)\.?\s+(?:[A-Z][\w-]*(?:['’][A-Z][\w-]+)?\s+){0,2}?([A-Z][\w-]*(?:['’][A-Z][\w-]+)?)\b(?!\s+[A-Z])/g;

/** The surname of the person named next to a role ("Ms Chambers, the Independent Person"). */
function surnameFor(sentences: Sentence[], role: RegExp): string | undefined {
  for (const s of sentences) {
    const mention = role.exec(s.text);
    if (!mention) continue;
    let best: { name: string; distance: number } | undefined;
    TITLED_NAME.lastIndex = 0;
    for (let m = TITLED_NAME.exec(s.text); m; m = TITLED_NAME.exec(s.text)) {
      const end = m.index + m[0].length;
      const distance = end <= mention.index ? mention.index - end : m.index - (mention.index + mention[0].length);
      if (distance >= 0 && distance < 60 && (!best || distance < best.distance)) best = { name: m[1], distance };
    }
    if (best) return best.name;
  }
  return undefined;
}

function namedReport(surname: string | undefined): RegExp | undefined {
  if (!surname) return undefined;
  const name = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`\b${name}['’]?s?\s+(?:\w+\s+)?report\b|\breport\s+(?:of|from|by|written\s+by|prepared\s+by)\s+(?:\w+\s+){0,2}${name}\b`, 'i');
}

/** The text with every mention of the Independent Person's report blanked. */
function withoutIpReports(text: string, ipNamed: RegExp | undefined): string {
  const blanked = text.replace(EVERY_IP_REPORT, ' ');
  return ipNamed ? blanked.replace(new RegExp(ipNamed.source, 'gi'), ' ') : blanked;
}

interface Provided {
  io: Sentence | undefined;
  ip: Sentence | undefined;
}

function providedReports(sentences: Sentence[], previous: (s: Sentence) => Sentence | undefined): Provided {
  const found: Provided = { io: undefined, ip: undefined };
  const ioNamed = namedReport(surnameFor(sentences, INVESTIGATING_OFFICER));
  const ipNamed = namedReport(surnameFor(sentences, INDEPENDENT_PERSON));
  for (const s of sentences) {
    if (!(matches(REPORT_WORD, s) || matches(BACK_REFERENCE, s)) || !matches(PROVIDED, s)) continue;
    let text = s.text;
    if (!REPORT_WORD.test(text)) {
      const before = previous(s);
      if (!before || !BACK_REFERENCE.test(text) || !REPORT_WORD.test(before.text)) continue;
      text = before.text + ' ' + text;
    }
    const ip = IP_REPORT.test(text) || Boolean(ipNamed?.test(text));
    const io = IO_REPORT.test(text) || Boolean(ioNamed?.test(text));
    const both = BOTH.test(text) || (io && ip);
    // A report that is not the Independent Person's is the investigation report ("I enclose Ms Green’s
    // report"), also beside the Independent Person's ("I enclose the report … and the IP’s report").
    const anotherReport = ip && REPORT_WORD.test(withoutIpReports(text, ipNamed));
    if (both || io || !ip || anotherReport) found.io ??= s;
    if (both || ip) found.ip ??= s;
  }
  return found;
}

export const missingEnclosures: Rule = {
  meta: {
    id: 'stage2/missing-enclosures',
    title: 'Stage 2 adjudication that does not enclose the investigation reports',
    defaultSeverity: 'error',
    citation:
      'LGSCO Bexley 24 016 952 and Lewisham 23 020 345 (the adjudicating officer "should then write to the complainant with a copy of the investigation report, any report from the independent person and the adjudication response")',
    description:
      'The adjudication letter must go with a copy of the Investigating Officer’s report and any report of the Independent Person. A letter that does not say it encloses (or has already sent) the investigation report is an error; one that encloses the investigation report but says nothing about the Independent Person’s report is a warning, because the Independent Person may not have written a separate one (say so if not). The fix adds the enclosure sentence; it is not applied automatically, because the reports must really be enclosed. A letter that presents a manager’s review as Stage 2 is reported by stage2/review-not-investigation instead.',
    appliesTo: ['stage2-adjudication'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, Investigating Officer, and overseen by Mr White, Independent Person. I have read their reports carefully. Complaint 1 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, Investigating Officer, and overseen by Mr White, Independent Person. I enclose a copy of the investigation report. Complaint 1 is not upheld.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, Investigating Officer, and overseen by Mr White, Independent Person. I have read both reports. Copies of both are enclosed. Complaint 1 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'Ms Green, Investigating Officer, investigated your complaint and Mr White, Independent Person, oversaw it. I enclose Ms Green’s report; Mr White did not write a separate report, and his comments are included in it. Complaint 1 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'I have considered the Investigating Officer’s report and the Independent Person’s report, which were sent to you on 3 June. Complaint 1 is not upheld.' },
      ],
    },
  },
  check(model) {
    // A manager's review has no investigation reports to enclose: stage2/review-not-investigation reports that.
    if (reviewSentences(model).length > 0) return [];
    const provided = providedReports(model.sentences, (s) => previousSentence(model, s));
    const ipNoReport = model.sentences.some((s) => matches(IP_NO_REPORT, s));
    const missingIo = !provided.io;
    const missingIp = !provided.ip && !ipNoReport;
    if (!missingIo && !missingIp) return [];
    if (!missingIo && missingIp) {
      const at = provided.io!;
      const finding: Finding = {
        ruleId: this.meta.id,
        start: at.start,
        end: at.end,
        severity: 'warning',
        message:
          'This encloses the investigation report but says nothing about the Independent Person’s report. Enclose it too, or say that the Independent Person did not write a separate report.',
        fixes: [appendFix('Add “I also enclose the Independent Person’s report.”', at, ' I also enclose the Independent Person’s report.', false)],
      };
      return [finding];
    }
    const sentence = missingIp
      ? 'I enclose the Investigating Officer’s report and the Independent Person’s report.'
      : 'I also enclose the Investigating Officer’s report.';
    const message = missingIp
      ? 'This adjudication letter does not enclose the Investigating Officer’s report and the Independent Person’s report. The complainant must receive both with the adjudication.'
      : 'This adjudication letter does not enclose the Investigating Officer’s report. The complainant must receive it with the adjudication.';
    // Next to where the letter names the investigators or the reports; otherwise before the sign-off.
    const near =
      provided.ip ??
      model.sentences.find((s) => matches(REPORT_WORD, s) && (matches(INVESTIGATING_OFFICER, s) || matches(INDEPENDENT_PERSON, s))) ??
      model.sentences.find((s) => matches(INVESTIGATING_OFFICER, s) || matches(INDEPENDENT_PERSON, s));
    if (near) {
      return [{ ruleId: this.meta.id, start: near.start, end: near.end, message, fixes: [appendFix('Add the enclosure sentence', near, ' ' + sentence, false)] }];
    }
    const finding = missingParagraphFinding(model, {
      ruleId: this.meta.id,
      message,
      paragraph: sentence,
      fixTitle: 'Add the enclosure sentence before the sign-off',
      group: 'stage2-enclosures',
      safe: false,
    });
    return finding ? [finding] : [];
  },
};
