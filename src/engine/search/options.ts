/**
 * Options and weights of the search index: the fields and their boosts, BM25+'s parameters, the weights of prefix and
 * fuzzy expansions, and the named query options (search, question, suggest). Everything here is what MiniSearch would
 * be given to rank the same way, so `miniSearchOptions` can hand MiniSearch itself the same settings (the ranking
 * test and the benchmark compare the two).
 */
import type { Options, SearchOptions } from 'minisearch';
import { processTerm, tokenize } from '../normalise.js';

/** What the index needs of a document: an id, a kind to weigh and filter by, and three or four text fields. */
export interface Searchable<K extends string = string> {
	readonly id: string;
	readonly kind: K;
	/** Indexed fields, strongest first (see FIELD_BOOST). */
	readonly title: string;
	readonly names: string;
	readonly text: string;
	/** Words around the text that say what it is about (a sentence's predecessor); weakest, and optional. */
	readonly context?: string;
}

/** How much every document of each kind weighs: multiplied into each of its scores. */
export type KindWeights<K extends string> = Readonly<Record<K, number>>;

/** The indexed fields, in field-id order. */
export const FIELDS = ['title', 'names', 'text', 'context'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * A sentence's predecessor tells what "it" and "the high award" of the sentence are: matched at this weight, it lets
 * the sentence be found by the topic it continues, without outranking the sentence that names the topic. On the
 * development sets 0.2 gained one first answer and four in the first three; 0.5 lost three first answers; only the
 * predecessor's names, at any weight, gained one in the first three.
 */
const CONTEXT_BOOST = 0.2;

/** Titles and names beat body text; a text's context weighs least. */
export const FIELD_BOOST: Readonly<Record<Field, number>> = { title: 3, names: 1.5, text: 1, context: CONTEXT_BOOST };

/** MiniSearch's BM25+ defaults, so scores equal its own. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** MiniSearch's weights of a term found by prefix and by fuzzy expansion of a query word. */
export const PREFIX_WEIGHT = 0.375;
export const FUZZY_WEIGHT = 0.45;

/** The parts of MiniSearch's search options a query may vary; boosts and weights are fixed by the index. */
export type QueryOptions = Pick<SearchOptions, 'prefix' | 'fuzzy' | 'maxFuzzy' | 'boostTerm'> & {
	/**
	 * Judge typos by the word as typed rather than by its stem, which is shorter: "regme" (stem "regm") is then
	 * allowed the one typo a five-letter word is. MiniSearch judges the processed term, so this departs from it; off
	 * by default, which the ranking test against MiniSearch relies on.
	 */
	typosByTypedWord?: boolean;
	/**
	 * Words related to a query word the index does not hold (a paraphrase: "commerce" for "trade"), each with the
	 * weight of a match through it. MiniSearch has no such option: none by default.
	 */
	related?: (word: string) => readonly { word: string; weight: number }[];
	/**
	 * Words related to a two-word phrase a query word starts ("turned down": "decline"), each with its weight, added
	 * to the first word's matches. None by default.
	 */
	relatedPhrase?: (first: string, second: string) => readonly { word: string; weight: number }[];
};

/** Prefix search from three letters, one typo from five, two from nine (fuzzy 0.2 of the length). */
export const SEARCH_OPTIONS: QueryOptions = {
	prefix: (term) => term.length >= 3,
	fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
	maxFuzzy: 2,
};

/**
 * Questions are whole words: short words are not expanded by prefix (their
 * expansions are many and costly), except the last one, which may be unfinished.
 * Longer words still are, so "transport" finds "transportation".
 */
export const QUESTION_OPTIONS: QueryOptions = {
	...SEARCH_OPTIONS,
	prefix: (term, index, terms) => term.length >= 6 || (index === terms.length - 1 && term.length >= 3),
};

/** Looser options for "did you mean": more typos, always prefix. */
export const SUGGEST_OPTIONS: QueryOptions = {
	...SEARCH_OPTIONS,
	prefix: true,
	fuzzy: (term) => (term.length >= 3 ? 0.4 : false),
	maxFuzzy: 3,
};

/**
 * The engine's searches judge typos by the word as typed (see `typosByTypedWord`); the named options above stay
 * MiniSearch's, for the ranking test.
 *
 * @example
 * index.search('bordr regme', { options: typedWordTypos(SEARCH_OPTIONS) });
 */
export function typedWordTypos(options: QueryOptions): QueryOptions {
	return { ...options, typosByTypedWord: true };
}

/** The query options MiniSearch itself knows. */
const MINISEARCH_QUERY_KEYS: ReadonlySet<string> = new Set(['prefix', 'fuzzy', 'maxFuzzy']);

/** MiniSearch options describing this index, for MiniSearch itself (the benchmark and the ranking test use them). */
export const INDEX_OPTIONS: Options<Searchable> = {
	fields: [...FIELDS],
	storeFields: ['kind'],
	tokenize,
	processTerm,
};

/**
 * @param query - one of the query options above
 * @param kindWeights - the kind weights the index was built with
 * @returns MiniSearch search options that rank as the index ranks with `query` (for an index built with INDEX_OPTIONS)
 * @example
 * miniSearch.search('border regime', miniSearchOptions(SEARCH_OPTIONS, { document: 1.2, passage: 0.9 }));
 */
export function miniSearchOptions<K extends string>(query: QueryOptions, kindWeights: KindWeights<K>): SearchOptions {
	const weights: Readonly<Record<string, number>> = kindWeights;
	// Pass on only MiniSearch's own options (an undefined one would override its default).
	const miniSearchQuery = Object.fromEntries(
		Object.entries(query).filter(([key, value]) => MINISEARCH_QUERY_KEYS.has(key) && value !== undefined),
	);
	return {
		...miniSearchQuery,
		boost: FIELD_BOOST,
		combineWith: 'OR',
		boostDocument: (_id, _term, stored) => weights[String(stored?.['kind'])] ?? 1,
	};
}
