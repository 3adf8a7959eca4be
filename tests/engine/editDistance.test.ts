import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distance } from '../../src/engine/editDistance.js';

describe('distance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(distance('tokaev', 'tokayev')).toBe(1);
		expect(distance('berdymukhamedov', 'berdimuhamedov')).toBe(2);
		expect(distance('', 'abc')).toBe(3);
		expect(distance('same', 'same')).toBe(0);
	});

	it('is symmetric and never more than the longer length', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
				expect(distance(a, b)).toBe(distance(b, a));
				expect(distance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
			}),
		);
	});
});
