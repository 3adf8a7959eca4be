import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from '../../../src/engine/search/topK.js';

/** Every pair offered, sorted best first (ties: lower doc first) and cut to the limit: what TopK must equal. */
function sortedAndCut(scores: readonly number[], limit: number): { doc: number; score: number }[] {
	return scores
		.map((score, doc) => ({ doc, score }))
		.sort((a, b) => b.score - a.score || a.doc - b.doc)
		.slice(0, limit);
}

describe('TopK', () => {
	it('keeps the best pairs, best first, ties in document order', () => {
		const top = new TopK(3);
		[2, 5, 5, 1, 4].forEach((score, doc) => top.offer(doc, score));
		expect(top.sorted()).toEqual([
			{ doc: 1, score: 5 },
			{ doc: 2, score: 5 },
			{ doc: 4, score: 4 },
		]);
	});

	it('equals sorting every pair and cutting, for any scores and limit', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
				fc.integer({ min: 0, max: 100 }),
				(scores, limit) => {
					const top = new TopK(limit);
					scores.forEach((score, doc) => top.offer(doc, score));
					expect(top.sorted()).toEqual(sortedAndCut(scores, limit));
				},
			),
		);
	});

	it('keeps everything without a limit, and nothing with a limit of 0', () => {
		const all = new TopK(Number.POSITIVE_INFINITY);
		const none = new TopK(0);
		for (let doc = 0; doc < 100; doc += 1) {
			all.offer(doc, doc % 7);
			none.offer(doc, doc);
		}
		expect(all.sorted()).toHaveLength(100);
		expect(none.sorted()).toEqual([]);
	});

	it('asks nothing of a candidate while there is room, then the weakest kept score', () => {
		const top = new TopK(2);
		expect(top.threshold).toBe(Number.NEGATIVE_INFINITY);
		top.offer(0, 3);
		top.offer(1, 7);
		expect(top.threshold).toBe(3);
	});
});
