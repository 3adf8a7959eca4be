/** A citation's source as a chart writes it under a point or bar: the outlet and the publication date. */
import type { SourceRecord } from '../data/schema.js';
import type { Citation } from '../engine/answer.js';
import { QUALIFIER_PHRASES } from '../render/phrases.js';
import { formatDate } from '../text/format.js';

/**
 * @param citations - a record's citations
 * @param sources - the dataset's sources by file name
 * @returns one label per source cited (several quotes from one article make one label), in citation order
 * @example
 * sourceLabels([{ source: '002_bb1a33c2bc12b1c8.txt', quote: '…' }], sources); // ['nCa, 26 October 2021']
 */
export function sourceLabels(citations: readonly Citation[], sources: ReadonlyMap<string, SourceRecord>): string[] {
	const labels = citations.map(({ source }) => {
		const record = sources.get(source);
		if (!record) return source;
		const published = record.published ? formatDate(record.published) : QUALIFIER_PHRASES.noPublicationDate;
		return `${record.outlet ?? QUALIFIER_PHRASES.outletNotNamed}, ${published}`;
	});
	return [...new Set(labels)];
}
