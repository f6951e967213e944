import type { Rule } from '../types';
import { rewriteFix } from './shared';
import { statementPreconditions, STATEMENT_LETTERS } from './meetings';

export const statementMeetingRequired: Rule = {
  meta: {
    id: 'stage2/statement-meeting-required',
    title: 'Stage 2 held up until a statement of complaint is agreed, or a meeting is held',
    defaultSeverity: 'warning',
    citation:
      'LGSCO Barking & Dagenham 23 018 689 (the IO felt "they cannot begin their stage two investigation until they have agreed a statement of complaint" and wanted a meeting; the complainant "is entitled to ask" for written contact; Getting the Best from Complaints: no agreed statement is needed where the stage 2 request is in writing; if one cannot be agreed, offer a final chance and proceed)',
    description:
      'An agreed statement of complaint is good practice where a written complaint is unclear, but it is not a condition of Stage 2, and neither is a meeting or a phone call. A letter that says the investigation cannot begin until a statement is agreed, or until the complainant meets or speaks to the investigator, holds the complaint up. Set out the council’s understanding of the complaint in writing, ask the complainant to say whether it is right, and say the investigation will proceed on that basis if they do not reply.',
    appliesTo: [...STATEMENT_LETTERS],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-acknowledgement', text: 'The Investigating Officer cannot begin the Stage 2 investigation until a statement of complaint has been agreed with you at a meeting.' },
        { letter: 'stage2-acknowledgement', text: 'Before the investigation can start, you will need to meet Mr Ray, the Investigating Officer, to agree exactly what you are complaining about.' },
        { letter: 'stage2-acknowledgement', text: 'The investigation can only begin once you have agreed the statement of complaint.' },
      ],
      correct: [
        { letter: 'stage2-acknowledgement', text: 'We have set out below our understanding of your complaint. Please tell us in writing whether it is accurate. If we do not hear from you by 10 May, we will proceed on this basis.' },
        { letter: 'stage2-acknowledgement', text: 'Mr Ray, the Investigating Officer, would be happy to meet you if you wish, but you do not have to: you can tell us everything in writing.' },
      ],
    },
  },
  check(model) {
    return statementPreconditions(model).map((sentence) => ({
      ruleId: this.meta.id,
      start: sentence.start,
      end: sentence.end,
      message:
        'This makes agreeing a statement of complaint (or a meeting or call) a condition of starting Stage 2. Neither is required: set out your understanding of the complaint in writing, ask the complainant to say whether it is right, and proceed on that basis if they do not reply (Barking & Dagenham 23 018 689).',
      fixes: [
        rewriteFix(
          'Replace with setting out the complaint in writing and proceeding',
          sentence,
          'We have set out below our understanding of your complaint. Please tell us in writing whether it is accurate; if we do not hear from you by [date], we will proceed on this basis.',
        ),
      ],
    }));
  },
};
