import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { validateDataset } from '../../src/data/validateDataset.js';
import { Sector } from '../../src/data/schema.js';
import { buildEntries, type Entry, sectorMask } from '../../src/engine/entries.js';
import { useDatasetNames } from '../support/datasetNames.js';
import { renderAnswer } from '../../src/render/answerProse.js';

// Names and their spellings come from the dataset, as in the engine.
beforeAll(useDatasetNames);

describe('buildEntries', () => {
	let entries: Entry[];

	beforeAll(async () => {
		entries = [...buildEntries(await loadDataset()), ...buildEntries(validateDataset(syntheticDataset(300)))];
	});

	it("labels every entry with its answer's title, without building the answer", () => {
		for (const entry of entries) expect(entry.label, entry.id).toBe(renderAnswer(entry.answer).title);
	});

	it("reads an entry's words as index forms once, from its title, names and text", () => {
		const entry = entries.find((candidate) => candidate.kind === 'award');
		expect(entry?.terms).toBe(entry?.terms);
		expect(entry?.terms.has('bitaraplyk') || entry?.terms.has('eagl')).toBe(true);
	});

	it('places a person at the one meeting their roles and quotes belong to, and nowhere when they span several', () => {
		const person = (id: string): Entry | undefined => entries.find((entry) => entry.id === id);
		// Quoted only from the 2021 joint statement, at no meeting of his own.
		expect(person('person-nursultan-nazarbayev')?.mentionedAt).toBe('visit-2021-ashgabat');
		// At the 2022 and the 2025 visits.
		expect(person('person-serdar-berdimuhamedov')?.mentionedAt).toBeNull();
	});

	it('builds an answer once and keeps it', () => {
		const [entry] = entries;
		expect(entry?.answer).toBe(entry?.answer);
		expect(entry?.answer.id).toBe(entry?.id);
	});

	it('orders documents by the list they stand in, and leaves other records unlisted', () => {
		const documents = entries.filter(
			(entry) => entry.kind === 'document' && renderAnswer(entry.answer).fields['listPosition'],
		);
		expect(documents.length).toBeGreaterThan(0);
		for (const document of documents) expect(document.listOrder).toBeLessThan(Number.MAX_SAFE_INTEGER);
		for (const entry of entries.filter((other) => other.kind !== 'document'))
			expect(entry.listOrder).toBe(Number.MAX_SAFE_INTEGER);
	});

	it('gives every sector its own bit, so a mask says exactly which sectors an entry has', () => {
		const masks = Sector.options.map((sector) => sectorMask([sector]));
		expect(new Set(masks).size).toBe(Sector.options.length);
		for (const entry of entries) {
			for (const sector of Sector.options)
				expect((entry.sectorBits & sectorMask([sector])) !== 0n).toBe(entry.sectors.includes(sector));
		}
	});

	it('sets one bit per sector however many sectors there are (a bigint, not 32 bits)', () => {
		expect(sectorMask([...Sector.options])).toBe((1n << BigInt(Sector.options.length)) - 1n);
	});
});
