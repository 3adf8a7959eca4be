import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evidence, PartialDate, RecordId, SourceRecord } from '../../src/data/schema.js';
import { fixtureSource } from '../support/datasetFixture.js';

describe('RecordId', () => {
	it('accepts lower-case words joined by hyphens', () => {
		expect(RecordId.safeParse('doc-2021-border-regime').success).toBe(true);
	});

	it.each(['Doc-2021', 'doc_2021', 'doc--2021', '-doc', 'doc-', ''])('rejects "%s"', (id) => {
		expect(RecordId.safeParse(id).success).toBe(false);
	});
});

describe('Evidence', () => {
	it('rejects a quote too short to be checked', () => {
		const result = Evidence.safeParse({ source: '000_test.txt', quote: '  2021  ' });

		expect(result.error?.issues[0]?.message).toBe('quote is too short to be checked');
	});

	it('rejects a source that is not a .txt file name', () => {
		expect(Evidence.safeParse({ source: 'sources/000_test.txt', quote: 'a long enough quote' }).success).toBe(false);
	});
});

describe('SourceRecord', () => {
	it("takes the article's address where it is known, and none where it is not", () => {
		expect(SourceRecord.parse(fixtureSource({ url: 'https://example.org/article' })).url).toBe(
			'https://example.org/article',
		);
		expect(SourceRecord.parse(fixtureSource()).url).toBeUndefined();
	});

	it.each(['javascript:alert(1)', 'ftp://example.org/a', 'not a url'])('refuses the address "%s"', (url) => {
		expect(SourceRecord.safeParse(fixtureSource({ url })).success).toBe(false);
	});
});

describe('PartialDate', () => {
	it.each([
		{ iso: '2025', precision: 'year' },
		{ iso: '2025-11', precision: 'month' },
		{ iso: '2025-11-24', precision: 'day' },
		{ iso: '2024-02-29', precision: 'day' },
		{ iso: '2000-02-29', precision: 'day' },
	] as const)('accepts $iso at $precision precision', (date) => {
		expect(PartialDate.safeParse(date).success).toBe(true);
	});

	it.each([
		{ iso: '2025-11-24', precision: 'year' },
		{ iso: '2025', precision: 'month' },
		{ iso: '2025-11', precision: 'day' },
	] as const)('rejects $iso at $precision precision', (date) => {
		const result = PartialDate.safeParse(date);

		expect(result.error?.issues).toEqual([
			expect.objectContaining({ path: ['iso'], message: `"${date.iso}" does not match precision "${date.precision}"` }),
		]);
	});

	it.each(['2021-02-30', '2023-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-13-01'])(
		'rejects the impossible date %s',
		(iso) => {
			const result = PartialDate.safeParse({ iso, precision: 'day' });

			expect(result.error?.issues).toEqual([
				expect.objectContaining({ path: ['iso'], message: `"${iso}" is not a real calendar date` }),
			]);
		},
	);

	it('rejects an impossible month at month precision', () => {
		const result = PartialDate.safeParse({ iso: '2025-13', precision: 'month' });

		expect(result.error?.issues[0]?.message).toBe('"2025-13" is not a real calendar date');
	});

	it('accepts exactly the days that exist in the calendar', () => {
		const pad = (value: number, width: number): string => String(value).padStart(width, '0');
		fc.assert(
			fc.property(
				fc.integer({ min: 1000, max: 9999 }),
				fc.integer({ min: 0, max: 13 }),
				fc.integer({ min: 0, max: 32 }),
				(year, month, day) => {
					const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
					const date = new Date(Date.UTC(year, month - 1, day));
					const exists =
						date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
					expect(PartialDate.safeParse({ iso, precision: 'day' }).success, iso).toBe(exists);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('rejects an iso that is not a date at all', () => {
		expect(PartialDate.safeParse({ iso: '25 November 2025', precision: 'day' }).success).toBe(false);
	});
});
