/**
 * Questions across meetings ("which Kazakh company was the partner in 2021 and in 2025", "how did the 2021 order
 * differ from the 2025 one") are answered on every side in one answer: the best record of each meeting the question
 * names, of the kind the best answer is, side by side. Figures have their own comparison (`comparisons.ts`).
 */
import type { Answer, MeetingsAnswer, VisitRef } from '../answer.js';
import type { Entry } from '../entries.js';
import type { Hit } from '../search/searchIndex.js';
import type { Intent, QuestionContext } from './questionContext.js';
import { RANKING } from './ranking.js';

/** What a meeting's own record gives: its leaders, its place, its days. */
const MEETING_FACTS: readonly Intent[] = ['who', 'where', 'when', 'visit'];

/**
 * @param context - the question as read: its scope, its years, its intents
 * @returns the meetings of the scope, when the question names two or three by their years and asks who, where or
 *   when ("the 2021 talks and the 2025 ones"): their own records answer it, and lead
 */
export function meetingsAskedAbout(context: QuestionContext): readonly string[] {
	const asked =
		spansMeetings(context) &&
		new Set(context.years).size >= 2 &&
		MEETING_FACTS.some((intent) => context.intents.has(intent));
	return asked ? context.scope : [];
}

/** Whether the question's scope holds two or three meetings, few enough to set side by side. */
function spansMeetings({ scope }: QuestionContext): boolean {
	return fewSides(scope.length);
}

/** Two or three sides: enough to compare, few enough to read side by side. */
function fewSides(count: number): boolean {
	return count >= 2 && count <= 3;
}

/** The answer that sets each meeting's answer side by side, with every side's citations. */
function meetingsAnswer(sides: MeetingsAnswer['sides']): MeetingsAnswer {
	return {
		kind: 'meetings',
		id: `meetings-${sides.map(({ answer }) => answer.id).join('-')}`,
		sides,
		citations: sides.flatMap(({ answer }) => answer.citations),
	};
}

/**
 * @param context - the question as read: its scope, its years, whether it compares
 * @param hits - the best matches, best first
 * @param meetingOf - a visit's reference by its id
 * @returns one answer per meeting of the scope, when the question sets two or three side by side and the best
 *   matches hold a record of the leading kind at each of at least two of them
 */
export function meetingSides(
	context: QuestionContext,
	hits: readonly Hit<Entry>[],
	meetingOf: (id: string) => VisitRef | undefined,
): MeetingsAnswer | undefined {
	const { scope } = context;
	if (!spansMeetings(context) || !(context.compares || new Set(context.years).size >= 2)) return undefined;
	const best = hits.slice(0, RANKING.comparisonConsidered);
	const lead = best.find(({ entry }) => scope.includes(sideMeeting(entry) ?? ''));
	if (!lead || lead.entry.kind === 'figure') return undefined;
	const sides = scope.flatMap((id) => {
		const side = best.find(({ entry }) => entry.kind === lead.entry.kind && sideMeeting(entry) === id);
		const meeting = meetingOf(id);
		return side && meeting ? [{ meeting, answer: side.entry.answer }] : [];
	});
	return sides.length >= 2 ? meetingsAnswer(sides) : undefined;
}

/**
 * @param counts - the document counts of the meetings of a question that compares them ("docs signed: the Astana
 *   visit vs the Ankara council")
 * @returns the counts side by side in one answer, when there are two or three
 */
export function countsSideBySide(counts: readonly Answer[]): MeetingsAnswer | undefined {
	const sides = counts.flatMap((answer) =>
		answer.kind === 'count' && answer.value.of === 'visit' ? [{ meeting: answer.value.visit, answer }] : [],
	);
	return fewSides(sides.length) && sides.length === counts.length ? meetingsAnswer(sides) : undefined;
}

/** The meeting a record is of: a visit's own, or the visit a record belongs to. */
function sideMeeting(entry: Entry): string | null {
	return entry.kind === 'visit' ? entry.id : entry.visit;
}

/** The answers a meetings answer sets side by side, which are not shown again on their own. */
export function sideAnswers(answer: MeetingsAnswer | undefined): readonly Answer[] {
	return answer?.sides.map((side) => side.answer) ?? [];
}
