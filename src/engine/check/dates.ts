/**
 * The dates a text states, as precisely as it states them: "25 October 2021" (a day), "24–25 November 2025" (days),
 * "July 29" (a day of an unstated year), "November 2025" (a month), "in 2021" (a year). What is not written is left
 * unknown, never guessed from today: a claim is compared with the sources only on what it says.
 */
import type { Span } from './sentences.js';

export interface StatedDate extends Span {
	year: number | null;
	/** 1–12. */
	month: number | null;
	day: number | null;
	/** The last day of a range of days ("24–25 November"). */
	endDay: number | null;
}

const MONTH_WORDS: readonly (readonly string[])[] = [
	['january', 'jan'],
	['february', 'feb'],
	['march', 'mar'],
	['april', 'apr'],
	['may'],
	['june', 'jun'],
	['july', 'jul'],
	['august', 'aug'],
	['september', 'sep', 'sept'],
	['october', 'oct'],
	['november', 'nov'],
	['december', 'dec'],
];
const MONTH = `(?<month>${MONTH_WORDS.flat()
	.sort((a, b) => b.length - a.length)
	.join('|')})\\.?`;
const DAY = String.raw`(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const END_DAY = String.raw`(?:\s*[–—-]\s*(?<endDay>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;

/** Each written form of a date, most precise first, so "25 October 2021" is not read as "October 2021". */
const FORMS: readonly RegExp[] = [
	new RegExp(String.raw`\b${YEAR}-(?<monthNumber>0[1-9]|1[0-2])-(?<dayNumber>[12]\d|3[01]|0[1-9])\b`, 'giu'),
	new RegExp(String.raw`\b${DAY}${END_DAY}(?:\s+of)?\s+${MONTH}(?:,?\s+${YEAR})?\b`, 'giu'),
	new RegExp(String.raw`\b${MONTH}\s+${DAY}${END_DAY}(?:,?\s+${YEAR})?\b(?![.,]?\d)`, 'giu'),
	new RegExp(String.raw`\b${MONTH}(?:\s+of)?,?\s+${YEAR}\b`, 'giu'),
	new RegExp(String.raw`(?<![\d,.$€])\b${YEAR}\b(?![,.]?\d|\s*(?:%|per\s?cent))`, 'giu'),
];

/** "May" and "March" are words too: read as months only beside a day or a year (which every form above needs). */
function monthNumber(word: string): number {
	const folded = word.toLowerCase().replace(/\.$/u, '');
	return MONTH_WORDS.findIndex((forms) => forms.includes(folded)) + 1;
}

/**
 * @param text - the checked text
 * @param within - the clause to read
 * @returns the dates in the clause, in order, none overlapping
 * @example
 * findDates('They met on 25 October 2021.', { start: 0, end: 28 }); // [{ year: 2021, month: 10, day: 25, … }]
 */
export function findDates(text: string, within: Span): StatedDate[] {
	const clause = text.slice(within.start, within.end);
	const found: StatedDate[] = [];
	for (const form of FORMS) {
		for (const match of clause.matchAll(form)) {
			const start = within.start + match.index;
			const end = start + match[0].length;
			if (found.some((date) => start < date.end && end > date.start)) continue;
			const groups = match.groups ?? {};
			const month = groups['monthNumber']
				? Number(groups['monthNumber'])
				: groups['month']
					? monthNumber(groups['month'])
					: null;
			const dayText = groups['dayNumber'] ?? groups['day'];
			found.push({
				start,
				end,
				year: groups['year'] ? Number(groups['year']) : null,
				month: month === 0 ? null : month,
				day: dayText ? Number(dayText) : null,
				endDay: groups['endDay'] ? Number(groups['endDay']) : null,
			});
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** The finest part a date states. */
export function statedPrecision(date: Pick<StatedDate, 'month' | 'day'>): 'day' | 'month' | 'year' {
	return date.day !== null ? 'day' : date.month !== null ? 'month' : 'year';
}
