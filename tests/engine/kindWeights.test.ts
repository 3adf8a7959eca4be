import { describe, expect, it } from 'vitest';
import { ANSWER_KINDS } from '../../src/engine/answer.js';
import { KIND_WEIGHT } from '../../src/engine/kindWeights.js';

describe('KIND_WEIGHT', () => {
	it('weighs every kind of answer, positively', () => {
		expect(Object.keys(KIND_WEIGHT).sort()).toEqual([...ANSWER_KINDS].sort());
		expect(Object.values(KIND_WEIGHT).every((weight) => weight > 0)).toBe(true);
	});

	it('puts a structured record above a bare sentence of a source', () => {
		expect(KIND_WEIGHT.document).toBeGreaterThan(KIND_WEIGHT.passage);
		expect(KIND_WEIGHT.figure).toBeGreaterThan(KIND_WEIGHT.passage);
	});
});
