import { describe, expect, it } from 'vitest';
import { type Quantity, findQuantities, readQualifier } from '../../../src/engine/check/quantities.js';
import type { Span } from '../../../src/engine/check/sentences.js';

function quantities(
	text: string,
	skip: Span[] = [],
): (Omit<Quantity, 'start' | 'end' | 'number'> & { words: string; value: number })[] {
	return findQuantities(text, { start: 0, end: text.length }, skip).map(({ start, end, number, ...rest }) => ({
		...rest,
		words: text.slice(start, end),
		stated: text.slice(number.start, number.end),
	}));
}

describe('findQuantities', () => {
	it('reads a count with the words that follow it, singular', () => {
		expect(quantities('20 documents were signed')).toEqual([
			{
				value: 20,
				qualifier: 'exact',
				unit: { class: 'count', noun: ['document', 'signed'], partitive: false },
				words: '20 documents were signed',
				stated: '20',
			},
		]);
	});

	it.each([
		['more than 60 agreements', 60, 'more-than'],
		['over 60 agreements', 60, 'more-than'],
		['at least 60 agreements', 60, 'at-least'],
		['about 4,000 companies', 4000, 'approximately'],
		['approximately 140 companies', 140, 'approximately'],
		['nearly 20 documents', 20, 'nearly'],
		['up to 20 documents', 20, 'at-most'],
		['fewer than 20 documents', 20, 'less-than'],
	])('reads the qualifier of "%s"', (text, value, qualifier) => {
		expect(quantities(text)[0]).toMatchObject({ value, qualifier, words: text });
	});

	it.each([
		['$5 billion', 5e9, 'USD'],
		['US $ 500 million', 5e8, 'USD'],
		['USD 120 million', 1.2e8, 'USD'],
		['$2.1bn', 2.1e9, 'USD'],
		['half a billion dollars', 5e8, 'USD'],
		['1 billion dollars', 1e9, 'USD'],
		['3 million euros', 3e6, 'EUR'],
	])('reads "%s" as money', (text, value, currency) => {
		expect(quantities(text)[0]).toMatchObject({ value, unit: { class: 'money', currency }, stated: text });
	});

	it('reads percentages, fractions of something and multiples', () => {
		expect(
			quantities('14%, 30 per cent, a quarter of its grain, one-third of its cotton, fourfold, 2.5 times').map(
				({ value, unit }) => [Math.round(value * 10) / 10, unit.class],
			),
		).toEqual([
			[14, 'percent'],
			[30, 'percent'],
			[25, 'percent'],
			[33.3, 'percent'],
			[4, 'times'],
			[2.5, 'times'],
		]);
	});

	it('reads numbers written in words', () => {
		expect(
			quantities('fifteen documents, twenty-five memoranda, one and a half million tons').map(({ value }) => value),
		).toEqual([15, 25, 1.5e6]);
	});

	it('reads an ordinal only before what it numbers', () => {
		expect(quantities('the 30th anniversary and the fifth meeting, for the first time')).toEqual([
			expect.objectContaining({ value: 30, unit: { class: 'ordinal', noun: ['anniversary'] }, stated: '30th' }),
			expect.objectContaining({ value: 5, unit: { class: 'ordinal', noun: ['meeting'] }, stated: 'fifth' }),
		]);
	});

	it('marks a count of part of something as partitive', () => {
		expect(quantities('18 of which are operational')[0]?.unit).toEqual({
			class: 'count',
			noun: ['operational'],
			partitive: true,
		});
	});

	it('reads no quantity in a year, a period, a numbering or "one of"', () => {
		expect(
			quantities(
				'in 2024, in the first ten months, over the past five years, Article 5, No. 3, Resolution 70 / 57, one of them',
			),
		).toEqual([]);
	});

	it('skips the spans it is told are something else (dates)', () => {
		expect(quantities('on 25 October, 20 documents', [{ start: 3, end: 13 }]).map(({ value }) => value)).toEqual([20]);
	});
});

describe('readQualifier', () => {
	it.each([
		[null, 'exact'],
		['more than', 'more-than'],
		['exceeded', 'more-than'],
		['steadily exceeds', 'more-than'],
		['approximately', 'approximately'],
		['around', 'approximately'],
	] as const)('reads a figure qualifier %j as %s', (words, qualifier) => {
		expect(readQualifier(words)).toBe(qualifier);
	});
});
