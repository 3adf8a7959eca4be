import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActionButton, decodeActionId, encodeActionId, isActionId } from '../../src/discord/actionIds.js';

describe('encodeActionId', () => {
	it.each<[string, ActionButton]>([
		[
			'a list with filters',
			{
				action: 'export',
				target: { of: 'agreement', state: { q: 'border', c: 'Türkiye', y: 2021, k: 'treaty', s: 'transport' } },
			},
		],
		['a figure query', { action: 'chart', target: { of: 'figure', state: { q: 'trade turnover' } } }],
		['the timeline', { action: 'chart', target: { of: 'timeline', state: {} } }],
		["a visit's documents", { action: 'export', target: { of: 'visit', visit: 'visit-2021-ashgabat' } }],
		[
			'a question',
			{ action: 'export', target: { of: 'ask', question: 'How many documents were signed in Ashgabat?' } },
		],
		['a question to share', { action: 'share', target: { of: 'ask', question: 'Who awarded Tokayev?' } }],
	])('round-trips %s within 100 characters', (_what, button) => {
		const id = encodeActionId(button);
		expect(id.length).toBeLessThanOrEqual(100);
		expect(decodeActionId(id)).toEqual(button);
	});

	it('carries a list in the id itself, as its page buttons do, so it works after a restart', () => {
		expect(encodeActionId({ action: 'export', target: { of: 'agreement', state: { y: 2021 } } })).toBe(
			'ex:agreement::2021:::',
		);
	});

	it('starts a Share button with its own prefix, and tells it for an action', () => {
		const id = encodeActionId({ action: 'share', target: { of: 'ask', question: 'Who?' } });
		expect(id).toBe('sh:ask:V2hvPw');
		expect(isActionId(id)).toBe(true);
	});

	it('keeps a question too long for the id in memory, whole, under a short key', () => {
		const question = `Which documents on ${'transport and transit '.repeat(12)}were signed?`;
		const id = encodeActionId({ action: 'export', target: { of: 'ask', question } });
		expect(id).toMatch(/^ex:k:[A-Za-z0-9_-]{22}$/u);
		expect(decodeActionId(id)?.target).toEqual({ of: 'ask', question });
	});

	it('keeps a long query with its filters whole rather than cut, as a page id would cut it', () => {
		const state = { q: 'memorandum of understanding '.repeat(5).trim(), c: 'Turkmenistan', y: 2021 };
		const id = encodeActionId({ action: 'export', target: { of: 'agreement', state } });
		expect(decodeActionId(id)?.target).toEqual({ of: 'agreement', state });
	});

	it('round-trips any question', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', minLength: 1, maxLength: 500 }).filter((text) => text.trim() !== ''),
				(question) => {
					const id = encodeActionId({ action: 'export', target: { of: 'ask', question } });
					expect(id.length).toBeLessThanOrEqual(100);
					expect(decodeActionId(id)?.target).toEqual({ of: 'ask', question });
				},
			),
		);
	});
});

describe('decodeActionId', () => {
	it.each([
		['another prefix', 'pg:agreement:0:::::'],
		['an unknown list', 'ex:person::::'],
		['a filter out of range', 'ex:agreement:99::::'],
		['a visit id that is not an id', 'ex:visit:Not An Id'],
		['a question that is not base64url', 'ex:ask:what?'],
		['a key never handed out', 'ex:k:AAAAAAAAAAAAAAAAAAAAAA'],
		['an id over 100 characters', `ex:ask:${'a'.repeat(100)}`],
	])('refuses %s', (_what, customId) => {
		expect(decodeActionId(customId)).toBeUndefined();
	});
});

describe('isActionId', () => {
	it("tells an Export or Chart button's id from a page button's", () => {
		expect([
			isActionId('ex:agreement::::'),
			isActionId('ch:k:x'),
			isActionId('pg:agreement:0:::::'),
			isActionId('ex'),
		]).toEqual([true, true, false, false]);
	});
});
