import { describe, expect, it } from 'vitest';
import {
	FIELD_BOOST,
	INDEX_OPTIONS,
	miniSearchOptions,
	SEARCH_OPTIONS,
	SUGGEST_OPTIONS,
} from '../../../src/engine/search/options.js';

describe('miniSearchOptions', () => {
	it('gives MiniSearch the field boosts, OR, and the kind weights as document boosts', () => {
		const options = miniSearchOptions(SEARCH_OPTIONS, { note: 2, memo: 0.5 });
		expect([options.boost, options.combineWith, options.maxFuzzy]).toEqual([FIELD_BOOST, 'OR', 2]);
		expect(options.boostDocument?.('a', 'x', { kind: 'note' })).toBe(2);
		expect(options.boostDocument?.('b', 'x', { kind: 'memo' })).toBe(0.5);
	});

	it('keeps the query options it is given', () => {
		expect(miniSearchOptions(SUGGEST_OPTIONS, {}).prefix).toBe(true);
	});
});

describe('INDEX_OPTIONS', () => {
	it('indexes the four fields and stores the kind', () => {
		expect([INDEX_OPTIONS.fields, INDEX_OPTIONS.storeFields]).toEqual([
			['title', 'names', 'text', 'context'],
			['kind'],
		]);
	});
});
