import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { FuzzyTerms } from '../../../src/engine/search/fuzzyTerms.js';

const TERMS = ['border', 'borders', 'order', 'regime', 'transport', 'transit', 'trade', 'tr', 'türkiye', 'b'];

/** What MiniSearch's own fuzzy lookup finds, in its order, as FuzzyTerms is built for a search index. */
function expected(terms: readonly string[], word: string, maxDistance: number): [string, number, number][] {
	const map = new SearchableMap<number>();
	terms.forEach((term, id) => map.set(term, id));
	return [...map.fuzzyGet(word, maxDistance)].map(([term, [id, distance]]) => [term, id, distance]);
}

function actual(terms: readonly string[], word: string, maxDistance: number): [string, number, number][] {
	const map = new SearchableMap<number>();
	terms.forEach((term, id) => map.set(term, id));
	return new FuzzyTerms([...map].reverse())
		.within(word, maxDistance)
		.map(({ term, id, distance }) => [term, id, distance]);
}

describe('FuzzyTerms.within', () => {
	it('finds the terms within the distance, with their ids and distances', () => {
		const fuzzy = new FuzzyTerms(TERMS.map((term, id) => [term, id]));
		expect(fuzzy.within('bordr', 1)).toEqual([{ term: 'border', id: 0, distance: 1 }]);
		expect(fuzzy.within('border', 0)).toEqual([{ term: 'border', id: 0, distance: 0 }]);
	});

	it('returns the matches in the order the terms were given', () => {
		const fuzzy = new FuzzyTerms([
			['orders', 2],
			['border', 0],
			['order', 1],
		]);
		expect(fuzzy.within('order', 1).map((match) => match.term)).toEqual(['orders', 'border', 'order']);
	});

	it('finds nothing for a word far longer than every term', () => {
		expect(new FuzzyTerms([['tr', 0]]).within('transportation', 2)).toEqual([]);
	});

	it('finds what MiniSearch fuzzyGet finds, in its order, on a fixed vocabulary', () => {
		for (const word of ['border', 'bordr', 'trade', 'tr', 'turkiye', 'transprt', 'x', 'regimes'])
			for (const distance of [0, 1, 2, 3])
				expect(actual(TERMS, word, distance)).toEqual(expected(TERMS, word, distance));
	});

	it('finds what MiniSearch fuzzyGet finds for any vocabulary, word and distance', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ab', 'é'), maxLength: 8 });
		fc.assert(
			fc.property(fc.uniqueArray(text, { maxLength: 40 }), text, fc.integer({ min: 0, max: 3 }), (terms, word, d) => {
				expect(actual(terms, word, d)).toEqual(expected(terms, word, d));
			}),
		);
	});
});

describe('FuzzyTerms.withPrefix', () => {
	it('finds the terms that start with the prefix, the prefix itself included, in sorted order', () => {
		const terms = new FuzzyTerms(TERMS.map((term, id) => [term, id]));
		expect(terms.withPrefix('tr')).toEqual([
			{ term: 'tr', id: 7 },
			{ term: 'trade', id: 6 },
			{ term: 'transit', id: 5 },
			{ term: 'transport', id: 4 },
		]);
		expect(terms.withPrefix('trx')).toEqual([]);
		expect(terms.withPrefix('')).toHaveLength(TERMS.length);
	});

	it('finds what MiniSearch atPrefix finds for any vocabulary and prefix', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ab', 'é'), maxLength: 8 });
		fc.assert(
			fc.property(fc.uniqueArray(text, { maxLength: 40 }), text, (terms, prefix) => {
				const map = new SearchableMap<number>();
				terms.forEach((term, id) => map.set(term, id));
				const byTree = [...map.atPrefix(prefix)].map(([term, id]) => ({ term, id }));
				const found = new FuzzyTerms(terms.map((term, id) => [term, id])).withPrefix(prefix);
				const byTerm = (a: { term: string }, b: { term: string }): number =>
					a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
				expect(found).toEqual(byTree.sort(byTerm));
			}),
		);
	});
});
