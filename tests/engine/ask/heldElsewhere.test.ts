import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { Engine } from '../../../src/engine/engine.js';

let engine: Engine;
beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('heldElsewhere, through ask', () => {
	it('corrects the place a question says a thing was held in, beside the answer', () => {
		const result = engine.ask('What was decided at the Sixth Summit of the Caspian States held in Astana?');
		expect(result.notice).toMatchObject({ kind: 'held-elsewhere', places: ['Ashgabat'], asked: ['Astana'] });
		// The record that places it is still the answer shown.
		expect(result.answers[0]?.id).toBe('fig-2022-sixth-caspian-summit');
	});

	it('reads a place right after the name of a gathering as where it was held', () => {
		const result = engine.ask('What was agreed at the Sixth Caspian Summit in Astana?');
		expect(result.notice).toMatchObject({ kind: 'held-elsewhere', places: ['Ashgabat'], asked: ['Astana'] });
		expect(engine.ask('What was agreed at the Sixth Caspian Summit in Ashgabat?').notice).toBe(undefined);
	});

	it('says nothing when the place is the one the sources give, or the question ties no place to the thing', () => {
		expect(engine.ask('What was decided at the Sixth Summit of the Caspian States held in Ashgabat?').notice).toBe(
			undefined,
		);
		expect(engine.ask('What was decided at the Sixth Summit of the Caspian States?').notice).toBe(undefined);
	});
});
