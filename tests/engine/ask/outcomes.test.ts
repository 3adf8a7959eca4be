import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { Engine } from '../../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('unfollowedProposal, through ask', () => {
	it('says the sources do not say what became of a proposal they never follow up', () => {
		const result = engine.ask('Was the special border trade zone with a car cargo terminal ever built?');
		expect(result.answered).toBe(false);
		expect(result.notice).toMatchObject({ kind: 'no-follow-up' });
	});

	it('answers what became of a proposal a later record follows up', () => {
		const result = engine.ask('Was the bridge across Garabogaz Bay ever built?');
		expect(result.notice?.kind).not.toBe('no-follow-up');
		expect(result.answered).toBe(true);
	});

	it('answers a question about the proposal itself, which asks for no outcome', () => {
		expect(engine.ask('Who proposed the special border trade zone with a car cargo terminal?').answered).toBe(true);
	});
});
