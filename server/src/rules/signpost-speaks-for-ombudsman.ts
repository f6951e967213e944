import type { Rule } from './types';
import { replaceFix, sentenceWithTrailingSpace } from './helpers';
import { OMBUDSMAN } from './phrases';
import { matches } from '../model/memo';

/**
 * Claims that the Ombudsman advised or approved the council's approach, or predictions of what
 * it will decide. Its published guidance ("the Ombudsman's guidance on remedies") is fine to cite;
 * so is the procedural fact that it expects the statutory procedure to be completed first.
 */
const SPEAKS_FOR =
  /\b(?:understand|been\s+told|know|learned|learnt)\s+from\s+(?:our\s+|previous\s+|past\s+|earlier\s+)*(?:dealings|discussions|contact|conversations|correspondence|experience|cases)\s+with\s+the\s+(?:local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman|\b(?:ombudsman|LGSCO)\s+(?:is|are|has\s+been|would\s+be)\s+(?:content|happy|satisfied|comfortable|willing)\s+(?:for|with|that|to)\b|\b(?:guidance|advice|agreement|approval|confirmation|instructions?|steer)\b[^.]{0,40}\b(?:received|given|provided|obtained|had)\b[^.]{0,25}\b(?:from|by)\s+(?:the\s+)?(?:local\s+government\s+(?:and\s+social\s+care\s+)?)?(?:ombudsman|LGSCO)|\b(?:unlikely|not\s+likely)\s+(?:that\s+(?:it|they|the\s+ombudsman)\s+(?:would|will|could)|to)\s+(?:take|investigate|reinvestigate|uphold|find|look|consider|agree|reach|pursue|accept)\b|\b(?:guidance|advice|agreement|approval|confirmation|instructions?)\s+(?:we\s+have|we've|the\s+council\s+has|we|the\s+council)\s+(?:previously\s+)?(?:received|been\s+given|obtained|had)\s+(?:previously\s+)?from\b|\b(?:received|been\s+given|obtained)\s+(?:guidance|advice|agreement|approval|confirmation)\s+from\s+the\b|\bombudsman(?:['\u2019]s\s+(?:office|staff|investigators?|officers?))?\s+(?:has|have|had)\s+(?:previously\s+|already\s+)?(?:advised|agreed|approved|confirmed|told\s+(?:us|the\s+council)|indicated|endorsed|accepted)\b|\b(?:approved|agreed|endorsed|sanctioned|recommended|advised)\s+by\s+the\s+(?:local\s+government\s+(?:and\s+social\s+care\s+)?)?ombudsman\b|\bin\s+(?:accordance|line)\s+with\s+(?:the\s+)?(?:ombudsman'?s|LGSCO'?s)\s+(?:advice|agreement|approval|instructions?)\b|\b(?:ombudsman|LGSCO)\s+(?:will|would|is\s+(?:un)?likely\s+to|is\s+not\s+likely\s+to)\s+(?:not\s+)?(?:uphold|find\s+(?:fault|in)|agree\s+with\s+you|decline|refuse|reject|support\s+your)\b|\b(?:ombudsman|LGSCO)\s+(?:will|would)\s+not\s+(?:investigate|look\s+at|consider)\b(?![^.]*\b(?:until|unless|before)\b)/i;

export const speaksForOmbudsman: Rule = {
  meta: {
    id: 'signpost/speaks-for-ombudsman',
    title: 'Speaking for the Ombudsman',
    defaultSeverity: 'error',
    citation:
      'LGSCO Bexley 24 016 952 ("The Ombudsman has not provided this advice to the Council"); LGSCO Manual for Councils Part 4 (councils should refrain from commenting on what the Ombudsman can investigate)',
    description:
      'A letter must not claim the Ombudsman advised or approved the council’s approach, or predict what the Ombudsman will investigate or decide. Describe the council’s own position and let the Ombudsman decide its own jurisdiction.',
    appliesTo: 'any-letter',
    fixable: true,
    examples: {
      faulty: [
        { letter: 'stage2-adjudication', text: 'This approach is in accordance with guidance we have received from the Ombudsman previously.' },
        { letter: 'stage2-adjudication', text: 'The Ombudsman has advised the Council that a panel is not needed in cases like yours.' },
        { letter: 'stage3-final-response', text: 'The Ombudsman is unlikely to uphold your complaint given the actions we have taken.' },
      ],
      correct: [
        { letter: 'stage2-adjudication', text: 'In making this apology we have considered the Ombudsman’s published guidance on remedies.' },
        { letter: 'stage1-response', text: 'The Ombudsman will not usually look at a complaint until the statutory procedure is complete.' },
      ],
    },
  },
  check(model) {
    return model.sentences
      .filter((sentence) => matches(OMBUDSMAN, sentence) && matches(SPEAKS_FOR, sentence))
      .map((sentence) => {
        const span = sentenceWithTrailingSpace(model, sentence);
        return {
          ruleId: this.meta.id,
          start: span.start,
          end: span.end,
          message:
            'This speaks for the Ombudsman: it claims the Ombudsman advised or approved the council’s approach, or predicts its decision. The Ombudsman decides for itself; state the council’s own position instead.',
          fixes: [replaceFix('Remove the sentence', span, '', { safe: false })],
        };
      });
  },
};
