/**
 * Ordinal words, read and written: "fifth" is 5 and 5 is "fifth". One list for the checker's claims ("the fifth
 * meeting"), the question reader's series ("the fourth meeting") and the notices that name them.
 */

/** The spelled ordinals, first to twentieth: index + 1 is the value. */
export const ORDINAL_WORDS: readonly string[] = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
];

/**
 * @param value - a positive whole number
 * @returns its numeric ordinal suffix: 1 "st", 2 "nd", 3 "rd", 11 to 13 and the rest "th"
 * @example
 * ordinalSuffix(22); // 'nd'
 */
export function ordinalSuffix(value: number): string {
	const lastTwo = value % 100;
	if (lastTwo >= 11 && lastTwo <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

/**
 * @param word - a spelled ("fifth") or numeric ("5th") ordinal, any case
 * @returns its value, or undefined when it is no ordinal or a numeric one has the wrong suffix ("5st")
 * @example
 * ordinalValue('Fifth'); // 5
 */
export function ordinalValue(word: string): number | undefined {
	const folded = word.toLowerCase();
	const spelled = ORDINAL_WORDS.indexOf(folded);
	if (spelled >= 0) return spelled + 1;
	const numeric = /^(\d+)(st|nd|rd|th)$/u.exec(folded);
	const value = numeric ? Number(numeric[1]) : undefined;
	return value !== undefined && value > 0 && ordinalSuffix(value) === numeric?.[2] ? value : undefined;
}

/**
 * @param value - a positive whole number
 * @returns its ordinal as a sentence writes it: spelled to the twentieth, then numeric
 * @example
 * ordinalWord(5); // 'fifth'
 */
export function ordinalWord(value: number): string {
	return ORDINAL_WORDS[value - 1] ?? `${value}${ordinalSuffix(value)}`;
}
