import { describe, expect, it } from 'vitest';
import {
	APPROXIMATE_TOLERANCE,
	EXACT_TOLERANCE,
	compareDate,
	compareValues,
} from '../../../src/engine/check/compare.js';
import type { Qualifier } from '../../../src/engine/check/quantities.js';

const value = (amount: number, qualifier: Qualifier = 'exact') => ({ value: amount, qualifier });

describe('compareValues', () => {
	it.each([
		['the same flat value', value(20), value(20), 'match'],
		['a different flat value', value(25), value(20), 'differs'],
		['a percentage for a fraction, within 1%', value(33), value(100 / 3), 'match'],
		['a rounding of a flat value ("2 billion" for 2.1 billion)', value(2e9), value(2.1e9), 'differs'],
		['"about 2 billion" for 2.1 billion, within 10%', value(2e9, 'approximately'), value(2.1e9), 'match'],
		['"about 2 billion" for 2.5 billion', value(2e9, 'approximately'), value(2.5e9), 'differs'],
		['"more than 60" for a source\'s "more than 60"', value(60, 'more-than'), value(60, 'more-than'), 'match'],
		['"more than 50" for "more than 60"', value(50, 'more-than'), value(60, 'more-than'), 'match'],
		['"more than 60" for a flat 65', value(60, 'more-than'), value(65), 'match'],
		['"more than 60" for a flat 60', value(60, 'more-than'), value(60), 'differs'],
		['a flat 60 for "more than 60"', value(60), value(60, 'more-than'), 'differs'],
		['a flat 65 for "more than 60"', value(65), value(60, 'more-than'), 'less-precise'],
		['"more than 70" for "more than 60"', value(70, 'more-than'), value(60, 'more-than'), 'less-precise'],
		['"at least 60" for a flat 60', value(60, 'at-least'), value(60), 'match'],
		['"nearly 20" for a flat 19', value(20, 'nearly'), value(19), 'match'],
		['"nearly 20" for a flat 21', value(20, 'nearly'), value(21), 'differs'],
		['"less than 20" for a flat 16', value(20, 'less-than'), value(16), 'match'],
		['a flat 4,000 for "approximately 4,000"', value(4000), value(4000, 'approximately'), 'match'],
		['a flat 4,300 for "approximately 4,000"', value(4300), value(4000, 'approximately'), 'less-precise'],
		['a flat 3,000 for "approximately 4,000"', value(3000), value(4000, 'approximately'), 'differs'],
	] as const)('%s: %s', (_what, claimed, recorded, expected) => {
		expect(compareValues(claimed, recorded)).toBe(expected);
	});

	it('documents its tolerances', () => {
		expect([EXACT_TOLERANCE, APPROXIMATE_TOLERANCE]).toEqual([0.01, 0.1]);
	});
});

describe('compareDate', () => {
	const day = { iso: '2021-10-25', precision: 'day' } as const;
	const claim = (
		year: number | null,
		month: number | null = null,
		dayOf: number | null = null,
		endDay: number | null = null,
	) => ({
		year,
		month,
		day: dayOf,
		endDay,
	});

	it('compares only the parts the claim states', () => {
		expect([
			compareDate(claim(2021, 10, 25), day),
			compareDate(claim(2021, 10), day),
			compareDate(claim(2021), day),
			compareDate(claim(null, 10, 25), day),
		]).toEqual(['match', 'match', 'match', 'match']);
	});

	it('finds a part that differs', () => {
		expect([
			compareDate(claim(2022), day),
			compareDate(claim(2021, 11), day),
			compareDate(claim(2021, 10, 26), day),
		]).toEqual(['differs', 'differs', 'differs']);
	});

	it('matches a day within a range of days, and a range within it', () => {
		const start = { iso: '2025-11-24', precision: 'day' } as const;
		const end = { iso: '2025-11-25', precision: 'day' } as const;
		expect([
			compareDate(claim(2025, 11, 25), start, end),
			compareDate(claim(2025, 11, 24, 25), start, end),
			compareDate(claim(2025, 11, 26), start, end),
		]).toEqual(['match', 'match', 'differs']);
	});

	it('finds the sources less precise when the claim states a part they do not know', () => {
		const year = { iso: '2022', precision: 'year' } as const;
		expect([
			compareDate(claim(2022, 10), year),
			compareDate(claim(2022), year),
			compareDate(claim(2023, 10), year),
		]).toEqual(['less-precise', 'match', 'differs']);
	});
});
