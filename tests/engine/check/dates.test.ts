import { describe, expect, it } from 'vitest';
import { type StatedDate, findDates, statedPrecision } from '../../../src/engine/check/dates.js';

function dates(text: string): (Omit<StatedDate, 'start' | 'end'> & { words: string })[] {
	return findDates(text, { start: 0, end: text.length }).map(({ start, end, ...parts }) => ({
		...parts,
		words: text.slice(start, end),
	}));
}

describe('findDates', () => {
	it.each([
		['on 25 October 2021', '25 October 2021', { year: 2021, month: 10, day: 25, endDay: null }],
		['on October 25, 2021', 'October 25, 2021', { year: 2021, month: 10, day: 25, endDay: null }],
		['on the 25th of October 2021', '25th of October 2021', { year: 2021, month: 10, day: 25, endDay: null }],
		['on 24–25 November 2025', '24–25 November 2025', { year: 2025, month: 11, day: 24, endDay: 25 }],
		['on 2021-10-25', '2021-10-25', { year: 2021, month: 10, day: 25, endDay: null }],
		['in Nov. 2025', 'Nov. 2025', { year: 2025, month: 11, day: null, endDay: null }],
		['in November 2025', 'November 2025', { year: 2025, month: 11, day: null, endDay: null }],
		['in 2021', '2021', { year: 2021, month: null, day: null, endDay: null }],
	])('reads "%s" as precisely as it is written', (text, words, parts) => {
		expect(dates(text)).toEqual([{ ...parts, words }]);
	});

	it('leaves the year unknown when the text does not write it', () => {
		expect(dates('They met in Ankara on July 29.')).toEqual([
			{ year: null, month: 7, day: 29, endDay: null, words: 'July 29' },
		]);
	});

	it('reads "May" and "March" as months only beside a day or a year', () => {
		expect(dates('They may meet in March. In May 2021 and on 3 March they did.').map(({ words }) => words)).toEqual([
			'May 2021',
			'3 March',
		]);
	});

	it('does not read an amount or a percentage as a year', () => {
		expect(dates('$2025 million, 2021%, 1,2021 and 2021.5')).toEqual([]);
	});

	it('reads several dates in order, none inside another', () => {
		expect(dates('from 24 November 2025 to 2026').map(({ words }) => words)).toEqual(['24 November 2025', '2026']);
	});
});

describe('statedPrecision', () => {
	it('is the finest part a date states', () => {
		expect(
			[
				{ month: 10, day: 25 },
				{ month: 10, day: null },
				{ month: null, day: null },
			].map(statedPrecision),
		).toEqual(['day', 'month', 'year']);
	});
});
