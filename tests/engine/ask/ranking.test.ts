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

describe('the kind a question names, through ask', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it('keeps a lead of the named kind over a record of another kind that holds a rarer word of the question', () => {
		// "leader" is rarer in the index than "decoration", and the neutrality anniversary holds it.
		expect(engine.ask('What decoration did Tokayev hand the Turkmen leader in Astana?').answers[0]?.kind).toBe('award');
		// "end" names no document, but a visit's summary holds it.
		const [plan] = engine.ask('Which transport plan was signed at the end of the Astana talks?').answers;
		expect(plan?.kind === 'document' ? plan.record.title : '').toMatch(/Transport Sector/u);
	});
});

describe('RANKING.specificLeadWithin, through ask', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it("puts the sentence that holds the fact before the meeting's summary", () => {
		const [first, second] = engine.ask('What did the 2022 talks say about fighting the spread of deserts?').answers;
		expect([first?.kind, second?.kind]).toEqual(['passage', 'visit']);
	});

	it('keeps the summary first when the question asks for what it gives', () => {
		expect(engine.ask("Who hosted Tokayev's first state visit to Turkmenistan?").answers[0]?.kind).toBe('visit');
	});
});

describe('meetings set side by side, through ask', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it("answers who, where or when of two meetings with the meetings' own records, first", () => {
		const [first] = engine.ask(
			'Where were the 2021 Kazakh-Turkmen summit talks held compared with the 2025 ones?',
		).answers;
		expect(first?.kind === 'meetings' && first.sides.map(({ answer }) => answer.id)).toEqual([
			'visit-2021-ashgabat',
			'visit-2025-astana',
		]);
	});
});
