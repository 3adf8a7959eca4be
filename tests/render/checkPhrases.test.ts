import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../../src/engine/check/verdict.js';
import { NO_RECORD_PHRASES, VERDICT_COUNTS, VERDICT_PHRASES } from '../../src/render/checkPhrases.js';

describe('check phrases', () => {
	it('give every verdict a label, a mark and a count phrase, all distinct', () => {
		const kinds = Object.keys(VERDICT_PHRASES);
		expect(kinds.sort()).toEqual(Object.keys(VERDICT_COUNTS).sort());
		expect(new Set(kinds.map((kind) => VERDICT_PHRASES[kind as keyof typeof VERDICT_PHRASES].mark)).size).toBe(
			kinds.length,
		);
	});

	it('say for every kind of claim what it means that no record holds it', () => {
		for (const kind of CLAIM_KINDS) expect(NO_RECORD_PHRASES[kind].length).toBeGreaterThan(0);
	});
});
