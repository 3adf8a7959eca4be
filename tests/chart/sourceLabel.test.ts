import { describe, expect, it } from 'vitest';
import { sourceLabels } from '../../src/chart/sourceLabel.js';
import type { SourceRecord } from '../../src/data/schema.js';

function source(id: string, outlet: string | null, published: SourceRecord['published']): SourceRecord {
	return {
		id,
		outlet,
		published,
		title: 't',
		covers: 'c',
		language: 'en',
		evidence: [{ source: id, quote: 'quoted text' }],
	};
}

const SOURCES = new Map([
	['a.txt', source('a.txt', 'nCa', { iso: '2021-10-26', precision: 'day' })],
	['b.txt', source('b.txt', null, null)],
	['c.txt', source('c.txt', 'Turkmenistan Analytic magazine', { iso: '2022', precision: 'year' })],
]);

describe('sourceLabels', () => {
	it('names each source by its outlet and publication date, as precise as known', () => {
		expect(
			sourceLabels(
				[
					{ source: 'a.txt', quote: 'q' },
					{ source: 'c.txt', quote: 'q' },
				],
				SOURCES,
			),
		).toEqual(['nCa, 26 October 2021', 'Turkmenistan Analytic magazine, 2022']);
	});

	it('says so when the source names no outlet and states no date', () => {
		expect(sourceLabels([{ source: 'b.txt', quote: 'q' }], SOURCES)).toEqual([
			'outlet not named, no publication date stated',
		]);
	});

	it('names a source once however many of its quotes are cited', () => {
		expect(
			sourceLabels(
				[
					{ source: 'a.txt', quote: 'one' },
					{ source: 'a.txt', quote: 'two' },
				],
				SOURCES,
			),
		).toEqual(['nCa, 26 October 2021']);
	});
});
