import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bm25, bm25InverseFrequency, bm25LengthPart } from '../../../src/engine/search/bm25.js';
import { BM25 } from '../../../src/engine/search/options.js';

/** MiniSearch's `calcBM25Score`, in one piece, as it is written there. */
function miniSearchBm25(
	termFreq: number,
	matchingCount: number,
	totalCount: number,
	fieldLength: number,
	avgFieldLength: number,
): number {
	const { k, b, d } = BM25;
	const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
	return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

describe('bm25', () => {
	it('gives MiniSearch’s score bit for bit when put together from its parts', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 50 }),
				fc.integer({ min: 1, max: 1000 }),
				fc.integer({ min: 0, max: 1000 }),
				fc.integer({ min: 1, max: 200 }),
				fc.double({ min: 0.5, max: 200, noNaN: true }),
				(frequency, matching, extra, length, averageLength) => {
					const total = matching + extra;
					expect(bm25(bm25InverseFrequency(matching, total), frequency, bm25LengthPart(length, averageLength))).toBe(
						miniSearchBm25(frequency, matching, total, length, averageLength),
					);
				},
			),
		);
	});
});

describe('bm25InverseFrequency', () => {
	it('weighs a rarer term higher', () => {
		expect(bm25InverseFrequency(1, 100)).toBeGreaterThan(bm25InverseFrequency(10, 100));
	});
});

describe('bm25LengthPart', () => {
	it('is k for a field of average length, and grows with the length', () => {
		expect(bm25LengthPart(4, 4)).toBeCloseTo(BM25.k, 12);
		expect(bm25LengthPart(8, 4)).toBeGreaterThan(bm25LengthPart(4, 4));
	});
});
