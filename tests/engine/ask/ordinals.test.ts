import { describe, expect, it } from 'vitest';
import { ordinalsIn, otherOrdinal } from '../../../src/engine/ask/ordinals.js';

describe('ordinalsIn', () => {
	it('reads spelled and numeric ordinals as numbers', () => {
		expect(ordinalsIn('the fifth meeting of the 3rd council')).toEqual([5, 3]);
		expect(ordinalsIn('First state visit')).toEqual([1]);
	});

	it('reads no ordinal in a number, a wrongly suffixed one, or an anniversary past the twelfth', () => {
		expect(ordinalsIn('18 agreements')).toEqual([]);
		expect(ordinalsIn('the 5st meeting')).toEqual([]);
		expect(ordinalsIn('the 30th anniversary')).toEqual([]);
	});
});

describe('otherOrdinal', () => {
	it('tells the ordinal asked from the one the match gives', () => {
		expect(otherOrdinal('Where was the fourth meeting held?', 'Fifth meeting of the Council')).toEqual({
			asked: 4,
			found: 5,
		});
	});

	it('finds nothing when they share one, or either names none', () => {
		expect(otherOrdinal('the 5th council', 'Fifth meeting of the Council')).toBeUndefined();
		expect(otherOrdinal('Where was the meeting held?', 'Fifth meeting')).toBeUndefined();
		expect(otherOrdinal('the first state visit', 'State visit of the President')).toBeUndefined();
	});
});
