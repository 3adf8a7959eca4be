import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITATION_COLUMNS, cellText, csvRecords, csvText, toCsv } from '../../src/export/csv.js';
import type { ExportTable } from '../../src/export/rows.js';

const BOM = '\uFEFF';

/** A table of two columns and one row citing two quotes, one from a source with no outlet. */
const TABLE: ExportTable<'id' | 'parties'> = {
	list: 'documents',
	columns: ['id', 'parties'],
	rows: [
		{
			id: 'doc-a',
			parties: ['Ministry of Health, Kazakhstan', 'Agency “Türkmenaragatnaşyk”'],
			citations: [
				{ source: 'a.txt', outlet: 'nCa', published: '2021-10-26', quote: 'He said: "agreed", then left.' },
				{ source: 'b.txt', outlet: null, published: null, quote: 'A second\nsentence.' },
			],
		},
	],
};

describe('csvText', () => {
	it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
		expect(
			csvText([
				['a', 'b'],
				['1', '2'],
			]),
		).toBe(`${BOM}a,b\r\n1,2\r\n`);
	});

	it('quotes a field holding a comma, a quote, a line feed or a carriage return, doubling its quotes', () => {
		expect(csvText([['a,b', 'say "hi"', 'one\ntwo', 'cr\rhere', 'plain']])).toBe(
			`${BOM}"a,b","say ""hi""","one\ntwo","cr\rhere",plain\r\n`,
		);
	});

	it('writes UTF-8 text as it is', () => {
		expect(
			Buffer.from(csvText([['Türkiye – Kazakhstan']]), 'utf8')
				.subarray(3)
				.toString('utf8'),
		).toBe('Türkiye – Kazakhstan\r\n');
	});

	it('gives back the records when csv-parse reads it (any text: commas, quotes, line breaks, Unicode)', () => {
		const cell = fc.string({
			unit: fc.constantFrom('a', 'Ü', ',', '"', '\n', '\r', ' ', ';', '–', '😀'),
			maxLength: 12,
		});
		fc.assert(
			fc.property(
				fc
					.integer({ min: 1, max: 5 })
					.chain((width) =>
						fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
					),
				(records) => {
					const csv = csvText(records);
					expect(csv.startsWith(BOM)).toBe(true);
					expect(parse(csv, { bom: true, relax_column_count: false })).toEqual(records);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('csvRecords', () => {
	it("heads a table's columns, then the citation columns", () => {
		expect(csvRecords(TABLE)[0]).toEqual(['id', 'parties', ...CITATION_COLUMNS]);
	});

	it("writes a line per article cited (a missing outlet or date empty) and a line per quote, marked with its article's line", () => {
		expect(csvRecords(TABLE)[1]).toEqual([
			'doc-a',
			'Ministry of Health, Kazakhstan; Agency “Türkmenaragatnaşyk”',
			'2',
			'nCa\n',
			'2021-10-26\n',
			'a.txt\nb.txt',
			'(1) He said: "agreed", then left.\n(2) A second sentence.',
		]);
	});

	it('writes the article once and the quotes as they are when every quote is from one article', () => {
		const citation = { source: 'a.txt', outlet: 'nCa', published: '2021-10-26' };
		const table: ExportTable<'id'> = {
			list: 'documents',
			columns: ['id'],
			rows: [
				{
					id: 'doc-b',
					citations: [
						{ ...citation, quote: 'One.' },
						{ ...citation, quote: 'Two.' },
					],
				},
			],
		};
		expect(csvRecords(table)[1]).toEqual(['doc-b', '2', 'nCa', '2021-10-26', 'a.txt', 'One.\nTwo.']);
	});
});

describe('toCsv', () => {
	it('reads back, through csv-parse, as the header and the rows', () => {
		expect(parse(toCsv(TABLE), { bom: true })).toEqual(csvRecords(TABLE));
	});
});

describe('cellText', () => {
	it('writes nothing for null, numbers without separators, lists joined with semicolons', () => {
		expect([cellText(null), cellText(5_000_000_000), cellText(33.3), cellText(['a', 'b']), cellText('x')]).toEqual([
			'',
			'5000000000',
			'33.3',
			'a; b',
			'x',
		]);
	});
});
