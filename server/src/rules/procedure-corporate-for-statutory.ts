import type { Rule } from './types';
import { PART3_SUBJECT } from './phrases';
import { STATUTORY_PROCEDURE } from './wording';
import { corporateProcedureForPart3 } from './scope';


export const corporateForStatutory: Rule = {
  meta: {
    id: 'procedure/corporate-for-statutory',
    title: 'Corporate procedure used for a children’s statutory complaint',
    defaultSeverity: 'error',
    citation:
      'LGSCO Kent 24 003 150 ("Councils should use the children’s statutory complaints procedure for complaints about actions they take to meet their duties under Part 3"); Lewisham 23 020 345; Lancashire 24 003 845; Bromley 23 017 012; Redbridge 24 010 962',
    description:
      'A complaint about a Part 3 Children Act 1989 function (child in need, s20 accommodation, looked-after children, care leavers, fostering, child protection, disabled children’s services, special guardianship and adoption support) must go through the three-stage statutory procedure, not the council’s corporate procedure, which has no independent Investigating Officer, Independent Person or panel. A letter explaining that a complaint has been moved to the statutory procedure is correct; a matter outside Part 3 (e.g. school transport) may use the corporate procedure.',
    appliesTo: 'any-letter',
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage1-response', text: 'Your complaint about the child protection plan for your son has been considered under the Council’s corporate complaints procedure. If you are unhappy you can ask for stage two of the corporate complaints procedure.' },
        { letter: 'stage1-response', text: 'As your complaint concerns your daughter’s foster placement, it has been handled through our Corporate Complaints process.' },
      ],
      correct: [
        { letter: 'stage1-response', text: 'Your complaint about the section 20 arrangement was first logged under the corporate complaints procedure; it has now been moved to the statutory children’s complaints procedure. You can ask for a Stage 2 investigation within 20 working days.' },
        { letter: 'stage1-response', text: 'Your complaint about home to school transport has been considered under the corporate complaints procedure. If you are not satisfied, you can ask for a stage 2 review.' },
      ],
    },
  },
  check(model) {
    const subject = PART3_SUBJECT.exec(model.text);
    // The procedure, not the team: many councils' "Corporate Complaints Team" runs the statutory procedure too.
    return corporateProcedureForPart3(model).map(({ start, end }) => ({
      ruleId: this.meta.id,
      start,
      end,
      message: `This complaint is about a Part 3 Children Act matter (the letter mentions “${subject?.[0] ?? 'children’s social care'}”), so it must be handled under the statutory children’s complaints procedure, with an independent Stage 2 and a Review Panel, not the corporate procedure.`,
      fixes: [{ title: `Change to “${STATUTORY_PROCEDURE}”`, edits: [{ start, end, newText: STATUTORY_PROCEDURE }], preferred: true, safe: true }],
    }));
  },
};
