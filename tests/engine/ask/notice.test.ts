import { describe, expect, it } from 'vitest';
import { type AskNotice, noticeWithholds } from '../../../src/engine/ask/notice.js';

const astana = { id: 'visit-b', city: 'Astana', date: { iso: '2025-11-24', precision: 'day' as const } };
const ashgabat = { id: 'visit-a', city: 'Ashgabat', date: { iso: '2021-10-25', precision: 'day' as const } };

describe('noticeWithholds', () => {
	it('is true for every notice that says the sources do not answer', () => {
		const withholding: AskNotice[] = [
			{ kind: 'not-in-sources', words: ['Uzbekistan'] },
			{ kind: 'no-award', names: ['Recep Tayyip Erdoğan'] },
			{ kind: 'no-measure', measures: ['money'] },
			{ kind: 'other-direction', title: 'Companies', from: 'Turkmenistan', to: 'Kazakhstan' },
			{ kind: 'scope-conflict', parts: [] },
		];
		for (const notice of withholding) expect([notice.kind, noticeWithholds(notice)]).toEqual([notice.kind, true]);
	});

	it('is false for a correction given beside an answer', () => {
		expect(noticeWithholds({ kind: 'elsewhere', title: 'Memorandum', meeting: ashgabat, asked: [astana] })).toBe(false);
		expect(noticeWithholds({ kind: 'held-elsewhere', title: 'Summit', places: ['Ashgabat'], asked: ['Astana'] })).toBe(
			false,
		);
	});
});
