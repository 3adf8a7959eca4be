/**
 * The numbers a text states, read as quantities: the value, what it counts or measures (dollars, per cent, times,
 * an ordinal, or a count of the words that follow it) and the qualifier in front of it ("more than", "about"). Numbers
 * written in words count too ("fifteen documents", "half a billion dollars", "a quarter of", "fourfold").
 */
import type { Span } from './sentences.js';
import { ORDINAL_WORDS } from '../../text/ordinals.js';
import { stemmedWords } from './words.js';

/**
 * How a stated number relates to the true one: stated flatly, approximately, or as a bound (open or closed). A
 * figure's own qualifier ("more than", "steadily exceeds", "approximately") is read into the same terms.
 */
export type Qualifier = 'exact' | 'approximately' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'nearly';

export type QuantityUnit =
	| { class: 'money'; currency: string }
	| { class: 'percent' }
	| { class: 'times' }
	/** "the 30th anniversary", "the fifth meeting": the words it numbers follow. */
	| { class: 'ordinal'; noun: readonly string[] }
	/**
	 * "20 documents", "4,000 Turkish companies": the (stemmed) words that follow, up to a few; `partitive` for a count
	 * of part of something named before ("18 of which", "15 of them").
	 */
	| { class: 'count'; noun: readonly string[]; partitive: boolean };

export interface Quantity extends Span {
	value: number;
	unit: QuantityUnit;
	qualifier: Qualifier;
	/**
	 * The value as written, without qualifier or the words a count counts: "25", "$3 billion", "14%", "fourfold", "the
	 * 30th".
	 */
	number: Span;
}

const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
	twofold: 2,
	threefold: 3,
	fourfold: 4,
	fivefold: 5,
	sixfold: 6,
	sevenfold: 7,
	eightfold: 8,
	ninefold: 9,
	tenfold: 10,
	doubled: 2,
	tripled: 3,
	quadrupled: 4,
	twice: 2,
};
/** A fraction "of" something, as a percentage. */
const FRACTIONS: Readonly<Record<string, number>> = {
	half: 50,
	'a half': 50,
	'one half': 50,
	'a third': 100 / 3,
	'one third': 100 / 3,
	'two thirds': 200 / 3,
	'a quarter': 25,
	'one quarter': 25,
	'three quarters': 75,
	'a fifth': 20,
	'one fifth': 20,
};
const SCALES: Readonly<Record<string, number>> = {
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	mln: 1e6,
	m: 1e6,
	billion: 1e9,
	bn: 1e9,
	b: 1e9,
	trillion: 1e12,
};
/** Currencies by the words and signs that name them; only dollars are in the sources, the rest tell a claim apart. */
const CURRENCY_SUFFIXES: readonly [RegExp, string][] = [
	[/^\s*(?:US\s+|U\.S\.\s+|American\s+)?dollars?\b/iu, 'USD'],
	[/^\s*USD\b/u, 'USD'],
	[/^\s*(?:euros?|EUR)\b/iu, 'EUR'],
	[/^\s*(?:tenge|KZT)\b/iu, 'KZT'],
	[/^\s*(?:manats?|TMT)\b/iu, 'TMT'],
	[/^\s*(?:(?:Turkish\s+)?liras?|TRY)\b/iu, 'TRY'],
	[/^\s*(?:roubles?|rubles?|RUB)\b/iu, 'RUB'],
	[/^\s*(?:yuan|CNY)\b/iu, 'CNY'],
];
const CURRENCY_PREFIXES: readonly [RegExp, string][] = [
	[/(?:US\s?\$|U\.S\.\s?\$|USD|\$)\s?$/u, 'USD'],
	[/(?:€|EUR)\s?$/u, 'EUR'],
	[/(?:₸|KZT)\s?$/u, 'KZT'],
	[/(?:₺|TRY)\s?$/u, 'TRY'],
	[/(?:₽|RUB)\s?$/u, 'RUB'],
];

/** Words before a number that say how it relates to the true value, by what they say. */
const QUALIFIERS: readonly [RegExp, Qualifier][] = [
	[/\b(?:exactly|precisely)\s+$/iu, 'exact'],
	[/\b(?:at least|no less than|not less than|no fewer than|a minimum of)\s+$/iu, 'at-least'],
	[/\b(?:no more than|not more than|at most|up to|a maximum of)\s+$/iu, 'at-most'],
	[/\b(?:less than|fewer than|under|below|just under)\s+$/iu, 'less-than'],
	[/\b(?:nearly|almost|close to|just short of)\s+$/iu, 'nearly'],
	[
		/\b(?:more than|over|above|beyond|in excess of|upwards of|just over|well over|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping))\s+$/iu,
		'more-than',
	],
	[
		/(?:\b(?:about|around|approximately|approx\.?|roughly|some|an estimated|estimated|circa|c\.)\s+|~\s?)$/iu,
		'approximately',
	],
];

/** The words a count may be followed by, before the words that say what is counted ("90-day"). */
const COUNT_NOUN_WORDS = 4;

/** Units of time: "the first ten months" is a period. */
const TIME_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'decade', 'hour', 'minute']);

/** Labels that number something rather than count it ("Article 5", "No. 3"). */
const NUMBERING =
	/\b(?:article|no|nos|number|point|paragraph|item|page|chapter|section|clause|resolution|room)\.?\s*$/iu;

/** What an ordinal may number: the words that make "the fifth meeting" a figure rather than "the first time". */
const ORDINAL_NOUNS =
	/^\s+(?:(?:[\p{L}-]+\s+){0,3})?(?:anniversary|meeting|summit|session|visit|council|forum|congress)\b/iu;

const WORD_NUMBER = `(?:(?:${TENS.filter(Boolean).join('|')})(?:[- ](?:${ONES.slice(1, 10).join('|')}))?|${ONES.join('|')}|a dozen|dozen)`;
const CORE = new RegExp(
	[
		// Fractions, multipliers and ordinals first: "one-third" is not "one", "30th" is not "30".
		String.raw`(?<![\p{L}])(?<fraction>(?:a|one|two|three)[- ](?:half|third|thirds|quarter|quarters|fifth))(?=\s+of\b)`,
		String.raw`(?<![\p{L}])(?<multiplier>${Object.keys(MULTIPLIER_WORDS).join('|')})(?![\p{L}])`,
		String.raw`(?<![\p{L}\p{N}])(?<ordinal>${ORDINAL_WORDS.join('|')}|\d+(?:st|nd|rd|th))(?![\p{L}])`,
		// 4,000 · 1.5 · 26 — not inside a word or a longer number; a year is told apart later.
		String.raw`(?<![\p{L}\p{N}.,])(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}])`,
		// "one and a half", "half a" (billion), "two hundred", "fifteen"
		String.raw`(?<![\p{L}])(?<words>(?:${WORD_NUMBER})(?:\s+hundred)?(?:\s+and\s+a\s+half)?|half\s+an?|a\s+hundred|one\s+hundred)(?![\p{L}])`,
	].join('|'),
	'giu',
);

/**
 * @param text - the checked text
 * @param within - the clause to read
 * @param skip - spans already read as something else (dates), whose numbers are not quantities
 * @returns the quantities in the clause, in order
 * @example
 * findQuantities('They signed more than 60 agreements.', { start: 0, end: 36 }, []);
 * // [{ value: 60, qualifier: 'more-than', unit: { class: 'count', noun: ['agreement'] }, … }]
 */
export function findQuantities(text: string, within: Span, skip: readonly Span[]): Quantity[] {
	const clause = text.slice(within.start, within.end);
	const found: Quantity[] = [];
	for (const match of clause.matchAll(CORE)) {
		const start = within.start + match.index;
		const end = start + match[0].length;
		if (skip.some((span) => start < span.end && end > span.start)) continue;
		if (found.some((quantity) => start < quantity.end)) continue;
		const quantity = readQuantity(text, within, match, start, end);
		if (quantity) found.push(quantity);
	}
	return found;
}

function readQuantity(
	text: string,
	within: Span,
	match: RegExpMatchArray,
	start: number,
	end: number,
): Quantity | undefined {
	const groups = match.groups ?? {};
	const before = text.slice(within.start, start);
	const after = text.slice(end, within.end);
	const number = { start, end };
	if (groups['fraction']) {
		const key = groups['fraction'].toLowerCase().replace(/-/gu, ' ');
		const value = FRACTIONS[key] ?? FRACTIONS[key.replace(/s$/u, '')];
		return value === undefined
			? undefined
			: withQualifier(text, within, { start, end, value, unit: { class: 'percent' }, number });
	}
	if (groups['multiplier']) {
		const value = MULTIPLIER_WORDS[groups['multiplier'].toLowerCase()] ?? 0;
		return withQualifier(text, within, { start, end, value, unit: { class: 'times' }, number });
	}
	if (groups['ordinal']) {
		const nouns = ORDINAL_NOUNS.exec(after);
		if (!nouns) return undefined;
		const value = ordinalValue(groups['ordinal']);
		return {
			start,
			end: end + nouns[0].length,
			value,
			unit: { class: 'ordinal', noun: stemmedWords(nouns[0]) },
			qualifier: 'exact',
			number,
		};
	}
	if (NUMBERING.test(before) || /\/\s?$/u.test(before) || /^\s?\//u.test(after)) return undefined;
	const digits = groups['digits'];
	let value = digits !== undefined ? Number(digits.replace(/,/gu, '')) : wordValue(groups['words'] ?? '');
	if (!Number.isFinite(value)) return undefined;
	let cursor = end;
	let rest = after;
	// Scale: "5 billion", "$5bn", "1.5 million"
	const scale = /^\s?(thousand|million|mln|billion|bn|trillion)\b|^(k|m|b)\b/iu.exec(rest);
	if (scale) {
		value *= SCALES[(scale[1] ?? scale[2] ?? '').toLowerCase()] ?? 1;
		cursor += scale[0].length;
		rest = text.slice(cursor, within.end);
	} else if (/^half\s+an?$/iu.test(groups['words'] ?? '')) {
		return undefined;
	}
	const prefixCurrency = CURRENCY_PREFIXES.find(([pattern]) => pattern.test(before));
	let firstStart = start;
	if (prefixCurrency) {
		const sign = prefixCurrency[0].exec(before)?.[0] ?? '';
		firstStart = start - sign.length;
		const valueEnd =
			cursor + (CURRENCY_SUFFIXES.find(([pattern]) => pattern.test(rest))?.[0].exec(rest)?.[0].length ?? 0);
		return withQualifier(text, within, {
			start: firstStart,
			end: valueEnd,
			value,
			unit: { class: 'money', currency: prefixCurrency[1] },
			number: { start: firstStart, end: valueEnd },
		});
	}
	const suffixCurrency = CURRENCY_SUFFIXES.find(([pattern]) => pattern.test(rest));
	if (suffixCurrency) {
		const length = suffixCurrency[0].exec(rest)?.[0].length ?? 0;
		const valueEnd = cursor + length;
		return withQualifier(text, within, {
			start,
			end: valueEnd,
			value,
			unit: { class: 'money', currency: suffixCurrency[1] },
			number: { start, end: valueEnd },
		});
	}
	const percent = /^\s?(?:%|per\s?cent\b|percent\b)/iu.exec(rest);
	if (percent) {
		const valueEnd = cursor + percent[0].length;
		return withQualifier(text, within, {
			start,
			end: valueEnd,
			value,
			unit: { class: 'percent' },
			number: { start, end: valueEnd },
		});
	}
	const times = /^(?:[- ]?fold\b|\s+times\b)/iu.exec(rest);
	if (times) {
		const valueEnd = cursor + times[0].length;
		return withQualifier(text, within, {
			start,
			end: valueEnd,
			value,
			unit: { class: 'times' },
			number: { start, end: valueEnd },
		});
	}
	// A bare year ("in 2024") is a date, not a count; the date reader has usually taken it already.
	if (digits !== undefined && !scale && /^(?:19|20)\d{2}$/u.test(digits)) return undefined;
	const nounWords = new RegExp(String.raw`^(?:[- ]+[\p{L}][\p{L}’'-]*){1,${COUNT_NOUN_WORDS}}`, 'u').exec(rest);
	const noun = nounWords ? stemmedWords(nounWords[0]) : [];
	// "the first ten months", "over the past five years": a period, not a count.
	if (TIME_UNITS.has(noun[0] ?? '') && /\b(?:first|last|past|next|previous|coming|within|for|after)\s+$/iu.test(before))
		return undefined;
	// "one of the leaders", "one more": "one" in words counts nothing a figure counts.
	if (digits === undefined && value === 1) return undefined;
	return withQualifier(text, within, {
		start,
		end: cursor + (nounWords?.[0].length ?? 0),
		value,
		unit: { class: 'count', noun, partitive: /^\s+of\b/iu.test(rest) },
		number: { start, end: cursor },
	});
}

/**
 * Reads a qualifier as words ("more than", "steadily exceeds", "approximately"): how a figure's own qualifier is
 * compared with a claim's.
 *
 * @example
 * readQualifier('steadily exceeds'); // 'more-than'
 * readQualifier(null); // 'exact'
 */
export function readQualifier(words: string | null): Qualifier {
	if (words === null) return 'exact';
	return QUALIFIERS.find(([pattern]) => pattern.test(`${words} `))?.[1] ?? 'exact';
}

/** Adds the qualifier written just before the quantity, and takes it into the quantity's span. */
function withQualifier(text: string, within: Span, quantity: Omit<Quantity, 'qualifier'>): Quantity {
	const before = text.slice(within.start, quantity.start);
	for (const [pattern, qualifier] of QUALIFIERS) {
		const match = pattern.exec(before);
		if (match) return { ...quantity, start: quantity.start - match[0].length + leadingSpaces(match[0]), qualifier };
	}
	return { ...quantity, qualifier: 'exact' };
}

function leadingSpaces(text: string): number {
	return text.length - text.trimStart().length;
}

/** "fifteen" → 15, "twenty-five" → 25, "two hundred" → 200, "one and a half" → 1.5. */
function wordValue(words: string): number {
	const folded = words.toLowerCase().replace(/\s+/gu, ' ').trim();
	if (/^half an?$/u.test(folded)) return 0.5;
	if (folded === 'a dozen' || folded === 'dozen') return 12;
	if (folded === 'a hundred' || folded === 'one hundred') return 100;
	let value = 0;
	let rest = folded;
	const half = / and a half$/u.exec(rest);
	if (half) rest = rest.slice(0, half.index);
	const hundred = / hundred$/u.exec(rest);
	if (hundred) rest = rest.slice(0, hundred.index);
	for (const part of rest.split(/[- ]/u)) {
		const ones = ONES.indexOf(part);
		const tens = TENS.indexOf(part);
		if (ones >= 0) value += ones;
		else if (tens >= 2) value += tens * 10;
		else return Number.NaN;
	}
	if (hundred) value *= 100;
	return half ? value + 0.5 : value;
}

function ordinalValue(ordinal: string): number {
	const digits = /^(\d+)/u.exec(ordinal);
	if (digits) return Number(digits[1]);
	return ORDINAL_WORDS.indexOf(ordinal.toLowerCase()) + 1;
}
