import type { Finding, Rule } from './types';
import { LGSCO_NAME } from './wording';

/** The old name, with its acronym when one follows in brackets: "Local Government Ombudsman (LGO)" is one finding. */
const OLD_NAME = /\bLocal\s+Government\s+Ombudsm[ae]n\b(?:\s*\(LGO\))?|\bLGO\b/g;
/** "formerly the Local Government Ombudsman" names the old body on purpose. */
const ON_PURPOSE = /\b(?:formerly|previously|once|then|old|former|used\s+to\s+be)\b(?:\s+(?:known\s+as|called|named))?\s+(?:the\s+)?\(?$/i;

export const outdatedLgoName: Rule = {
  meta: {
    id: 'signpost/outdated-lgo-name',
    title: 'Outdated name: Local Government Ombudsman',
    defaultSeverity: 'warning',
    citation:
      'The Local Government Ombudsman became the Local Government and Social Care Ombudsman in 2017 (announced July 2017; LGSCO remedies guidance changelog, April 2018: "Amended LGO to LGSCO")',
    description:
      'The Ombudsman has been the Local Government and Social Care Ombudsman since 2017. The old name (or "LGO") sends complainants looking for a body that no longer exists under that name. "Formerly the Local Government Ombudsman" and the lgo.org.uk web address are fine.',
    appliesTo: 'any-letter',
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage3-final-response', text: 'If you remain dissatisfied, you can contact the Local Government Ombudsman. Website: www.lgo.org.uk.' },
        { letter: 'stage3-final-response', text: 'You can now take your complaint to the LGO, whose website is www.lgo.org.uk.' },
      ],
      correct: [
        { letter: 'stage3-final-response', text: 'If you remain dissatisfied, you can contact the Local Government and Social Care Ombudsman (formerly the Local Government Ombudsman). Website: www.lgo.org.uk. Telephone: 0300 061 0614.' },
      ],
    },
  },
  check(model) {
    const findings: Finding[] = [];
    for (const sentence of model.sentences) {
      OLD_NAME.lastIndex = 0;
      for (let m = OLD_NAME.exec(sentence.text); m; m = OLD_NAME.exec(sentence.text)) {
        if (ON_PURPOSE.test(sentence.text.slice(0, m.index))) continue;
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        const replacement = m[0] === 'LGO' ? 'LGSCO' : m[0].endsWith('(LGO)') ? `${LGSCO_NAME} (LGSCO)` : LGSCO_NAME;
        findings.push({
          ruleId: this.meta.id,
          start,
          end,
          message: `“${m[0].replace(/\s*\(LGO\)$/, '')}” is the Ombudsman’s old name; since 2017 it has been the ${LGSCO_NAME} (LGSCO).`,
          fixes: [{ title: `Change to “${replacement}”`, edits: [{ start, end, newText: replacement }], preferred: true, safe: true }],
        });
      }
    }
    return findings;
  },
};
