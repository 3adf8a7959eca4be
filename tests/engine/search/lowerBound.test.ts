import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../src/engine/search/lowerBound.js';

describe('lowerBound', () => {
	it('finds where the strings starting with a value begin', () => {
		const sorted = ['border', 'trade', 'transit', 'transport'];
		expect(lowerBound(sorted, 'tra')).toBe(1);
		expect(lowerBound(sorted, 'trans')).toBe(2);
		expect(lowerBound(sorted, 'a')).toBe(0);
		expect(lowerBound(sorted, 'z')).toBe(4);
		expect(lowerBound([], 'a')).toBe(0);
	});

	it('returns the first position not below the value, for any sorted strings', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 4 })), fc.string({ maxLength: 4 }), (strings, value) => {
				const sorted = [...strings].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
				const expected = sorted.findIndex((each) => each >= value);
				expect(lowerBound(sorted, value)).toBe(expected === -1 ? sorted.length : expected);
			}),
		);
	});
});
