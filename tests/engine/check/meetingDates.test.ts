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

describe('dates of meetings', () => {
	it('compares a date by the precision the claim states it with', () => {
		expect(
			check(
				'Tokayev visited Ashgabat on 25 October 2021. Tokayev visited Ashgabat in October 2021. Tokayev visited Ashgabat in 2021.',
			).map(({ verdict, checked }) => [verdict, checked]),
		).toEqual([
			['supported', '25 October 2021'],
			['supported', 'October 2021'],
			['supported', '2021'],
		]);
	});

	it('contradicts a date the meeting named was not held on', () => {
		expect(check('Tokayev visited Ashgabat on 26 October 2021.')).toEqual([
			{
				verdict: 'contradicted',
				claim: 'date',
				checked: '26 October 2021',
				differs: 'date',
				claimed: '26 October 2021',
				record: 'visit-2021-ashgabat',
			},
		]);
	});

	it('matches a day within a meeting of several days, and a date whose year the claim leaves out', () => {
		expect(
			check(
				'Serdar Berdimuhamedov held talks in Astana on 25 November 2025. Tokayev and Erdoğan met in Ankara on July 29.',
			).map(({ verdict, record }) => [verdict, record]),
		).toEqual([
			['supported', 'visit-2025-astana'],
			['supported', 'visit-2025-ankara-hlscc'],
		]);
	});

	it('finds the sources less precise than a month they do not state', () => {
		expect(check('Serdar Berdimuhamedov visited Astana in October 2022.')).toEqual([
			expect.objectContaining({ verdict: 'not-in-sources', reason: 'less-precise', record: 'visit-2022-kazakhstan' }),
		]);
	});

	it('reads no claim from a date with nothing else to name the meeting', () => {
		expect(check('The talks were held on 25 October 2021.')).toEqual([]);
	});
});
