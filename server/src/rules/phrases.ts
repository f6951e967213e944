/**
 * Domain phrase families shared by several rules. Each is written for a meaning ("offers the
 * Ombudsman as the next step"), with the paraphrases officers actually use, not one example
 * sentence. Patterns use the `i` flag only (the `u` flag makes them several times slower).
 */

/** Any name for the Ombudsman (the outdated ones too; the wrong-scheme names are in wrong-ombudsman). */
export const OMBUDSMAN = /\b(?:ombudsm[ae]n|LGSCO|LGO)\b/i;

/** Verbs and phrases that present the Ombudsman (or a stage) as a route the complainant can take. */
export const ROUTE =
  /\b(?:contact\w*|refer\w*|complain\w*|go(?:ing)?|approach\w*|writ(?:e|ing)|tak(?:e|ing)|ask\w*|escalat\w*|pursu\w*|bring\w*|rais\w*|send\w*|apply|appl(?:ied|ying)|get\s+in\s+touch|next\s+(?:step|stage)|option|route|remedy|recourse|look\s+(?:at|into)|consider|review|investigat\w*|independent\s+review)\b/i;

/**
 * Conditions that put the Ombudsman after the procedure ("once you have completed stage 3",
 * "after the review panel", "the Ombudsman expects you to complete…"), which is correct signposting.
 */
export const AFTER_THE_PROCEDURE =
  /\b(?:after|once|when|following|until|unless|before)\b[^.;]{0,90}?\b(?:stage[\s-]*(?:3|three)|stages\s+(?:2|two)\s+and\s+(?:3|three)|all\s+(?:the\s+)?(?:three\s+|3\s+)?stages|review\s+panel|panel|all\s+(?:three|3)\s+stages|(?:whole|full|complete|entire|statutory|three[\s-]stage)\s+(?:children'?s\s+|statutory\s+)?(?:complaints?\s+)?(?:procedure|process)|(?:our|the)\s+final\s+(?:stage|response)|(?:complaints?\s+)?(?:procedure|process)\s+(?:is|has\s+been)\s+complet\w*)\b|\bexpects?\b[^.;]{0,80}\bcomplet\w*|\bat\s+the\s+end\s+of\s+(?:the|this|our)\s+(?:statutory\s+|three[\s-]stage\s+)?(?:complaints?\s+)?(?:procedure|process)/i;

/** The early-referral exception described in the letter itself. */
export const EARLY_REFERRAL = /\bearly\s+referral\b|\brefer(?:red)?\s+(?:to\s+the\s+ombudsman\s+)?early\b/i;

/** A stage 3 review panel as a thing. */
export const STAGE3_THING =
  /\bstage[\s-]*(?:3|three|III)\b|\b(?:review|independent|complaints?|appeal)\s+panels?\b|\bpanel\s+(?:review|hearing|meeting)\b|\bpanels?\b/i;

/** Stage 2 (the independent investigation) as a thing. */
export const STAGE2_THING =
  /\bstage[\s-]*(?:2|two|II)\b|\bindependent\s+investigation\b|\binvestigating\s+officer\b|\bindependent\s+person\b/i;

/** Words that offer something to the complainant (not "your request to escalate", which reports one). */
export const OFFER =
  /\b(?:you\s+(?:can|may|could|are\s+(?:entitled|welcome|able)|have\s+(?:the\s+)?right)|(?:your|the)\s+right\s+to|entitled\s+to|(?:if|should)\s+you\s+(?:wish|want|would\s+like|decide)|to\s+(?:request|ask\s+for|apply\s+for)|please\s+(?:let\s+us\s+know|tell\s+us|write|contact|email|call|ask)|let\s+us\s+know|tell\s+us)\b/i;

/** Words that withhold or deny: used to tell a real offer from "you are not entitled to a panel". */
export const DENIAL =
  /\b(?:not\s+(?:required|necessary|needed|appropriate|entitled|eligible|possible|proportionate|justified|warranted)|no\s+(?:right|entitlement|automatic\s+right|need|benefit|value|point|purpose)|discretion(?:ary)?|(?:do|does|will|would|shall|can|could)\s*(?:n[o'\u2019]t|\s+not)\s+(?:be\s+)?(?:offer|convene|hold|arrang|provid|progress|proceed|escalat|add|achiev|chang|benefit|help|accept|consider|agree)\w*|cannot|decided\s+not\s+to|declin\w+|refus\w+|unlikely\s+to\s+(?:add|achieve|change|help|benefit|make|alter)|(?:little|nothing)\s+(?:more\s+|further\s+)?(?:to\s+(?:add|gain|be\s+gained)|would\s+be\s+(?:gained|achieved))|(?:does\s+not|do\s+not|did\s+not)\s+(?:meet|qualify))\b/i;

/** Part 3 Children Act 1989 (and specified Part 4/5, adoption, SGO) subjects: the statutory procedure applies. */
export const PART3_SUBJECT =
  /\b(?:section|s\.?)\s*(?:17|20|22|23|23[A-E]|24|24[A-D]|31|33|34|43|44|47)\b|\bchild(?:ren)?\s+in\s+need\b|\blooked[\s-]after\b|\b(?:in|into|leaving)\s+care\b|\bcare\s+(?:leaver|order|proceedings|plan|placement)s?\b|\bpathway\s+plan\b|\bpersonal\s+adviser\b|\bfoster\w*\b|\bchild\s+protection\b|\bchild\s+and\s+family\s+assessment\b|\bsocial\s+worker\b|\bchildren'?s\s+(?:social\s+care|services|social\s+work)\b|\bdisabled\s+child\w*\b|\bchildren\s+with\s+(?:complex\s+needs|disabilities)\b|\bshort\s+breaks?\b|\bspecial\s+guardian\w*\b|\badoption\s+support\b|\bresidential\s+(?:placement|home|care)\b|\bchildren'?s\s+home\b|\bplacement\b|\baccommodated\b|\bcontact\s+(?:with|arrangements\s+for)\s+(?:your|the|his|her)\s+(?:child|son|daughter)/i;

/** Health-service context in which the PHSO is the right body for that part of a complaint. */
export const NHS_CONTEXT =
  /\bNHS\b|\bhealth\s+(?:service|trust|board|visitor)\b|\bhospital\b|\bGP\b|\bCAMHS\b|\bmental\s+health\s+(?:trust|service)\b|\bintegrated\s+care\s+board\b|\bICB\b|\bclinical\s+commissioning\b|\bschool\s+nurse\b|\bparliamentary\b[^.]{0,40}\bgovernment\s+department/i;

/**
 * An apology word in the council's own voice: "I apologise", "we are sorry that", "my apologies",
 * "an apology". Sympathy ("I was sorry to hear about…") is not an apology. Whether an apology is
 * genuine is decided with NON_APOLOGY below.
 */
export const APOLOGY = /\bapologi[sz](?:e|es|ed|ing)\b|\bapolog(?:y|ies)\b|\bsorry\b(?!\s+to\s+(?:hear|learn|read|see|know|say)\b)/i;

/** Apologising for the complainant's feelings, not for what the council did: "sorry (that) you feel…", "sorry you were upset". */
export const NON_APOLOGY_FEELINGS =
  /\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:that\s+)?you\s+(?:(?:may|might|have|may\s+have|might\s+have|should)\s+)?(?:feel|felt|believe|believed|consider|considered|perceive|perceived|think|thought|(?:are|were)\s+left\s+feeling|found\s+(?:it|this|that|our|the)|find\s+(?:it|this|that|our|the)|(?:are|were|have\s+been|became|got)\s+(?:so\s+|very\s+|somewhat\s+)?(?:upset|unhappy|dissatisfied|disappointed|distressed|offended|frustrated|annoyed|aggrieved|unsatisfied|not\s+satisfied|not\s+happy|displeased|hurt|confused))\b/i;

/** "Sorry you felt it necessary to complain", "sorry you have had cause to complain". */
export const NON_APOLOGY_COMPLAINING =
  /\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.]{0,25}\byou\s+(?:(?:have\s+)?(?:felt|feel|found\s+it|find\s+it|thought\s+it|considered\s+it)\s+(?:it\s+)?(?:necessary|needed|the\s+need|a\s+need|obliged|compelled|appropriate)\s+to|(?:have\s+)?had\s+(?:cause|reason|occasion)\s+to)\s+(?:complain|make\s+a\s+complaint|contact|write|raise|escalate)/i;

/** Conditional apologies: "I apologise if you were upset", "sorry to the extent that…". */
export const NON_APOLOGY_CONDITIONAL =
  /\b(?:sorry|apologi[sz]e|apologies)\s+(?:(?:to\s+you|for\s+(?:this|that|it|any\s+\w+|the\s+\w+))\s+)?(?:if|to\s+the\s+extent\s+that|insofar\s+as|in\s+so\s+far\s+as)\s+(?:you|this|that|our|any|it|the|we|I|there|anything|something|your)\b|\b(?:sorry|apologi[sz]e|apologies)\b[^.;]{0,80},\s*(?:if|should|to\s+the\s+extent\s+that)\s+(?:this|that|it|you|they|our|the|any)\b/i;

/** Hedged, non-specific apologies and regrets: "for any distress this may have caused", "we regret any inconvenience". */
export const NON_APOLOGY_HEDGED =
  /\b(?:sorry|apologi[sz]e|apologies|regrets?)\s+(?:for\s+)?(?:any|the|all)\s+(?:\w+\s+){0,3}?(?:inconvenience|distress|upset|frustration|difficult(?:y|ies)|concern|disappointment|confusion|misunderstanding|offence|worry|anxiety|stress|hurt|trouble)\b(?:\s+(?:and|or)\s+\w+)?\s+(?:(?:that|which)\s+)?(?:this|that|it|these|we|our\s+\w+|the\s+\w+|you|they)?\s*(?:may|might|could)\s+have\s+(?:caused|been\s+caused|felt|experienced|suffered|had)|\b(?:I|we|the\s+council)\s+(?:\w+\s+)?regrets?\s+(?:any|the|that|this|your|all)\s+(?:\w+\s+){0,2}?(?:inconvenience|distress|upset|frustration|difficult(?:y|ies)|concern|disappointment|confusion|misunderstanding|worry|stress|anxiety|dissatisfaction)\b|\b(?:sorry|apologi[sz]e|apologies)\s+for\s+any\s+(?:inconvenience|misunderstanding)\b/i;

/** Any of the non-apology families: an apology word in such a sentence does not count as an apology. */
export const NON_APOLOGY = new RegExp(
  [NON_APOLOGY_FEELINGS, NON_APOLOGY_COMPLAINING, NON_APOLOGY_CONDITIONAL, NON_APOLOGY_HEDGED].map((r) => r.source).join('|'),
  'i',
);

/** Signposting to the LGSCO itself (or "the Ombudsman" where no other scheme is named). */
export const LGSCO_ROUTE =
  /^(?![\s\S]*\b(?:PSOW|SPSO|NIPSO|PHSO|Public\s+Services\s+Ombudsman|Health\s+Service\s+Ombudsman|Housing\s+Ombudsman|Financial\s+Ombudsman)\b)[\s\S]*\b(?:ombudsm[ae]n|LGSCO|LGO)\b|\bLocal\s+Government\s+(?:and\s+Social\s+Care\s+)?Ombudsman\b|\bLGSCO\b/i;

/** The corporate (non-statutory) procedure by its usual names. */
export const CORPORATE_PROCEDURE = /\bcorporate\s+(?:complaints?\s+)?(?:procedure|process|policy|scheme|route)s?\b/gi;
/**
 * Other names for a non-statutory procedure; they count only in a letter that never mentions the
 * statutory procedure (catalogue rule 11: "describes a two-stage process").
 */
export const OTHER_PROCEDURE_NAMES =
  /\b(?:two|2)[\s-]stage\s+(?:[\w,']+\s+){0,5}?(?:procedure|process|policy|scheme)\b|\bComments,?\s+Compliments\s+and\s+Complaints\s+(?:Policy|Procedure|Process)\b|\bcustomer\s+(?:feedback|complaints?|care)\s+(?:policy|procedure|process)\b/gi;
/** Any reference to the statutory children's procedure. */
export const STATUTORY_MENTION = /\bstatutory\b|\bChildren\s+Act\b|\b2006\s+Regulations\b|\bRepresentations\s+Procedure\b/i;
