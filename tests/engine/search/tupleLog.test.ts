/** The postings builder's column arrays: counts and tuples that grow as they fill, and the stable sort by term. */
import { describe, expect, it } from 'vitest';
import { GrowableInts, TupleLog, sortByTerm } from '../../../src/engine/search/tupleLog.js';

describe('GrowableInts', () => {
	it('reads 0 where nothing was counted', () => {
		expect(new GrowableInts().get(7)).toBe(0);
	});

	it('counts by index, growing past its first capacity without losing counts', () => {
		const counts = new GrowableInts();
		counts.increment(3);
		counts.increment(3);
		counts.increment(50_000);

		expect([counts.get(3), counts.get(50_000), counts.get(49_999)]).toEqual([2, 1, 0]);
	});
});

describe('TupleLog', () => {
	it('keeps every tuple in order as it grows past its first 4,096', () => {
		const log = new TupleLog();
		for (let index = 0; index < 10_000; index += 1) log.push(index % 7, index, index % 3, 1 + (index % 5));

		expect(log.length).toBe(10_000);
		expect(log.term.length).toBeGreaterThanOrEqual(10_000);
		for (const index of [0, 4095, 4096, 9999]) {
			expect([log.term[index], log.doc[index], log.field[index], log.frequency[index]]).toEqual([
				index % 7,
				index,
				index % 3,
				1 + (index % 5),
			]);
		}
	});

	it('caps a frequency at what 16 bits hold', () => {
		const log = new TupleLog();
		log.push(0, 0, 0, 100_000);

		expect(log.frequency[0]).toBe(0xffff);
	});
});

describe('sortByTerm', () => {
	it("groups the tuples by term, each term's documents in the order they were read, with each term's range", () => {
		const log = new TupleLog();
		// (term, doc, field, frequency) as documents 0–2 are read; term 1 has no tuple.
		const tuples = [
			[2, 0, 0, 1],
			[0, 0, 1, 2],
			[2, 1, 0, 3],
			[0, 1, 0, 4],
			[0, 1, 2, 5],
			[3, 2, 1, 6],
		] as const;
		for (const [term, doc, field, frequency] of tuples) log.push(term, doc, field, frequency);

		const sorted = sortByTerm(log, 4);

		expect([...sorted.tupleStart]).toEqual([0, 3, 3, 5, 6]);
		expect([...sorted.doc]).toEqual([0, 1, 1, 0, 1, 2]);
		expect([...sorted.field]).toEqual([1, 0, 2, 0, 0, 1]);
		expect([...sorted.frequency]).toEqual([2, 4, 5, 1, 3, 6]);
	});

	it('gives every term an empty range when there are no tuples', () => {
		const sorted = sortByTerm(new TupleLog(), 3);

		expect([...sorted.tupleStart]).toEqual([0, 0, 0, 0]);
		expect(sorted.doc).toHaveLength(0);
	});
});
