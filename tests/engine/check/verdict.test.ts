import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../../../src/engine/check/verdict.js';

describe('CLAIM_KINDS', () => {
	it('lists each kind of claim the checker reads once', () => {
		expect(new Set(CLAIM_KINDS).size).toBe(CLAIM_KINDS.length);
		expect(CLAIM_KINDS).toEqual(expect.arrayContaining(['figure', 'count', 'date', 'award', 'quote']));
	});
});
