import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadDataset } from '../../src/data/loadDataset.js';
import type { DocumentRecord } from '../../src/data/schema.js';

const dataset = await loadDataset();

const ASTANA_2025_SOURCE = '000_60c27e27655f15d3.txt';
const ASHGABAT_2021_SOURCE = '002_bb1a33c2bc12b1c8.txt';

/** Written here rather than imported, so the quote check does not rest on the loader's own helper. */
function collapse(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

function sourceText(file: string): string {
	const text = dataset.sourceTexts.get(file);
	if (text === undefined) throw new Error(`no source text ${file}`);
	return text;
}

/** The documents of one list, in list order. */
function listDocuments(name: string): DocumentRecord[] {
	return dataset.documents
		.filter((document) => document.list?.name === name)
		.sort((a, b) => (a.list?.position ?? 0) - (b.list?.position ?? 0));
}

/** Every `{ source, quote }` anywhere inside a value, with the dotted path it was found at. */
function quotesIn(value: unknown, path = ''): { path: string; source: string; quote: string }[] {
	if (Array.isArray(value)) return value.flatMap((item: unknown, index) => quotesIn(item, `${path}.${index}`));
	if (typeof value !== 'object' || value === null) return [];
	const entries = Object.entries(value);
	const fields = new Map(entries);
	const source = fields.get('source');
	const quote = fields.get('quote');
	if (typeof source === 'string' && typeof quote === 'string') return [{ path, source, quote }];
	return entries.flatMap(([key, child]) => quotesIn(child, `${path}.${key}`));
}

const allRecords = [
	...dataset.sources,
	...dataset.visits,
	...dataset.documents,
	...dataset.figures,
	...dataset.awards,
	...dataset.events,
	...dataset.discrepancies,
	...dataset.people,
	...dataset.organisations,
	...dataset.places,
	...dataset.proposals,
	...dataset.followUps,
];

describe('the dataset quotes', () => {
	const quotes = allRecords.flatMap((record) =>
		quotesIn(record).map((found) => ({ ...found, where: `${record.id}${found.path}` })),
	);

	it('include evidence, inferred-date evidence and discrepancy statements', () => {
		expect(quotes.some(({ path }) => /^\.evidence\.\d+$/.test(path))).toBe(true);
		expect(quotes.some(({ path }) => /\.inferred\.evidence\.\d+$/.test(path))).toBe(true);
		expect(quotes.some(({ path }) => /^\.statements\.\d+\.evidence\.\d+$/.test(path))).toBe(true);
	});

	it('are each found verbatim in their source after whitespace normalisation', () => {
		const missing = quotes
			.filter(({ source, quote }) => !collapse(sourceText(source)).includes(collapse(quote)))
			.map(({ where, source }) => `${where} (${source})`);

		expect(missing).toEqual([]);
	});
});

describe('the 2021 Ashgabat list of signed documents', () => {
	const documents = listDocuments('2021-ashgabat-signed');

	/** The "– " lines of the "Documents signed" section of the source. */
	function listLines(): string[] {
		const lines = sourceText(ASHGABAT_2021_SOURCE).split('\n');
		const start = lines.findIndex((line) => line.trim() === 'Documents signed');
		expect(start).toBeGreaterThanOrEqual(0);
		const items: string[] = [];
		for (const line of lines.slice(start + 1)) {
			if (line.startsWith('– ')) items.push(line);
			else if (items.length > 0 && line.trim() !== '') break;
		}
		return items;
	}

	it('holds exactly 20 documents at positions 1 to 20', () => {
		expect(documents.map((document) => document.list?.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
	});

	it('has the Joint Statement at position 1', () => {
		expect(documents[0]).toMatchObject({ id: 'doc-2021-joint-statement', kind: 'joint-statement' });
		expect(documents[0]?.title).toMatch(/^Joint Statement /);
	});

	it('has one document for every item of the source list, whose title stands in that item', () => {
		const lines = listLines();

		expect(lines).toHaveLength(20);
		for (const line of lines) {
			expect(documents.filter((document) => line.includes(document.title)).map((document) => document.id)).toHaveLength(
				1,
			);
		}
	});

	it('keeps the order of the source list', () => {
		const lines = listLines();

		documents.forEach((document, index) => expect(lines[index]).toContain(document.title));
	});
});

describe('the 2025 Astana lists of signed documents', () => {
	const text = sourceText(ASTANA_2025_SOURCE);
	const headsOfState = listDocuments('2025-astana-heads-of-state');
	const exchanged = listDocuments('2025-astana-exchanged');
	const sidelines = listDocuments('2025-astana-sidelines');

	/** The ';'-separated paragraph after the "exchanged the following … documents:" sentence. */
	function exchangedItems(): string[] {
		const marker = 'exchanged the following intergovernmental and interdepartmental documents:';
		const start = text.indexOf(marker);
		expect(start).toBeGreaterThanOrEqual(0);
		const paragraph = text
			.slice(start + marker.length)
			.split(/\n\s*\n/)
			.map((part) => part.trim())
			.find((part) => part !== '');
		return (paragraph ?? '').split(';').map((item) => item.trim().replace(/[;.]+$/, ''));
	}

	it('has the Joint Statement alone in the heads-of-state list', () => {
		expect(headsOfState.map((document) => [document.id, document.title])).toEqual([
			['doc-2025-joint-statement', 'Joint Statement'],
		]);
	});

	it('has 11 exchanged documents', () => {
		expect(exchanged).toHaveLength(11);
	});

	it('has 4 documents signed on the sidelines', () => {
		expect(sidelines).toHaveLength(4);
	});

	it.each([
		['heads-of-state', headsOfState],
		['exchanged', exchanged],
		['sidelines', sidelines],
	])('gives %s titles that stand verbatim in the source', (_list, documents) => {
		expect(documents.filter((document) => !text.includes(document.title)).map((document) => document.id)).toEqual([]);
	});

	it('gives the exchanged titles exactly as the items of the source paragraph, in order', () => {
		expect(exchanged.map((document) => document.title)).toEqual(exchangedItems());
	});
});

describe('the 2025 document-count discrepancy', () => {
	const discrepancy = dataset.discrepancies.find((record) => record.id === 'disc-2025-document-count');
	const figure = dataset.figures.find((record) => record.id === 'fig-2025-documents-signed');

	it('is recorded for the 2025 Astana visit and concerns the stated count', () => {
		expect(discrepancy?.visit).toBe('visit-2025-astana');
		expect(discrepancy?.about).toContain('fig-2025-documents-signed');
	});

	it('sets the stated count of 15 against lists that hold 16 documents', () => {
		const listed = ['2025-astana-heads-of-state', '2025-astana-exchanged', '2025-astana-sidelines'].flatMap(
			listDocuments,
		);

		expect(figure).toMatchObject({ metric: 'documents-signed', value: 15, visit: 'visit-2025-astana' });
		expect(listed).toHaveLength(16);
	});
});

describe('the dataset references', () => {
	const visitIds = new Set(dataset.visits.map((visit) => visit.id));
	const sourceIds = new Set(dataset.sources.map((source) => source.id));
	const recordIds = new Set(allRecords.map((record) => record.id));

	it('give every record a unique id', () => {
		const ids = allRecords.map((record) => record.id);

		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	it('name only existing visits', () => {
		const references = [
			...dataset.documents.flatMap((document) => [
				{ from: `${document.id}.visit`, to: document.visit },
				{ from: `${document.id}.mentionedAt`, to: document.mentionedAt },
			]),
			...dataset.figures.map((figure) => ({ from: `${figure.id}.visit`, to: figure.visit })),
			...dataset.awards.map((award) => ({ from: `${award.id}.visit`, to: award.visit })),
			...dataset.events.map((event) => ({ from: `${event.id}.visit`, to: event.visit })),
			...dataset.discrepancies.map((discrepancy) => ({ from: `${discrepancy.id}.visit`, to: discrepancy.visit })),
		];

		expect(references.filter(({ to }) => to !== null && !visitIds.has(to))).toEqual([]);
	});

	it('name only existing records in discrepancies', () => {
		const dangling = dataset.discrepancies.flatMap((discrepancy) =>
			discrepancy.about.filter((id) => !recordIds.has(id)),
		);

		expect(dangling).toEqual([]);
	});

	it("name only catalogued sources in visits' sources", () => {
		const dangling = dataset.visits.flatMap((visit) => visit.sources.filter((source) => !sourceIds.has(source)));

		expect(dangling).toEqual([]);
	});

	it('leave no article in data/sources without a catalogue entry', async () => {
		const files = (await readdir(join(DEFAULT_DATA_DIR, 'sources'))).filter((name) => name.endsWith('.txt'));

		expect(files.length).toBeGreaterThan(0);
		expect(files.filter((file) => !sourceIds.has(file))).toEqual([]);
	});
});

describe('the dataset visits', () => {
	const visit = (id: string) => dataset.visits.find((record) => record.id === id);

	it('date the 2021 Ashgabat visit to the day, 25 October 2021', () => {
		expect(visit('visit-2021-ashgabat')?.startDate).toEqual({ iso: '2021-10-25', precision: 'day' });
	});

	it('date the 2022 Kazakhstan visit to the year 2022, with the year inferred', () => {
		const startDate = visit('visit-2022-kazakhstan')?.startDate;

		expect(startDate).toMatchObject({ iso: '2022', precision: 'year' });
		expect(startDate?.inferred?.part).toBe('year');
	});

	it('date the 2025 Astana visit from 24 to 25 November 2025', () => {
		const astana = visit('visit-2025-astana');

		expect(astana?.startDate).toEqual({ iso: '2025-11-24', precision: 'day' });
		expect(astana?.endDate).toEqual({ iso: '2025-11-25', precision: 'day' });
	});

	it('date the 2025 Ankara council to 29 July 2025, with the year inferred', () => {
		const startDate = visit('visit-2025-ankara-hlscc')?.startDate;

		expect(startDate).toMatchObject({ iso: '2025-07-29', precision: 'day' });
		expect(startDate?.inferred?.part).toBe('year');
	});
});

describe('the dataset awards', () => {
	it.each([
		{ id: 'award-2021-bitaraplyk', visit: 'visit-2021-ashgabat', names: ['Bitaraplyk'] },
		{ id: 'award-2025-golden-eagle', visit: 'visit-2025-astana', names: ['Order of the Golden Eagle', 'Altyn Qyran'] },
		{ id: 'award-2025-devlet-nisani', visit: 'visit-2025-ankara-hlscc', names: ['Devlet Nişanı'] },
	])('record $id under the names its sources give', ({ id, visit, names }) => {
		const award = dataset.awards.find((record) => record.id === id);
		const texts = [...new Set(award?.evidence.map((evidence) => evidence.source))].map(sourceText);

		expect(award?.visit).toBe(visit);
		for (const name of names) {
			expect(award?.names).toContain(name);
			expect(texts.some((text) => text.includes(name))).toBe(true);
		}
	});
});
