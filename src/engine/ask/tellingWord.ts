/**
 * The first answer holds what the question is about. A broad record — a visit's summary, a document whose title
 * shares the question's context words ("the 2021 joint statement"), a person — can outscore the sentence that holds
 * the fact, by sharing more of the common words. The rule: the question's most telling word is its rarest word in the
 * index that any of the best answers holds; when the first answer lacks it and a close one holds it, that one leads.
 */
import { wordTerms } from '../normalise.js';
import type { Entry } from '../entries.js';
import type { Hit } from '../search/searchIndex.js';
import { MEASURE_NOUN_TERMS } from './measures.js';
import { RANKING } from './ranking.js';

/** The index forms of a text's words. */
export const termsOf = wordTerms;

/** The index forms of an entry's words (built once per entry, see `Entry.terms`). */
export function entryTerms(entry: Entry): ReadonlySet<string> {
	return entry.terms;
}

/**
 * @param hits - the best hits, best first
 * @param searchText - the question's words to search for (question and scope words removed)
 * @param entriesWith - how many entries of the index hold a term
 * @returns the question's rarest word in the index that one of the first hits holds, if any does
 */
export function tellingTerm(
	hits: readonly Hit<Entry>[],
	searchText: string,
	entriesWith: (term: string) => number,
): string | undefined {
	const held = hits.slice(0, RANKING.tellingWordConsidered).map(({ entry }) => entryTerms(entry));
	// A noun naming the measure ("total", "value") tells nothing of the subject: "Total value of joint projects" holds it.
	return [...termsOf(searchText)]
		.filter((term) => !MEASURE_NOUN_TERMS.has(term) && entriesWith(term) > 0 && held.some((terms) => terms.has(term)))
		.sort((a, b) => entriesWith(a) - entriesWith(b))[0];
}

/**
 * @param hits - the best hits, best first
 * @param telling - the question's telling word (see `tellingTerm`)
 * @returns the hits with the first one holding the telling word first, if the leader lacks it
 * @example
 * withTellingWordFirst(hits, tellingTerm(hits, 'turkic body named joint statement', (term) => index.entriesWith(term)));
 */
export function withTellingWordFirst(hits: readonly Hit<Entry>[], telling: string | undefined): Hit<Entry>[] {
	const [lead] = hits;
	if (!lead || telling === undefined) return [...hits];
	const considered = hits.slice(0, RANKING.tellingWordConsidered);
	const held = considered.map(({ entry }) => entryTerms(entry));
	if (held[0]?.has(telling)) return [...hits];
	const holder = considered.findIndex(
		(hit, index) => held[index]?.has(telling) && hit.score >= lead.score * RANKING.tellingWordShare,
	);
	if (holder <= 0) return [...hits];
	const moved = hits[holder];
	return moved ? [moved, ...hits.filter((_, index) => index !== holder)] : [...hits];
}
