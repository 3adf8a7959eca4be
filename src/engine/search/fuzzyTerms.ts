/**
 * Prefix and fuzzy term lookup over the index's terms in sorted order, in place of MiniSearch's radix tree
 * (`SearchableMap`), which was slower to build and to search. The terms that start with a prefix are one contiguous
 * run of the sorted terms, found by binary search. Fuzzy lookup finds every term within an edit distance of a query
 * word: exactly the terms and distances `SearchableMap.fuzzyGet` finds, in the order the terms were given.
 *
 * `fuzzyGet` walks the radix tree keeping one row of the Levenshtein matrix per character of the path, and stops
 * going down a branch once a whole row exceeds the maximum distance. Here the same walk runs over the terms in sorted
 * order: consecutive terms share a prefix, the rows of that prefix are still valid and are not computed again, and a
 * branch that exceeds the distance is skipped by jumping past every following term that shares its prefix. It visits
 * the same matrix rows as the tree walk, with typed arrays and character codes instead of Map iterators and string
 * concatenation (the tree walk was the largest single cost of a search on the real dataset).
 */

import { lowerBound } from './lowerBound.js';

/** One term within the distance. */
export interface FuzzyMatch {
	term: string;
	/** The value the term was given (the search index's term id). */
	id: number;
	/** Levenshtein distance from the query word (insertions, deletions, substitutions). */
	distance: number;
}

export class FuzzyTerms {
	/** Terms sorted by UTF-16 code units (string comparison order). */
	private readonly sorted: readonly string[];
	private readonly ids: Int32Array;
	/** Position of each sorted term in the order the caller gave: matches are returned in that order. */
	private readonly ranks: Int32Array;
	/** How many leading characters each sorted term shares with the one before it (0 for the first). */
	private readonly shared: Int32Array;
	private readonly longest: number;
	/**
	 * Where each branch ends: for sorted term t and 1 ≤ k ≤ its length, `branchEnd[firstEnd[t] + k - 1]` is the first
	 * term after t that does not begin with t's first k characters. Skipping a branch is then one read, as in the tree.
	 */
	private readonly branchEnd: Int32Array;
	private readonly firstEnd: Int32Array;

	/**
	 * @param terms - term and id pairs, in the order matches should come back in
	 * @example
	 * const fuzzy = new FuzzyTerms([['border', 0], ['order', 1], ['borders', 2]]);
	 * fuzzy.within('bordr', 1).map((match) => match.term); // ['border']
	 */
	constructor(terms: Iterable<readonly [string, number]>) {
		const given = [...terms];
		const order = given.map((_, rank) => rank).sort((a, b) => compare(given[a]?.[0] ?? '', given[b]?.[0] ?? ''));
		this.sorted = order.map((rank) => given[rank]?.[0] ?? '');
		this.ids = Int32Array.from(order, (rank) => given[rank]?.[1] ?? 0);
		this.ranks = Int32Array.from(order);
		this.shared = Int32Array.from(this.sorted, (term, index) => commonPrefix(this.sorted[index - 1] ?? '', term));
		this.longest = this.sorted.reduce((longest, term) => Math.max(longest, term.length), 0);
		this.firstEnd = new Int32Array(this.sorted.length + 1);
		this.sorted.forEach((term, index) => {
			this.firstEnd[index + 1] = (this.firstEnd[index] ?? 0) + term.length;
		});
		this.branchEnd = this.branchEnds();
	}

	/** Fills `branchEnd`, from the last term to the first, knowing at each step where the next branch of each depth starts. */
	private branchEnds(): Int32Array {
		const count = this.sorted.length;
		const ends = new Int32Array(this.firstEnd[count] ?? 0);
		// nextAt[k]: the first term after the current one sharing fewer than k characters with its predecessor.
		const nextAt = new Int32Array(this.longest + 1).fill(count);
		for (let index = count - 1; index >= 0; index -= 1) {
			const next = index + 1;
			if (next < count) for (let k = (this.shared[next] ?? 0) + 1; k <= this.longest; k += 1) nextAt[k] = next;
			const first = this.firstEnd[index] ?? 0;
			const length = this.sorted[index]?.length ?? 0;
			for (let k = 1; k <= length; k += 1) ends[first + k - 1] = nextAt[k] ?? count;
		}
		return ends;
	}

	/**
	 * @param word - the query word
	 * @param maxDistance - the largest edit distance accepted (≥ 0)
	 * @returns every term at most `maxDistance` edits from `word`, the word itself included (distance 0), in the order
	 *   the terms were given
	 * @example
	 * new FuzzyTerms([['transport', 7]]).within('transpot', 1); // [{ term: 'transport', id: 7, distance: 1 }]
	 */
	within(word: string, maxDistance: number): FuzzyMatch[] {
		const n = word.length;
		const d = maxDistance;
		// No term is longer than `longest`, so a word more than `d` characters longer matches nothing.
		if (n - d > this.longest) return [];
		const codes = Uint16Array.from({ length: n }, (_, index) => word.charCodeAt(index));
		const width = n + 1;
		// A row past n + d + 1 is never reached: that row's minimum (its first column) already exceeds d.
		const rows = Math.min(this.longest, n + d + 1) + 1;
		// Cells outside the diagonal band |i - j| ≤ d are never written: they keep d + 1, which is at most their true
		// value, so every value ≤ d computed inside the band is exact and every value > d stays > d.
		const matrix = new Uint16Array(rows * width).fill(d + 1);
		for (let j = 0; j < width; j += 1) matrix[j] = j;
		for (let i = 1; i < rows; i += 1) matrix[i * width] = i;

		const found: { match: FuzzyMatch; rank: number }[] = [];
		const count = this.sorted.length;
		// Rows 0..valid of the matrix hold the previous term's first `valid` characters.
		let valid = 0;
		let index = 0;
		while (index < count) {
			const term = this.sorted[index] ?? '';
			const reached = this.rowsWithin(term, Math.min(valid, this.shared[index] ?? 0), codes, matrix, d);
			if (reached < term.length) {
				// Row `reached + 1` is beyond the distance: so is every term beginning with the same reached + 1 characters.
				valid = reached + 1;
				index = this.branchEnd[(this.firstEnd[index] ?? 0) + reached] ?? count;
				continue;
			}
			valid = term.length;
			const distance = matrix[term.length * width + n] ?? d + 1;
			if (distance <= d)
				found.push({ match: { term, id: this.ids[index] ?? 0, distance }, rank: this.ranks[index] ?? 0 });
			index += 1;
		}
		return found.sort((a, b) => a.rank - b.rank).map(({ match }) => match);
	}

	/**
	 * @param prefix - the start of a word
	 * @returns every term that starts with `prefix`, the prefix itself included, in sorted order
	 * @example
	 * new FuzzyTerms([['transport', 7], ['transit', 8], ['trade', 9]]).withPrefix('trans').map((match) => match.term);
	 * // ['transit', 'transport']
	 */
	withPrefix(prefix: string): { term: string; id: number }[] {
		const matches: { term: string; id: number }[] = [];
		for (let index = lowerBound(this.sorted, prefix); index < this.sorted.length; index += 1) {
			const term = this.sorted[index] ?? '';
			if (!term.startsWith(prefix)) break;
			matches.push({ term, id: this.ids[index] ?? 0 });
		}
		return matches;
	}

	/**
	 * Fills the matrix rows of `term`'s characters after the first `from` (whose rows are already there).
	 *
	 * @returns how many characters of `term` keep some cell within the distance: `term.length` when all do
	 */
	private rowsWithin(term: string, from: number, codes: Uint16Array, matrix: Uint16Array, d: number): number {
		const n = codes.length;
		const width = n + 1;
		for (let i = from + 1; i <= term.length; i += 1) {
			const code = term.charCodeAt(i - 1);
			const row = i * width;
			const above = row - width;
			let least = matrix[row] ?? 0;
			const last = Math.min(n, i + d);
			for (let j = Math.max(1, i - d); j <= last; j += 1) {
				let value = (matrix[above + j - 1] ?? 0) + (code === codes[j - 1] ? 0 : 1);
				const remove = (matrix[above + j] ?? 0) + 1;
				if (remove < value) value = remove;
				const insert = (matrix[row + j - 1] ?? 0) + 1;
				if (insert < value) value = insert;
				matrix[row + j] = value;
				if (value < least) least = value;
			}
			if (least > d) return i - 1;
		}
		return term.length;
	}
}

function compare(a: string, b: string): number {
	if (a < b) return -1;
	return a > b ? 1 : 0;
}

function commonPrefix(a: string, b: string): number {
	const limit = Math.min(a.length, b.length);
	let length = 0;
	while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
	return length;
}
