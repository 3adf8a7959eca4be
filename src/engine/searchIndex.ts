/**
 * The in-memory search index over every entry. It ranks exactly as MiniSearch
 * does with our options (BM25+, field boosts, kind weights, prefix and fuzzy
 * expansion with MiniSearch's weights), but keeps each term's postings
 * in flat typed arrays with every document's score contribution precomputed.
 * A query then adds numbers into a dense array and keeps the best k in a heap,
 * instead of building and sorting one result object per match: at 100k
 * records that is the difference between ~500 ms and a few ms per query, and
 * between a 6 s and a sub-second build. `tests/engine/searchIndex.test.ts`
 * checks the ranking against MiniSearch itself.
 */
import type { Options, SearchOptions } from 'minisearch';
import { ANSWER_KINDS, type AnswerKind } from './answer.js';
import type { Entry } from './entries.js';
import { FuzzyTerms } from './fuzzyTerms.js';
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
	person: 1.1,
	organisation: 1.1,
	proposal: 1.2,
	'follow-up': 1.1,
	source: 0.8,
	passage: 0.9,
};

/** MiniSearch options describing this index, for MiniSearch itself (the benchmark and the ranking test use them). */
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

/** The parts of MiniSearch's search options a query may vary; boosts and weights are fixed by the index. */
export type QueryOptions = Pick<SearchOptions, 'prefix' | 'fuzzy' | 'maxFuzzy'>;

export interface Hit {
	entry: Entry;
	score: number;
}

export interface SearchRequest {
	kinds?: readonly AnswerKind[];
	filter?: (entry: Entry) => boolean;
	/** Multiplies the score of every entry of a kind (a question's intent favours some kinds). */
	kindWeights?: Partial<Readonly<Record<AnswerKind, number>>>;
	/** Multiplies an entry's score; must be positive. Called once per match: prefer `kindWeights` where it will do. */
	weight?: (entry: Entry) => number;
	/** Best hits to return; every hit when absent. */
	limit?: number;
	/** Also find the best hit of this kind, whether or not it is among the best `limit` (saves a second search). */
	bestOfKind?: AnswerKind;
	options?: QueryOptions;
	/**
	 * How matching several query words is rewarded. `count` (MiniSearch's way, the default) multiplies the score by
	 * the number of query words matched. `informative` weighs each word by its rarity instead, so a sentence that
	 * matches the one rare word of a question beats a record that matches only the common ones ("Kazakhstan", "2025").
	 */
	coordination?: 'count' | 'informative';
}

export interface SearchResult {
	/** The best hits, best first; ties keep dataset order. */
	hits: Hit[];
	/** How many entries matched, of which `hits` are the best. */
	total: number;
	/** The best hit of `request.bestOfKind`, if asked for and any matched. */
	bestOfKind?: Hit;
}

const FIELDS = ['title', 'names', 'text'] as const;
const FIELD_WEIGHTS = FIELDS.map((field) => FIELD_BOOST[field]);
/** MiniSearch's defaults, so scores equal its own. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const KIND_CODES: ReadonlyMap<AnswerKind, number> = new Map(ANSWER_KINDS.map((kind, code) => [kind, code]));
const ALL_KINDS = (1 << ANSWER_KINDS.length) - 1;

/** One expanded query term: which term, how much it weighs, and which query word it stands for. */
interface Expansion {
	termId: number;
	weight: number;
	group: number;
	/** What matching this query word is worth in the coordination factor (1 for `count`). */
	coordination: number;
}

/** Entries by id, and the search index over them. */
export class SearchIndex {
	readonly entries: readonly Entry[];
	private readonly byId: ReadonlyMap<string, number>;
	/** Term → term id, for exact lookup. */
	private readonly terms: ReadonlyMap<string, number>;
	/** The same terms sorted, for prefix and fuzzy lookup: see `sortedTerms`. */
	private sortedTermsTable: FuzzyTerms | undefined;
	/** Postings of term t are `postingDocs[postingStart[t] .. postingStart[t + 1])`, documents ascending. */
	private readonly postingStart: Int32Array;
	private readonly postingDocs: Int32Array;
	/** Each posting's score before the query's term weight: Σ fields boost × kind weight × BM25+. */
	private readonly postingImpacts: Float64Array;
	private readonly kindBits: Int32Array;
	private readonly kindCodes: Uint8Array;
	// Scratch space for one query at a time (searches are synchronous); epochs spare clearing it.
	private readonly scores: Float64Array;
	/** Σ coordination of the query words an entry matched: MiniSearch's count of matched words, or their rarity. */
	private readonly quality: Float64Array;
	private readonly lastGroup: Int32Array;
	private readonly seenEpoch: Uint32Array;
	private readonly touched: Int32Array;
	private epoch = 0;

	/**
	 * @param entries - what to index; ids must be unique
	 * @example
	 * const index = new SearchIndex(buildEntries(dataset));
	 * index.search('border regime', { kinds: ['document'] }).hits[0]?.entry.id; // 'doc-2021-border-regime'
	 */
	constructor(entries: readonly Entry[]) {
		this.entries = entries;
		const count = entries.length;
		// Plain loops: `new Map(entries.map(…))` and `TypedArray.from(entries, …)` allocate a pair or go through the
		// iterator protocol for each of the 200k entries of a 100k-record dataset.
		const byId = new Map<string, number>();
		this.kindCodes = new Uint8Array(count);
		this.kindBits = new Int32Array(count);
		for (let index = 0; index < count; index += 1) {
			const entry = entries[index] as Entry;
			byId.set(entry.id, index);
			const code = KIND_CODES.get(entry.kind) ?? 0;
			this.kindCodes[index] = code;
			this.kindBits[index] = 1 << code;
		}
		this.byId = byId;
		this.scores = new Float64Array(count);
		this.quality = new Float64Array(count);
		this.lastGroup = new Int32Array(count);
		this.seenEpoch = new Uint32Array(count);
		this.touched = new Int32Array(count);

		const built = buildPostings(entries);
		this.terms = built.termIds;
		this.postingStart = built.start;
		this.postingDocs = built.docs;
		this.postingImpacts = built.impacts;
	}

	/**
	 * The terms sorted, for prefix lookup and for fuzzy lookup (what MiniSearch's `fuzzyGet` finds). MiniSearch's radix
	 * tree found the same terms but was slower to build and to search. Built on the first prefix or fuzzy query, or by
	 * `warmUp`: sorting every term is a large share of the index's build, and start-up need not wait for it.
	 */
	private get sortedTerms(): FuzzyTerms {
		this.sortedTermsTable ??= new FuzzyTerms(this.terms);
		return this.sortedTermsTable;
	}

	/** Builds the sorted terms now, so that no query waits for them (the bot calls this once connected). */
	warmUp(): void {
		this.sortedTermsTable ??= new FuzzyTerms(this.terms);
	}

	get(id: string): Entry | undefined {
		const index = this.byId.get(id);
		return index === undefined ? undefined : this.entries[index];
	}

	/** How many distinct terms the index holds. */
	get termCount(): number {
		return this.terms.size;
	}

	/**
	 * Ranked entries for a free-text query, scored as MiniSearch scores them; an empty query finds nothing.
	 *
	 * @param query - free text
	 * @param request - kinds, filter, weight, how many hits, and prefix/fuzzy options
	 */
	search(query: string, request: SearchRequest = {}): SearchResult {
		const expansions = this.expand(query, request.options ?? SEARCH_OPTIONS);
		if (expansions.length === 0) return { hits: [], total: 0 };
		if (request.coordination === 'informative') this.weighByRarity(expansions);
		const kindMask = request.kinds
			? request.kinds.reduce((mask, kind) => mask | (1 << (KIND_CODES.get(kind) ?? 0)), 0)
			: ALL_KINDS;
		const touchedCount = this.accumulate(expansions, kindMask);

		const { filter, weight, limit } = request;
		const kindWeights = request.kindWeights;
		const kindWeight = kindWeights ? Float64Array.from(ANSWER_KINDS, (kind) => kindWeights[kind] ?? 1) : undefined;
		const top = new TopK(limit ?? Number.POSITIVE_INFINITY);
		const bestKind = request.bestOfKind === undefined ? -1 : (KIND_CODES.get(request.bestOfKind) ?? -1);
		const best = new TopK(1);
		let total = 0;
		// The hot loop of every query at 100k records: typed-array reads, and closures only when the caller gave one.
		for (let position = 0; position < touchedCount; position += 1) {
			const doc = this.touched[position] ?? 0;
			if (filter && !filter(this.entries[doc] as Entry)) continue;
			total += 1;
			// MiniSearch multiplies by the number of query words matched, rewarding documents that match more of them.
			let score = (this.scores[doc] ?? 0) * (this.quality[doc] ?? 1);
			if (kindWeight) score *= kindWeight[this.kindCodes[doc] ?? 0] ?? 1;
			if (weight) score *= weight(this.entries[doc] as Entry);
			if (score >= top.threshold) top.offer(doc, score);
			if (this.kindCodes[doc] === bestKind) best.offer(doc, score);
		}
		const toHit = ({ doc, score }: { doc: number; score: number }): Hit => ({
			entry: this.entries[doc] as Entry,
			score,
		});
		const [bestOfKind] = best.sorted().map(toHit);
		return { hits: top.sorted().map(toHit), total, ...(bestOfKind ? { bestOfKind } : {}) };
	}

	/** The query's terms, each with its prefix and fuzzy expansions weighted as MiniSearch weighs them. */
	private expand(query: string, options: QueryOptions): Expansion[] {
		const words = tokenize(query)
			.flatMap((token) => processTerm(token) ?? [])
			.filter((term) => term !== '');
		const groups = new Map<string, number>();
		const expansions: Expansion[] = [];
		words.forEach((word, position) => {
			let group = groups.get(word);
			if (group === undefined) {
				group = groups.size;
				groups.set(word, group);
			}
			const exact = this.terms.get(word);
			if (exact !== undefined) expansions.push({ termId: exact, weight: 1, group, coordination: 1 });
			const prefixed = new Set<string>();
			const prefix = typeof options.prefix === 'function' ? options.prefix(word, position, words) : options.prefix;
			if (prefix === true) {
				for (const { term, id: termId } of this.sortedTerms.withPrefix(word)) {
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
			const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(word, position, words) : options.fuzzy;
			if (fuzzy === false || fuzzy === undefined) return;
			const fraction = fuzzy === true ? 0.2 : fuzzy;
			const maxDistance = fraction < 1 ? Math.min(options.maxFuzzy ?? 6, Math.round(word.length * fraction)) : fraction;
			if (!maxDistance) return;
			for (const { term, id: termId, distance } of this.sortedTerms.within(word, maxDistance)) {
				if (distance === 0 || prefixed.has(term)) continue;
				expansions.push({
					termId,
					weight: (FUZZY_WEIGHT * term.length) / (term.length + distance),
					group,
					coordination: 1,
				});
			}
		});
		// Grouped by query word, so that a document matched by one word through several expansions counts it once.
		return expansions.sort((a, b) => a.group - b.group);
	}

	/**
	 * Sets each query word's coordination to its inverse document frequency (that of its most frequent expansion),
	 * divided by the mean over the query's words: a query of equally rare words scores as with `count`.
	 */
	private weighByRarity(expansions: Expansion[]): void {
		const frequency = new Map<number, number>();
		for (const { termId, group } of expansions) {
			const postings = (this.postingStart[termId + 1] ?? 0) - (this.postingStart[termId] ?? 0);
			frequency.set(group, Math.max(frequency.get(group) ?? 0, postings));
		}
		const total = this.entries.length;
		const rarity = new Map([...frequency].map(([group, matching]) => [group, bm25InverseFrequency(matching, total)]));
		const mean = [...rarity.values()].reduce((sum, value) => sum + value, 0) / rarity.size;
		for (const expansion of expansions) expansion.coordination = (rarity.get(expansion.group) ?? mean) / mean;
	}

	/** Adds every expansion's postings into the scratch scores; returns how many entries were touched. */
	private accumulate(expansions: readonly Expansion[], kindMask: number): number {
		this.epoch += 1;
		if (this.epoch === 0xffffffff) {
			this.seenEpoch.fill(0);
			this.epoch = 1;
		}
		const { epoch, scores, quality, lastGroup, seenEpoch, touched, kindBits, postingDocs, postingImpacts } = this;
		let touchedCount = 0;
		for (const { termId, weight, group, coordination } of expansions) {
			const end = this.postingStart[termId + 1] ?? 0;
			for (let posting = this.postingStart[termId] ?? 0; posting < end; posting += 1) {
				const doc = postingDocs[posting] ?? 0;
				if (((kindBits[doc] ?? 0) & kindMask) === 0) continue;
				const contribution = weight * (postingImpacts[posting] ?? 0);
				if (seenEpoch[doc] !== epoch) {
					seenEpoch[doc] = epoch;
					scores[doc] = contribution;
					quality[doc] = coordination;
					lastGroup[doc] = group;
					touched[touchedCount] = doc;
					touchedCount += 1;
				} else {
					scores[doc] = (scores[doc] ?? 0) + contribution;
					if (lastGroup[doc] !== group) {
						quality[doc] = (quality[doc] ?? 0) + coordination;
						lastGroup[doc] = group;
					}
				}
			}
		}
		return touchedCount;
	}
}

/**
 * Longer titles and texts (full titles, sentences) are nearly always unique: remembering them would only cost memory.
 * Names (parties, participants, places) repeat across records however long they are, so any length is remembered.
 */
const MAX_SHARED_LENGTH: Readonly<Record<(typeof FIELDS)[number], number>> = {
	title: 120,
	names: Number.POSITIVE_INFINITY,
	text: 120,
};

interface Postings {
	termIds: Map<string, number>;
	start: Int32Array;
	docs: Int32Array;
	impacts: Float64Array;
}

/**
 * Splits field values into terms with their frequencies, as MiniSearch does. Raw tokens are interned with their
 * processed term ids, so stop words and aliases are worked out once per distinct token; per-value counting uses
 * stamped arrays instead of a Map and a Set per value; and values that repeat across records (the same parties, kinds
 * and places; see MAX_SHARED_LENGTH) are analysed once. The result of `analyse` is a view into shared arrays, not a new
 * object: at 100k records, two typed arrays per field value were a large share of the start-up's garbage.
 */
class FieldAnalyser {
	readonly termIds = new Map<string, number>();
	/** The last value's terms are `viewTerms[viewStart .. viewEnd)`, with frequencies at the same positions. */
	viewTerms: number[] = [];
	viewFrequencies: number[] = [];
	viewStart = 0;
	viewEnd = 0;
	/** MiniSearch's field length: the last value's distinct tokens, stop words included. */
	distinctTokens = 0;

	private readonly tokenIds = new Map<string, number>();
	/** The term a token stands for; NO_TERM for a stop word, MANY_TERMS for an alias of several (see `manyTerms`). */
	private readonly termOfToken: number[] = [];
	private readonly manyTerms = new Map<number, number[]>();
	private readonly tokenStamp: number[] = [];
	private readonly termStamp: number[] = [];
	private readonly termFrequency: number[] = [];
	private stamp = 0;
	private readonly scratchTerms: number[] = [];
	private readonly scratchFrequencies: number[] = [];
	/** Remembered short values: their terms are `poolTerms[poolStart[i] .. poolStart[i + 1])`. */
	private readonly remembered = new Map<string, number>();
	private readonly poolStart: number[] = [0];
	private readonly poolDistinct: number[] = [];
	private readonly poolTerms: number[] = [];
	private readonly poolFrequencies: number[] = [];

	analyse(text: string, maxSharedLength: number): void {
		const shared = text.length <= maxSharedLength;
		const known = shared ? this.remembered.get(text) : undefined;
		if (known !== undefined) {
			this.view(this.poolTerms, this.poolFrequencies, this.poolStart[known] ?? 0, this.poolStart[known + 1] ?? 0);
			this.distinctTokens = this.poolDistinct[known] ?? 0;
			return;
		}
		this.count(text);
		this.view(this.scratchTerms, this.scratchFrequencies, 0, this.scratchTerms.length);
		if (shared) this.remember(text);
	}

	/**
	 * Counts the terms of one value into the scratch arrays. Written as one flat loop, without a call or a closure per
	 * token: start-up runs it before V8 has optimised anything, and in the interpreter every call costs.
	 */
	private count(text: string): void {
		const { tokenIds, termOfToken, tokenStamp, termStamp, termFrequency, scratchTerms } = this;
		const stamp = (this.stamp += 1);
		let distinctTokens = 0;
		scratchTerms.length = 0;
		const tokens = tokenize(text);
		for (let position = 0; position < tokens.length; position += 1) {
			const token = tokens[position] as string;
			const id = tokenIds.get(token) ?? this.addToken(token);
			if (tokenStamp[id] !== stamp) {
				tokenStamp[id] = stamp;
				distinctTokens += 1;
			}
			const term = termOfToken[id] ?? NO_TERM;
			if (term >= 0) {
				if (termStamp[term] !== stamp) {
					termStamp[term] = stamp;
					termFrequency[term] = 0;
					scratchTerms.push(term);
				}
				termFrequency[term] = (termFrequency[term] ?? 0) + 1;
			} else if (term === MANY_TERMS) {
				for (const each of this.manyTerms.get(id) ?? []) {
					if (termStamp[each] !== stamp) {
						termStamp[each] = stamp;
						termFrequency[each] = 0;
						scratchTerms.push(each);
					}
					termFrequency[each] = (termFrequency[each] ?? 0) + 1;
				}
			}
		}
		this.distinctTokens = distinctTokens;
		const frequencies = this.scratchFrequencies;
		frequencies.length = scratchTerms.length;
		for (let index = 0; index < scratchTerms.length; index += 1)
			frequencies[index] = termFrequency[scratchTerms[index] ?? 0] ?? 0;
	}

	private remember(text: string): void {
		this.remembered.set(text, this.poolDistinct.length);
		this.poolDistinct.push(this.distinctTokens);
		for (let index = 0; index < this.scratchTerms.length; index += 1) {
			this.poolTerms.push(this.scratchTerms[index] ?? 0);
			this.poolFrequencies.push(this.scratchFrequencies[index] ?? 0);
		}
		this.poolStart.push(this.poolTerms.length);
	}

	private view(terms: number[], frequencies: number[], start: number, end: number): void {
		this.viewTerms = terms;
		this.viewFrequencies = frequencies;
		this.viewStart = start;
		this.viewEnd = end;
	}

	/** Gives a token seen for the first time its id, and works out the terms it stands for. */
	private addToken(token: string): number {
		const id = this.termOfToken.length;
		this.tokenIds.set(token, id);
		this.tokenStamp.push(0);
		const processed = processTerm(token);
		if (processed === null || processed === '') this.termOfToken.push(NO_TERM);
		else if (typeof processed === 'string') this.termOfToken.push(this.termId(processed));
		else {
			this.termOfToken.push(MANY_TERMS);
			this.manyTerms.set(
				id,
				processed.filter((term) => term !== '').map((term) => this.termId(term)),
			);
		}
		return id;
	}

	private termId(term: string): number {
		let id = this.termIds.get(term);
		if (id === undefined) {
			id = this.termIds.size;
			this.termIds.set(term, id);
			this.termStamp.push(0);
			this.termFrequency.push(0);
		}
		return id;
	}
}

const NO_TERM = -1;
const MANY_TERMS = -2;

/**
 * Tokenises every field of every entry once and lays the postings out term by term. A term's contribution to a
 * document is fixed once the whole collection is known (BM25+ needs document frequencies and average lengths), so
 * it is computed here rather than at every query.
 */
function buildPostings(entries: readonly Entry[]): Postings {
	const count = entries.length;
	const fieldLengths = FIELDS.map(() => new Int32Array(count));
	const tuples = new TupleLog();
	const documentFrequency = FIELDS.map(() => new GrowableInts());
	const analyser = new FieldAnalyser();

	for (let doc = 0; doc < count; doc += 1) {
		const entry = entries[doc] as Entry;
		for (let fieldId = 0; fieldId < FIELDS.length; fieldId += 1) {
			const field = FIELDS[fieldId] ?? 'text';
			analyser.analyse(entry[field], MAX_SHARED_LENGTH[field]);
			(fieldLengths[fieldId] as Int32Array)[doc] = analyser.distinctTokens;
			const frequency = documentFrequency[fieldId] as GrowableInts;
			const { viewTerms, viewFrequencies, viewEnd } = analyser;
			for (let index = analyser.viewStart; index < viewEnd; index += 1) {
				const term = viewTerms[index] ?? 0;
				tuples.push(term, doc, fieldId, viewFrequencies[index] ?? 0);
				frequency.increment(term);
			}
		}
	}
	const { termIds } = analyser;

	const averageLength = fieldLengths.map((lengths) =>
		count === 0 ? 0 : lengths.reduce((sum, n) => sum + n, 0) / count,
	);
	// BM25+'s length part depends only on the document and field, its inverse frequency only on the term and field:
	// worked out once each rather than once per (term, document, field) tuple, of which 100k records have millions.
	const lengthParts = fieldLengths.map((lengths, fieldId) =>
		Float64Array.from(lengths, (length) => bm25LengthPart(length, averageLength[fieldId] ?? 1)),
	);
	const kindWeight = new Float64Array(count);
	for (let doc = 0; doc < count; doc += 1) kindWeight[doc] = KIND_WEIGHT[(entries[doc] as Entry).kind];
	const termCount = termIds.size;
	const { tupleStart, doc: sortedDoc, field: sortedField, frequency: sortedFrequency } = sortByTerm(tuples, termCount);

	const start = new Int32Array(termCount + 1);
	const docs = new Int32Array(tuples.length);
	const impacts = new Float64Array(tuples.length);
	const inverseFrequency = new Float64Array(FIELDS.length);
	let postings = 0;
	for (let term = 0; term < termCount; term += 1) {
		start[term] = postings;
		for (let fieldId = 0; fieldId < FIELDS.length; fieldId += 1)
			inverseFrequency[fieldId] = bm25InverseFrequency((documentFrequency[fieldId] as GrowableInts).get(term), count);
		let previousDoc = -1;
		for (let position = tupleStart[term] ?? 0; position < (tupleStart[term + 1] ?? 0); position += 1) {
			const doc = sortedDoc[position] ?? 0;
			const fieldId = sortedField[position] ?? 0;
			const score =
				(FIELD_WEIGHTS[fieldId] ?? 1) *
				(kindWeight[doc] ?? 1) *
				bm25(
					inverseFrequency[fieldId] ?? 0,
					sortedFrequency[position] ?? 0,
					(lengthParts[fieldId] as Float64Array)[doc] ?? 0,
				);
			if (doc === previousDoc) {
				impacts[postings - 1] = (impacts[postings - 1] ?? 0) + score;
			} else {
				docs[postings] = doc;
				impacts[postings] = score;
				postings += 1;
				previousDoc = doc;
			}
		}
	}
	start[termCount] = postings;
	return { termIds, start, docs: docs.slice(0, postings), impacts: impacts.slice(0, postings) };
}

/** The tuples' documents, fields and frequencies, ordered by term; term t's are at `[tupleStart[t], tupleStart[t + 1])`. */
interface TuplesByTerm {
	tupleStart: Int32Array;
	doc: Int32Array;
	field: Uint8Array;
	frequency: Uint16Array;
}

/**
 * Counting sort of the (term, doc, field) tuples by term; a stable one, so documents stay ascending per term and one
 * document's fields stay together. The tuples are copied into place rather than sorted as an index: laying out the
 * postings then reads them in order instead of jumping through millions of tuples at 100k records.
 */
function sortByTerm(tuples: TupleLog, termCount: number): TuplesByTerm {
	const tupleStart = new Int32Array(termCount + 1);
	for (let index = 0; index < tuples.length; index += 1) {
		const next = (tuples.term[index] ?? 0) + 1;
		tupleStart[next] = (tupleStart[next] ?? 0) + 1;
	}
	for (let term = 0; term < termCount; term += 1)
		tupleStart[term + 1] = (tupleStart[term + 1] ?? 0) + (tupleStart[term] ?? 0);
	const doc = new Int32Array(tuples.length);
	const field = new Uint8Array(tuples.length);
	const frequency = new Uint16Array(tuples.length);
	const cursor = tupleStart.slice(0, termCount);
	for (let index = 0; index < tuples.length; index += 1) {
		const term = tuples.term[index] ?? 0;
		const position = cursor[term] ?? 0;
		cursor[term] = position + 1;
		doc[position] = tuples.doc[index] ?? 0;
		field[position] = tuples.field[index] ?? 0;
		frequency[position] = tuples.frequency[index] ?? 0;
	}
	return { tupleStart, doc, field, frequency };
}

/**
 * BM25+ exactly as MiniSearch computes it, in three parts that together give the same number, bit for bit:
 * `bm25(bm25InverseFrequency(matching, total), frequency, bm25LengthPart(length, averageLength))`.
 */
function bm25(inverseFrequency: number, frequency: number, lengthPart: number): number {
	const { k, d } = BM25;
	return inverseFrequency * (d + (frequency * (k + 1)) / (frequency + lengthPart));
}

function bm25InverseFrequency(matching: number, total: number): number {
	return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

function bm25LengthPart(length: number, averageLength: number): number {
	const { k, b } = BM25;
	return k * (1 - b + (b * length) / averageLength);
}

/** A growable array of small integers, indexed by term id. */
class GrowableInts {
	private values = new Int32Array(1024);

	get(index: number): number {
		return this.values[index] ?? 0;
	}

	increment(index: number): void {
		if (index >= this.values.length) {
			const grown = new Int32Array(Math.max(index + 1, this.values.length * 2));
			grown.set(this.values);
			this.values = grown;
		}
		this.values[index] = (this.values[index] ?? 0) + 1;
	}
}

/** (term, doc, field, frequency) tuples in column arrays that double as they fill. */
class TupleLog {
	term = new Int32Array(4096);
	doc = new Int32Array(4096);
	field = new Uint8Array(4096);
	frequency = new Uint16Array(4096);
	length = 0;

	push(term: number, doc: number, field: number, frequency: number): void {
		if (this.length === this.term.length) this.grow();
		this.term[this.length] = term;
		this.doc[this.length] = doc;
		this.field[this.length] = field;
		this.frequency[this.length] = Math.min(frequency, 0xffff);
		this.length += 1;
	}

	private grow(): void {
		const size = this.term.length * 2;
		const term = new Int32Array(size);
		term.set(this.term);
		const doc = new Int32Array(size);
		doc.set(this.doc);
		const field = new Uint8Array(size);
		field.set(this.field);
		const frequency = new Uint16Array(size);
		frequency.set(this.frequency);
		Object.assign(this, { term, doc, field, frequency });
	}
}

/**
 * The best `limit` (doc, score) pairs: a min-heap in two typed arrays whose root is the weakest kept; ties favour
 * lower docs (dataset order). Without a limit it keeps everything and sorts once at the end.
 */
class TopK {
	private readonly limit: number;
	private readonly bounded: boolean;
	private docs: Int32Array;
	private scores: Float64Array;
	private size = 0;

	constructor(limit: number) {
		this.limit = Math.max(0, limit);
		this.bounded = Number.isFinite(this.limit);
		// Grown on demand: a limit can be far larger than the matches (a page number typed by hand).
		const capacity = Math.min(this.limit, 64);
		this.docs = new Int32Array(capacity);
		this.scores = new Float64Array(capacity);
	}

	/** The score a candidate must beat (or tie with a lower doc) to be kept; -Infinity while there is room. */
	get threshold(): number {
		return this.bounded && this.size >= this.limit ? (this.scores[0] ?? 0) : Number.NEGATIVE_INFINITY;
	}

	offer(doc: number, score: number): void {
		if (!this.bounded) {
			if (this.size === this.docs.length) this.grow();
			this.docs[this.size] = doc;
			this.scores[this.size] = score;
			this.size += 1;
			return;
		}
		if (this.limit === 0) return;
		if (this.size < this.limit) {
			if (this.size === this.docs.length) this.grow();
			this.docs[this.size] = doc;
			this.scores[this.size] = score;
			this.size += 1;
			this.siftUp(this.size - 1);
			return;
		}
		if (!better(doc, score, this.docs[0] ?? 0, this.scores[0] ?? 0)) return;
		this.docs[0] = doc;
		this.scores[0] = score;
		this.siftDown(0);
	}

	/** Best first. */
	sorted(): { doc: number; score: number }[] {
		const pairs = Array.from({ length: this.size }, (_, index) => ({
			doc: this.docs[index] ?? 0,
			score: this.scores[index] ?? 0,
		}));
		return pairs.sort((a, b) => b.score - a.score || a.doc - b.doc);
	}

	private grow(): void {
		const docs = new Int32Array(Math.max(1, this.docs.length * 2));
		docs.set(this.docs);
		const scores = new Float64Array(Math.max(1, this.scores.length * 2));
		scores.set(this.scores);
		this.docs = docs;
		this.scores = scores;
	}

	/** Whether the pair at `a` should sit above the pair at `b` in the min-heap (it ranks lower). */
	private weaker(a: number, b: number): boolean {
		return better(this.docs[b] ?? 0, this.scores[b] ?? 0, this.docs[a] ?? 0, this.scores[a] ?? 0);
	}

	private swap(a: number, b: number): void {
		const doc = this.docs[a] ?? 0;
		const score = this.scores[a] ?? 0;
		this.docs[a] = this.docs[b] ?? 0;
		this.scores[a] = this.scores[b] ?? 0;
		this.docs[b] = doc;
		this.scores[b] = score;
	}

	private siftUp(position: number): void {
		let child = position;
		while (child > 0) {
			const parent = (child - 1) >> 1;
			if (!this.weaker(child, parent)) return;
			this.swap(child, parent);
			child = parent;
		}
	}

	private siftDown(position: number): void {
		let parent = position;
		for (;;) {
			const left = 2 * parent + 1;
			const right = left + 1;
			let weakest = parent;
			if (left < this.size && this.weaker(left, weakest)) weakest = left;
			if (right < this.size && this.weaker(right, weakest)) weakest = right;
			if (weakest === parent) return;
			this.swap(parent, weakest);
			parent = weakest;
		}
	}
}

/** Whether (docA, scoreA) ranks above (docB, scoreB). */
function better(docA: number, scoreA: number, docB: number, scoreB: number): boolean {
	return scoreA > scoreB || (scoreA === scoreB && docA < docB);
}
