import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITATION_COLUMNS } from '../../src/export/csv.js';
import { validateDataset } from '../../src/data/validateDataset.js';
import { Engine } from '../../src/engine/engine.js';
import {
	ANSWER_COLUMNS,
	DOCUMENT_COLUMNS,
	FIGURE_COLUMNS,
	type RowLookup,
	TIMELINE_COLUMNS,
	answerTable,
	documentTable,
	exportCitations,
	figureTable,
	rowLookup,
	timelineTable,
} from '../../src/export/rows.js';
import { FIXTURE_SOURCE, datasetFixture, fixtureDocument, fixtureFigure } from '../support/datasetFixture.js';

let engine: Engine;
let lookup: RowLookup;

beforeAll(() => {
	engine = new Engine(
		validateDataset(
			datasetFixture({
				documents: [
					fixtureDocument({
						signedDate: { iso: '2025-11-25', precision: 'day' },
						parties: [
							{ country: 'Kazakhstan', body: 'Government of Kazakhstan', type: 'government' },
							{ country: 'Turkmenistan', body: 'Cabinet of Ministers of Turkmenistan', type: 'government' },
						],
					}),
				],
				figures: [fixtureFigure()],
			}),
		),
	);
	lookup = rowLookup(engine.dataset);
});

describe('exportCitations', () => {
	it("adds the source's outlet and publication date to the verbatim quote", () => {
		expect(exportCitations([{ source: FIXTURE_SOURCE, quote: 'ASTANA, 25 November 2025.' }], lookup)).toEqual([
			{ source: FIXTURE_SOURCE, outlet: 'Test Agency', published: '2025-11-25', quote: 'ASTANA, 25 November 2025.' },
		]);
	});

	it('leaves the outlet and the date null where the catalogue has none', () => {
		const [source] = engine.dataset.sources;
		if (!source) throw new Error('the fixture has a source');
		const bare = rowLookup({ sources: [{ ...source, outlet: null, published: null }], visits: [] });
		expect(exportCitations([{ source: FIXTURE_SOURCE, quote: 'q' }], bare)[0]).toMatchObject({
			outlet: null,
			published: null,
		});
	});
});

describe('documentTable', () => {
	it('writes one row per document: kind, date, place, signing, visit, parties, countries, sectors, citations', () => {
		const outcome = engine.agreements();
		if (!outcome.ok) throw new Error('no filters');
		const table = documentTable(outcome.results, lookup);
		expect(table.list).toBe('documents');
		expect(table.rows).toEqual([
			{
				id: 'doc-test-joint-statement',
				title: 'Joint Statement',
				kind: 'joint-statement',
				date: '2025-11-25',
				date_text: '25 November 2025',
				place: 'Astana',
				signing: 'heads-of-state',
				visit: 'Test visit (25 November 2025, Astana)',
				visit_id: 'visit-test',
				parties: ['Government of Kazakhstan', 'Cabinet of Ministers of Turkmenistan'],
				countries: ['Kazakhstan', 'Turkmenistan'],
				sectors: ['political'],
				list_position: 'test-signed #1',
				citations: [
					{ source: FIXTURE_SOURCE, outlet: 'Test Agency', published: '2025-11-25', quote: 'signed a Joint Statement' },
				],
			},
		]);
	});

	it('leaves out answers that are not documents', () => {
		const outcome = engine.figures();
		if (!outcome.ok) throw new Error('no filters');
		expect(documentTable(outcome.results, lookup).rows).toEqual([]);
	});
});

describe('figureTable', () => {
	it('writes the value as a number with its unit and qualifier, and as the source states it', () => {
		const outcome = engine.figures();
		if (!outcome.ok) throw new Error('no filters');
		expect(figureTable(outcome.results, lookup).rows[0]).toMatchObject({
			id: 'fig-test-trade',
			metric: 'trade-turnover',
			value: 500_000_000,
			unit: 'USD',
			qualifier: 'exceeded',
			value_text: 'half a billion dollars',
			as_stated: 'exceeded half a billion dollars',
			countries: ['Kazakhstan', 'Turkmenistan'],
			visit_id: 'visit-test',
			visit: 'Test visit (25 November 2025, Astana)',
		});
	});
});

describe('timelineTable', () => {
	it('writes a visit with its place, countries and the documents its lists name', () => {
		const outcome = engine.timeline();
		if (!outcome.ok) throw new Error('no filters');
		expect(timelineTable(outcome.results, lookup).rows).toEqual([
			expect.objectContaining({
				id: 'visit-test',
				kind: 'visit',
				date: '2025-11-25',
				end_date: null,
				date_text: '25 November 2025',
				place: 'Astana, Kazakhstan',
				countries: ['Kazakhstan', 'Turkmenistan'],
				documents_listed: 1,
			}),
		]);
	});
});

describe('answerTable', () => {
	it('ranks the answers from 1, with their kind, title and text', () => {
		const answers = engine.ask('How much was the mutual trade?').answers;
		const rows = answerTable(answers, lookup).rows;
		expect(rows.map((row) => row.rank)).toEqual(answers.map((_answer, index) => index + 1));
		expect(rows.map((row) => row.id)).toEqual(answers.map((answer) => answer.id));
		expect(rows.every((row) => typeof row.title === 'string' && row.title !== '')).toBe(true);
	});
});

describe('the README', () => {
	it("documents every export column, each table's in its order", () => {
		const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		const section = readme.slice(readme.indexOf('### Export columns'), readme.indexOf('## Running it on Discord'));
		for (const [file, columns] of [
			['`documents`', DOCUMENT_COLUMNS],
			['`figures`', FIGURE_COLUMNS],
			['`timeline`', TIMELINE_COLUMNS],
			['`answers`', ANSWER_COLUMNS],
		] as const) {
			const row = section.split('\n').find((line) => line.startsWith('|') && line.includes(`(${file}`)) ?? '';
			const named = [...row.matchAll(/`([a-z_]+)`/gu)].map((match) => match[1] ?? '');
			expect([...new Set(named.filter((name) => (columns as readonly string[]).includes(name)))]).toEqual([...columns]);
		}
		for (const column of CITATION_COLUMNS) expect(section).toContain(`\`${column}\``);
	});
});
