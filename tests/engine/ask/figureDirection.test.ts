import { describe, expect, it } from 'vitest';
import { type CountryForms, directionOf, reversed } from '../../../src/engine/ask/figureDirection.js';

const countries: CountryForms[] = [
	{ country: 'Kazakhstan', forms: ['kazakhstan', 'kazakh', 'kazakhstani', 'republic of kazakhstan'] },
	{ country: 'Turkmenistan', forms: ['turkmenistan', 'turkmen'] },
	{ country: 'Türkiye', forms: ['turkiye', 'turkish', 'turkey'] },
];

describe('directionOf', () => {
	it('runs from the country named first to the one a locative names', () => {
		expect(directionOf('How many Kazakh companies operate in Turkmenistan?', countries)).toEqual({
			from: 'Kazakhstan',
			to: 'Turkmenistan',
		});
		expect(directionOf('Companies with Turkmen capital operating in Kazakhstan', countries)).toEqual({
			from: 'Turkmenistan',
			to: 'Kazakhstan',
		});
	});

	it('reaches the country across words of place', () => {
		expect(directionOf('Kazakhstani investments in the economy of Turkmenistan', countries)).toEqual({
			from: 'Kazakhstan',
			to: 'Turkmenistan',
		});
		expect(directionOf('How much has Turkmenistan invested in the Kazakh economy?', countries)).toEqual({
			from: 'Turkmenistan',
			to: 'Kazakhstan',
		});
	});

	it('gives no direction to what runs between two countries, or names one only', () => {
		expect(directionOf('Kazakhstan–Turkmenistan trade turnover', countries)).toBeUndefined();
		expect(directionOf('trade between Kazakhstan and Türkiye', countries)).toBeUndefined();
		expect(directionOf('Turkish companies in the region', countries)).toBeUndefined();
		// "in" followed by more than words of place is no locative of the country.
		expect(directionOf('Kazakh interest in joint Turkmen projects', countries)).toBeUndefined();
	});
});

describe('reversed', () => {
	it('holds for the same two countries the other way only', () => {
		const kzToTm = { from: 'Kazakhstan', to: 'Turkmenistan' };
		expect(reversed(kzToTm, { from: 'Turkmenistan', to: 'Kazakhstan' })).toBe(true);
		expect(reversed(kzToTm, kzToTm)).toBe(false);
		expect(reversed(kzToTm, { from: 'Türkiye', to: 'Kazakhstan' })).toBe(false);
	});
});
