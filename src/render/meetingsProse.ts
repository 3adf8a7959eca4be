/**
 * Meetings set side by side: each meeting's answer under the meeting's place and date, so "which Kazakh company was
 * the partner in 2021 and in 2025" is answered on both sides in one answer.
 */
import type { Answer, MeetingsAnswer } from '../engine/answer.js';
import { formatDate } from '../text/format.js';
import type { AnswerProse } from './answerProse.js';

/**
 * @param answer - the meetings and the answer found at each
 * @param sideProse - writes one side's answer (`answerProse`)
 * @example
 * meetingsProse(answer, answerProse).text; // '• Ashgabat, 25 October 2021: Agreement of intent … \n• Astana, …'
 */
export function meetingsProse({ sides }: MeetingsAnswer, sideProse: (answer: Answer) => AnswerProse): AnswerProse {
	const written = sides.map(({ meeting, answer }) => ({ meeting, prose: sideProse(answer) }));
	return {
		title: written.map(({ meeting }) => `${meeting.city} ${meeting.startDate.iso.slice(0, 4)}`).join(' vs '),
		text: written
			.map(({ meeting, prose }) => `• ${meeting.city}, ${formatDate(meeting.startDate)}: ${withTitle(prose)}`)
			.join('\n'),
		fields: { sides: sides.map(({ answer }) => answer.id), meetings: sides.map(({ meeting }) => meeting.id) },
	};
}

/** A side's text, led by its title unless the text already opens with it (a document's does). */
function withTitle({ title, text }: AnswerProse): string {
	return text.startsWith(title) ? text : `${title}. ${text}`;
}
