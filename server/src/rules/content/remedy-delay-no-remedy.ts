import type { Rule } from '../types';
import { appendFix, PROCESS_DELAY } from './shared';
import { matches } from '../../model/memo';

/** The admission: an apology or an acceptance that it was late. */
const ADMITTED =
  /\bapologi[sz]\w*|\bsorry\b|\bapology\b|\b(?:I|we)\s+(?:(?:must|have\s+to|want\s+to|would\s+like\s+to|need\s+to|should)\s+)?(?:(?:begin|start|first)\s+(?:by\s+)?)?(?:accept\w*|acknowledg\w*|recognis\w*|recogniz\w*|admit\w*|own\s+up)\b|\b(?:I|we|the\s+council)\s+(?:\w+\s+)?regrets?\s+(?:that|the\s+delay)\b|\b(?:was|is|were)\s+(?:too\s+long|unacceptable|not\s+acceptable)\b|\bshould\s+have\b/i;
/** A remedy for the delay considered: a payment, time and trouble, or a reasoned decision about one. */
const REMEDY =
  /£\s?\d|\bpayments?\b|\bpay\s+you\b|\bsymbolic\b|\bcompensat\w*|\bfinancial\s+(?:remedy|redress|recognition)\b|\btime\s+and\s+trouble\b|\bin\s+recognition\s+of\b|\bgoodwill\b|\bremed(?:y|ies)\b/i;

export const delayNoRemedy: Rule = {
  meta: {
    id: 'remedy/delay-no-remedy',
    title: 'Delay in the complaints procedure admitted, with no remedy considered',
    defaultSeverity: 'info',
    citation:
      'LGSCO Guidance on remedies, Part 3 s3.1 (remedies are considered in sequence, including a payment for time and trouble); observed symbolic payments for complaint-handling delay: Barking & Dagenham 23 018 689 (£150), Bexley 24 016 952 (£150), Lewisham 23 020 345 (£200), Worcestershire 22 003 365 (£100) [not a tariff]',
    description:
      'Where a letter admits that the council took longer than the law allows to deal with the complaint, an apology alone may not be enough: the Ombudsman routinely recommends a symbolic payment for the time, trouble and frustration of a delayed stage 2 or stage 3 (typically £100 to £200). The letter should show that a remedy was considered, even if the council decides none is due. Information only: the amount, and whether one is due, depend on the facts.',
    appliesTo: ['stage2-adjudication', 'stage3-final-response'],
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'I apologise that this response is much later than the 65 working days the law allows.' },
        { letter: 'stage3-final-response', text: 'I am sorry for the delay in responding to the panel’s recommendations.' },
        { letter: 'stage2-adjudication', text: 'I want to acknowledge at the outset that this adjudication is late, well outside the timescale set by the regulations.' },
        { letter: 'stage2-adjudication', text: 'I am sorry that it took us considerably longer than we should have to conclude the investigation of your complaint.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'I apologise that this response is much later than the 65 working days the law allows. In recognition of the time and trouble this caused you, we will pay you £150.' },
        { letter: 'stage2-adjudication', text: 'Complaint 1 is upheld: I apologise for the delay in the foster carer assessment, which will be completed by 30 June.' },
        { letter: 'stage2-adjudication', text: 'I acknowledge that the assessment took longer than we expected to complete, and I am sorry for the worry this caused.' },
      ],
    },
  },
  check(model) {
    if (model.sentences.some((s) => matches(REMEDY, s))) return [];
    const admission = model.sentences.find((s) => matches(PROCESS_DELAY, s) && matches(ADMITTED, s));
    if (!admission) return [];
    return [
      {
        ruleId: this.meta.id,
        start: admission.start,
        end: admission.end,
        message:
          'The letter admits a delay in dealing with the complaint but offers only an apology. Consider a remedy for the time and trouble (the Ombudsman’s recommended payments for such delays are typically £100 to £200), and say what was decided.',
        fixes: [
          appendFix(
            'Add the remedy considered, to complete',
            admission,
            ' We have considered a remedy for the time and trouble this delay caused you: [we will pay you £… by … / our reasons for not offering a payment].',
            false,
          ),
        ],
      },
    ];
  },
};
