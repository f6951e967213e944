import type { Finding, Rule } from '../types';
import { appendFix, firstBodyParagraph, INDEPENDENT_PERSON, INVESTIGATING_OFFICER, reviewSentences } from './shared';
import { matches } from '../../model/memo';

export const missingIoIp: Rule = {
  meta: {
    id: 'stage2/missing-io-ip',
    title: 'Stage 2 letter without the Investigating Officer and the Independent Person',
    defaultSeverity: 'error',
    citation:
      'SI 2006/1738 reg 2 ("independent person") and reg 17 [I]; LGSCO Bexley 24 016 952 and Lewisham 23 020 345 (at stage two "councils appoint an investigating officer (IO) to look into the complaint and an independent person (IP) who is responsible for overseeing the investigation and ensuring its independence")',
    description:
      'A Stage 2 investigation is carried out by an Investigating Officer and overseen by an Independent Person, who is neither a member nor an officer of the council. A Stage 2 adjudication that names neither (or only one) of them does not show that the complaint had the independent investigation the law requires (error). In a Stage 2 acknowledgement, which may be sent before both are appointed, it is a warning. A letter that presents stage 2 as a review of the stage 1 response is reported by stage2/review-not-investigation instead.',
    appliesTo: ['stage2-adjudication', 'stage2-acknowledgement'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'Your complaint has now been investigated at Stage 2. Complaint 1 is upheld and I apologise for the missed visits; the team manager will arrange visits every four weeks. Complaint 2 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'Ms Green, the Investigating Officer, interviewed the social worker and read the records. I enclose her report. Complaint 1 is not upheld.' },
        { letter: 'stage2-acknowledgement', text: 'Thank you for your request for a Stage 2 investigation, which we received on 3 March. Mr Lee has been appointed to investigate your complaint.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, Investigating Officer, and the investigation was overseen by Mr White, the Independent Person, who is not employed by the Council. I enclose both reports. Complaint 1 is not upheld.' },
        { letter: 'stage2-acknowledgement', text: 'Thank you for your request for a Stage 2 investigation. We are appointing an Investigating Officer and an Independent Person, and will tell you their names within five working days.' },
      ],
    },
  },
  check(model) {
    if (reviewSentences(model).length > 0) return [];
    const io = model.sentences.find((s) => matches(INVESTIGATING_OFFICER, s));
    const ip = model.sentences.find((s) => matches(INDEPENDENT_PERSON, s));
    if (io && ip) return [];
    const adjudication = model.inference.letterType === 'stage2-adjudication';
    const severity = adjudication ? undefined : ('warning' as const);
    const was = adjudication ? 'was' : 'will be';
    if (io && !ip) {
      return [
        {
          ruleId: this.meta.id,
          start: io.start,
          end: io.end,
          severity,
          message:
            'This Stage 2 letter names the Investigating Officer but not the Independent Person who oversees the investigation and ensures its independence (someone who is neither a councillor nor an officer of the council).',
          fixes: [appendFix('Add the Independent Person', io, ` The investigation ${was} overseen by [name], the Independent Person, who is not employed by the Council.`, false)],
        },
      ];
    }
    if (ip && !io) {
      return [
        {
          ruleId: this.meta.id,
          start: ip.start,
          end: ip.end,
          severity,
          message: 'This Stage 2 letter names the Independent Person but not the Investigating Officer who investigated the complaint.',
          fixes: [appendFix('Add the Investigating Officer', ip, ` Your complaint ${was} investigated by [name], the Investigating Officer.`, false)],
        },
      ];
    }
    const anchor = firstBodyParagraph(model);
    if (!anchor) return [];
    const finding: Finding = {
      ruleId: this.meta.id,
      start: anchor.start,
      end: anchor.end,
      severity,
      message:
        'This Stage 2 letter does not say who investigated the complaint and who oversaw the investigation. Stage 2 needs an Investigating Officer and an Independent Person who is neither a councillor nor an officer of the council.',
      fixes: [
        appendFix(
          'Add the Investigating Officer and the Independent Person',
          anchor,
          `${model.eol}${model.eol}Your complaint ${was} investigated at Stage 2 by [name], the Investigating Officer, and the investigation ${was} overseen by [name], the Independent Person, who is not employed by the Council.`,
          false,
        ),
      ],
    };
    return [finding];
  },
};
