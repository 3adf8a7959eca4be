/**
 * A query's words as the weighted terms the index adds up: each word itself, the longer terms it is a prefix of and
 * the terms within its edit distance, weighted as MiniSearch weighs prefix and fuzzy matches; the related words of a
 * word the index does not hold, when the query options give them; and, for `informative`
 * coordination, what matching each word is worth by its rarity.
 */
import { processTerm, tokenize } from '../normalise.js';
import { bm25InverseFrequency } from './bm25.js';
import { FUZZY_WEIGHT, PREFIX_WEIGHT, type QueryOptions } from './options.js';
import type { Terms } from './terms.js';
import type { TypoMemo } from './typoMemo.js';

/** One expanded query term: which term, how much it weighs, and which query word it stands for. */
export interface Expansion {
	termId: number;
	weight: number;
	group: number;
	/** What matching this query word is worth in the coordination factor (1 for `count`). */
	coordination: number;
}

/**
 * @param query - free text
 * @param options - which words are expanded by prefix and by how many typos
 * @param terms - the index's vocabulary
 * @param typos - the typo lookups of the question this query is part of, when it makes several
 * @returns the query's terms, each with its prefix and fuzzy expansions, grouped by query word
 * @example
 * // With 'border' in the vocabulary, one typo away: weight 0.45 × 6 / (6 + 1) ≈ 0.39.
 * expandQuery('bordr', SEARCH_OPTIONS, terms); // [{ termId: <id of 'border'>, weight: 0.3857…, group: 0, coordination: 1 }]
 */
export function expandQuery(query: string, options: QueryOptions, terms: Terms, typos?: TypoMemo): Expansion[] {
	// Each term with the word it came from: a stem is shorter than its word, and a misspelt word ("regme", stemmed
	// "regm") is allowed the typos its own length allows.
	const tokens = tokenize(query);
	const processed = tokens.flatMap((token, index) => {
		const terms = processTerm(token);
		if (terms === null) return [];
		return (Array.isArray(terms) ? terms : [terms])
			.filter((term) => term !== '')
			.map((term) => ({
				term,
				typed: !options.typosByTypedWord || Array.isArray(terms) || token.length < term.length ? term : token,
				// The word as written, for related words: a stem is no word to look up.
				written: Array.isArray(terms) ? undefined : token,
				// The word after it as written, stop words included: "turned down" is a phrase.
				following: tokens[index + 1],
			}));
	});
	const words = processed.map(({ term }) => term);
	const groups = new Map<string, number>();
	const expansions: Expansion[] = [];
	words.forEach((word, position) => {
		let group = groups.get(word);
		if (group === undefined) {
			group = groups.size;
			groups.set(word, group);
		}
		const exact = terms.id(word);
		if (exact !== undefined) expansions.push({ termId: exact, weight: 1, group, coordination: 1 });
		const written = processed[position]?.written;
		const following = processed[position]?.following;
		// Each related term once per word, and never the word's own term.
		const through = new Set<number>(exact === undefined ? [] : [exact]);
		const addRelated = (related: readonly { word: string; weight: number }[]): void => {
			for (const { word: relatedWord, weight } of related) {
				const relatedTerms = processTerm(relatedWord);
				for (const term of relatedTerms === null ? [] : Array.isArray(relatedTerms) ? relatedTerms : [relatedTerms]) {
					const termId = terms.id(term);
					if (termId === undefined || through.has(termId)) continue;
					through.add(termId);
					expansions.push({ termId, weight, group, coordination: 1 });
				}
			}
		};
		if (exact === undefined && written !== undefined && options.related) addRelated(options.related(written));
		// A phrase means what its words alone may not ("turned down": declined), whether or not the index holds them.
		if (written !== undefined && following !== undefined && options.relatedPhrase)
			addRelated(options.relatedPhrase(written, following));
		const prefixed = new Set<string>();
		const prefix = typeof options.prefix === 'function' ? options.prefix(word, position, words) : options.prefix;
		if (prefix === true) {
			for (const { term, id: termId } of terms.sorted.withPrefix(word)) {
				const distance = term.length - word.length;
				if (distance === 0) continue;
				prefixed.add(term);
				expansions.push({
					termId,
					weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
					group,
					coordination: 1,
				});
			}
		}
		// Whether and how far to allow typos is judged by the word as typed.
		const typed = processed[position]?.typed ?? word;
		const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(typed, position, words) : options.fuzzy;
		if (fuzzy === false || fuzzy === undefined) return;
		const fraction = fuzzy === true ? 0.2 : fuzzy;
		const maxDistance = fraction < 1 ? Math.min(options.maxFuzzy ?? 6, Math.round(typed.length * fraction)) : fraction;
		if (!maxDistance) return;
		const nearby = typos ? typos.within(terms.sorted, word, maxDistance) : terms.sorted.within(word, maxDistance);
		for (const { term, id: termId, distance } of nearby) {
			if (distance === 0 || prefixed.has(term)) continue;
			expansions.push({
				termId,
				weight: (FUZZY_WEIGHT * term.length) / (term.length + distance),
				group,
				coordination: 1,
			});
		}
	});
	// A query word's boost weighs every term it was expanded to, as MiniSearch's `boostTerm` weighs the word.
	if (options.boostTerm) {
		const boosts = [...groups.keys()].map((word) => options.boostTerm?.(word, words.indexOf(word), words) ?? 1);
		for (const expansion of expansions) expansion.weight *= boosts[expansion.group] ?? 1;
	}
	// Grouped by query word, so that a document matched by one word through several expansions counts it once.
	return expansions.sort((a, b) => a.group - b.group);
}

/**
 * Sets each query word's coordination to its inverse document frequency (that of its most frequent expansion),
 * divided by the mean over the query's words: a query of equally rare words scores as with `count`.
 *
 * @param expansions - from `expandQuery`; changed in place
 * @param postingStart - the postings' start of every term (term t holds `postingStart[t + 1] - postingStart[t]`)
 * @param documentCount - how many documents the index holds
 * @example
 * weighByRarity(expansions, postings.start, entries.length);
 */
export function weighByRarity(expansions: Expansion[], postingStart: Int32Array, documentCount: number): void {
	const frequency = new Map<number, number>();
	for (const { termId, group } of expansions) {
		const postings = (postingStart[termId + 1] ?? 0) - (postingStart[termId] ?? 0);
		frequency.set(group, Math.max(frequency.get(group) ?? 0, postings));
	}
	const rarity = new Map(
		[...frequency].map(([group, matching]) => [group, bm25InverseFrequency(matching, documentCount)]),
	);
	const mean = [...rarity.values()].reduce((sum, value) => sum + value, 0) / rarity.size;
	for (const expansion of expansions) expansion.coordination = (rarity.get(expansion.group) ?? mean) / mean;
}
