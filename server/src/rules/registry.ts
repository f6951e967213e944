import type { Rule } from './types';
import { ombudsmanAtStage1 } from './signpost-ombudsman-at-stage1';
import { ombudsmanInsteadOfStage3 } from './signpost-ombudsman-instead-of-stage3';
import { nextStageDenied } from './law-next-stage-denied';
import { missingStage2Right } from './signpost-missing-stage2-right';
import { missingStage3Right } from './signpost-missing-stage3-right';
import { missingLgscoAfterStage3 } from './signpost-missing-lgsco-after-stage3';
import { corporateForStatutory } from './procedure-corporate-for-statutory';
import { noMeritOrSameOutcome } from './refusal-no-merit-or-same-outcome';
import { wrongOmbudsman } from './signpost-wrong-ombudsman';
import { outdatedLgoName } from './signpost-outdated-lgo-name';
import { speaksForOmbudsman } from './signpost-speaks-for-ombudsman';
import { frontMatterProblems } from './letter-front-matter';
import { CONTENT_RULES } from './content/index';
import { TIMESCALE_RULES } from './timescales/index';

/** Every rule Signpost runs, in the order findings are listed. The README's rule table mirrors this. */
export const RULES: readonly Rule[] = [
  ombudsmanAtStage1,
  ombudsmanInsteadOfStage3,
  nextStageDenied,
  missingStage2Right,
  missingStage3Right,
  missingLgscoAfterStage3,
  corporateForStatutory,
  noMeritOrSameOutcome,
  wrongOmbudsman,
  outdatedLgoName,
  speaksForOmbudsman,
  ...TIMESCALE_RULES,
  ...CONTENT_RULES,
  frontMatterProblems,
];

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
