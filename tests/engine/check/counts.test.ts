import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { validateDataset } from '../../../src/data/validateDataset.js';
import { checkText } from '../../../src/engine/check/checker.js';
import { Engine } from '../../../src/engine/engine.js';
import { datasetFixture, evidence, fixtureDocument, fixtureFigure } from '../../support/datasetFixture.js';
import { summarise } from '../../support/verdicts.js';

describe('counts of documents, on a one-visit fixture', () => {
	// One listed document (the Joint Statement) and a report that says 2 were signed: the list is not the whole.
	const engine = new Engine(
		validateDataset(
			datasetFixture({
				documents: [fixtureDocument()],
				figures: [
					fixtureFigure({
						id: 'fig-test-documents',
						metric: 'documents-signed',
						label: 'Documents signed, as the report counts them',
						value: 2,
						unit: 'documents',
						valueText: '2 documents',
						qualifier: null,
						evidence: evidence('The report says 2 documents were signed'),
					}),
				],
			}),
		),
	);
	const check = (text: string) => summarise(checkText(engine, text));

	it('supports the count the source states', () => {
		expect(check('2 documents were signed in Astana.')).toEqual([
			{ verdict: 'supported', claim: 'count', checked: '2 documents', record: 'visit-test' },
		]);
	});

	it('contradicts another count, and does not take the incomplete list for the whole', () => {
		expect(check('1 document was signed in Astana. 3 documents were signed in Astana.')).toEqual([
			{
				verdict: 'contradicted',
				claim: 'count',
				checked: '1 document',
				differs: 'value',
				claimed: '1',
				record: 'visit-test',
			},
			{
				verdict: 'contradicted',
				claim: 'count',
				checked: '3 documents',
				differs: 'value',
				claimed: '3',
				record: 'visit-test',
			},
		]);
	});

	it('finds a count of one kind not in the sources when the lists are not the whole', () => {
		expect(check('2 memoranda were signed in Astana.')).toEqual([
			{ verdict: 'not-in-sources', claim: 'count', checked: '2 memoranda', reason: 'not-listed', record: 'visit-test' },
		]);
	});
});

describe('counts of documents, on the dataset', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});
	const check = (text: string) => summarise(checkText(engine, text));

	it('supports the 20 documents listed for Ashgabat and contradicts 25', () => {
		expect(check('20 documents were signed in Ashgabat. 25 documents were signed in Ashgabat.')).toEqual([
			{ verdict: 'supported', claim: 'count', checked: '20 documents', record: 'visit-2021-ashgabat' },
			{
				verdict: 'contradicted',
				claim: 'count',
				checked: '25 documents',
				differs: 'value',
				claimed: '25',
				record: 'visit-2021-ashgabat',
			},
		]);
	});

	it('supports both the 16 documents listed for Astana 2025 and the 15 its report states', () => {
		expect(
			check(
				'In Astana in 2025, 16 documents were signed; the report says 15 documents were signed in Astana in November 2025.',
			).map(({ verdict }) => verdict),
		).toEqual(['supported', 'supported']);
	});

	it('reads the qualifier of a count', () => {
		expect(
			check(
				'More than 15 documents were signed in Astana in 2025. More than 20 documents were signed in Astana in 2025.',
			).map(({ verdict }) => verdict),
		).toEqual(['supported', 'contradicted']);
	});

	it('narrows the listed documents by kind and signing', () => {
		expect(
			check(
				'Four memoranda were signed on the sidelines of the Astana visit in 2025. Three memoranda were signed on the sidelines of the Astana visit in 2025.',
			).map(({ verdict }) => verdict),
		).toEqual(['supported', 'contradicted']);
	});

	it('supports the 18 agreements the Ankara source states without listing them, and leaves 18 memoranda unsettled', () => {
		expect(check('18 agreements were signed in Ankara. 18 memoranda were signed in Ankara.')).toEqual([
			{ verdict: 'supported', claim: 'count', checked: '18 agreements', record: 'visit-2025-ankara-hlscc' },
			{
				verdict: 'not-in-sources',
				claim: 'count',
				checked: '18 memoranda',
				reason: 'not-listed',
				record: 'visit-2025-ankara-hlscc',
			},
		]);
	});

	it('does not choose among several meetings the claim does not tell apart', () => {
		expect(check('In 2025, 16 documents were signed.')).toEqual([
			{
				verdict: 'not-in-sources',
				claim: 'count',
				checked: '16 documents',
				reason: 'several-meetings',
				record: 'visit-2025-ankara-hlscc visit-2025-astana',
			},
		]);
	});

	it('reads the meeting from the sentence before when the claim names none', () => {
		expect(check('Tokayev came to Ashgabat in October 2021. 20 documents were signed there.').at(-1)).toEqual({
			verdict: 'supported',
			claim: 'count',
			checked: '20 documents',
			record: 'visit-2021-ashgabat',
		});
	});

	it('finds a count at a meeting the sources do not hold not in the sources', () => {
		expect(check('20 documents were signed in Ashgabat in 2025.')).toEqual([
			expect.objectContaining({ verdict: 'not-in-sources', reason: 'no-meeting' }),
		]);
	});
});
