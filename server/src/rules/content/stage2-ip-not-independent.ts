import type { Finding, Rule } from '../types';
import { INDEPENDENT_PERSON } from './shared';

/** Where the words about one person end: the next person or role in the sentence. */
const CLAUSE_BREAK =
  /;|,\s*(?:and|while|whilst|with)\b|\s(?:and|while|whilst|with)\s+(?:the|our|a|an|Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr|Professor)\b|\binvestigating\s+officer\b|\bIO\b|\binvestigator\b|\badjudicat\w+/gi;

const MEMBER = /\bcouncill?ors?\b|\bcllr\b|\belected\s+members?\b|\b(?:lead|cabinet|portfolio)\s+member\b|\bmembers?\s+of\s+(?:the\s+)?(?:council|authority)\b/i;
const EMPLOYED =
  /\b(?:employed\s+by|works?\s+(?:for|in|at|within)|working\s+(?:for|in|at|within)|based\s+in|seconded\s+to|on\s+the\s+staff\s+of|a\s+member\s+of\s+(?:staff|our|the\s+council['’]s))\s+(?:the|this|our)?\s*(?:council|authority|local\s+authority|children['’]s\s+(?:services|social\s+care)|[\w'’ -]{0,40}?(?:team|service|services|unit|department|directorate|division|hub))\b/i;
const STAFF_TITLE =
  /\b(?:officer|employee|manager|director|head\s+of\b|team\s+leader|social\s+worker|practitioner|member\s+of\s+staff|administrator|co-?ordinator|lead\s+(?:for|officer)|principal\s+\w+|senior\s+\w+)/i;
const COUNCIL_TIE =
  /\bour\b|\bcouncil['’]s\b|\bauthority['’]s\b|\b(?:of|in|from|at|within|for)\s+(?:the\s+|this\s+)?(?:council|authority|children['’]s\s+services|children['’]s\s+social\s+care)\b|\bcouncil\s+(?:officer|employee|manager|staff)\b/i;
const SPOUSE = /\b(?:(?:spouse|wife|husband|civil\s+partner|partner)\s+of|married\s+to|in\s+a\s+civil\s+partnership\s+with)\b/i;
const SPOUSE_TIE = /\bcouncill?or\b|\bcllr\b|\bmember\b|\bofficer\b|\bemployee\b|\bmanager\b|\bdirector\b|\bour\b|\bcouncil\b/i;
/** Words that say the person is not (or no longer) part of the council. */
const INDEPENDENT =
  /\b(?:not|never|no\s+longer|neither|nor|no\s+(?:connection|link|links|relationship))\b|\bindependent\s+of\b|\bformer(?:ly)?\b|\bretired\b|\bpreviously\b|\bexternal\b|\bother\s+(?:councils?|authorit\w+|local\s+authorit\w+)\b|\banother\s+(?:council|authority|local\s+authority)\b|\boutside\s+(?:the|this)\s+council\b/i;

function describesInsider(segment: string): string | null {
  if (INDEPENDENT.test(segment)) return null;
  if (MEMBER.test(segment)) return 'a councillor (member of the council)';
  if (SPOUSE.test(segment) && SPOUSE_TIE.test(segment)) return 'the spouse or partner of a councillor or council officer';
  if (EMPLOYED.test(segment)) return 'employed by the council';
  if (STAFF_TITLE.test(segment) && COUNCIL_TIE.test(segment)) return 'an officer of the council';
  return null;
}

export const ipNotIndependent: Rule = {
  meta: {
    id: 'stage2/ip-not-independent',
    title: 'The "Independent Person" is a councillor, an officer of the council, or the spouse of one',
    defaultSeverity: 'error',
    citation:
      'SI 2006/1738 reg 2 (an "independent person" is neither a member nor an officer of the local authority, nor the spouse or civil partner of such a person); LGSCO Bexley 24 016 952 and Kent 24 003 150 (the IP oversees the investigation and ensures its independence)',
    description:
      'The Independent Person at Stage 2 must be neither a councillor nor an officer (employee) of the council, nor the spouse or civil partner of one. A letter that describes the Independent Person as a manager or officer of the council, as working in one of its teams, or as a councillor, shows that the investigation was not independent. Former or retired staff, and staff of another council, are not caught. There is no wording fix: someone independent has to be appointed.',
    appliesTo: ['stage2-adjudication', 'stage2-acknowledgement', 'stage2-extension'],
    fixable: false,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, Investigating Officer. The Independent Person was Mr Shah, a Service Manager in our Early Help team. Complaint 1 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'Councillor Jones acted as the Independent Person for your complaint, and Mr Ray was the Investigating Officer. Complaint 1 is not upheld.' },
        { letter: 'stage2-acknowledgement', text: 'Ms Patel, who works in the Council’s Quality Assurance Unit, has been appointed as the Independent Person, and Mr Ray as the Investigating Officer.' },
        { letter: 'stage2-adjudication', text: 'The Investigating Officer was Mr Ray. The Independent Person, Mrs Ali, is the wife of one of our senior managers. Complaint 1 is not upheld.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, a senior manager in our Quality Assurance team, and overseen by Mr Shah, Independent Person, who is not employed by the Council. Complaint 1 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'Mr Ray, Investigating Officer, investigated your complaint. Ms Dean, the Independent Person, is a retired social worker who has never worked for the Council. Complaint 1 is not upheld.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    for (const sentence of model.sentences) {
      const ip = INDEPENDENT_PERSON.exec(sentence.text);
      if (!ip) continue;
      const text = sentence.text;
      const breaks: number[] = [];
      CLAUSE_BREAK.lastIndex = 0;
      for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) breaks.push(m.index, m.index + m[0].length);
      const ipStart = ip.index;
      const ipEnd = ip.index + ip[0].length;
      const before = Math.max(0, ...breaks.filter((b) => b <= ipStart && !(b > ipStart - 1 && b < ipEnd)));
      const after = Math.min(text.length, ...breaks.filter((b) => b >= ipEnd));
      const segment = text.slice(before, ipStart) + ' ' + text.slice(ipEnd, after);
      const insider = describesInsider(segment);
      if (!insider) continue;
      findings.push({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message: `The Independent Person described here is ${insider}. By law (reg 2) the Independent Person must be neither a member nor an officer of the council, nor the spouse or civil partner of one; otherwise the Stage 2 investigation is not independent and should be repeated with someone who is.`,
        fixes: [],
      });
    }
    return findings;
  },
};
