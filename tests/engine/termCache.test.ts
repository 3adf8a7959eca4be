import { describe, expect, it } from 'vitest';
import { TermCache, showsTerm } from '../../src/engine/termCache.js';

describe('showsTerm', () => {
	it('takes a word that starts with the term, or its plural', () => {
		expect([
			showsTerm('veterinary', 'vet'),
			showsTerm('ministries', 'ministry'),
			showsTerm('transit', 'transp'),
		]).toEqual([true, true, false]);
	});
});

describe('TermCache', () => {
	it('gives the terms of a text without its stop words', () => {
		expect(new TermCache().of('Ministry of Agriculture')).toEqual(['ministry', 'agriculture']);
	});

	it('tells whether a text shows some term, each term, and which word as written does', () => {
		const cache = new TermCache();
		expect(cache.showsAny('veterinary medicine', ['zz', 'med'])).toBe(true);
		expect(cache.shows('veterinary medicine', ['vet', 'med'])).toBe(true);
		expect(cache.shows('veterinary medicine', ['vet', 'zz'])).toBe(false);
		expect(cache.shows('veterinary medicine', [])).toBe(false);
		expect(cache.firstWordStartingWith('the “Turkmenautoulaglary” agency', 'turkmena')).toBe('Turkmenautoulaglary');
		expect(cache.firstWordStartingWith('cooperation on culture', 'c', new Set(['cooperation']))).toBe('culture');
	});

	it('forgets what it holds once full, and answers the same after', () => {
		const cache = new TermCache(2);
		const first = cache.of('one two');
		cache.of('three');
		cache.of('four');
		expect(cache.of('one two')).toEqual(first);
	});
});
