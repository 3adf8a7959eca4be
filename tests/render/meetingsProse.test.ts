import { describe, expect, it } from 'vitest';
import type { Answer, MeetingsAnswer, VisitRef } from '../../src/engine/answer.js';
import type { AnswerProse } from '../../src/render/answerProse.js';
import { meetingsProse } from '../../src/render/meetingsProse.js';

function meeting(id: string, city: string, iso: string): VisitRef {
	return { id, title: `Visit to ${city}`, city, startDate: { iso, precision: 'day' } };
}

const side = (id: string): Answer => ({ id }) as Answer;

describe('meetingsProse', () => {
	const answer: MeetingsAnswer = {
		kind: 'meetings',
		id: 'meetings-a-b',
		sides: [
			{ meeting: meeting('visit-a', 'Ashgabat', '2021-10-25'), answer: side('doc-a') },
			{ meeting: meeting('visit-b', 'Astana', '2025-11-24'), answer: side('doc-b') },
		],
		citations: [],
	};
	const prose = (of: Answer): AnswerProse =>
		of.id === 'doc-a'
			? { title: 'Memorandum with Jusan Mobile', text: 'Memorandum with Jusan Mobile: signed.', fields: {} }
			: { title: 'Memorandum with TNS-Plus', text: 'Exchanged before the presidents.', fields: {} };

	it('writes each meeting with its place and date, and its answer, in turn', () => {
		const written = meetingsProse(answer, prose);
		expect(written.title).toBe('Ashgabat 2021 vs Astana 2025');
		expect(written.text.split('\n')).toEqual([
			// A text that opens with its title is not led by it twice.
			'• Ashgabat, 25 October 2021: Memorandum with Jusan Mobile: signed.',
			'• Astana, 24 November 2025: Memorandum with TNS-Plus. Exchanged before the presidents.',
		]);
		expect(written.fields).toEqual({ sides: ['doc-a', 'doc-b'], meetings: ['visit-a', 'visit-b'] });
	});
});
