import { describe, expect, it } from 'vitest';
import { DocumentRecord, type Party } from '../../src/data/schema.js';
import {
	DOCUMENT_KIND_NOUNS,
	awardAliases,
	awardLabel,
	discrepancyLabel,
	documentChoiceLabel,
	documentSetLabel,
	figureChoiceLabel,
	figureLabel,
	followUpLabel,
	passageLabel,
	personChoiceLabel,
	plainChoiceLabel,
	proposalChoiceLabel,
	visitChoiceLabel,
} from '../../src/text/labels.js';
import { fixtureDocument } from '../support/datasetFixture.js';

const PARTY: Party = { body: '', type: 'ministry', country: null, organisation: null, person: null };

/** A document record from the shared fixture, with these fields. */
function documentRecord(overrides: Parameters<typeof fixtureDocument>[0]): DocumentRecord {
	return DocumentRecord.parse(fixtureDocument(overrides));
}

const VISIT = { title: 'State visit', startDate: { iso: '2021-10-25', precision: 'day' as const }, city: 'Ashgabat' };

describe('figureLabel', () => {
	it('names what was measured and its qualified value', () => {
		expect(figureLabel({ label: 'Trade turnover', qualifier: 'more than', valueText: '$ 2 billion' })).toBe(
			'Trade turnover: more than $ 2 billion',
		);
	});
});

describe('passageLabel', () => {
	it('names the article, and the visit it reports when it reports one', () => {
		expect(passageLabel(VISIT)).toBe('From a report on the State visit (25 October 2021, Ashgabat)');
		expect(passageLabel(null)).toBe('From a source article');
	});
});

describe('followUpLabel', () => {
	it('names the earlier step, then the later one', () => {
		expect(followUpLabel('Bridge proposed', 'Bridge commissioned')).toBe(
			'Follow-up: Bridge proposed → Bridge commissioned',
		);
	});
});

describe('discrepancyLabel and awardLabel', () => {
	it('label a discrepancy by its summary and an award by its first name', () => {
		expect(discrepancyLabel({ summary: 'Counts differ' })).toBe('Discrepancy: Counts differ');
		expect([awardLabel(['Order A', 'Order B']), awardLabel([])]).toEqual(['Order A', 'award']);
	});

	it('label an award by the first name no other of its names holds: the full name, not a short form of it', () => {
		const names = ['Bitaraplyk', 'Order of “Bitaraplyk” (neutrality)', '“Bitaraplyk” Order'];
		expect(awardLabel(names)).toBe('Order of “Bitaraplyk” (neutrality)');
		expect(awardLabel(['Order of the Golden Eagle', 'Altyn Qyran', 'Altyn Qyran (Golden Eagle) Order'])).toBe(
			'Order of the Golden Eagle',
		);
	});
});

describe('awardAliases', () => {
	it('gives an award’s names other than its label, in their order', () => {
		expect(awardAliases(['Bitaraplyk', 'Order of “Bitaraplyk” (neutrality)', '“Bitaraplyk” Order'])).toEqual([
			'Bitaraplyk',
			'“Bitaraplyk” Order',
		]);
		expect(awardAliases(['Devlet Nişanı'])).toEqual([]);
	});
});

describe('DOCUMENT_KIND_NOUNS', () => {
	it('has a singular and a plural for every named kind', () => {
		expect(DOCUMENT_KIND_NOUNS.memorandum).toEqual(['memorandum', 'memoranda']);
		for (const [singular, plural] of Object.values(DOCUMENT_KIND_NOUNS)) expect(plural).not.toBe(singular);
	});
});

describe('documentSetLabel', () => {
	it('names the sectors, the kind in the number asked, and the parties', () => {
		expect(documentSetLabel({ kinds: ['memorandum'], sectors: ['transport'], parties: [] }, 3)).toBe(
			'transport memoranda',
		);
		expect(documentSetLabel({ kinds: [], sectors: [], parties: ['University'] }, 1)).toBe(
			'document with “University” as a party',
		);
	});
});

describe('documentChoiceLabel', () => {
	it('leads with the year and the short kind, then the subject, then the parties shortened', () => {
		const label = documentChoiceLabel(
			documentRecord({
				title:
					'Memorandum of Understanding between the Ministry of Agriculture of the Republic of Kazakhstan and the Ministry of Agriculture of Turkmenistan on Cooperation in the Field of Veterinary Medicine',
				kind: 'memorandum-of-understanding',
				parties: [
					{ ...PARTY, body: 'Ministry of Agriculture of the Republic of Kazakhstan', country: 'Kazakhstan' },
					{ ...PARTY, body: 'Ministry of Agriculture of Turkmenistan', country: 'Turkmenistan' },
				],
				signedDate: { iso: '2025-11-25', precision: 'day' },
				signedPlace: 'Astana',
			}),
		);
		expect(label).toEqual({
			lead: ['2025', 'MoU'],
			subject: 'veterinary medicine',
			details: ['agriculture ministries'],
			distinctions: ['25 November 2025', 'Astana'],
		});
	});

	it('leaves out a year it does not know and distinctions it does not have', () => {
		const label = documentChoiceLabel(
			documentRecord({ title: 'Treaty on a Zone', kind: 'treaty', signedDate: null, signedPlace: null }),
		);
		expect(label).toEqual({ lead: ['treaty'], subject: 'zone', details: [], distinctions: [] });
	});

	it('tells documents of one year apart by a month, not by the year again', () => {
		const inMonth = documentRecord({ signedDate: { iso: '2025-11', precision: 'month' }, signedPlace: null });
		const inYear = documentRecord({ signedDate: { iso: '2025', precision: 'year' }, signedPlace: null });
		expect(documentChoiceLabel(inMonth).distinctions).toEqual(['November 2025']);
		expect(documentChoiceLabel(inYear).distinctions).toEqual([]);
	});
});

describe('figureChoiceLabel', () => {
	it('keeps the value apart from what was measured, so that it is never cut', () => {
		expect(
			figureChoiceLabel(
				{
					label: 'Mutual trade',
					qualifier: 'more than',
					valueText: '$500 million',
					period: '2024',
					countries: ['Kazakhstan', 'Turkmenistan'],
				},
				2025,
			),
		).toEqual({
			lead: ['2025'],
			subject: 'Mutual trade',
			value: 'more than $500 million',
			details: [],
			distinctions: ['2024', 'Kazakhstan–Turkmenistan'],
		});
	});
});

describe('visitChoiceLabel', () => {
	it('leads with the dates, and names the city unless the title does', () => {
		const visit = { ...VISIT, kind: 'state-visit' as const, venue: null, endDate: undefined };
		expect(visitChoiceLabel(visit)).toEqual({
			lead: ['25 October 2021'],
			subject: 'State visit',
			details: ['Ashgabat'],
			distinctions: ['state visit'],
		});
		expect(visitChoiceLabel({ ...visit, title: 'Council meeting (Ashgabat)' }).details).toEqual([]);
	});
});

describe('personChoiceLabel and proposalChoiceLabel', () => {
	it('name a person with a first role, and a proposal with its year and where it stands', () => {
		const role = { title: 'President of Kazakhstan', country: 'Kazakhstan' as const, visits: [], evidence: [] };
		expect(personChoiceLabel({ name: 'Kassym-Jomart Tokayev', roles: [role], country: 'Kazakhstan' })).toEqual({
			lead: [],
			subject: 'Kassym-Jomart Tokayev',
			details: ['President of Kazakhstan'],
			distinctions: ['Kazakhstan'],
		});
		expect(proposalChoiceLabel({ title: 'Bridge', status: 'under-way', kind: 'project' }, 2021)).toEqual({
			lead: ['2021'],
			subject: 'Bridge',
			details: ['under way'],
			distinctions: ['project'],
		});
		expect(plainChoiceLabel('defence')).toEqual({ lead: [], subject: 'defence', details: [], distinctions: [] });
	});
});
