import type { Finding, Rule } from './types';
import { NHS_CONTEXT } from './phrases';
import { LGSCO_NAME } from './wording';

interface Scheme {
  pattern: RegExp;
  body: string;
  /** Context in which naming this body is right (an NHS part of a joint complaint goes to the PHSO). */
  rightFor?: RegExp;
}

const ACRONYM_AFTER = /^\s*\((?:PSOW|SPSO|NIPSO|PHSO|HOS)\)/;

const SCHEMES: Scheme[] = [
  { pattern: /\bPublic\s+Services\s+Ombudsman\s+for\s+Wales\b|\bPSOW\b/gi, body: 'the Public Services Ombudsman for Wales (Welsh councils)' },
  { pattern: /\bScottish\s+Public\s+Services\s+Ombudsman\b|\bSPSO\b/gi, body: 'the Scottish Public Services Ombudsman (Scottish councils)' },
  { pattern: /\bNorthern\s+Ireland\s+Public\s+Services\s+Ombudsman\b|\bNIPSO\b/gi, body: 'the Northern Ireland Public Services Ombudsman' },
  {
    pattern: /\bParliamentary\s+and\s+Health\s+Service\s+Ombudsman\b|\bPHSO\b|\bHealth\s+Service\s+Ombudsman\b|\bParliamentary\s+Ombudsman\b/gi,
    body: 'the Parliamentary and Health Service Ombudsman (the NHS and government departments)',
    rightFor: NHS_CONTEXT,
  },
  { pattern: /\bHousing\s+Ombudsman(?:\s+Service)?\b/gi, body: 'the Housing Ombudsman (social landlords)', rightFor: /\bhousing\s+association\b|\blandlord\b|\btenan\w+\b/i },
  { pattern: /\bFinancial\s+Ombudsman(?:\s+Service)?\b/gi, body: 'the Financial Ombudsman Service (banks and insurers)' },
];

export const wrongOmbudsman: Rule = {
  meta: {
    id: 'signpost/wrong-ombudsman',
    title: 'Wrong ombudsman for a children’s social care complaint',
    defaultSeverity: 'error',
    citation:
      'Local Government Act 1974 Part 3 (the Local Commissioner, i.e. the LGSCO, investigates English councils); SI 2006/1738 reg 20; rules catalogue §1.12 (other schemes: PSOW, SPSO, NIPSO, PHSO, Housing, Financial)',
    description:
      'Complaints about an English council’s children’s social care go to the Local Government and Social Care Ombudsman. The Welsh, Scottish and Northern Irish ombudsmen, the PHSO, the Housing Ombudsman and the Financial Ombudsman are the wrong route, except for a part of a joint complaint that is genuinely about the NHS (PHSO) or a social landlord (Housing Ombudsman).',
    appliesTo: 'any-letter',
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage3-final-response', text: 'If you remain dissatisfied, you can refer your complaint to the Parliamentary and Health Service Ombudsman. Website: www.lgo.org.uk.' },
        { letter: 'stage3-final-response', text: 'You may now contact the Public Services Ombudsman for Wales, who is independent of the Council.' },
      ],
      correct: [
        { letter: 'stage3-final-response', text: 'If you remain dissatisfied, you can ask the Local Government and Social Care Ombudsman to look at your complaint. Website: www.lgo.org.uk. Telephone: 0300 061 0614. The part of your complaint about the NHS mental health trust can go to the Parliamentary and Health Service Ombudsman.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    for (const sentence of model.sentences) {
      if (!/ombudsman|PSOW|SPSO|NIPSO|PHSO/i.test(sentence.text)) continue;
      // The bodies' own names ("Health Service Ombudsman") must not count as their context.
      const context = SCHEMES.reduce((text, scheme) => text.replace(scheme.pattern, ' '), sentence.text);
      for (const scheme of SCHEMES) {
        if (scheme.rightFor?.test(context)) continue;
        scheme.pattern.lastIndex = 0;
        for (let m = scheme.pattern.exec(sentence.text); m; m = scheme.pattern.exec(sentence.text)) {
          const start = sentence.start + m.index;
          // "Scottish Public Services Ombudsman (SPSO)": the acronym in brackets is the same finding.
          const acronym = ACRONYM_AFTER.exec(sentence.text.slice(m.index + m[0].length));
          if (acronym) scheme.pattern.lastIndex += acronym[0].length;
          const end = start + m[0].length + (acronym?.[0].length ?? 0);
          findings.push({
            ruleId: this.meta.id,
            start,
            end,
            message: `This names ${scheme.body}. Complaints about an English council’s children’s services go to the ${LGSCO_NAME}.`,
            fixes: [{ title: `Change to “${LGSCO_NAME}”`, edits: [{ start, end, newText: acronym ? `${LGSCO_NAME} (LGSCO)` : LGSCO_NAME }], preferred: true, safe: true }],
          });
        }
      }
    }
    return findings;
  },
};
