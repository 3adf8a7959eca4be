import { describe, expect, it } from 'vitest';
import type { DocumentRecord, FigureRecord, ProposalRecord, VisitRecord } from '../../src/data/schema.js';
import type { DocumentAnswer, PassageAnswer, ProposalAnswer, VisitAnswer } from '../../src/engine/answer.js';
import { answerProse, answerTitle, renderAnswer, rendered, sentences } from '../../src/render/answerProse.js';

const EVIDENCE = [{ source: 'a.txt', quote: 'The agreement was signed.' }];

const VISIT: VisitRecord = {
	id: 'visit-1',
	title: 'State visit',
	kind: 'state-visit',
	aliases: [],
	startDate: { iso: '2021-10-25', precision: 'day' },
	city: 'Ashgabat',
	country: 'Turkmenistan',
	venue: null,
	host: { country: 'Turkmenistan', person: 'person-host', role: 'President' },
	guest: { country: 'Kazakhstan', person: null, role: 'President' },
	formats: [],
	topics: ['trade'],
	summary: 'They met.',
	sources: ['a.txt'],
	evidence: EVIDENCE,
};

const DOCUMENT: DocumentRecord = {
	id: 'doc-1',
	title: 'Agreement on the Border Regime',
	aliases: [],
	kind: 'agreement',
	parties: [
		{ country: 'Kazakhstan', body: 'Government of Kazakhstan', type: 'government', organisation: null, person: null },
	],
	visit: 'visit-1',
	mentionedAt: null,
	signedDate: { iso: '2021-10', precision: 'month' },
	signedPlace: null,
	signing: 'heads-of-state',
	sectors: ['border'],
	list: { name: 'heads-of-state', position: 2 },
	evidence: EVIDENCE,
};

function documentAnswer(overrides: Partial<DocumentRecord> = {}): DocumentAnswer {
	return { kind: 'document', id: 'doc-1', record: { ...DOCUMENT, ...overrides }, visit: VISIT, citations: EVIDENCE };
}

function visitAnswer(overrides: Partial<VisitAnswer> = {}): VisitAnswer {
	return {
		kind: 'visit',
		id: 'visit-1',
		record: VISIT,
		hostName: 'Serdar Berdimuhamedov',
		guestName: null,
		citations: EVIDENCE,
		...overrides,
	};
}

describe('renderAnswer', () => {
	it('gives the kind, id, title, text, fields and citations, in that order', () => {
		expect(Object.keys(renderAnswer(documentAnswer()))).toEqual(['kind', 'id', 'title', 'text', 'fields', 'citations']);
	});

	it('writes an answer once, however often it is shown', () => {
		const answer = documentAnswer();
		expect(renderAnswer(answer)).toBe(renderAnswer(answer));
	});

	it('titles an anniversary with how long ago it was and adds the years to the fields', () => {
		const view = renderAnswer({ ...documentAnswer(), anniversaryYears: 1 });
		expect([view.title, view.fields['anniversaryYears']]).toEqual([
			'1 year ago today: Agreement on the Border Regime',
			1,
		]);
	});
});

describe('rendered', () => {
	it('renders an answer from the engine and passes a rendered one through', () => {
		const view = renderAnswer(documentAnswer());
		expect([rendered(documentAnswer()).title, rendered(view)]).toEqual([view.title, view]);
	});
});

describe('answerTitle', () => {
	it('gives the title of an answer, and nothing for none', () => {
		expect([answerTitle(documentAnswer()), answerTitle(undefined)]).toEqual([
			'Agreement on the Border Regime',
			undefined,
		]);
	});
});

describe('answerProse', () => {
	it('says how and when a document was signed, with the preposition of its date’s precision, and at which visit', () => {
		expect(answerProse(documentAnswer()).text).toBe(
			'Agreement on the Border Regime: agreement, signed by the heads of state in October 2021 during the State visit (25 October 2021, Ashgabat).',
		);
	});

	it('says a document outside the visit is mentioned in connection with it', () => {
		const answer: DocumentAnswer = { ...documentAnswer({ visit: null, signing: 'earlier' }) };
		expect(answerProse(answer).text).toBe(
			'Agreement on the Border Regime: agreement, signed earlier in October 2021; mentioned in connection with the State visit (25 October 2021, Ashgabat).',
		);
	});

	it('gives a document’s fields, its list position among them', () => {
		expect(answerProse(documentAnswer()).fields).toMatchObject({
			kind: 'agreement',
			date: '2021-10',
			dateText: 'October 2021',
			parties: ['Government of Kazakhstan'],
			countries: ['Kazakhstan'],
			listPosition: 'heads-of-state #2',
		});
	});

	it('names a leader the source leaves unnamed by their country', () => {
		const prose = answerProse(visitAnswer());
		expect(prose.text).toBe(
			'State visit: 25 October 2021, Ashgabat (Turkmenistan). Host: Serdar Berdimuhamedov, President; guest: the head of state of Kazakhstan (not named in the source), President. They met.',
		);
		expect(prose.fields['guest']).toBe('the head of state of Kazakhstan (not named in the source) (Kazakhstan)');
	});

	it('adds to a timeline visit how many documents its lists name', () => {
		const prose = answerProse(visitAnswer({ documentsListed: 3 }));
		expect(prose.text.endsWith(' Documents named as signed: 3.')).toBe(true);
		expect(prose.fields['documentsListed']).toBe(3);
		expect(answerProse(visitAnswer({ documentsListed: 0 })).text.endsWith('They met.')).toBe(true);
	});

	it('titles a figure with its qualified value and says who stated it', () => {
		const figure: FigureRecord = {
			id: 'fig-1',
			metric: 'trade-turnover',
			label: 'Trade turnover',
			value: 2,
			unit: 'USD',
			valueText: '$ 2 billion',
			qualifier: 'more than',
			period: '2024',
			countries: ['Kazakhstan'],
			statedBy: 'person-host',
			visit: 'visit-1',
			text: 'Trade grew.',
			evidence: EVIDENCE,
		};
		const prose = answerProse({ kind: 'figure', id: 'fig-1', record: figure, statedBy: 'Serdar', citations: EVIDENCE });
		expect([prose.title, prose.text]).toEqual([
			'Trade turnover: more than $ 2 billion',
			'Trade grew. [Trade turnover: more than $ 2 billion (2024), stated by Serdar]',
		]);
	});

	it('says where a proposal stands, who put it forward and what followed', () => {
		const proposal: ProposalRecord = {
			id: 'prop-1',
			title: 'A bridge',
			aliases: [],
			kind: 'project',
			documentKind: null,
			proposedBy: { people: ['person-host'], countries: [] },
			supportedBy: { people: [], countries: ['Kazakhstan'] },
			organisations: [],
			visit: null,
			status: 'under-way',
			sectors: ['transport'],
			description: 'Over the bay',
			evidence: EVIDENCE,
		};
		const answer: ProposalAnswer = {
			kind: 'proposal',
			id: 'prop-1',
			record: proposal,
			proposedBy: ['Serdar'],
			supportedBy: ['Kazakhstan'],
			visit: null,
			follows: [],
			followedBy: [],
			citations: EVIDENCE,
		};
		const prose = answerProse(answer);
		expect(prose.text).toBe('A bridge: under way, put forward by Serdar. Over the bay. Supported by Kazakhstan.');
		expect([prose.fields['proposedBy'], prose.fields['status']]).toEqual(['Serdar', 'under-way']);
	});

	it('quotes a passage with its speaker and titles it with its article', () => {
		const answer: PassageAnswer = {
			kind: 'passage',
			id: 'passage-1',
			record: {
				id: 'passage-1',
				source: 'a.txt',
				visit: null,
				text: '“We agree.',
				speaker: 'said Tokayev',
				attribution: 'We agree, said Tokayev.',
				speakerName: null,
				speakerPerson: null,
			},
			visit: null,
			citations: EVIDENCE,
		};
		expect([answerProse(answer).title, answerProse(answer).text]).toEqual(['From a.txt', '“We agree. — said Tokayev']);
	});
});

describe('sentences', () => {
	it('ends each part with one full stop and skips empty parts', () => {
		expect(sentences(['Agreed', '', 'Done.', 'He said “yes”'])).toBe('Agreed. Done. He said “yes”');
	});
});
