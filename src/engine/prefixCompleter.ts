/**
 * Autocomplete that stays fast at any size. MiniSearch's `autoSuggest` scores
 * every match of a one-letter prefix, which at 100k records takes far longer
 * than Discord allows; here choices come from word-prefix postings kept in a
 * fixed rank order, so the first 25 matches found are the 25 best.
 */
import { normaliseTerms } from './normalise.js';

export interface Completion {
	/** Shown to the user. */
	name: string;
	/** Sent back to the command: a stable id. */
	value: string;
}

/** Prefixes up to this length have their top choices precomputed: they match too much to scan. */
const PRECOMPUTED_PREFIX_LENGTH = 3;

export class PrefixCompleter {
	private readonly items: readonly Completion[];
	/** The distinct words of each item, normalised. */
	private readonly itemWords: readonly (readonly string[])[];
	/** Every distinct word, sorted, so a prefix is a contiguous range. */
	private readonly vocabulary: readonly string[];
	/** Per word, the items containing it, in rank order. */
	private readonly postings: ReadonlyMap<string, Int32Array>;
	/** Per short prefix, the best items whose words start with it. */
	private readonly topByPrefix: ReadonlyMap<string, Int32Array>;
	private readonly limit: number;

	/**
	 * @param items - choices in rank order, best first
	 * @param texts - the text each item is found by (its title and aliases), same order
	 * @param limit - how many choices to return at most
	 * @example
	 * const completer = new PrefixCompleter([{ name: 'Joint Statement', value: 'doc-1' }], ['Joint Statement'], 25);
	 * completer.complete('joi'); // [{ name: 'Joint Statement', value: 'doc-1' }]
	 */
	constructor(items: readonly Completion[], texts: readonly string[], limit: number) {
		this.items = items;
		this.limit = limit;
		this.itemWords = texts.map((text) => [...new Set(normaliseTerms(text, { keepStopWords: true }))]);
		const postingLists = new Map<string, number[]>();
		const prefixLists = new Map<string, number[]>();
		this.itemWords.forEach((words, itemIndex) => {
			const prefixes = new Set<string>();
			for (const word of words) {
				const list = postingLists.get(word) ?? [];
				list.push(itemIndex);
				postingLists.set(word, list);
				for (let length = 1; length <= Math.min(PRECOMPUTED_PREFIX_LENGTH, word.length); length += 1) {
					prefixes.add(word.slice(0, length));
				}
			}
			for (const prefix of prefixes) {
				const list = prefixLists.get(prefix) ?? [];
				if (list.length < limit) list.push(itemIndex);
				prefixLists.set(prefix, list);
			}
		});
		this.vocabulary = [...postingLists.keys()].sort();
		this.postings = new Map([...postingLists].map(([word, list]) => [word, Int32Array.from(list)]));
		this.topByPrefix = new Map([...prefixLists].map(([prefix, list]) => [prefix, Int32Array.from(list)]));
	}

	get size(): number {
		return this.items.length;
	}

	/** The first choices in rank order: what an empty partial shows. */
	defaults(): Completion[] {
		return this.items.slice(0, this.limit);
	}

	/**
	 * Items in which every term of the partial starts a word, in rank order.
	 *
	 * @param partial - what the user has typed so far
	 * @returns at most `limit` completions; the defaults for an empty partial
	 */
	complete(partial: string): Completion[] {
		const terms = [...new Set(normaliseTerms(partial, { keepStopWords: true }))];
		if (terms.length === 0) return this.defaults();
		const [only] = terms;
		if (terms.length === 1 && only !== undefined && only.length <= PRECOMPUTED_PREFIX_LENGTH) {
			return [...(this.topByPrefix.get(only) ?? [])].map((index) => this.itemAt(index));
		}
		// Drive the scan with the longest term: it matches the fewest items.
		const driver = terms.reduce((longest, term) => (term.length > longest.length ? term : longest));
		const others = terms.filter((term) => term !== driver);
		const candidates = new Uint8Array(this.items.length);
		let found = false;
		for (let position = this.lowerBound(driver); position < this.vocabulary.length; position += 1) {
			const word = this.vocabulary[position] ?? '';
			if (!word.startsWith(driver)) break;
			for (const itemIndex of this.postings.get(word) ?? []) candidates[itemIndex] = 1;
			found = true;
		}
		const results: Completion[] = [];
		if (!found) return results;
		for (let itemIndex = 0; itemIndex < candidates.length && results.length < this.limit; itemIndex += 1) {
			if (candidates[itemIndex] !== 1) continue;
			const words = this.itemWords[itemIndex] ?? [];
			if (others.every((term) => words.some((word) => word.startsWith(term)))) results.push(this.itemAt(itemIndex));
		}
		return results;
	}

	private itemAt(index: number): Completion {
		const item = this.items[index];
		if (!item) throw new Error(`PrefixCompleter: no item at ${index}`);
		return item;
	}

	/** First vocabulary position whose word is >= prefix. */
	private lowerBound(prefix: string): number {
		let low = 0;
		let high = this.vocabulary.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((this.vocabulary[middle] ?? '') < prefix) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}
