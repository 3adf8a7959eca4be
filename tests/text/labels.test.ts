import { describe, expect, it } from 'vitest';
import {
	DOCUMENT_KIND_NOUNS,
	awardLabel,
	discrepancyLabel,
	documentSetLabel,
	figureLabel,
	followUpLabel,
	passageLabel,
} from '../../src/text/labels.js';

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
		expect(passageLabel('a.txt', VISIT)).toBe('From a.txt, on the State visit (25 October 2021, Ashgabat)');
		expect(passageLabel('a.txt', null)).toBe('From a.txt');
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
