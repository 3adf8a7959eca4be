/**
 * Autocomplete that stays fast at any size. MiniSearch's `autoSuggest` scores
 * every match of a one-letter prefix, which at 100k records takes far longer
 * than Discord allows; here choices come from word-prefix postings kept in a
 * fixed rank order, so the first 25 matches found are the 25 best.
 */
import { normaliseTerms } from './normalise.js';
import { lowerBound } from './search/lowerBound.js';

export interface Completion {
	/** Shown to the user. */
	name: string;
	/** Sent back when chosen: a stable id. */
	value: string;
}

/** Prefixes up to this length have their top choices precomputed: they match too much to scan. */
const PRECOMPUTED_PREFIX_LENGTH = 3;

/**
 * Items found by word prefixes, in rank order. Items are choices (`Completion`) or whatever the caller names later:
 * the engine keeps positions, and names the few it returns from what was typed.
 */
export class PrefixCompleter<T = Completion> {
	private readonly items: readonly T[];
	/** Every distinct word, by word id. */
	private readonly words: readonly string[];
	/** The distinct word ids of item i are `itemWordIds[itemWordStart[i] .. itemWordStart[i + 1])`. */
	private readonly itemWordStart: Int32Array;
	private readonly itemWordIds: Int32Array;
	/** Every distinct word, sorted, so a prefix is a contiguous range. */
	private readonly vocabulary: readonly string[];
	/** Per word, the items containing it, in rank order. */
	private readonly postings: ReadonlyMap<string, Int32Array>;
	/** Per short prefix, the best items whose words start with it. */
	private readonly topByPrefix: ReadonlyMap<string, Int32Array>;
	/** How many choices `complete` returns unless told otherwise, and how many each short prefix keeps ready. */
	private readonly limit: number;

	/**
	 * @param items - choices in rank order, best first
	 * @param texts - the text each item is found by (its title and aliases), same order
	 * @param limit - how many choices to return at most by default (short prefixes keep this many ready)
	 * @example
	 * const completer = new PrefixCompleter([{ name: 'Joint Statement', value: 'doc-1' }], ['Joint Statement'], 25);
	 * completer.complete('joi'); // [{ name: 'Joint Statement', value: 'doc-1' }]
	 */
	constructor(items: readonly T[], texts: readonly string[], limit: number) {
		this.items = items;
		this.limit = limit;
		// Words and short prefixes are interned: at 100k items they repeat millions of times.
		const wordIds = new Map<string, number>();
		const words: string[] = [];
		const postingLists: number[][] = [];
		const lastItemOfWord: number[] = [];
		const prefixesOfWord: number[][] = [];
		const prefixIds = new Map<string, number>();
		const prefixes: string[] = [];
		const prefixLists: number[][] = [];
		const lastItemOfPrefix: number[] = [];
		const prefixId = (prefix: string): number => {
			let id = prefixIds.get(prefix);
			if (id === undefined) {
				id = prefixes.length;
				prefixIds.set(prefix, id);
				prefixes.push(prefix);
				prefixLists.push([]);
				lastItemOfPrefix.push(-1);
			}
			return id;
		};
		const itemWordStart = new Int32Array(texts.length + 1);
		const itemWordIds: number[] = [];
		texts.forEach((text, item) => {
			itemWordStart[item] = itemWordIds.length;
			for (const word of normaliseTerms(text, { keepStopWords: true })) {
				let id = wordIds.get(word);
				if (id === undefined) {
					id = words.length;
					wordIds.set(word, id);
					words.push(word);
					postingLists.push([]);
					lastItemOfWord.push(-1);
					const short: number[] = [];
					for (let length = 1; length <= Math.min(PRECOMPUTED_PREFIX_LENGTH, word.length); length += 1)
						short.push(prefixId(word.slice(0, length)));
					prefixesOfWord.push(short);
				}
				if (lastItemOfWord[id] === item) continue;
				lastItemOfWord[id] = item;
				itemWordIds.push(id);
				postingLists[id]?.push(item);
				for (const prefix of prefixesOfWord[id] ?? []) {
					if (lastItemOfPrefix[prefix] === item) continue;
					lastItemOfPrefix[prefix] = item;
					const list = prefixLists[prefix];
					if (list && list.length < limit) list.push(item);
				}
			}
		});
		itemWordStart[texts.length] = itemWordIds.length;
		this.words = words;
		this.itemWordStart = itemWordStart;
		this.itemWordIds = Int32Array.from(itemWordIds);
		this.vocabulary = [...words].sort();
		this.postings = new Map(words.map((word, id) => [word, Int32Array.from(postingLists[id] ?? [])]));
		this.topByPrefix = new Map(prefixes.map((prefix, id) => [prefix, Int32Array.from(prefixLists[id] ?? [])]));
	}

	get size(): number {
		return this.items.length;
	}

	/** The first choices in rank order: what an empty partial shows. */
	defaults(limit = this.limit): T[] {
		return this.items.slice(0, limit);
	}

	/**
	 * Items in which every term of the partial starts a word, in rank order.
	 *
	 * @param partial - what the user has typed so far
	 * @param limit - how many completions at most (the constructor's limit by default)
	 * @returns at most `limit` completions; the defaults for an empty partial
	 */
	complete(partial: string, limit = this.limit): T[] {
		const terms = [...new Set(normaliseTerms(partial, { keepStopWords: true }))];
		if (terms.length === 0) return this.defaults(limit);
		const [only] = terms;
		// The precomputed lists hold `this.limit` items: asking for more scans, as a longer prefix does.
		if (terms.length === 1 && only !== undefined && only.length <= PRECOMPUTED_PREFIX_LENGTH && limit <= this.limit) {
			return [...(this.topByPrefix.get(only) ?? [])].slice(0, limit).map((index) => this.itemAt(index));
		}
		// A term that starts no word at all rules out every item.
		if (terms.some((term) => !(this.vocabulary[lowerBound(this.vocabulary, term)] ?? '').startsWith(term))) return [];
		// Drive the scan with the longest term: it matches the fewest items.
		const driver = terms.reduce((longest, term) => (term.length > longest.length ? term : longest));
		const others = terms.filter((term) => term !== driver);
		const results: T[] = [];
		for (const itemIndex of this.itemsWithWordStartingWith(driver)) {
			if (results.length >= limit) break;
			if (others.every((term) => this.hasWordStartingWith(itemIndex, term))) results.push(this.itemAt(itemIndex));
		}
		return results;
	}

	/** Items with a word starting with `prefix`, in rank order. */
	private itemsWithWordStartingWith(prefix: string): Iterable<number> {
		const lists: Int32Array[] = [];
		let size = 0;
		for (let position = lowerBound(this.vocabulary, prefix); position < this.vocabulary.length; position += 1) {
			const word = this.vocabulary[position] ?? '';
			if (!word.startsWith(prefix)) break;
			const list = this.postings.get(word);
			if (list) {
				lists.push(list);
				size += list.length;
			}
		}
		if (lists.length === 1) return lists[0] ?? [];
		// Few matches: merge and sort them. Many: mark them and sweep the items in order, which is cheaper than sorting.
		if (size < this.items.length / 8) return [...new Set(lists.flatMap((list) => [...list]))].sort((a, b) => a - b);
		const marked = new Uint8Array(this.items.length);
		for (const list of lists) for (const itemIndex of list) marked[itemIndex] = 1;
		return (function* sweep(): Generator<number> {
			for (let itemIndex = 0; itemIndex < marked.length; itemIndex += 1) if (marked[itemIndex] === 1) yield itemIndex;
		})();
	}

	private hasWordStartingWith(itemIndex: number, prefix: string): boolean {
		const end = this.itemWordStart[itemIndex + 1] ?? 0;
		for (let position = this.itemWordStart[itemIndex] ?? 0; position < end; position += 1) {
			if (this.words[this.itemWordIds[position] ?? 0]?.startsWith(prefix)) return true;
		}
		return false;
	}

	/**
	 * How many items `complete` finds with no limit: what a front end that shows only some says of the rest.
	 *
	 * @example
	 * completer.count('mem'); // 2
	 */
	count(partial: string): number {
		return this.complete(partial, this.items.length).length;
	}

	private itemAt(index: number): T {
		if (index < 0 || index >= this.items.length) throw new Error(`PrefixCompleter: no item at ${index}`);
		return this.items[index] as T;
	}
}
