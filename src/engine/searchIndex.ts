/**
 * The in-memory MiniSearch index over every entry, with one set of options
 * for indexing and searching so both see the same terms.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { AnswerKind } from './answer.js';
import type { Entry } from './entries.js';
import { processTerm, tokenize } from './normalise.js';

type IndexedEntry = Pick<Entry, 'id' | 'kind' | 'title' | 'names' | 'text'>;

/** Titles and names beat body text. */
export const FIELD_BOOST = { title: 3, names: 1.5, text: 1 } as const;

/** Structured records answer better than a bare sentence of a source. */
export const KIND_WEIGHT: Readonly<Record<AnswerKind, number>> = {
	award: 1.3,
	document: 1.2,
	visit: 1.0,
	figure: 1.2,
	count: 1.2,
	event: 1,
	discrepancy: 0.9,
	source: 0.8,
	passage: 0.9,
};

export const INDEX_OPTIONS: Options<IndexedEntry> = {
	fields: ['title', 'names', 'text'],
	storeFields: ['kind'],
	tokenize,
	processTerm,
};

/** Prefix search from three letters, one typo from five, two from nine (fuzzy 0.2 of the length). */
export const SEARCH_OPTIONS: SearchOptions = {
	boost: FIELD_BOOST,
	prefix: (term) => term.length >= 3,
	fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
	maxFuzzy: 2,
	combineWith: 'OR',
	boostDocument: (_id, _term, stored) => KIND_WEIGHT[(stored?.['kind'] as AnswerKind | undefined) ?? 'passage'],
};

/**
 * Questions are whole words: short words are not expanded by prefix (their
 * expansions are many and costly), except the last one, which may be unfinished.
 * Longer words still are, so "transport" finds "transportation".
 */
export const QUESTION_OPTIONS: SearchOptions = {
	...SEARCH_OPTIONS,
	prefix: (term, index, terms) => term.length >= 6 || (index === terms.length - 1 && term.length >= 3),
};

/** Looser options for "did you mean": more typos, always prefix. */
export const SUGGEST_OPTIONS: SearchOptions = {
	...SEARCH_OPTIONS,
	prefix: true,
	fuzzy: (term) => (term.length >= 3 ? 0.4 : false),
	maxFuzzy: 3,
};

export interface Hit {
	entry: Entry;
	score: number;
}

export interface SearchRequest {
	kinds?: readonly AnswerKind[];
	filter?: (entry: Entry) => boolean;
	limit?: number;
	options?: SearchOptions;
}

/** Entries by id, and the MiniSearch index over them. */
export class SearchIndex {
	readonly entries: readonly Entry[];
	private readonly byId: ReadonlyMap<string, Entry>;
	private readonly miniSearch: MiniSearch<IndexedEntry>;

	/**
	 * @param entries - what to index; ids must be unique
	 * @example
	 * const index = new SearchIndex(buildEntries(dataset));
	 * index.search('border regime', { kinds: ['document'] })[0]?.entry.id; // 'doc-2021-border-regime'
	 */
	constructor(entries: readonly Entry[]) {
		this.entries = entries;
		this.byId = new Map(entries.map((entry) => [entry.id, entry]));
		this.miniSearch = new MiniSearch<IndexedEntry>(INDEX_OPTIONS);
		this.miniSearch.addAll(entries.map(({ id, kind, title, names, text }) => ({ id, kind, title, names, text })));
	}

	get(id: string): Entry | undefined {
		return this.byId.get(id);
	}

	/** Ranked entries for a free-text query; an empty query finds nothing. */
	search(query: string, request: SearchRequest = {}): Hit[] {
		const kinds = request.kinds ? new Set(request.kinds) : undefined;
		const hits: Hit[] = [];
		for (const result of this.miniSearch.search(query, {
			...SEARCH_OPTIONS,
			...request.options,
			filter: kinds ? (result) => kinds.has(result['kind'] as AnswerKind) : undefined,
		})) {
			const entry = this.byId.get(String(result.id));
			if (!entry || (request.filter && !request.filter(entry))) continue;
			hits.push({ entry, score: result.score });
			if (request.limit !== undefined && hits.length >= request.limit) break;
		}
		return hits;
	}
}
