import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { checkText } from '../../../src/engine/check/checker.js';
import { Engine } from '../../../src/engine/engine.js';
import { summarise } from '../../support/verdicts.js';

let engine: Engine;
beforeAll(async () => {
	engine = new Engine(await loadDataset());
});
const check = (text: string) => summarise(checkText(engine, text));

describe('proposals', () => {
	it('supports who proposed what, by person or by country, and contradicts another proposer', () => {
		expect(
			check(
				'Tokayev proposed a special border trade zone. Kazakhstan proposed a special border trade zone. Erdoğan proposed a special border trade zone.',
			),
		).toEqual([
			expect.objectContaining({ verdict: 'supported', record: 'prop-2021-border-trade-zone' }),
			expect.objectContaining({ verdict: 'supported', record: 'prop-2021-border-trade-zone' }),
			expect.objectContaining({
				verdict: 'contradicted',
				differs: 'proposer',
				claimed: 'Erdoğan',
				record: 'prop-2021-border-trade-zone',
			}),
		]);
	});

	it('tells two Berdimuhamedovs apart only where the name does', () => {
		expect(
			check('Gurbanguly Berdimuhamedov proposed a bridge across the Garabogaz Bay toward the Kazakh border.').map(
				({ verdict, record }) => [verdict, record],
			),
		).toEqual([['supported', 'prop-2021-garabogaz-bridge']]);
	});

	it('does not bear out a proposer the sources do not name', () => {
		expect(check('Tokayev proposed establishing trading houses on a reciprocal basis.')).toEqual([
			expect.objectContaining({ verdict: 'not-in-sources', reason: 'unattributed', record: 'prop-2025-trade-houses' }),
		]);
	});

	it('finds what the sources say in a sentence when no proposal record holds it', () => {
		expect(check('Tokayev called for greater cooperation in logistics and transport.')).toEqual([
			expect.objectContaining({ verdict: 'supported', record: 'passage-004_c7ebae0e9b69a8fa-11' }),
		]);
	});

	it('finds a proposal the sources do not hold not in the sources', () => {
		expect(check('Tokayev proposed building a nuclear power plant on the Caspian shore.')).toEqual([
			expect.objectContaining({ verdict: 'not-in-sources', reason: 'no-record' }),
		]);
	});
});
