import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/export/json.js';
import type { ExportTable } from '../../src/export/rows.js';

const TABLE: ExportTable<'id' | 'value'> = {
	list: 'figures',
	columns: ['id', 'value'],
	rows: [
		{ id: 'fig-a', value: 5_000_000_000, citations: [{ source: 'a.txt', outlet: null, published: null, quote: 'Q.' }] },
	],
};

describe('toJson', () => {
	it('writes what was listed, the query, the total, the columns and the rows with typed values and citations', () => {
		expect(JSON.parse(toJson(TABLE, { query: 'trade', year: 2025 }))).toEqual({
			list: 'figures',
			query: { query: 'trade', year: 2025 },
			total: 1,
			columns: ['id', 'value'],
			rows: [
				{
					id: 'fig-a',
					value: 5_000_000_000,
					citations: [{ source: 'a.txt', outlet: null, published: null, quote: 'Q.' }],
				},
			],
		});
	});

	it('ends with a line break', () => {
		expect(toJson(TABLE, {}).endsWith('}\n')).toBe(true);
	});
});
