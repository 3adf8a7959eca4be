/**
 * Ordinals name one of a series: "the fourth meeting of the Council", "Serdar Berdimuhamedov's first state visit". A
 * question whose ordinal differs from the one the best match's own title or names give asks about another meeting
 * of the series, which the sources do not hold ("Where was the fourth meeting …?" when they report the fifth).
 * The ordinal words are language (`src/text/ordinals.ts`).
 */
import { ordinalValue } from '../../text/ordinals.js';
import { foldText } from '../normalise.js';

/** A series of meetings runs to the twelfth at most: "the 30th anniversary" counts years, not meetings. */
const SERIES_LIMIT = 12;

/**
 * @param text - any text
 * @returns the ordinals it writes, as numbers ("fifth" and "5th" are 5)
 * @example
 * ordinalsIn('the fifth meeting of the 3rd council'); // [5, 3]
 */
export function ordinalsIn(text: string): number[] {
	const found: number[] = [];
	for (const word of foldText(text).split(' ')) {
		const value = ordinalValue(word);
		if (value !== undefined && value <= SERIES_LIMIT && !found.includes(value)) found.push(value);
	}
	return found;
}

/**
 * @param question - the question as asked
 * @param title - the best match's own title and names (not its meeting's)
 * @returns the ordinal asked and the one the match gives, when they differ; undefined when either gives none or they
 *   share one
 * @example
 * otherOrdinal('Where was the fourth meeting held?', 'Fifth meeting of the Council'); // { asked: 4, found: 5 }
 */
export function otherOrdinal(question: string, title: string): { asked: number; found: number } | undefined {
	const asked = ordinalsIn(question);
	const found = ordinalsIn(title);
	const [firstAsked] = asked;
	const [firstFound] = found;
	if (firstAsked === undefined || firstFound === undefined || asked.some((value) => found.includes(value)))
		return undefined;
	return { asked: firstAsked, found: firstFound };
}
