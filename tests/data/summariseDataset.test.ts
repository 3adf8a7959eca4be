import { describe, expect, it } from 'vitest';
import { summariseDataset } from '../../src/data/summariseDataset.js';
import { type Dataset, validateDataset } from '../../src/data/validateDataset.js';
import {
	datasetFixture,
	evidence,
	fixtureDiscrepancy,
	fixtureDocument,
	fixtureFigure,
	fixtureSource,
	fixtureVisit,
} from '../support/datasetFixture.js';

const TEXT =
	'ASTANA, 25 November 2025. The presidents signed a Joint Statement and recalled the 2017 Treaty. Trade reached 500 million dollars.';

/** A tiny validated dataset: one visit with one document and one figure, one document signed earlier, one discrepancy. */
function dataset(): Dataset {
	const document = fixtureDocument({ signedPlace: null, list: null });
	const earlier = {
		...document,
		id: 'doc-test-treaty',
		title: 'Treaty',
		kind: 'treaty',
		visit: null,
		mentionedAt: 'visit-test',
		signing: 'earlier',
		evidence: evidence('recalled the 2017 Treaty'),
	};
	const figure = fixtureFigure({
		label: 'Trade',
		valueText: '500 million dollars',
		qualifier: null,
		countries: ['Kazakhstan'],
		text: 'Trade reached 500 million dollars.',
		evidence: evidence('Trade reached 500 million dollars.'),
	});
	const discrepancy = fixtureDiscrepancy({
		id: 'disc-test',
		about: ['doc-test-treaty'],
		summary: 'Two statements disagree.',
		statements: [
			{ says: 'One thing.', evidence: evidence('signed a Joint Statement') },
			{ says: 'Another.', evidence: evidence('recalled the 2017 Treaty') },
		],
		note: 'Both recorded.',
	});
	return validateDataset(
		datasetFixture({
			sources: [fixtureSource({ outlet: null, published: null, title: 'Test', covers: 'Test' })],
			visits: [
				fixtureVisit({
					venue: null,
					host: { country: 'Kazakhstan', person: null, role: 'President' },
					guest: { country: 'Turkmenistan', person: null, role: 'President' },
					evidence: evidence('ASTANA, 25 November 2025.'),
				}),
			],
			documents: [document, earlier],
			figures: [figure],
			discrepancies: [discrepancy],
			text: TEXT,
		}),
	);
}

function section(report: string, heading: string): string[] {
	const lines = report.split('\n');
	const start = lines.indexOf(heading);
	const end = lines.indexOf('', start);
	return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('summariseDataset', () => {
	it('starts with "Dataset OK"', () => {
		expect(summariseDataset(dataset()).split('\n')[0]).toBe('Dataset OK');
	});

	it('counts the sources and the records of every kind', () => {
		expect(section(summariseDataset(dataset()), 'Records per kind:')).toEqual([
			'  sources: 1',
			'  visits: 1',
			'  documents: 2',
			'  figures: 1',
			'  awards: 0',
			'  events: 0',
			'  discrepancies: 1',
			'  people: 0',
			'  organisations: 0',
			'  places: 0',
			'  proposals: 0',
			'  followUps: 0',
		]);
	});

	it("gives each visit's date and city and counts the records attached to it", () => {
		expect(section(summariseDataset(dataset()), 'Per visit:')[0]).toBe(
			'  visit-test (2025-11-25, Astana): documents 1, figures 1, awards 0, events 0',
		);
	});

	it('counts the documents that belong to no visit', () => {
		expect(section(summariseDataset(dataset()), 'Per visit:').at(-1)).toBe(
			'  (documents signed elsewhere or earlier: 1)',
		);
	});

	it('lists every discrepancy with its summary', () => {
		expect(section(summariseDataset(dataset()), 'Discrepancies:')).toEqual(['  - disc-test: Two statements disagree.']);
	});

	it('says "(none)" when there are no discrepancies', () => {
		const report = summariseDataset({ ...dataset(), discrepancies: [] });

		expect(section(report, 'Discrepancies:')).toEqual(['  (none)']);
	});
});
