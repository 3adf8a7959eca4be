/**
 * The sentence that says why `ask` found no answer (see `AskNotice`): what the sources do not mention, or what they
 * hold for each part of a question that mixes two meetings up.
 */
import type { Measure } from '../engine/ask/measures.js';
import type { AskNotice, NoticeMeeting } from '../engine/ask/notice.js';
import { formatDate, listOf } from '../text/format.js';
import { ordinalWord } from '../text/ordinals.js';
import { MONTHS } from '../engine/ask/questionContext.js';

/**
 * @example
 * noticeText({ kind: 'not-in-sources', words: ['Uzbekistan'] }); // 'The sources do not mention Uzbekistan.'
 */
export function noticeText(notice: AskNotice): string {
	if (notice.kind === 'not-in-sources') return `The sources do not mention ${listOf(notice.words, 'or')}.`;
	if (notice.kind === 'no-award') {
		const recorded = (notice.recorded ?? []).map(
			({ award, giver, recipient }) => `the ${award} given by ${giver} to ${recipient}`,
		);
		if (recorded.length === 0) return `The sources record no award involving ${listOf(notice.names, 'and')}.`;
		return `The sources record no such award to or from ${listOf(notice.names, 'or')}; they record ${listOf(recorded, 'and')}.`;
	}
	if (notice.kind === 'no-measure')
		return `The sources give no ${listOf(
			notice.measures.map((measure) => MEASURE_NAMES[measure]),
			'or',
		)} for this; the closest matches are below.`;
	if (notice.kind === 'other-ordinal')
		return `The sources report the ${ordinalWord(notice.found)} (“${notice.title}”), not the ${ordinalWord(notice.asked)}.`;
	if (notice.kind === 'other-countries')
		return `The closest figure, “${notice.title}”, is about ${listOf(notice.countries, 'and')}; the sources give none of it for ${listOf(notice.missing, 'or')}.`;
	if (notice.kind === 'other-direction')
		return `The closest figure, “${notice.title}”, runs from ${notice.from} to ${notice.to}; the sources give none of it from ${notice.to} to ${notice.from}.`;
	if (notice.kind === 'other-period')
		return `The closest figure, “${notice.title}”, is for ${notice.period}; the sources give none of it for ${listOf(notice.asked.map(String), 'or')}.`;
	if (notice.kind === 'no-follow-up') return `The sources record “${notice.title}” but not what became of it.`;
	if (notice.kind === 'not-listed')
		return `The source states ${notice.stated} documents signed at the meeting in ${meetingText(notice.meeting)}, but names ${notice.listed === 0 ? 'none' : `only ${notice.listed}`} of them.`;
	if (notice.kind === 'no-documents')
		return `The sources neither list nor count the documents signed at the meeting${notice.meetings.length === 1 ? '' : 's'} in ${listOf(notice.meetings.map(meetingText), 'or')}.`;
	if (notice.kind === 'elsewhere')
		return `The sources place “${notice.title}” at the meeting in ${meetingText(notice.meeting)}, not at the one in ${listOf(
			notice.asked.map(meetingText),
			'or',
		)}.`;
	if (notice.kind === 'held-elsewhere')
		return `The sources place “${notice.title}” in ${listOf(notice.places, 'and')}, not in ${listOf(notice.asked, 'or')}.`;
	// Two parts that name the same meetings say the same thing once ("in Ashgabat in 2021").
	const distinct = notice.parts.filter(
		(part, index) => !notice.parts.slice(0, index).some((earlier) => sameMeetings(earlier.visits, part.visits)),
	);
	const parts = distinct.map((part) => {
		const where = listOf(part.meetings.map(meetingText), 'and');
		const one = part.meetings.length === 1;
		switch (part.kind) {
			case 'city':
				return `the meeting${one ? '' : 's'} in ${listOf(
					part.values.map((value) => title(String(value))),
					'and',
				)} ${one ? 'was' : 'were'} on ${listOf(
					part.meetings.map((meeting) => formatDate(meeting.date)),
					'and',
				)}`;
			case 'year':
				return `in ${listOf(part.values.map(String), 'and')} the meeting${one ? ' was' : 's were'} in ${where}`;
			case 'month':
				return `in ${listOf(
					part.values.map((month) => title(MONTHS[Number(month) - 1] ?? String(month))),
					'and',
				)} the meeting${one ? ' was' : 's were'} in ${where}`;
			case 'leader':
				return `the sources name ${listOf(part.names ?? part.values.map(String), 'and')} at the meeting${one ? '' : 's'} in ${where}`;
			case 'country':
				return `${listOf(part.values.map(String), 'and')} took part in the meeting${one ? '' : 's'} in ${where}`;
			case 'meeting':
				return `the meeting${one ? '' : 's'} named by ${one ? 'its title was' : 'their titles were'} in ${where}`;
		}
	});
	const sentence = parts.join('; ');
	return `No meeting in the sources matches all of that: ${sentence}.`;
}

/** What each measure is called in a sentence. */
const MEASURE_NAMES: Readonly<Record<Measure, string>> = {
	money: 'cost, price or sum',
	mass: 'weight in tonnes',
	volume: 'volume',
	length: 'length',
	capacity: 'capacity',
	share: 'share or percentage',
	date: 'date',
	day: 'day',
	number: 'number',
	person: 'name of a person',
	organisation: 'name of a company or body',
	place: 'place',
};

function meetingText(meeting: NoticeMeeting): string {
	return `${meeting.city}, ${formatDate(meeting.date)}`;
}

function sameMeetings(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id) => b.includes(id));
}

function title(text: string): string {
	return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}
