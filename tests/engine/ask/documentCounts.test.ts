import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import type { VisitRecord } from '../../../src/data/schema.js';
import type { Dataset } from '../../../src/data/validateDataset.js';
import type { VisitRecords } from '../../../src/engine/ask/documentCounts.js';
import { dedupeCitations, documentCountAnswer, groupByVisit } from '../../../src/engine/ask/documentCounts.js';
import { type RenderedAnswer, renderAnswer } from '../../../src/render/answerProse.js';

let dataset: Dataset;
let groups: Map<string, VisitRecords>;

beforeAll(async () => {
	dataset = await loadDataset();
	groups = groupByVisit(dataset);
});

function visit(id: string): VisitRecord {
	const found = dataset.visits.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no visit ${id}`);
	return found;
}

function countFor(id: string): RenderedAnswer {
	const records = groups.get(id);
	if (!records) throw new Error(`no records for ${id}`);
	return renderAnswer(documentCountAnswer(visit(id), records));
}

describe('groupByVisit', () => {
	it('has a group for every visit', () => {
		expect([...groups.keys()]).toEqual(dataset.visits.map((candidate) => candidate.id));
	});

	it('puts each document with a visit into that visit’s group', () => {
		for (const candidate of dataset.visits) {
			expect(groups.get(candidate.id)?.documents.map((document) => document.id)).toEqual(
				dataset.documents.filter((document) => document.visit === candidate.id).map((document) => document.id),
			);
		}
	});
});

describe('documentCountAnswer', () => {
	it('counts, for every visit, the documents of the visit that were not signed earlier', () => {
		for (const candidate of dataset.visits) {
			const expected = dataset.documents.filter(
				(document) => document.visit === candidate.id && document.signing !== 'earlier',
			);
			const answer = countFor(candidate.id);
			expect([candidate.id, answer.fields['listed']]).toEqual([candidate.id, expected.length]);
			expect(answer.fields['titles']).toEqual(expected.map((document) => document.title));
		}
	});

	it('counts 20 documents for Ashgabat 2021, 16 for Astana 2025, 1 for Ankara and none for 2022', () => {
		expect(dataset.visits.map((candidate) => [candidate.id, countFor(candidate.id).fields['listed']])).toEqual([
			['visit-2021-ashgabat', 20],
			['visit-2022-kazakhstan', 0],
			['visit-2025-ankara-hlscc', 1],
			['visit-2025-astana', 16],
		]);
	});

	it('names the answer after the visit', () => {
		const answer = countFor('visit-2021-ashgabat');
		expect([answer.kind, answer.id, answer.title]).toEqual([
			'count',
			'count-visit-2021-ashgabat',
			'Documents signed at the State visit of Kassym-Jomart Tokayev to Turkmenistan',
		]);
	});

	it('breaks the count down by how the documents were signed', () => {
		expect(countFor('visit-2021-ashgabat').text).toBe(
			"The source's lists name 20 documents signed at the State visit of Kassym-Jomart Tokayev to Turkmenistan (25 October 2021, Ashgabat): 1 signed by the heads of state, 19 signed at the talks.",
		);
	});

	it('sets the stated count beside the listed one and flags that they differ for Astana 2025', () => {
		const answer = countFor('visit-2025-astana');
		expect([answer.fields['listed'], answer.fields['stated'], answer.fields['agrees']]).toEqual([16, 15, false]);
		expect(answer.text).toContain('15 documents');
		expect(answer.text).toContain('which differs from the 16 named.');
	});

	it('states that the Ankara source counts 18 agreements although it names 1', () => {
		const answer = countFor('visit-2025-ankara-hlscc');
		expect([answer.fields['listed'], answer.fields['stated'], answer.fields['agrees']]).toEqual([1, 18, false]);
		expect(answer.text).toContain('which differs from the 1 named.');
	});

	it('says the source neither lists nor counts when it does neither', () => {
		const answer = countFor('visit-2022-kazakhstan');
		expect([answer.fields['listed'], answer.fields['stated'], answer.fields['agrees']]).toEqual([0, null, true]);
		expect(answer.text).toMatch(/neither lists nor counts the documents signed\.$/);
	});

	it('cites at most four distinct quotes, and falls back to the visit’s own evidence', () => {
		for (const candidate of dataset.visits) {
			const citations = countFor(candidate.id).citations;
			expect(citations.length).toBeGreaterThan(0);
			expect(citations.length).toBeLessThanOrEqual(4);
			expect(dedupeCitations(citations)).toEqual(citations);
		}
		expect(countFor('visit-2022-kazakhstan').citations).toEqual(visit('visit-2022-kazakhstan').evidence.slice(0, 4));
	});

	it('answers an empty group with the neither-lists-nor-counts sentence', () => {
		const answer = renderAnswer(
			documentCountAnswer(visit('visit-2021-ashgabat'), { documents: [], figures: [], discrepancies: [] }),
		);
		expect([answer.fields['listed'], answer.fields['titles']]).toEqual([0, []]);
		expect(answer.text).toContain('neither lists nor counts');
	});
});

describe('dedupeCitations', () => {
	it('drops a repeated source and quote, keeping the first', () => {
		expect(
			dedupeCitations([
				{ source: 'a.txt', quote: 'The same quote.' },
				{ source: 'b.txt', quote: 'The same quote.' },
				{ source: 'a.txt', quote: 'The same quote.' },
			]),
		).toEqual([
			{ source: 'a.txt', quote: 'The same quote.' },
			{ source: 'b.txt', quote: 'The same quote.' },
		]);
	});
});
