import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { validateDataset } from '../../../src/data/validateDataset.js';
import { checkText } from '../../../src/engine/check/checker.js';
import { Engine } from '../../../src/engine/engine.js';
import { datasetFixture, fixtureAward, fixturePerson } from '../../support/datasetFixture.js';
import { summarise } from '../../support/verdicts.js';

describe('awards, on a one-award fixture (the guest received the Order of Friendship)', () => {
	const engine = new Engine(validateDataset(datasetFixture({ awards: [fixtureAward()], people: [fixturePerson()] })));
	const check = (text: string) => summarise(checkText(engine, text));

	it('supports the award given to its recipient', () => {
		expect(check('Test Guest received the Order of Friendship.')).toEqual([
			{ verdict: 'supported', claim: 'award', checked: 'Order of Friendship', record: 'award-test-friendship' },
		]);
	});
});

describe('awards, on the dataset', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});
	const check = (text: string) => summarise(checkText(engine, text));

	it('supports the award to its recipient and contradicts it given to another', () => {
		expect(
			check(
				'Serdar Berdimuhamedov received the Order of the Golden Eagle. Tokayev received the Order of the Golden Eagle.',
			),
		).toEqual([
			{ verdict: 'supported', claim: 'award', checked: 'Order of the Golden Eagle', record: 'award-2025-golden-eagle' },
			{
				verdict: 'contradicted',
				claim: 'award',
				checked: 'Order of the Golden Eagle',
				differs: 'recipient',
				claimed: 'Tokayev',
				record: 'award-2025-golden-eagle',
			},
		]);
	});

	it('reads giver and recipient from the verbs, the award by any of its names', () => {
		expect(
			check(
				'Tokayev awarded Serdar Berdimuhamedov the Altyn Qyran. Serdar Berdimuhamedov awarded Tokayev the Altyn Qyran.',
			).map(({ verdict, differs }) => differs ?? verdict),
		).toEqual(['supported', 'recipient']);
	});

	it('compares the award’s date by precision and its meeting', () => {
		expect(
			check(
				'Tokayev received the Bitaraplyk order on 25 October 2021. Tokayev received the Bitaraplyk order in 2025. Tokayev received the Bitaraplyk order in Astana.',
			).map(({ verdict, differs }) => differs ?? verdict),
		).toEqual(['supported', 'date', 'place']);
	});

	it('does not bear out a giver the source names only as a country', () => {
		expect(check('Erdoğan awarded Tokayev the Devlet Nişanı.')).toEqual([
			expect.objectContaining({
				verdict: 'not-in-sources',
				reason: 'unattributed',
				record: 'award-2025-devlet-nisani',
			}),
		]);
	});

	it('finds an award the sources do not record not in them, naming those they record for the recipient', () => {
		expect(check('Tokayev received the Order of Friendship.')).toEqual([
			expect.objectContaining({
				verdict: 'not-in-sources',
				reason: 'no-record',
				record: 'award-2021-bitaraplyk award-2025-devlet-nisani award-2025-golden-eagle',
			}),
		]);
	});

	it('reads a headline’s "X awarded the Order" as X receiving it', () => {
		expect(check('President of Kazakhstan awarded “Bitaraplyk” Order')).toEqual([
			expect.objectContaining({ verdict: 'supported', record: 'award-2021-bitaraplyk' }),
		]);
	});
});
