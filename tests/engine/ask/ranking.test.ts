import { describe, expect, it } from 'vitest';
import { RANKING } from '../../../src/engine/ask/ranking.js';

describe('RANKING', () => {
	it('boosts only, and keeps the sentence it brings forward among the first three', () => {
		for (const boosts of Object.values(RANKING.intentKindBoost))
			for (const factor of Object.values(boosts ?? {})) expect(factor).toBeGreaterThan(0);
		expect(RANKING.sentencePosition).toBeLessThan(3);
		expect(RANKING.sentenceShare).toBeGreaterThan(0);
		expect(RANKING.sentenceShare).toBeLessThan(1);
		expect(RANKING.scopeDoubt).toBeGreaterThan(1);
	});
});
