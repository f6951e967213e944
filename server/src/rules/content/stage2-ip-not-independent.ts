import type { Finding, Rule } from '../types';
import type { Sentence } from '../../model/voice';
import { INDEPENDENT_PERSON, INVESTIGATING_OFFICER } from './shared';
import { matches } from '../../model/memo';

/** Where the words about one person end: the next person or role in the sentence. */
const CLAUSE_BREAK =
  /;|,\s*(?:and|while|whilst|with)\b|\s(?:and|while|whilst|with)\s+(?:the|our|a|an|Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr|Professor)\b|\binvestigating\s+officer\b|\bIO\b|\binvestigator\b|\badjudicat\w+/gi;

const MEMBER = /\bcouncill?ors?\b|\bcllr\b|\belected\s+members?\b|\b(?:lead|cabinet|portfolio)\s+member\b|\bmembers?\s+of\s+(?:the\s+|this\s+|our\s+)?(?:council|authority)\b/i;
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

/**
 * A spouse or civil partner, said of someone: "the wife of", "married to", "in a civil partnership
 * with", "whose husband is", "her civil partner works in". Who they are married to is read after it.
 */
const SPOUSE_PHRASE =
  /\b(?:(?:spouse|wife|husband|civil\s+partner)\s+of|married\s+to|in\s+a\s+civil\s+partnership\s+with)\b|\b(?:her|his|their|whose)\s+(?:wife|husband|spouse|civil\s+partner)\b/i;
/** Where the words about the spouse end. */
const TIE_END = /[.;]|,\s*(?:but|and|although|though|who|while|whilst)\b|\s(?:but|although|though)\s/i;
/** The spouse is outside the council: a former councillor, another authority. */
const SPOUSE_OUTSIDE =
  /\b(?:former(?:ly)?|ex-|retired|previously|late|no\s+longer|not|never)\b|\b(?:another|neighbouring|other|different)\s+(?:council|authority|local\s+authority|borough|county)\b/i;
const COUNCIL_STAFF = /\bcouncil\s+(?:officers?|employees?|managers?|staff)\b/i;
const POSSESSIVE = /^(?:her|his|their)\b/i;
/** Nothing before the spouse phrase in its clause but a conjunction. */
const NO_SUBJECT = /^\W*(?:(?:and|but)\s+)?$/i;
/** Words just before the tie that undo it: "is not married to", "the former wife of". ("A retired GP, is married to…" still is.) */
const LAST_WORDS = /(?:\S+\s+){0,3}$/i;
const NOT_NOW_SPOUSE = /\b(?:not|never|no\s+longer|former(?:ly)?|ex-|previously|once|divorced|separated)\b/i;
/** The subject of a clause, when it is the Independent Person: "she", "Mrs Hale", "the Independent Person". */
const PRONOUN_SUBJECT = /^\W*(?:(?:and|but|however,?)\s+)?(?:she|he|they|this\s+person)\b/i;
/** The sentence up to its first semicolon: what follows may be about the Independent Person as "she". */
const FIRST_CLAUSE = /^[^;]*;/i;
/** A titled name ("Mrs Patricia Hale"): case matters here, as names are capitalised (no `i` flag by design). */
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Reverend|Rev)\.?\s+(?:[A-Z][\w'’-]+\s+){0,2}([A-Z][\w'’-]+)/g;

/** Whether the words before a spouse phrase (its clause's subject) are about the Independent Person. */
function aboutTheIp(subject: string, ipSurnames: Set<string>, pronounIsIp: boolean): boolean {
  if (INVESTIGATING_OFFICER.test(subject) && !INDEPENDENT_PERSON.test(subject)) return false;
  if (INDEPENDENT_PERSON.test(subject)) return true;
  if (pronounIsIp && PRONOUN_SUBJECT.test(subject)) return true;
  TITLED_NAME.lastIndex = 0;
  for (let m = TITLED_NAME.exec(subject); m; m = TITLED_NAME.exec(subject)) if (ipSurnames.has(m[1].toLowerCase())) return true;
  return false;
}

/** A spouse tie in `text` that belongs to the Independent Person (named in `ipSurnames`, or the clause's pronoun). */
function spouseOfInsider(text: string, ipSurnames: Set<string>, pronounIsIp: boolean): boolean {
  const m = SPOUSE_PHRASE.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
  const end = TIE_END.exec(rest);
  const tie = end ? rest.slice(0, end.index) : rest;
  const insider = MEMBER.test(tie) || EMPLOYED.test(tie) || (STAFF_TITLE.test(tie) && COUNCIL_TIE.test(tie)) || COUNCIL_STAFF.test(tie);
  if (!insider) return false;
  // "Not married to", "the former wife of", "no longer married to": the three words before the tie.
  const lead = LAST_WORDS.exec(text.slice(0, m.index))?.[0] ?? '';
  if (SPOUSE_OUTSIDE.test(tie) || NOT_NOW_SPOUSE.test(lead)) return false;
  // The clause the spouse phrase belongs to: back to the sentence start or the last semicolon.
  const subject = text.slice(0, m.index).split(';').pop() ?? '';
  // "Her husband is…" opening the clause: "her" is the Independent Person, as "she" would be.
  if (POSSESSIVE.test(m[0]) && NO_SUBJECT.test(subject)) return pronounIsIp;
  return aboutTheIp(subject, ipSurnames, pronounIsIp);
}

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
        { letter: 'stage2-adjudication', text: 'Mr Ray was the Investigating Officer and Dr Nuala Byrne the Independent Person. Dr Byrne, a retired GP, is married to Councillor Sean Byrne. Complaint 1 is not upheld.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'Your complaint was investigated by Ms Green, a senior manager in our Quality Assurance team, and overseen by Mr Shah, Independent Person, who is not employed by the Council. Complaint 1 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'Mr Ray, Investigating Officer, investigated your complaint. Ms Dean, the Independent Person, is a retired social worker who has never worked for the Council. Complaint 1 is not upheld.' },
        { letter: 'stage2-adjudication', text: 'Ms Dean was the Independent Person; she is the widow of a former councillor and has no other link with the Council. Mr Ray, the Investigating Officer, is married to one of our team managers. Complaint 1 is not upheld.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    const flagged = new Set<Sentence>();
    const spouseFinding = (sentence: Sentence) => {
      if (flagged.has(sentence)) return;
      flagged.add(sentence);
      findings.push({
        ruleId: this.meta.id,
        start: sentence.start,
        end: sentence.end,
        message:
          'The Independent Person described here is the spouse or civil partner of a councillor or council officer. By law (reg 2) the Independent Person must be neither a member nor an officer of the council, nor the spouse or civil partner of one; otherwise the Stage 2 investigation is not independent and should be repeated with someone who is.',
        fixes: [],
      });
    };
    for (const [index, sentence] of model.sentences.entries()) {
      const ip = INDEPENDENT_PERSON.exec(sentence.text);
      if (!ip) continue;
      // The Independent Person's name ("Mrs Patricia Hale acted as the Independent Person"), to follow them into the next clauses and sentences.
      const surnames = new Set<string>();
      TITLED_NAME.lastIndex = 0;
      for (let m = TITLED_NAME.exec(sentence.text); m; m = TITLED_NAME.exec(sentence.text)) {
        const between = m.index < ip.index ? sentence.text.slice(m.index + m[0].length, ip.index) : sentence.text.slice(ip.index + ip[0].length, m.index);
        if (between.length <= 60 && !INVESTIGATING_OFFICER.test(between)) surnames.add(m[1].toLowerCase());
      }
      if (spouseOfInsider(sentence.text, surnames, false) || (matches(SPOUSE_PHRASE, sentence) && spouseOfInsider(sentence.text.replace(FIRST_CLAUSE, ''), surnames, true))) {
        spouseFinding(sentence);
        continue;
      }
      // "Mrs Hale was the Independent Person. She is married to Councillor Hale."
      const following = model.sentences.slice(index + 1, index + 3).filter((s) => s.block === sentence.block);
      const later = following.find((s, k) => !matches(INDEPENDENT_PERSON, s) && spouseOfInsider(s.text, surnames, k === 0));
      if (later) {
        spouseFinding(later);
        continue;
      }
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
