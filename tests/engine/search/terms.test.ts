import { describe, expect, it } from 'vitest';
import { Terms } from '../../../src/engine/search/terms.js';

const IDS = new Map([
	['transport', 0],
	['border', 1],
	['borders', 2],
]);

describe('Terms', () => {
	it('looks a term up exactly and counts the terms', () => {
		const terms = new Terms(IDS);
		expect([terms.id('border'), terms.id('bord'), terms.size]).toEqual([1, undefined, 3]);
	});

	it('finds terms by prefix and by typo in the sorted table', () => {
		const terms = new Terms(IDS);
		expect(terms.sorted.withPrefix('bord').map((match) => match.id)).toEqual([1, 2]);
		expect(terms.sorted.within('transpot', 1).map((match) => match.term)).toEqual(['transport']);
	});

	it('builds the sorted table once, whether by warmUp or on first use', () => {
		const terms = new Terms(IDS);
		terms.warmUp();
		const first = terms.sorted;
		terms.warmUp();
		expect(terms.sorted).toBe(first);
	});
});
