/**
 * Which visits a value names by what several visits share, and by nothing else: a year ("2025"), a month, a city
 * ("Astana"), a leader ("Serdar"), a country ("Turkmenistan", or Kazakhstan, a party to every visit). Such a value
 * names each of its visits equally, so a front end asks which one is meant instead of picking the best-ranked one.
 * A value with any other word ("Ankara council", "joint statement") is left to the search, which tells visits apart
 * by their own words.
 */
import { resolveCountry } from './filters.js';
import { MONTHS, readQuestion } from './ask/questionContext.js';
import { STOP_WORDS, foldText } from './normalise.js';
import type { Vocabulary } from './vocabulary.js';

/** Words that say "a visit" without naming one ("the 2025 state visit", "talks in Astana"). */
const VISIT_WORDS = new Set([
	'visit',
	'visits',
	'state',
	'official',
	'meeting',
	'meetings',
	'talks',
	'summit',
	'trip',
	'president',
	'presidents',
]);

/**
 * @param value - what was typed for a visit
 * @param vocabulary - the dataset's visits and names
 * @returns the ids of the visits the value names by shared facets alone, in date order; undefined when the value
 *   has a word that is not such a facet, or names no visit this way
 * @example
 * visitsNamedBy('2025', vocabulary); // ['visit-2025-ankara-hlscc', 'visit-2025-astana']
 * visitsNamedBy('Ashgabat', vocabulary); // ['visit-2021-ashgabat']
 * visitsNamedBy('fifth HLSCC', vocabulary); // undefined: the search finds it by its own words
 */
export function visitsNamedBy(value: string, vocabulary: Vocabulary): string[] | undefined {
	const folded = foldText(value);
	const words = folded.split(' ').filter((word) => word !== '');
	if (words.length === 0) return undefined;
	const padded = ` ${folded} `;
	const cityWords = new Set(
		[...vocabulary.cityNames.keys()].filter((name) => padded.includes(` ${name} `)).flatMap((name) => name.split(' ')),
	);
	const accounted = (word: string): boolean =>
		STOP_WORDS.has(word) ||
		VISIT_WORDS.has(word) ||
		/^(19|20)\d{2}$/u.test(word) ||
		MONTHS.includes(word) ||
		cityWords.has(word) ||
		vocabulary.leaderOf.has(word) ||
		(word.length >= 4 && resolveCountry(word) !== undefined);
	if (!words.every(accounted)) return undefined;
	// The question reader knows every facet but a country that is a party to every visit, which narrows nothing
	// there; here it names every visit.
	const facets = readQuestion(value, vocabulary).scopeFacets.map((facet) => new Set(facet.visits));
	const everywhere = words.some((word) => {
		const country = word.length >= 4 ? resolveCountry(word) : undefined;
		return country !== undefined && vocabulary.everyVisitCountries.has(country);
	});
	if (facets.length === 0 && !everywhere) return undefined;
	const named = [...vocabulary.visits]
		.filter((visit) => facets.every((facet) => facet.has(visit.id)))
		.sort((a, b) => a.startDate.iso.localeCompare(b.startDate.iso) || a.id.localeCompare(b.id))
		.map((visit) => visit.id);
	return named.length > 0 ? named : undefined;
}
