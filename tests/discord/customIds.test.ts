import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId } from '../../src/discord/customIds.js';

describe('encodePageId', () => {
	it('round-trips the list, the page and the state', () => {
		const button = {
			list: 'agreement' as const,
			page: 3,
			state: { q: 'border', c: 'Türkiye', y: 2021, k: 'memorandum' },
		};
		expect(decodePageId(encodePageId(button))).toEqual(button);
	});

	it('shortens a long query so the id stays within 100 characters', () => {
		const id = encodePageId({
			list: 'agreement',
			page: 12,
			state: { q: 'memorandum of understanding '.repeat(3), s: 'transport' },
		});
		expect(id.length).toBeLessThanOrEqual(100);
		expect(decodePageId(id)?.state.s).toBe('transport');
	});
});

describe('decodePageId', () => {
	it('refuses an id with an unknown prefix or list', () => {
		expect(decodePageId('xx:agreement:0:e30')).toBeUndefined();
		expect(decodePageId('pg:nosuchlist:0:e30')).toBeUndefined();
	});

	it('refuses a tampered state', () => {
		const tampered = `pg:agreement:0:${Buffer.from(JSON.stringify({ q: 1, evil: true })).toString('base64url')}`;
		expect(decodePageId(tampered)).toBeUndefined();
	});

	it('refuses a negative or non-numeric page', () => {
		expect(decodePageId('pg:agreement:-1:e30')).toBeUndefined();
		expect(decodePageId('pg:agreement:abc:e30')).toBeUndefined();
	});

	it('never throws on arbitrary input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				expect(() => decodePageId(text)).not.toThrow();
				expect(() => decodePageId(`pg:agreement:1:${text}`)).not.toThrow();
			}),
		);
	});
});
