import { describe, expect, it } from 'vitest';
import type {
	DocumentRecord,
	FigureRecord,
	OrganisationRecord,
	ProposalRecord,
	VisitRecord,
} from '../../src/data/schema.js';
import type {
	DocumentAnswer,
	OrganisationAnswer,
	PassageAnswer,
	ProposalAnswer,
	VisitAnswer,
} from '../../src/engine/answer.js';
import { answerLine, answerProse, answerTitle, renderAnswer, rendered } from '../../src/render/answerProse.js';

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

	it('says a text of the UN General Assembly was adopted by it, not signed, from its kind and its one party', () => {
		const assembly = {
			country: null,
			body: 'United Nations General Assembly',
			type: 'international-organisation' as const,
			organisation: null,
			person: null,
		};
		const declaration = documentAnswer({
			title: 'Universal Declaration',
			kind: 'declaration',
			parties: [assembly],
			visit: null,
			signing: 'earlier',
			signedDate: { iso: '2015-12-05', precision: 'day' },
		});
		const prose = answerProse(declaration);
		expect(prose.text).toBe(
			'Universal Declaration: declaration, adopted by the United Nations General Assembly on 5 December 2015; mentioned in connection with the State visit (25 October 2021, Ashgabat).',
		);
		expect(prose.fields['signingText']).toBe('adopted by the United Nations General Assembly');
		expect(answerProse(documentAnswer({ kind: 'un-resolution', parties: [] })).text).toContain(
			': UN resolution, adopted in October 2021 during',
		);
	});

	it('says an exchanged document was exchanged, and ends a note that has its own full stop with one', () => {
		const prose = answerProse(documentAnswer({ signing: 'exchanged-in-presence', note: 'Listed second.' }));
		expect(prose.text).toBe(
			'Agreement on the Border Regime: agreement, exchanged in the presence of the heads of state in October 2021 during the State visit (25 October 2021, Ashgabat). Note: Listed second.',
		);
	});

	it('shows a researcher’s note but never the maintainers’ curation', () => {
		const prose = answerProse(
			documentAnswer({
				note: 'The list calls it an Agreement.',
				curation: 'See disc-2021-x; the signedDate is the adoption date.',
			}),
		);
		expect(prose.text).toContain('Note: The list calls it an Agreement.');
		expect(JSON.stringify(prose)).not.toContain('signedDate is');
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

	it('names a leader the source leaves unnamed once, by their office and country', () => {
		const prose = answerProse(visitAnswer());
		expect(prose.text).toBe(
			'State visit: 25 October 2021, Ashgabat (Turkmenistan). Host: Serdar Berdimuhamedov, President; guest: the President of Kazakhstan (not named in the source). They met.',
		);
		expect(prose.fields['guest']).toBe('President of Kazakhstan (not named in the source)');
	});

	it('writes an unnamed leader’s office that is a description, not a title, in lower case after “the”', () => {
		const record = {
			...VISIT,
			guest: { country: 'Kazakhstan' as const, person: null, role: 'Head of state of Kazakhstan' },
		};
		const prose = answerProse(visitAnswer({ record }));
		expect(prose.text).toContain('guest: the head of state of Kazakhstan (not named in the source).');
		expect(prose.fields['guest']).toBe('Head of state of Kazakhstan (not named in the source)');
	});

	it('adds to a timeline visit how many documents its lists name', () => {
		const prose = answerProse(visitAnswer({ documentsListed: 3 }));
		expect(prose.text.endsWith(" Documents named in the source's lists: 3.")).toBe(true);
		expect(prose.fields['documentsListed']).toBe(3);
		expect(answerProse(visitAnswer({ documentsListed: 0 })).text.endsWith('They met.')).toBe(true);
	});

	it('titles a figure with its qualified value and gives its own sentence as the text, with no restatement', () => {
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
		expect([prose.title, prose.text]).toEqual(['Trade turnover: more than $ 2 billion', 'Trade grew.']);
		expect([prose.fields['period'], prose.fields['statedBy']]).toEqual(['2024', 'Serdar']);
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
		expect([prose.fields['proposedBy'], prose.fields['status'], prose.fields['statusText']]).toEqual([
			'Serdar',
			'under-way',
			'under way',
		]);
		const proposed = answerProse({
			...answer,
			record: { ...proposal, status: 'proposed' },
			proposedBy: ['Tokayev', 'Serdar'],
			visit: VISIT,
		});
		expect(
			proposed.text.startsWith(
				'A bridge: proposed by Tokayev and Serdar at the State visit (25 October 2021, Ashgabat).',
			),
		).toBe(true);
	});

	it('quotes the sentence naming a body that no document, proposal or note describes', () => {
		const record: OrganisationRecord = {
			id: 'org-1',
			name: 'Turkish Petroleum',
			aliases: [],
			country: 'Türkiye',
			type: 'company',
			partOf: null,
			mayBeSameAs: [],
			evidence: [{ source: 'a.txt', quote: 'noted cooperation between KazMunayGas and Turkish Petroleum.' }],
		};
		const answer: OrganisationAnswer = {
			kind: 'organisation',
			id: 'org-1',
			record,
			documents: [],
			proposals: [],
			citations: record.evidence,
		};
		expect(answerProse(answer).text).toContain(
			'The sources name it in: “noted cooperation between KazMunayGas and Turkish Petroleum.”',
		);
		// A note describes it: the note is shown, not the sentence.
		expect(answerProse({ ...answer, record: { ...record, note: 'A company.' } }).text).not.toContain(
			'The sources name it in',
		);
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
		expect([answerProse(answer).title, answerProse(answer).text]).toEqual([
			'From a source article',
			'“We agree. — said Tokayev',
		]);
	});
});

describe('answerLine', () => {
	it('says a document’s kind, how it was signed and its date', () => {
		expect(answerLine(documentAnswer())).toBe('Agreement · signed by the heads of state · October 2021');
	});

	it('says the kind of a visit, and the kind as a word and the date of other answers', () => {
		expect(answerLine(visitAnswer())).toBe('State visit · 25 October 2021');
		expect(
			answerLine({ kind: 'figure', id: 'fig-1', title: 'T', text: 'T.', fields: { period: '2024' }, citations: [] }),
		).toBe('Figure · 2024');
		expect(answerLine({ kind: 'follow-up', id: 'f-1', title: 'T', text: 'T.', fields: {}, citations: [] })).toBe(
			'Follow-up',
		);
	});
});
