/** A visit's button ids: they carry the visit, the list and the page, round-trip, and refuse anything else. */
import { describe, expect, it } from 'vitest';
import {
	type VisitButton,
	decodeVisitButtonId,
	encodeVisitButtonId,
	isVisitButtonId,
} from '../../src/discord/visitIds.js';

describe('encodeVisitButtonId', () => {
	it.each<[string, VisitButton, string]>([
		[
			'the button that opens a list',
			{ kind: 'list', visit: 'visit-2025-astana', list: 'documents' },
			'vl:documents::visit-2025-astana',
		],
		[
			'a page of it',
			{ kind: 'list', visit: 'visit-2025-astana', list: 'follow-ups', page: 2 },
			'vl:follow-ups:2:visit-2025-astana',
		],
		['one of several visits', { kind: 'choice', visit: 'visit-2021-ashgabat' }, 'vc:visit-2021-ashgabat'],
	])('carries %s in the id itself, so it works after a restart', (_what, button, id) => {
		expect(encodeVisitButtonId(button)).toBe(id);
		expect(decodeVisitButtonId(id)).toEqual(button);
	});

	it('gives no id for a visit id too long for 100 characters', () => {
		expect(encodeVisitButtonId({ kind: 'list', visit: `visit-${'a'.repeat(100)}`, list: 'documents' })).toBeUndefined();
	});
});

describe('decodeVisitButtonId', () => {
	it.each([
		'vl:nothing::visit-2025-astana',
		'vl:documents:x:visit-2025-astana',
		'vl:documents:99999:visit-2025-astana',
		'vl:documents::Visit 2025',
		'vl:documents:visit-2025-astana',
		'vc:',
		'vc:visit:extra',
		'pg:agreement:0:::::',
		`vc:${'a'.repeat(120)}`,
	])('refuses %s', (id) => {
		expect(decodeVisitButtonId(id)).toBeUndefined();
	});
});

describe('isVisitButtonId', () => {
	it("tells a visit button's id, decodable or not, from any other", () => {
		expect([isVisitButtonId('vl:nothing::x'), isVisitButtonId('vc:x'), isVisitButtonId('ex:visit:x')]).toEqual([
			true,
			true,
			false,
		]);
	});
});
