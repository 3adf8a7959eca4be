import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { CheckData, Clause, SentenceReading } from '../../../src/engine/check/context.js';
import { splitSentences } from '../../../src/engine/check/sentences.js';
import { speakerOf } from '../../../src/engine/check/speakers.js';
import { Engine } from '../../../src/engine/engine.js';

let data: CheckData;
beforeAll(async () => {
	data = new CheckData(new Engine(await loadDataset()));
});

/** The speaker of the words `claimed` in `text`, as person ids. */
function speaker(text: string, claimed: string): string[] {
	const [sentence] = splitSentences(text);
	if (!sentence) throw new Error('no sentence');
	const reading = new SentenceReading(sentence, undefined);
	for (const span of sentence.clauses) reading.clauses.push(new Clause(text, span, reading, data));
	const start = text.indexOf(claimed);
	const clause = reading.clauses.find((candidate) => candidate.span.start <= start && candidate.span.end >= start);
	if (!clause) throw new Error('no clause');
	return [...(speakerOf(clause, data, { start, end: start + claimed.length })?.people ?? [])];
}

describe('speakerOf', () => {
	it('finds the speaker before or right after the words reported', () => {
		expect([
			speaker('Tokayev said trade grew 30%.', '30%'),
			speaker('Trade grew 30%, said Erdoğan.', '30%'),
			speaker('According to Tokayev, trade grew 30%.', '30%'),
		]).toEqual([['person-kassym-jomart-tokayev'], ['person-recep-tayyip-erdogan'], ['person-kassym-jomart-tokayev']]);
	});

	it('reads a speaker from an earlier clause of the sentence', () => {
		expect(speaker('Tokayev said that trade grew 30%, and investment rose 14%.', '14%')).toEqual([
			'person-kassym-jomart-tokayev',
		]);
	});

	it('does not take a later verb of saying for the speaker of earlier words', () => {
		expect(
			speaker('During the fifth meeting, Tokayev emphasized that cooperation continues to grow.', 'fifth meeting'),
		).toEqual([]);
	});
});
