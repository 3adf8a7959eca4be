import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId } from '../../src/discord/customIds.js';

describe('encodePageId', () => {
	it('round-trips the list, the page, the query and the filters', () => {
		const button = {
			list: 'agreement' as const,
			page: 3,
			state: { q: 'border', c: 'Türkiye', y: 2021, k: 'memorandum-of-understanding', s: 'transport' },
		};
		expect(decodePageId(encodePageId(button))).toEqual(button);
	});

	it('shortens a long query so the id stays within 100 characters, keeping the filters', () => {
		const id = encodePageId({
			list: 'agreement',
			page: 12,
			state: {
				q: 'memorandum of understanding '.repeat(5),
				c: 'Turkmenistan',
				y: 2021,
				k: 'memorandum-of-understanding',
				s: 'public-administration',
			},
		});
		expect(id.length).toBeLessThanOrEqual(100);
		expect(decodePageId(id)?.state).toMatchObject({
			c: 'Turkmenistan',
			y: 2021,
			k: 'memorandum-of-understanding',
			s: 'public-administration',
		});
	});

	it('never exceeds 100 characters, whatever the query', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (query) => {
				const id = encodePageId({ list: 'timeline', page: 9999, state: { q: query, c: 'Kazakhstan', y: 2025 } });
				expect(id.length).toBeLessThanOrEqual(100);
				expect(decodePageId(id)?.page).toBe(9999);
			}),
		);
	});
});

describe('decodePageId', () => {
	it('refuses an id with an unknown prefix or list', () => {
		expect(decodePageId('xx:agreement:0::::: ')).toBeUndefined();
		expect(decodePageId('pg:nosuchlist:0:::::')).toBeUndefined();
	});

	it('refuses a filter index outside the dataset lists', () => {
		expect(decodePageId('pg:agreement:0:99::::')).toBeUndefined();
		expect(decodePageId('pg:agreement:0:x::::')).toBeUndefined();
	});

	it('refuses a negative, huge or non-numeric page and a malformed year', () => {
		expect(decodePageId('pg:agreement:-1:::::')).toBeUndefined();
		expect(decodePageId('pg:agreement:99999:::::')).toBeUndefined();
		expect(decodePageId('pg:agreement:abc:::::')).toBeUndefined();
		expect(decodePageId('pg:agreement:0::20x1:::')).toBeUndefined();
	});

	it('never throws on arbitrary input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				expect(() => decodePageId(text)).not.toThrow();
				expect(() => decodePageId(`pg:agreement:1:::::${text}`)).not.toThrow();
			}),
		);
	});
});
