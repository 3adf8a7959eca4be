/**
 * "Did you mean" titles for a query that found nothing: the best structured records by a forgiving search, or the
 * first records when nothing matches at all, so the list is never empty while the dataset has records.
 */
import { truncate } from '../text/truncate.js';
import type { Entry } from './entries.js';
import { SUGGEST_OPTIONS, typedWordTypos } from './search/options.js';
import type { SearchIndex } from './search/searchIndex.js';

/** How many "did you mean" titles to offer. */
const MAX_SUGGESTIONS = 3;
/** A "did you mean" title is a hint, cut short: enough to recognise the record. */
const MAX_SUGGESTION_LENGTH = 100;
/** A query longer than this is cut before the forgiving search: its words past here add nothing to a hint. */
const MAX_QUERY_LENGTH = 200;
const STRUCTURED: readonly Entry['kind'][] = ['document', 'visit', 'figure', 'award'];

export class Suggestions {
	private readonly index: SearchIndex<Entry>;

	constructor(index: SearchIndex<Entry>) {
		this.index = index;
	}

	/**
	 * @example
	 * suggestions.for('bordr regme'); // ['Agreement between the Government … on the regime of the Kazakh-Turkmen state border', …]
	 */
	for(query: string, kinds: readonly Entry['kind'][] = STRUCTURED): string[] {
		const { hits } = this.index.search(query.slice(0, MAX_QUERY_LENGTH), {
			kinds,
			limit: MAX_SUGGESTIONS,
			options: typedWordTypos(SUGGEST_OPTIONS),
		});
		const titles = hits.map((hit) => truncate(hit.entry.label, MAX_SUGGESTION_LENGTH));
		if (titles.length > 0) return titles;
		return this.index.entries
			.filter((entry) => kinds.includes(entry.kind))
			.slice(0, MAX_SUGGESTIONS)
			.map((entry) => truncate(entry.label, MAX_SUGGESTION_LENGTH));
	}
}
