import { describe, expect, it } from 'vitest';
import type { AwardAnswer, AwardSetAnswer } from '../../src/engine/answer.js';
import { awardSetProse } from '../../src/render/awardSetProse.js';

function award(name: string, giver: string | null, country: 'Turkmenistan' | 'Türkiye', iso: string): AwardAnswer {
	return {
		kind: 'award',
		id: `award-${iso}`,
		record: {
			id: `award-${iso}`,
			names: [name],
			description: 'An order.',
			giver: { country, person: giver === null ? null : 'person-giver' },
			recipient: { country: 'Kazakhstan', person: 'person-tokayev' },
			visit: 'visit-a',
			date: { iso, precision: 'day' },
			reason: null,
			evidence: [{ source: 'a.txt', quote: 'q' }],
		},
		giverName: giver,
		recipientName: 'Kassym-Jomart Tokayev',
		citations: [{ source: 'a.txt', quote: 'q' }],
	} as AwardAnswer;
}

describe('awardSetProse', () => {
	it('lists each award a person received with whom it came from and when', () => {
		const answer: AwardSetAnswer = {
			kind: 'awards',
			id: 'awards-recipient-person-tokayev',
			person: 'Kassym-Jomart Tokayev',
			role: 'recipient',
			awards: [
				award('Bitaraplyk', 'Gurbanguly Berdimuhamedov', 'Turkmenistan', '2021-10-25'),
				award('Devlet Nişanı', null, 'Türkiye', '2025-07-29'),
			],
			citations: [],
		};
		const prose = awardSetProse(answer);
		expect(prose.title).toBe('Awards received by Kassym-Jomart Tokayev');
		expect(prose.text).toBe(
			[
				'Kassym-Jomart Tokayev received 2 awards in the sources:',
				'• Bitaraplyk, from Gurbanguly Berdimuhamedov (Turkmenistan) on 25 October 2021',
				'• Devlet Nişanı, from Türkiye on 29 July 2025',
			].join('\n'),
		);
		expect(prose.fields['awards']).toEqual(['Bitaraplyk', 'Devlet Nişanı']);
	});

	it('says to whom a person gave awards', () => {
		const given = awardSetProse({
			kind: 'awards',
			id: 'awards-giver-x',
			person: 'Gurbanguly Berdimuhamedov',
			role: 'giver',
			awards: [award('Bitaraplyk', 'Gurbanguly Berdimuhamedov', 'Turkmenistan', '2021-10-25')],
			citations: [],
		});
		expect(given.title).toBe('Awards given by Gurbanguly Berdimuhamedov');
		expect(given.text).toContain('• Bitaraplyk, to Kassym-Jomart Tokayev (Kazakhstan) on 25 October 2021');
	});
});
