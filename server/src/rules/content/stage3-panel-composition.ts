import type { Finding, Rule } from '../types';
import { OFFER } from '../phrases';
import { INDEPENDENT_PERSON, rewriteFix, withoutPseudoHeading } from './shared';
import { PANEL_COMPOSITION_SENTENCE } from '../wording';
import { matches } from '../../model/memo';

const PANEL = /\bpanel\b/i;
/** The council's own panels (fostering, adoption, resources…), rightly chaired by its managers. */
const OTHER_PANEL =
  /\b(?:fostering|adoption|resources?|placements?|funding|allocation|legal\s+gateway|gateway|permanence|matching|access|eligibility|multi-agency|MASH|CIN|child\s+in\s+need|high[\s-]cost|complex\s+needs|education|SEN|EHCP|health|disability|transitions?|agency\s+decision)\s+panels?\b/i;
const REVIEW_PANEL = /\b(?:review|stage[\s-]*(?:3|three|III)|complaints?|independent)\s+panel\b|\bstage[\s-]*(?:3|three|III)\b/i;
/** Words about who sits on the panel (not who attends it or is heard by it). */
const MEMBERSHIP =
  /\b(?:consist\w*|compris\w*|made\s+up|members?(?!\s+of\s+(?:our\s+|the\s+|its\s+|council\s+)?(?:staff|the\s+public|your\s+family))|membership|sit(?:s|ting)?\s+on|chair(?:ed|s|ing)?|chairperson|chairman|chairwoman|includ\w*|composed|constitut\w*|join(?:s|ing)?\s+the\s+panel|serve\s+on|be\s+on\s+the\s+panel|on\s+the\s+panel|panel\s+of)\b/i;
/** People who are the council: councillors, officers, managers. */
const COUNCIL_PERSON =
  /\bcouncill?ors?\b|\bcllr\b|\belected\s+members?\b|\b(?:lead|cabinet|portfolio)\s+members?\b|\bcouncil\s+(?:officers?|members?|staff|employees?|managers?)\b|\b(?:officers?|employees?|members?\s+of\s+staff|staff)\s+(?:of|from|employed\s+by)\s+(?:the|this|our)\s+(?:council|authority|department|service)\b|\bsenior\s+(?:managers?|officers?|leaders?|leadership\s+team)\b|\bhead\s+of\s+(?:service|children|safeguarding|\w+)|\b(?:assistant\s+|deputy\s+|executive\s+|corporate\s+)?director\b|\b(?:service|team|group|operations|operational|complaints|area)\s+managers?\b|\bour\s+(?:\w+\s+){0,2}(?:managers?|officers?|staff)\b|\bthe\s+council['’]s\s+(?:\w+\s+){0,2}(?:managers?|officers?|director|staff|employees?)\b|\bmanagers?\s+(?:from|in|of)\s+(?:the\s+council|children['’]s\s+services|our)\b/gi;
/** Words that put the person outside the council, or keep them off the panel. */
const OUTSIDE = /\b(?:former(?:ly)?|retired|previously|external|independent|another\s+(?:council|authority|local\s+authority)|other\s+(?:councils|authorities))\b/i;
const NEGATION = /\b(?:not|no|none|never|neither|nor|without|nobody|excluding)\b/i;
/** A council person placed on the panel directly, even in a sentence that also says "not" elsewhere. */
const DIRECT_MEMBER =
  /\bchair(?:ed)?\s+by\s+(?:\w+\s+){0,4}?$|\bpanel\s+(?:of|comprising|consisting\s+of|made\s+up\s+of|including|will\s+(?:be|include|comprise|consist\s+of))\s+(?:[\w'’,-]+\s+){0,8}?$/i;
const AFTER_DIRECT = /^\W{0,3}(?:\w+\s+){0,3}?(?:will|shall|is\s+to|would|is\s+going\s+to)\s+(?:chair|sit\s+on|be\s+(?:a|one\s+of\s+the)\s+(?:panel\s+)?members?|be\s+on\s+the\s+panel)/i;

const WRONG_SIZE =
  /\bpanel\s+of\s+(?:two|four|five|six|2|4|5|6)\b(?!\s*(?:working\s+)?days)|\b(?:two|four|five|six|2|4|5|6)[\s-](?:person|member|people)\s+panel\b|\bpanel\s+(?:will\s+)?(?:consists?|comprises?|is\s+made\s+up|will\s+be\s+made\s+up|(?:will\s+)?be\s+made\s+up)\s+of\s+(?:two|four|five|six|2|4|5|6)\s+(?:independent\s+)?(?:people|persons|members|individuals)\b|\b(?:two|four|five|six|2|4|5|6)\s+panel\s+members\b|\bsingle\s+(?:independent\s+)?(?:reviewer|person|panel\s+member)\b[^.]{0,60}\bpanel\b|\bpanel\b[^.]{0,60}\bsingle\s+(?:independent\s+)?(?:reviewer|person|member)\b/i;

/**
 * The panel's whole membership given as a number other than three: "the panel will have two
 * members", "has just two people on it", "there will be four panel members". Not "a chair and two
 * other members", "two independent members as well as the chair" (three in all).
 */
const WRONG_COUNT =
  /\bpanel\b[^.;]{0,40}?\b(?:will\s+|would\s+|is\s+going\s+to\s+)?(?:have|has|having|had|be|is|are|was|were|compris\w*|consist\w*(?:\s+of)?|made\s+up\s+of|includ\w*)\s+(?:only\s+|just\s+|a\s+total\s+of\s+|in\s+total\s+)?(?:two|four|five|six|2|4|5|6)\s+(?:independent\s+|panel\s+|lay\s+)?(?:members|people|persons|individuals|panellists|panelists|reviewers|adjudicators)\b(?!\s+(?:of\s+(?:our\s+|the\s+|its\s+|council\s+)?staff|from\s+(?:the|our|its)\s+(?:council|service|team|department))\b)(?![^.;]{0,40}\b(?:plus|as\s+well\s+as|in\s+addition\s+to|besides|alongside|and)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:independent\s+)?chair)|\bthere\s+(?:will|would)\s+be\s+(?:only\s+|just\s+)?(?:two|four|five|six|2|4|5|6)\s+(?:independent\s+)?(?:panel\s+members|people\s+on\s+the\s+panel|members\s+of\s+the\s+panel)\b/i;

/** Two members besides the chair: three in all ("two panel members and an independent chair", "a chair and two other members"). */
const PLUS_CHAIR =
  /\b(?:two|2)\s+(?:other\s+|more\s+|further\s+)?(?:independent\s+|panel\s+|lay\s+)*(?:members|people|persons|panellists|panelists)\b[^.;]{0,40}\b(?:plus|as\s+well\s+as|in\s+addition\s+to|besides|alongside|and)\s+(?:(?:an?|the|its|their)\s+)?(?:independent\s+)?(?:chair|chairperson|chairman|chairwoman)\b|\b(?:chair|chairperson|chairman|chairwoman)\b[^.;]{0,30}\b(?:and|plus|with|alongside)\s+(?:two|2)\s+(?:other\s+|more\s+|further\s+)?(?:independent\s+|panel\s+|lay\s+)*(?:members|people|persons|panellists|panelists)\b/i;

const STAGE2 = /\bstage[\s-]*(?:2|two|II)\b|\bwho\s+oversaw\b|\bfrom\s+the\s+(?:stage\s+\w+\s+)?investigation\b|\bsame\b/i;
const IP_ON_PANEL =
  /\b(?:will|shall|is\s+to|would|is\s+going\s+to|also)\s+(?:\w+\s+)?(?:chair|sit\s+on|be\s+(?:a|one\s+of\s+the(?:\s+three)?|one\s+of\s+three)\s+(?:panel\s+)?members?|be\s+on\s+the\s+panel|join\s+the\s+panel|serve\s+on)\b|\bpanel\s+(?:will\s+)?(?:includ\w*|compris\w*|consist\w*\s+of|made\s+up\s+of)\b|\b(?:chaired|joined)\s+by\b/i;

function councilMember(text: string): string | null {
  COUNCIL_PERSON.lastIndex = 0;
  const negated = NEGATION.test(text);
  for (let m = COUNCIL_PERSON.exec(text); m; m = COUNCIL_PERSON.exec(text)) {
    // The words describing this person: back to the previous comma or "and", on to the next.
    const before = text.slice(Math.max(0, m.index - 60), m.index).split(/,|;|\band\b|\bwith\b/i).pop() ?? '';
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/,|;|\band\b|\bwith\b|\balongside\b|\b(?:will|shall|is|are|was|would|sits?|chairs?)\b/i)[0];
    if (OUTSIDE.test(before + ' ' + m[0] + ' ' + after)) continue;
    if (!negated) return m[0];
    const preceding = text.slice(Math.max(0, m.index - 80), m.index);
    const following = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (DIRECT_MEMBER.test(preceding) || AFTER_DIRECT.test(following)) return m[0];
  }
  return null;
}

export const panelComposition: Rule = {
  meta: {
    id: 'stage3/panel-composition',
    title: 'Review panel that is not three independent people with an independent chair',
    defaultSeverity: 'error',
    citation:
      'SI 2006/1738 reg 19(2) and (3) (the panel is three independent persons, one of whom chairs it; the Stage 2 Independent Person may not be a member); reg 2 (an independent person is neither a member nor an officer of the council)',
    description:
      'A Stage 3 Review Panel is three people independent of the council, one of whom chairs it. A panel described with councillors, council officers or managers as members or chair, with more or fewer than three members, or with the Independent Person from Stage 2 sitting on it, is not the panel the regulations require. Council officers may attend to explain the council’s position, and the Stage 2 Independent Person may attend to give their views: that is not membership.',
    appliesTo: ['stage2-adjudication', 'stage3-arrangements', 'stage3-final-response', 'refusal', 'unknown-letter'],
    fixable: true,
    statutoryProcedureOnly: true,
    examples: {
      faulty: [
        { letter: 'stage3-arrangements', text: 'The panel will be chaired by the Assistant Director of Children’s Services, with two independent members.' },
        { letter: 'stage2-adjudication', text: 'If you are not satisfied, you can ask for a Stage 3 Review Panel of two councillors and an independent chair. Please write to us within 20 working days of receiving this letter.' },
        { letter: 'stage3-arrangements', text: 'Ms Dean, who was the Independent Person at Stage 2, will be one of the three panel members.' },
        { letter: 'stage3-arrangements', text: 'The Review Panel will consist of two independent people, who will meet you on 4 June.' },
        { letter: 'stage3-arrangements', text: 'Your panel will have just two members, Mr Osei and Mrs Hart, and Mrs Hart will chair the meeting.' },
      ],
      correct: [
        { letter: 'stage3-arrangements', text: 'The panel will be three people independent of the Council, one of whom will chair it. The Head of Service will attend to explain the Council’s position, and Ms Dean, the Independent Person from Stage 2, will attend to give her views, but neither will be a member of the panel.' },
        { letter: 'stage3-arrangements', text: 'The panel will be chaired by Mrs Shaw, an independent chair who is a former director of children’s services in another authority. None of the panel members works for the Council.' },
        { letter: 'stage3-arrangements', text: 'The panel will have two independent members as well as its independent chair, Mrs Shaw, so three people in all.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    for (const sentence of model.sentences) {
      const text = sentence.text;
      if (!matches(PANEL, sentence) || (matches(OTHER_PANEL, sentence) && !matches(REVIEW_PANEL, sentence))) continue;
      let problem: string | null = null;
      const wrongSize = (WRONG_SIZE.test(text) || WRONG_COUNT.test(text)) && !PLUS_CHAIR.test(text);
      if (wrongSize) {
        problem = 'The regulations require a panel of exactly three independent people, one of whom chairs it.';
      } else if (INDEPENDENT_PERSON.test(text) && STAGE2.test(text) && IP_ON_PANEL.test(text) && !/\b(?:not|never|neither)\b[^.]{0,40}\b(?:member|sit|chair|join|serve|on\s+the\s+panel)/i.test(text)) {
        problem = 'The Independent Person from Stage 2 may not be a member of the panel (reg 19(3)); they attend to give their views.';
      } else if (MEMBERSHIP.test(text)) {
        const person = councilMember(text);
        if (person) problem = `The panel must be three people independent of the council, with an independent chair; “${person}” is part of the council (reg 2, reg 19(2)).`;
      }
      if (!problem) continue;
      const offer = OFFER.test(text);
      const replacement = INDEPENDENT_PERSON.test(text) && STAGE2.test(text) && !wrongSize
        ? 'The Independent Person from Stage 2 will attend the panel to give their views, but will not be a member of it.'
        : offer
          ? 'You can ask for a Stage 3 Review Panel of three people independent of the Council, one of whom will chair it.'
          : PANEL_COMPOSITION_SENTENCE;
      const at = withoutPseudoHeading(model, sentence);
      findings.push({
        ruleId: this.meta.id,
        start: at.start,
        end: at.end,
        message: `This describes a review panel the regulations do not allow. ${problem}`,
        fixes: [rewriteFix('Replace with a panel of three independent people with an independent chair', at, replacement)],
      });
    }
    return findings;
  },
};
