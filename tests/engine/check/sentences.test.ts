import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/engine/check/sentences.js';

function sentencesOf(text: string): string[] {
	return splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.end));
}

function clausesOf(text: string): string[][] {
	return splitSentences(text).map((sentence) => sentence.clauses.map((clause) => text.slice(clause.start, clause.end)));
}

describe('splitSentences', () => {
	it('splits at sentence ends and leaves the spaces between sentences out', () => {
		expect(sentencesOf('Tokayev visited Ashgabat.  He met the president!\nWas it signed? Yes.')).toEqual([
			'Tokayev visited Ashgabat.',
			'He met the president!',
			'Was it signed?',
			'Yes.',
		]);
	});

	it('does not break after an abbreviation or an initial', () => {
		expect(sentencesOf('Mr. Tokayev met J. Smith on 25 Oct. 2021 in the U.S. capital.')).toEqual([
			'Mr. Tokayev met J. Smith on 25 Oct. 2021 in the U.S. capital.',
		]);
	});

	it('breaks before a sentence that opens with a number, but not after "No."', () => {
		expect(sentencesOf('He visited in 2025. 25 documents were signed. See No. 5 here.')).toEqual([
			'He visited in 2025.',
			'25 documents were signed.',
			'See No. 5 here.',
		]);
	});

	it('joins lines a sentence was wrapped across, and keeps a list’s lines apart', () => {
		expect(sentencesOf('20 documents were signed\nin Ashgabat.\n- 18 in Ankara\n- 16 in Astana')).toEqual([
			'20 documents were signed\nin Ashgabat.',
			'- 18 in Ankara',
			'- 16 in Astana',
		]);
	});

	it('gives the place of each sentence in the text, so claims can point at their words', () => {
		const text = '  First one.   Second one. ';
		expect(splitSentences(text).map(({ start, end }) => [start, end])).toEqual([
			[2, 12],
			[15, 26],
		]);
	});

	it('splits a sentence into clauses at semicolons and at a conjunction after a comma', () => {
		expect(
			clausesOf(
				'Trade grew 30%; investment rose, and 20 documents were signed, while exports fell whereas imports rose.',
			),
		).toEqual([['Trade grew 30%', 'investment rose', '20 documents were signed', 'exports fell', 'imports rose.']]);
	});

	it('returns nothing for blank text', () => {
		expect(splitSentences(' \n\t ')).toEqual([]);
	});
});
