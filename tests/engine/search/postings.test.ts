import { describe, expect, it } from 'vitest';
import { bm25, bm25InverseFrequency, bm25LengthPart } from '../../../src/engine/search/bm25.js';
import { FIELD_BOOST, type Searchable } from '../../../src/engine/search/options.js';
import { buildPostings } from '../../../src/engine/search/postings.js';

const DOCS: Searchable<'note' | 'memo'>[] = [
	{ id: 'a', kind: 'note', title: 'Border', names: '', text: 'border crossing' },
	{ id: 'b', kind: 'memo', title: 'Transport', names: '', text: 'railway' },
	{ id: 'c', kind: 'note', title: 'Railway border', names: '', text: 'freight' },
];
const WEIGHTS = { note: 1, memo: 2 };

function postingsOf(term: string): { docs: number[]; impacts: number[] } {
	const { termIds, start, docs, impacts } = buildPostings(DOCS, WEIGHTS);
	const id = termIds.get(term) ?? -1;
	const range = [start[id] ?? 0, start[id + 1] ?? 0] as const;
	return { docs: [...docs.subarray(...range)], impacts: [...impacts.subarray(...range)] };
}

describe('buildPostings', () => {
	it('lists the documents of each term once, ascending', () => {
		expect(postingsOf('border').docs).toEqual([0, 2]);
		expect(postingsOf('railway').docs).toEqual([1, 2]);
		expect(postingsOf('freight').docs).toEqual([2]);
	});

	it('sums a document’s fields into one impact: field boost × kind weight × BM25+', () => {
		// 'border' in document a: once in its title (2 of the 3 titles hold it), once in its text (1 of the 3 texts).
		const titleLengths = [1, 1, 2];
		const textLengths = [2, 1, 1];
		const average = (lengths: number[]): number => lengths.reduce((sum, n) => sum + n, 0) / lengths.length;
		const inTitle = bm25(bm25InverseFrequency(2, 3), 1, bm25LengthPart(1, average(titleLengths)));
		const inText = bm25(bm25InverseFrequency(1, 3), 1, bm25LengthPart(2, average(textLengths)));
		const expected = FIELD_BOOST.title * inTitle + FIELD_BOOST.text * inText;
		expect(postingsOf('border').impacts[0]).toBeCloseTo(expected, 12);
	});

	it('multiplies in the weight of the document’s kind', () => {
		const { impacts } = postingsOf('railway');
		// Document b (a memo, weight 2) holds 'railway' in its text, as c (a note) does in its title.
		const railwayInTextOfB = bm25(bm25InverseFrequency(1, 3), 1, bm25LengthPart(1, 4 / 3));
		expect(impacts[0]).toBeCloseTo(2 * FIELD_BOOST.text * railwayInTextOfB, 12);
	});
});
