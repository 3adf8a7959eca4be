import { describe, expect, it } from 'vitest';
import { expandQuery, weighByRarity } from '../../../src/engine/search/expand.js';
import { FUZZY_WEIGHT, PREFIX_WEIGHT, QUESTION_OPTIONS, SEARCH_OPTIONS } from '../../../src/engine/search/options.js';
import { Terms } from '../../../src/engine/search/terms.js';

const TERMS = new Terms(
	new Map([
		['border', 0],
		['borders', 1],
		['transport', 2],
		['transportation', 3],
		['trade', 4],
	]),
);

describe('expandQuery', () => {
	it('weighs the word itself 1, a longer term it begins as MiniSearch weighs a prefix match', () => {
		expect(expandQuery('border', SEARCH_OPTIONS, TERMS)).toEqual([
			{ termId: 0, weight: 1, group: 0, coordination: 1 },
			{ termId: 1, weight: (PREFIX_WEIGHT * 7) / (7 + 0.3 * 1), group: 0, coordination: 1 },
		]);
	});

	it('weighs a term one typo away as MiniSearch weighs a fuzzy match', () => {
		expect(expandQuery('bordr', { fuzzy: 0.2, maxFuzzy: 2 }, TERMS)).toEqual([
			{ termId: 0, weight: (FUZZY_WEIGHT * 6) / (6 + 1), group: 0, coordination: 1 },
		]);
	});

	it('groups the expansions by query word, and finds nothing for stop words or unknown words', () => {
		const groups = expandQuery('trade border', SEARCH_OPTIONS, TERMS).map((expansion) => expansion.group);
		expect(groups).toEqual([0, 1, 1]);
		expect(expandQuery('the of and', SEARCH_OPTIONS, TERMS)).toEqual([]);
		expect(expandQuery('zzzz', SEARCH_OPTIONS, TERMS)).toEqual([]);
	});

	it('with question options, expands a word under six letters by prefix only when it is the last', () => {
		const terms = new Terms(
			new Map([
				['trade', 0],
				['trades', 1],
				['border', 2],
				['borders', 3],
			]),
		);
		const ids = (query: string): number[] =>
			expandQuery(query, { prefix: QUESTION_OPTIONS.prefix }, terms).map((expansion) => expansion.termId);
		expect(ids('trade border')).toEqual([0, 2, 3]);
		expect(ids('border trade')).toEqual([2, 3, 0, 1]);
	});
});

describe('expandQuery with a term boost', () => {
	it('weighs every expansion of a boosted word by its boost, as MiniSearch boosts the word', () => {
		const boostTerm = (term: string): number => (term === 'border' ? 0.3 : 1);
		expect(expandQuery('trade border', { ...SEARCH_OPTIONS, boostTerm }, TERMS)).toEqual([
			{ termId: 4, weight: 1, group: 0, coordination: 1 },
			{ termId: 0, weight: 0.3, group: 1, coordination: 1 },
			{ termId: 1, weight: ((PREFIX_WEIGHT * 7) / (7 + 0.3 * 1)) * 0.3, group: 1, coordination: 1 },
		]);
	});
});

describe('expandQuery with related words', () => {
	const related = (word: string): { word: string; weight: number }[] =>
		word === 'commerce'
			? [
					{ word: 'trade', weight: 0.6 },
					{ word: 'dealings', weight: 0.3 },
				]
			: [{ word: 'trade', weight: 0.6 }];

	it('matches a word the index lacks through its related words, at their weight, in its own group', () => {
		expect(expandQuery('border commerce', { related }, TERMS)).toEqual([
			{ termId: 0, weight: 1, group: 0, coordination: 1 },
			{ termId: 4, weight: 0.6, group: 1, coordination: 1 },
		]);
	});

	it('does not expand a word the index holds', () => {
		expect(expandQuery('border', { related }, TERMS)).toEqual([{ termId: 0, weight: 1, group: 0, coordination: 1 }]);
	});

	it("adds a phrase's related words to its first word's group, though the index holds its words", () => {
		// "border transport" stands in for a phrase ("turned down": declined).
		const relatedPhrase = (first: string, second: string): { word: string; weight: number }[] =>
			first === 'border' && second === 'transport' ? [{ word: 'trade', weight: 0.6 }] : [];
		expect(expandQuery('border transport', { relatedPhrase }, TERMS)).toEqual([
			{ termId: 0, weight: 1, group: 0, coordination: 1 },
			{ termId: 4, weight: 0.6, group: 0, coordination: 1 },
			{ termId: 2, weight: 1, group: 1, coordination: 1 },
		]);
		// Never the word's own term again.
		const echo = (first: string): { word: string; weight: number }[] => [{ word: first, weight: 0.6 }];
		expect(expandQuery('border transport', { relatedPhrase: echo }, TERMS)).toEqual([
			{ termId: 0, weight: 1, group: 0, coordination: 1 },
			{ termId: 2, weight: 1, group: 1, coordination: 1 },
		]);
	});

	it('judges typos by the word as typed when asked, not by its shorter stem', () => {
		const terms = new Terms(new Map([['regim', 0]]));
		// "regme" stems to "regm" (four letters: no typo allowed by its length); as typed it has five, which allows one.
		expect(expandQuery('regme', { fuzzy: (term) => (term.length >= 5 ? 0.2 : false), maxFuzzy: 2 }, terms)).toEqual([]);
		expect(
			expandQuery(
				'regme',
				{ fuzzy: (term) => (term.length >= 5 ? 0.2 : false), maxFuzzy: 2, typosByTypedWord: true },
				terms,
			),
		).toEqual([{ termId: 0, weight: (FUZZY_WEIGHT * 5) / (5 + 1), group: 0, coordination: 1 }]);
	});
});

describe('weighByRarity', () => {
	it('weighs each word by its inverse frequency over the mean, 1 when all are equally rare', () => {
		// Term 0 is in 1 of 10 documents, term 4 in 5.
		const start = Int32Array.from([0, 1, 1, 1, 1, 6]);
		const expansions = expandQuery('trade border', { prefix: false }, TERMS);
		weighByRarity(expansions, start, 10);
		const [trade, border] = expansions;
		expect(border?.coordination).toBeGreaterThan(1);
		expect(trade?.coordination).toBeLessThan(1);
		expect((trade?.coordination ?? 0) + (border?.coordination ?? 0)).toBeCloseTo(2, 12);

		const alone = expandQuery('border', { prefix: false }, TERMS);
		weighByRarity(alone, start, 10);
		expect(alone.map((expansion) => expansion.coordination)).toEqual([1]);
	});
});
