import { describe, expect, it } from 'vitest';
import type { DocumentRecord, FigureRecord, VisitRecord } from '../../src/data/schema.js';
import type { CountAnswer, DocumentSet, VisitDocumentCount } from '../../src/engine/answer.js';
import { MAX_LISTED_TITLES, countProse } from '../../src/render/countProse.js';

const EVIDENCE = [{ source: 'a.txt', quote: 'Documents were signed.' }];

const VISIT: Pick<VisitRecord, 'id' | 'title' | 'startDate' | 'endDate' | 'city'> = {
	id: 'visit-1',
	title: 'State visit',
	startDate: { iso: '2021-10-25', precision: 'day' },
	city: 'Ashgabat',
};

function document(index: number, signing: DocumentRecord['signing']): DocumentRecord {
	return {
		id: `doc-${index}`,
		title: `Document ${index}`,
		aliases: [],
		kind: 'memorandum',
		parties: [],
		visit: 'visit-1',
		mentionedAt: null,
		signedDate: null,
		signedPlace: null,
		signing,
		sectors: ['transport'],
		list: null,
		evidence: EVIDENCE,
	};
}

const STATED_TWO: FigureRecord = {
	id: 'fig-count',
	metric: 'documents-signed',
	label: 'Documents signed',
	value: 2,
	unit: 'documents',
	valueText: 'two documents',
	qualifier: null,
	period: null,
	countries: ['Kazakhstan'],
	statedBy: null,
	visit: 'visit-1',
	text: 'Two documents were signed.',
	evidence: [{ source: 'a.txt', quote: 'two documents were signed' }],
};

function count(value: Partial<VisitDocumentCount>): CountAnswer {
	return {
		kind: 'count',
		id: 'count-visit-1',
		value: { of: 'visit', visit: VISIT, listed: [], stated: [], discrepancies: [], ...value },
		citations: EVIDENCE,
	};
}

function set(value: Partial<DocumentSet>): CountAnswer {
	return {
		kind: 'count',
		id: 'documents-visit-1',
		value: { of: 'set', documents: [], kinds: [], sectors: [], signings: [], parties: [], visits: [VISIT], ...value },
		citations: EVIDENCE,
	};
}

describe('countProse of a visit', () => {
	it('counts the listed documents by how they were signed, and says the stated count matches', () => {
		const prose = countProse(
			count({ listed: [document(1, 'heads-of-state'), document(2, 'sidelines')], stated: [STATED_TWO] }),
		);
		expect(prose.title).toBe('Documents signed at the State visit');
		expect(prose.text).toBe(
			"The source's lists name 2 documents signed at the State visit (25 October 2021, Ashgabat): 1 signed by the heads of state, 1 signed on the sidelines. The source states two documents (“two documents were signed”), which matches.",
		);
		expect(prose.fields).toEqual({
			visit: 'visit-1',
			listed: 2,
			stated: 2,
			agrees: true,
			titles: ['Document 1', 'Document 2'],
		});
	});

	it('says how the documents of one signing came about once, and that signed and exchanged ones were', () => {
		const exchanged = countProse(count({ listed: [document(1, 'exchanged-in-presence')] }));
		expect(exchanged.text).toBe(
			"The source's lists name 1 document exchanged in the presence of the heads of state at the State visit (25 October 2021, Ashgabat).",
		);
		expect(exchanged.title).toBe('Documents exchanged at the State visit');
		const both = countProse(count({ listed: [document(1, 'heads-of-state'), document(2, 'exchanged-in-presence')] }));
		expect(both.title).toBe('Documents signed or exchanged at the State visit');
	});

	it('gives a stated count its unit once, when its words do not already name it', () => {
		const agreements = { ...STATED_TWO, unit: 'agreements', valueText: '18 intergovernmental agreements', value: 18 };
		const bare = { ...STATED_TWO, valueText: '2' };
		expect(countProse(count({ stated: [agreements] })).text).toContain(
			'The source states 18 intergovernmental agreements (',
		);
		expect(countProse(count({ stated: [bare] })).text).toContain('The source states 2 documents (');
	});

	it('says a stated count differs from the lists, or that the titles are not listed', () => {
		expect(countProse(count({ listed: [document(1, 'signed-at-talks')], stated: [STATED_TWO] })).text).toContain(
			', which differs from the 1 named.',
		);
		expect(countProse(count({ stated: [STATED_TWO] })).text).toBe(
			'The source states two documents (“two documents were signed”); their titles are not listed.',
		);
	});

	it('says when the source neither lists nor counts the documents', () => {
		expect(countProse(count({})).text).toBe(
			'The source for the State visit (25 October 2021, Ashgabat) neither lists nor counts the documents signed.',
		);
	});
});

describe('countProse of a set of documents', () => {
	it('names the kind, the sector and the signing asked for, and lists the titles', () => {
		const prose = countProse(
			set({
				documents: [document(1, 'sidelines'), document(2, 'sidelines')],
				kinds: ['memorandum'],
				sectors: ['transport'],
				signings: ['sidelines'],
			}),
		);
		expect(prose.title).toBe(
			'2 transport memoranda signed on the sidelines at the State visit (25 October 2021, Ashgabat)',
		);
		expect(prose.text).toBe(
			"2 transport memoranda were signed on the sidelines at the State visit (25 October 2021, Ashgabat), as the source's lists name them: 1. Document 1; 2. Document 2.",
		);
		expect(prose.fields).toEqual({ visits: ['visit-1'], matched: 2, titles: ['Document 1', 'Document 2'] });
	});

	it('says "signed" for a signing without a set phrase, and names each visit of a set across visits', () => {
		const other = { ...VISIT, id: 'visit-2', city: 'Astana', startDate: { iso: '2025', precision: 'year' as const } };
		const prose = countProse(set({ documents: [document(1, 'heads-of-state')], visits: [VISIT, other] }));
		expect(prose.title).toBe('1 document signed at 2 visits (Ashgabat, 25 October 2021; Astana, 2025)');
	});

	it('lists at most MAX_LISTED_TITLES titles in its text and says how many more there are', () => {
		const documents = Array.from({ length: MAX_LISTED_TITLES + 2 }, (_, index) => document(index + 1, 'sidelines'));
		const prose = countProse(set({ documents }));
		expect(prose.text.endsWith(` … and 2 more.`)).toBe(true);
		expect(prose.fields['titles']).toHaveLength(MAX_LISTED_TITLES + 2);
	});
});
