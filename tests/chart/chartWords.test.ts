import { describe, expect, it } from 'vitest';
import { CHART_WORDS } from '../../src/chart/chartWords.js';

describe('CHART_WORDS', () => {
	it('titles a figure chart by its measure, saying when targets stand beside it', () => {
		expect(CHART_WORDS.figureTitle('trade turnover', true)).toBe('Trade turnover against its target');
		expect(CHART_WORDS.figureTitle('trade turnover', false)).toBe('Trade turnover');
	});

	it('names a timeline by its country, and counts documents in the singular and the plural', () => {
		expect(CHART_WORDS.timelineTitle('Türkiye')).toBe('Visits and signings · Türkiye');
		expect(CHART_WORDS.timelineTitle(undefined)).toBe('Visits and signings');
		expect([CHART_WORDS.documentsListed(1), CHART_WORDS.documentsListed(20)]).toEqual([
			'1 document listed',
			'20 documents listed',
		]);
	});

	it('labels a document kind for the reader', () => {
		expect(CHART_WORDS.documentKind('un-resolution')).toBe('UN resolution');
		expect(CHART_WORDS.documentKind('joint-statement')).toBe('Joint statement');
	});
});
