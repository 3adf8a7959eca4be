/**
 * The in-memory search index over a set of documents. It ranks exactly as MiniSearch does with our options (BM25+,
 * field boosts, kind weights, prefix and fuzzy expansion with MiniSearch's weights), but keeps each term's postings in
 * flat typed arrays with every document's score contribution precomputed (`postings.ts`). A query then adds numbers
 * into a dense array and keeps the best k in a heap (`topK.ts`), instead of building and sorting one result object
 * per match: at 100k records that is the difference between ~500 ms and a few ms per query, and between a 6 s and a
 * sub-second build. `tests/engine/search/searchIndex.test.ts` checks the ranking against MiniSearch itself.
 *
 * It knows documents only as `Searchable` (an id, a kind, its text fields) and is given the weight of each kind, so
 * it serves any collection: the engine indexes its entries with its own kind weights.
 */
import { expandQuery, type Expansion, weighByRarity } from './expand.js';
import { type KindWeights, type QueryOptions, SEARCH_OPTIONS, type Searchable } from './options.js';
import { buildPostings } from './postings.js';
import { Terms } from './terms.js';
import { TopK } from './topK.js';
import type { TypoMemo } from './typoMemo.js';

export interface Hit<D> {
	entry: D;
	score: number;
}

export interface SearchRequest<D extends Searchable> {
	kinds?: readonly D['kind'][];
	filter?: (entry: D) => boolean;
	/** Multiplies the score of every entry of a kind (a question's intent favours some kinds). */
	kindWeights?: Partial<KindWeights<D['kind']>>;
	/** Multiplies an entry's score; must be positive. Called once per match: prefer `kindWeights` where it will do. */
	weight?: (entry: D) => number;
	/** Best hits to return; every hit when absent. */
	limit?: number;
	/** Also find the best hit of this kind, whether or not it is among the best `limit` (saves a second search). */
	bestOfKind?: D['kind'];
	options?: QueryOptions;
	/**
	 * How matching several query words is rewarded. `count` (MiniSearch's way, the default) multiplies the score by
	 * the number of query words matched. `informative` weighs each word by its rarity instead, so a sentence that
	 * matches the one rare word of a question beats a record that matches only the common ones ("Kazakhstan", "2025").
	 */
	coordination?: 'count' | 'informative';
	/**
	 * Whether `total` must count every match the filter lets through (a list's "N results"). When false, the filter
	 * runs only on the matches that score high enough to be returned, and `total` only tells whether any passed: at
	 * 100k records a scoped question otherwise calls the filter on tens of thousands of matches it will not show.
	 */
	exactTotal?: boolean;
	/** The typo lookups of the question this search is one of, shared by its searches. */
	typos?: TypoMemo;
}

export interface SearchResult<D> {
	/** The best hits, best first; ties keep dataset order. */
	hits: Hit<D>[];
	/** How many entries matched, of which `hits` are the best. */
	total: number;
	/** The best hit of `request.bestOfKind`, if asked for and any matched. */
	bestOfKind?: Hit<D>;
}

/** Kinds are bits of a mask in the query's hot loop: an Int32 holds 31 of them. */
const MAX_KINDS = 31;

/** Entries by id, and the search index over them. */
export class SearchIndex<D extends Searchable> {
	readonly entries: readonly D[];
	private readonly byId: ReadonlyMap<string, number>;
	private readonly terms: Terms;
	/** The kinds the weights name, in their order; a kind's code is its position. */
	private readonly kinds: readonly D['kind'][];
	private readonly kindCodes: ReadonlyMap<D['kind'], number>;
	private readonly allKinds: number;
	/** Postings of term t are `postingDocs[postingStart[t] .. postingStart[t + 1])`, documents ascending. */
	private readonly postingStart: Int32Array;
	private readonly postingDocs: Int32Array;
	/** Each posting's score before the query's term weight: Σ fields boost × kind weight × BM25+. */
	private readonly postingImpacts: Float64Array;
	private readonly entryKindBits: Int32Array;
	private readonly entryKindCodes: Uint8Array;
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
	 * @param kindWeights - every kind the entries have, with the weight multiplied into each score of an entry of it
	 * @throws Error when there are more than 31 kinds, or an entry's kind has no weight
	 * @example
	 * const index = new SearchIndex(buildEntries(dataset), KIND_WEIGHT);
	 * index.search('border regime', { kinds: ['document'] }).hits[0]?.entry.id; // 'doc-2021-border-regime'
	 */
	constructor(entries: readonly D[], kindWeights: KindWeights<D['kind']>) {
		this.entries = entries;
		this.kinds = Object.keys(kindWeights) as D['kind'][];
		if (this.kinds.length > MAX_KINDS) throw new Error(`SearchIndex: at most ${MAX_KINDS} kinds can be weighed`);
		this.kindCodes = new Map(this.kinds.map((kind, code) => [kind, code]));
		this.allKinds = (1 << this.kinds.length) - 1;
		const count = entries.length;
		// Plain loops: `new Map(entries.map(…))` and `TypedArray.from(entries, …)` allocate a pair or go through the
		// iterator protocol for each of the 200k entries of a 100k-record dataset.
		const byId = new Map<string, number>();
		this.entryKindCodes = new Uint8Array(count);
		this.entryKindBits = new Int32Array(count);
		for (let index = 0; index < count; index += 1) {
			const entry = entries[index] as D;
			byId.set(entry.id, index);
			const code = this.kindCodes.get(entry.kind);
			if (code === undefined)
				throw new Error(`SearchIndex: entry "${entry.id}" is of kind "${entry.kind}", which has no weight`);
			this.entryKindCodes[index] = code;
			this.entryKindBits[index] = 1 << code;
		}
		this.byId = byId;
		this.scores = new Float64Array(count);
		this.quality = new Float64Array(count);
		this.lastGroup = new Int32Array(count);
		this.seenEpoch = new Uint32Array(count);
		this.touched = new Int32Array(count);

		const built = buildPostings(entries, kindWeights);
		this.terms = new Terms(built.termIds);
		this.postingStart = built.start;
		this.postingDocs = built.docs;
		this.postingImpacts = built.impacts;
	}

	/** Builds the sorted terms for prefix and fuzzy lookup now, so that no query waits for them (the bot calls this once connected). */
	warmUp(): void {
		this.terms.warmUp();
	}

	get(id: string): D | undefined {
		const index = this.byId.get(id);
		return index === undefined ? undefined : this.entries[index];
	}

	/**
	 * Whether the index holds the term, or one at most `maxDistance` edits from it: a word a question uses that is not
	 * here (nor a misspelling of a word that is) stands in no record or sentence.
	 *
	 * @param typos - the typo lookups of the question the term is from, shared with its searches
	 */
	knowsTerm(term: string, maxDistance: number, typos?: TypoMemo): boolean {
		if (this.terms.id(term) !== undefined) return true;
		if (maxDistance <= 0) return false;
		const nearby = typos
			? typos.within(this.terms.sorted, term, maxDistance)
			: this.terms.sorted.within(term, maxDistance);
		return nearby.length > 0;
	}

	/** How many entries hold the term (0 for a term the index does not hold): how telling a word is. */
	entriesWith(term: string): number {
		const id = this.terms.id(term);
		return id === undefined ? 0 : (this.postingStart[id + 1] ?? 0) - (this.postingStart[id] ?? 0);
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
	 * @returns the best hits, how many entries matched, and the best of a kind if asked
	 * @example
	 * index.search('bordr regime', { kinds: ['document'], limit: 1 }).hits[0]?.entry.id; // 'doc-2021-border-regime'
	 */
	search(query: string, request: SearchRequest<D> = {}): SearchResult<D> {
		const expansions = expandQuery(query, request.options ?? SEARCH_OPTIONS, this.terms, request.typos);
		if (expansions.length === 0) return { hits: [], total: 0 };
		if (request.coordination === 'informative') weighByRarity(expansions, this.postingStart, this.entries.length);
		const kindMask = request.kinds
			? request.kinds.reduce((mask, kind) => mask | (1 << (this.kindCodes.get(kind) ?? 0)), 0)
			: this.allKinds;
		const touchedCount = this.accumulate(expansions, kindMask);

		const { filter, weight, limit } = request;
		const kindWeights = request.kindWeights;
		let kindWeight: Float64Array | undefined;
		if (kindWeights) {
			// A loop, not `Float64Array.from(kinds, map)`: on a small index that call was the query's costliest line.
			kindWeight = new Float64Array(this.kinds.length);
			this.kinds.forEach((kind, code) => {
				if (kindWeight) kindWeight[code] = kindWeights[kind] ?? 1;
			});
		}
		const top = new TopK(limit ?? Number.POSITIVE_INFINITY);
		const bestKind = request.bestOfKind === undefined ? -1 : (this.kindCodes.get(request.bestOfKind) ?? -1);
		const best = new TopK(1);
		const { entries, scores, quality, entryKindCodes } = this;
		let total = 0;
		const lateFilter = filter !== undefined && request.exactTotal === false ? filter : undefined;
		const earlyFilter = lateFilter ? undefined : filter;
		// The hot loop of every query at 100k records: typed-array reads, and closures only when the caller gave one.
		for (let position = 0; position < touchedCount; position += 1) {
			const doc = this.touched[position] ?? 0;
			if (earlyFilter && !earlyFilter(entries[doc] as D)) continue;
			// MiniSearch multiplies by the number of query words matched, rewarding documents that match more of them.
			let score = (scores[doc] ?? 0) * (quality[doc] ?? 1);
			if (kindWeight) score *= kindWeight[entryKindCodes[doc] ?? 0] ?? 1;
			if (weight) score *= weight(entries[doc] as D);
			const ranks = score >= top.threshold;
			const bestCandidate = entryKindCodes[doc] === bestKind && score >= best.threshold;
			// A match that could not be returned is not worth asking the filter about.
			if (lateFilter && (!(ranks || bestCandidate) || !lateFilter(entries[doc] as D))) continue;
			total += 1;
			if (ranks) top.offer(doc, score);
			if (bestCandidate) best.offer(doc, score);
		}
		const toHit = ({ doc, score }: { doc: number; score: number }): Hit<D> => ({ entry: entries[doc] as D, score });
		const [bestOfKind] = best.sorted().map(toHit);
		return { hits: top.sorted().map(toHit), total, ...(bestOfKind ? { bestOfKind } : {}) };
	}

	/** Adds every expansion's postings into the scratch scores; returns how many entries were touched. */
	private accumulate(expansions: readonly Expansion[], kindMask: number): number {
		this.epoch += 1;
		if (this.epoch === 0xffffffff) {
			this.seenEpoch.fill(0);
			this.epoch = 1;
		}
		const { epoch, scores, quality, lastGroup, seenEpoch, touched, entryKindBits, postingDocs, postingImpacts } = this;
		let touchedCount = 0;
		for (const { termId, weight, group, coordination } of expansions) {
			const end = this.postingStart[termId + 1] ?? 0;
			for (let posting = this.postingStart[termId] ?? 0; posting < end; posting += 1) {
				const doc = postingDocs[posting] ?? 0;
				if (((entryKindBits[doc] ?? 0) & kindMask) === 0) continue;
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
