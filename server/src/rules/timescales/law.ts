import type { PeriodTopic } from './periods';
import { TIMESCALES } from '../../time/deadlines';

/** What the law says for each timescale a letter may state, in working days, and how to say it. */
export interface TimescaleLaw {
  allowed: readonly number[];
  max: number;
  correct: string;
  says: string;
}

export const LAW: Record<PeriodTopic, TimescaleLaw> = {
  stage1: {
    allowed: [TIMESCALES.stage1.due, TIMESCALES.stage1.latest],
    max: TIMESCALES.stage1.latest,
    correct: '10 working days',
    says: 'a stage 1 response is due within 10 working days, or up to 20 working days for a complex complaint',
  },
  stage2: {
    allowed: [TIMESCALES.stage2.due, TIMESCALES.stage2.latest],
    max: TIMESCALES.stage2.latest,
    correct: '25 working days',
    says: 'stage 2 (investigation and adjudication) takes up to 25 working days, extendable to a maximum of 65 working days',
  },
  panelMeeting: {
    allowed: [TIMESCALES.panelMeeting],
    max: TIMESCALES.panelMeeting,
    correct: '30 working days',
    says: 'the Review Panel must meet within 30 working days of the request (reg 19(4))',
  },
  panelReport: {
    allowed: [TIMESCALES.panelReport],
    max: TIMESCALES.panelReport,
    correct: '5 working days',
    says: 'the panel sends its report within 5 working days of the meeting (reg 20)',
  },
  finalResponse: {
    allowed: [TIMESCALES.finalResponseAfterReport, TIMESCALES.finalResponseAfterPanel],
    max: TIMESCALES.finalResponseAfterPanel,
    correct: '20 working days',
    says: 'the council’s final response is due within 15 working days of the panel’s report, 20 working days of the panel meeting (reg 20)',
  },
  requestWindow: {
    allowed: [TIMESCALES.requestWindow],
    max: Infinity,
    correct: '20 working days',
    says: 'the complainant has 20 working days to ask for the next stage, and that is guidance, not a bar',
  },
};

export const TIMESCALE_CITATION =
  'SI 2006/1738 reg 2 (working days), reg 19(4) (panel within 30 working days), reg 20 (report 5, response 15 working days) [V]; stage 1 10 (max 20) and stage 2 25 (max 65) working days: LGSCO Bexley 24 016 952, Lewisham 23 020 345, Barking & Dagenham 23 018 689';
