import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCitationId, encodeCitationId, isCitationId } from '../../src/discord/citationIds.js';

describe('encodeCitationId', () => {
	it('carries the record id and the citation index in the id itself, so the button works after a restart', () => {
		expect(
			encodeCitationId({ action: 'source', target: { of: 'record', id: 'doc-2021-border-regime' }, index: 0 }),
		).toBe('so:0:r:doc-2021-border-regime');
		expect(
			encodeCitationId({ action: 'citations', target: { of: 'record', id: 'visit-2022-kazakhstan' }, index: 0 }),
		).toBe('ci:0:r:visit-2022-kazakhstan');
		expect(encodeCitationId({ action: 'page', target: { of: 'record', id: 'visit-2022-kazakhstan' }, index: 2 })).toBe(
			'cp:2:r:visit-2022-kazakhstan',
		);
	});

	it("carries a passage's id, whose source stem holds an underscore", () => {
		const button = {
			action: 'source',
			target: { of: 'record', id: 'passage-002_bb1a33c2bc12b1c8-17' },
			index: 1,
		} as const;
		expect(decodeCitationId(encodeCitationId(button))).toEqual(button);
	});

	it('carries a short question, and keeps a long one in memory under a short key', () => {
		const short = { action: 'citations', target: { of: 'ask', question: 'Which plans?' }, index: 0 } as const;
		expect(encodeCitationId(short)).toBe(`ci:0:q:${Buffer.from('Which plans?').toString('base64url')}`);

		const question = `Which documents on ${'transport and transit '.repeat(12)}were signed?`;
		const id = encodeCitationId({ action: 'source', target: { of: 'ask', question }, index: 3 });
		expect(id).toMatch(/^so:3:k:[A-Za-z0-9_-]{22}$/u);
		expect(decodeCitationId(id)).toEqual({ action: 'source', target: { of: 'ask', question }, index: 3 });
	});

	it('round-trips any question and any record id within 100 characters', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc
						.string({ unit: 'grapheme', minLength: 1, maxLength: 500 })
						.filter((text) => text.trim() !== '')
						.map((question) => ({ of: 'ask' as const, question })),
					fc.stringMatching(/^[\w.-]{1,120}$/u).map((id) => ({ of: 'record' as const, id })),
				),
				fc.constantFrom('source' as const, 'citations' as const, 'page' as const),
				fc.integer({ min: 0, max: 9999 }),
				(target, action, index) => {
					const id = encodeCitationId({ action, target, index });
					expect(id.length).toBeLessThanOrEqual(100);
					expect(decodeCitationId(id)).toEqual({ action, target, index });
				},
			),
		);
	});
});

describe('decodeCitationId', () => {
	it.each([
		['another prefix', 'ex:0:r:doc-1'],
		['no index', 'so::r:doc-1'],
		['an index too large', 'so:10000:r:doc-1'],
		['a negative index', 'so:-1:r:doc-1'],
		['an unknown target', 'so:0:x:doc-1'],
		['a record id with a space', 'so:0:r:doc 1'],
		['an empty record id', 'so:0:r:'],
		['a question that is not base64url', 'so:0:q:a+b/c'],
		['a blank question', `so:0:q:${Buffer.from('   ').toString('base64url')}`],
		['a forgotten key', 'so:0:k:AAAAAAAAAAAAAAAAAAAAAA'],
		['a part too many', 'so:0:r:doc-1:extra'],
		['an id over 100 characters', `so:0:r:${'a'.repeat(100)}`],
	])('refuses %s', (_, id) => {
		expect(decodeCitationId(id)).toBeUndefined();
	});
});

describe('isCitationId', () => {
	it('tells the citation buttons from the others, decodable or not', () => {
		expect(
			['so:0:r:doc-1', 'ci:junk', 'cp:1:r:x', 'ex:agreement::2021:::', 'pg:agreement:1::::'].map(isCitationId),
		).toEqual([true, true, true, false, false]);
	});
});
