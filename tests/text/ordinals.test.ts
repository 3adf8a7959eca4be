import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDINAL_WORDS, ordinalSuffix, ordinalValue, ordinalWord } from '../../src/text/ordinals.js';

describe('ordinalSuffix', () => {
	it('gives st, nd, rd and th as English writes them, 11th to 13th included', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinalSuffix)).toEqual([
			'st',
			'nd',
			'rd',
			'th',
			'th',
			'th',
			'th',
			'st',
			'nd',
			'rd',
			'st',
			'th',
		]);
	});
});

describe('ordinalValue', () => {
	it('reads spelled and numeric ordinals in any case', () => {
		expect(['first', 'Fifth', 'TWENTIETH', '5th', '22nd', '3rd'].map(ordinalValue)).toEqual([1, 5, 20, 5, 22, 3]);
	});

	it('reads no ordinal in a number, a word or a wrong suffix', () => {
		expect(['5', 'fifty', '5st', '0th', ''].map(ordinalValue)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
});

describe('ordinalWord', () => {
	it('spells to the twentieth, then writes the number with its suffix', () => {
		expect([1, 5, 12, 20, 21, 33].map(ordinalWord)).toEqual(['first', 'fifth', 'twelfth', 'twentieth', '21st', '33rd']);
	});

	it('is read back as the value it writes', () => {
		fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), (value) => ordinalValue(ordinalWord(value)) === value));
		expect(ORDINAL_WORDS).toHaveLength(20);
	});
});
