import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { exportFiles } from '../../src/export/exportFiles.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

function csvIds(csv: string): string[] {
	return (parse(csv, { bom: true }) as string[][]).slice(1).map((row) => row[0] ?? '');
}

describe('exportFiles', () => {
	it('exports every result of a list, not one page, in the order the list shows them', () => {
		const outcome = exportFiles(engine, { of: 'agreement', filters: { year: 2021 } });
		const list = engine.agreements(undefined, { year: 2021 });
		if (!outcome.ok || !list.ok) throw new Error('the filters are valid');
		expect(list.total).toBeGreaterThan(5);
		expect([outcome.files.stem, outcome.files.rows]).toEqual(['documents', list.total]);
		expect(csvIds(outcome.files.csv)).toEqual(list.results.map((answer) => answer.id));
		expect(JSON.parse(outcome.files.json)).toMatchObject({
			list: 'documents',
			query: { year: 2021 },
			total: list.total,
		});
	});

	it('exports the figures a query finds, ranked', () => {
		const outcome = exportFiles(engine, { of: 'figure', filters: { query: 'trade turnover', country: 'Türkiye' } });
		if (!outcome.ok) throw new Error('the filters are valid');
		expect(csvIds(outcome.files.csv)[0]).toBe('fig-2025-tr-trade-turnover-2024');
	});

	it("exports a visit's documents under the visit's name", () => {
		const outcome = exportFiles(engine, { of: 'visit', visit: 'visit-2025-astana' });
		if (!outcome.ok) throw new Error('the visit exists');
		expect(outcome.files.stem).toBe('visit-2025-astana-documents');
		expect(csvIds(outcome.files.csv)).toEqual(engine.visitDocuments('visit-2025-astana').map((answer) => answer.id));
	});

	it("exports a question's answers with the question as the query", () => {
		const outcome = exportFiles(engine, { of: 'ask', question: 'Who awarded Tokayev the Bitaraplyk order?' });
		if (!outcome.ok) throw new Error('a question is always answered');
		expect(JSON.parse(outcome.files.json).query).toEqual({ question: 'Who awarded Tokayev the Bitaraplyk order?' });
	});

	it('says which filter makes no sense, and which visit is not in the dataset', () => {
		expect(exportFiles(engine, { of: 'agreement', filters: { country: 'Atlantis' } })).toEqual({
			ok: false,
			problem: { reason: 'unknownCountry', value: 'Atlantis' },
		});
		expect(exportFiles(engine, { of: 'visit', visit: 'doc-2021-border-regime' })).toEqual({
			ok: false,
			missing: 'doc-2021-border-regime',
		});
	});
});
