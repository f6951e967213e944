import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLetterModel } from '../../server/src/model/letterModel';
import { sentenceContaining } from '../../server/src/model/voice';
import { datesWithin, timelineOf } from '../../server/src/model/timeline';
import { generateLetter } from '../../bench/generate';

/** The position look-ups the rules use instead of scanning every sentence or date: same answers as a scan. */
describe('look-ups by position', () => {
  const model = buildLetterModel(generateLetter(300, { seed: 7 }).text);
  const timeline = timelineOf(model);

  test('sentenceContaining finds the sentence a span lies in, or none', () => {
    assert.ok(timeline.dates.length > 10 && model.sentences.length > 100);
    for (const span of [...timeline.dates, ...model.sentences, { start: 0, end: 1 }, { start: model.text.length, end: model.text.length + 1 }]) {
      const scanned = model.sentences.find((s) => s.start <= span.start && span.end <= s.end);
      assert.equal(sentenceContaining(model.sentences, span), scanned);
    }
    // A span across two sentences is in neither.
    const [first, second] = model.sentences;
    assert.equal(sentenceContaining(model.sentences, { start: first.start, end: second.end }), undefined);
  });

  test('datesWithin gives the dates inside a span, in order', () => {
    for (const sentence of model.sentences) {
      const scanned = timeline.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
      assert.deepEqual(datesWithin(timeline, sentence), scanned);
    }
    assert.deepEqual(datesWithin(timeline, { start: 0, end: model.text.length }), timeline.dates);
  });

  test('each sentence knows its place in the list', () => {
    model.sentences.forEach((sentence, index) => assert.equal(sentence.index, index));
  });
});
