import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { validateDataset } from '../../../src/data/validateDataset.js';
import { checkText } from '../../../src/engine/check/checker.js';
import { Engine } from '../../../src/engine/engine.js';
import { datasetFixture, fixtureFigure } from '../../support/datasetFixture.js';
import { summarise } from '../../support/verdicts.js';

describe('figures, on a one-figure fixture (mutual trade exceeded half a billion dollars)', () => {
	const engine = new Engine(validateDataset(datasetFixture({ figures: [fixtureFigure()] })));
	const verdictOf = (text: string) =>
		summarise(checkText(engine, text)).map(({ verdict, reason }) => reason ?? verdict);

	it('supports a claim the source bears out, bound within bound', () => {
		expect(verdictOf('Mutual trade exceeded $400 million.')).toEqual(['supported']);
	});

	it('contradicts a value outside what the source allows', () => {
		expect(verdictOf('Mutual trade reached $300 million.')).toEqual(['contradicted']);
	});

	it('finds the source less precise than a claim it neither bears out nor contradicts', () => {
		expect(verdictOf('Mutual trade was about $550 million.')).toEqual(['less-precise']);
	});

	it('does not take a matching number about something else for support', () => {
		expect(verdictOf('The monument cost more than $400 million.')).toEqual(['no-record']);
	});

	it('finds a claim naming what the sources never mention not in the sources', () => {
		expect(verdictOf('Mutual trade with Uzbekistan exceeded $600 million.')).toEqual(['unknown-name']);
	});
});

describe('figures, on the dataset', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});
	const check = (text: string) => summarise(checkText(engine, text));

	it('supports a figure whose subject and value match, and contradicts one whose value differs', () => {
		expect(
			check('Kazakh investments in Türkiye exceeded $2.5 billion. Kazakh investments in Türkiye were $1 billion.'),
		).toEqual([
			{
				verdict: 'supported',
				claim: 'figure',
				checked: 'exceeded $2.5 billion',
				record: 'fig-2025-tr-kazakh-investment',
			},
			{
				verdict: 'contradicted',
				claim: 'figure',
				checked: '$1 billion',
				differs: 'value',
				claimed: '$1 billion',
				record: 'fig-2025-tr-kazakh-investment',
			},
		]);
	});

	it('reads qualifiers: "about 4,000" and "more than 60" against the sources\' "approximately 4,000" and "more than 60"', () => {
		expect(
			check(
				'About 4,000 Turkish companies operate in Kazakhstan. More than 5,000 Turkish companies operate in Kazakhstan. Kazakhstan and Türkiye have more than 60 agreements in force. Kazakhstan and Türkiye have 60 agreements in force.',
			).map(({ verdict, record }) => [verdict, record]),
		).toEqual([
			['supported', 'fig-2025-tr-turkish-companies'],
			['contradicted', 'fig-2025-tr-turkish-companies'],
			['supported', 'fig-2025-tr-agreements-in-force'],
			['contradicted', 'fig-2025-tr-agreements-in-force'],
		]);
	});

	it('tells several figures of one clause apart by the words about each', () => {
		expect(
			check('Türkiye receives a quarter of Kazakhstan’s grain and 30% of its cotton.').map(({ verdict, record }) => [
				verdict,
				record,
			]),
		).toEqual([
			['supported', 'fig-2025-tr-grain-share'],
			['contradicted', 'fig-2025-tr-cotton-share'],
		]);
	});

	it('finds a figure of another year not in the sources, not contradicted', () => {
		expect(check('Trade between Kazakhstan and Türkiye reached $5 billion in 2023.')).toEqual([
			expect.objectContaining({
				verdict: 'not-in-sources',
				reason: 'other-period',
				record: 'fig-2025-tr-trade-turnover-2024',
			}),
		]);
	});

	it('does not choose between two countries’ trade when the claim names neither', () => {
		expect(check('Trade turnover reached $5 billion.')).toEqual([
			expect.objectContaining({ verdict: 'not-in-sources', reason: 'several-meetings' }),
		]);
	});

	it('checks who stated a figure when the claim says who did', () => {
		expect(
			check(
				'Tokayev said 85% of overland trade between Europe and China moves through Kazakhstan. Erdoğan said 85% of overland trade between Europe and China moves through Kazakhstan. Erdoğan said trade between Kazakhstan and Türkiye reached $5 billion in 2024.',
			).map(({ verdict, differs, reason }) => differs ?? reason ?? verdict),
		).toEqual(['supported', 'speaker', 'unattributed']);
	});

	it('reads an ordinal figure by what it numbers', () => {
		expect(
			check(
				"The 30th anniversary of Turkmenistan's neutrality was marked. The 25th anniversary of Turkmenistan's neutrality was marked.",
			).map(({ verdict }) => verdict),
		).toEqual(['supported', 'contradicted']);
	});
});
