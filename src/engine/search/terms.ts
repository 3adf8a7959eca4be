/**
 * The index's vocabulary: every term with its id, for exact lookup, and the same terms sorted, for prefix and fuzzy
 * lookup. The sorted table is built on the first prefix or fuzzy query, or by `warmUp`: sorting every term is a large
 * share of the index's build, and start-up need not wait for it.
 */
import { FuzzyTerms } from './fuzzyTerms.js';

export class Terms {
	private readonly ids: ReadonlyMap<string, number>;
	private sortedTable: FuzzyTerms | undefined;

	/**
	 * @param ids - term → term id
	 * @example
	 * const terms = new Terms(new Map([['border', 0], ['borders', 1]]));
	 * terms.sorted.withPrefix('border').map((match) => match.term); // ['border', 'borders']
	 */
	constructor(ids: ReadonlyMap<string, number>) {
		this.ids = ids;
	}

	/** How many distinct terms there are. */
	get size(): number {
		return this.ids.size;
	}

	/** The id of exactly this term, if it is one. */
	id(term: string): number | undefined {
		return this.ids.get(term);
	}

	/**
	 * The terms sorted, for prefix lookup and for fuzzy lookup (what MiniSearch's `fuzzyGet` finds). MiniSearch's radix
	 * tree found the same terms but was slower to build and to search.
	 */
	get sorted(): FuzzyTerms {
		this.sortedTable ??= new FuzzyTerms(this.ids);
		return this.sortedTable;
	}

	/** Builds the sorted terms now, so that no query waits for them. */
	warmUp(): void {
		this.sortedTable ??= new FuzzyTerms(this.ids);
	}
}
