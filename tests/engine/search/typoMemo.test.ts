import { describe, expect, it, vi } from 'vitest';
import { FuzzyTerms } from '../../../src/engine/search/fuzzyTerms.js';
import { TypoMemo } from '../../../src/engine/search/typoMemo.js';

const TERMS = new FuzzyTerms(
	['border', 'borders', 'order', 'regime', 'transport', 'transit'].map((term, id) => [term, id]),
);

describe('TypoMemo', () => {
	it('finds what the vocabulary finds', () => {
		const memo = new TypoMemo();
		expect(memo.within(TERMS, 'bordr', 1)).toEqual(TERMS.within('bordr', 1));
		expect(memo.within(TERMS, 'transpot', 2)).toEqual(TERMS.within('transpot', 2));
	});

	it('walks the vocabulary once per word and distance', () => {
		const memo = new TypoMemo();
		const walk = vi.spyOn(TERMS, 'within');
		memo.within(TERMS, 'bordr', 1);
		memo.within(TERMS, 'bordr', 1);
		expect(walk).toHaveBeenCalledTimes(1);
		// Another distance finds other terms: "bordr" is two edits from "order".
		expect(memo.within(TERMS, 'bordr', 2).map(({ term }) => term)).toContain('order');
		expect(walk).toHaveBeenCalledTimes(2);
		walk.mockRestore();
	});
});
