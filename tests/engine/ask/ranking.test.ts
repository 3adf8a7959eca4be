import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { RANKING } from '../../../src/engine/ask/ranking.js';
import { Engine } from '../../../src/engine/engine.js';

describe('RANKING', () => {
	it('boosts only, and keeps the sentence it brings forward among the first three', () => {
		for (const boosts of Object.values(RANKING.intentKindBoost))
			for (const factor of Object.values(boosts ?? {})) expect(factor).toBeGreaterThan(0);
		expect(RANKING.sentencePosition).toBeLessThan(3);
		expect(RANKING.sentenceShare).toBeGreaterThan(0);
		expect(RANKING.sentenceShare).toBeLessThan(1);
		expect(RANKING.scopeDoubt).toBeGreaterThan(1);
		expect(RANKING.scopeNameWeight).toBeGreaterThan(0);
		expect(RANKING.scopeNameWeight).toBeLessThan(1);
	});
});

describe('RANKING.scopeNameWeight, through ask', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it('lets the sentence on the topic lead, not the records that only name the speaker and the countries', () => {
		const [first] = engine.ask('How did Erdoğan characterise Kazakhstan’s relationship to Türkiye?').answers;
		expect(first?.kind).toBe('passage');
		expect(first?.kind === 'passage' ? first.record.text : '').toMatch(/second homeland/u);
	});
});
