/** Friendly, safe replies for the cases that are not answers. */
import { describeFilterProblem, type FilterProblem } from '../engine/filters.js';
import { type Reply, textReply } from '../render/reply.js';
import { escapeUserText } from '../text/escapeUserText.js';
import { truncate } from '../text/truncate.js';

/** Echoed queries are cut so the whole message stays far below 2,000 characters. */
const ECHO_LIMIT = 200;

/** Shows user text back inside inline code, escaped, cut. */
export function quoteUserText(text: string): string {
	const clean = truncate(text.replace(/\s+/gu, ' ').trim(), ECHO_LIMIT).replace(/`/gu, 'ˋ');
	return clean === '' ? '(empty)' : `\`${escapeUserText(clean).replace(/\\/gu, '')}\``;
}

export function filterProblemReply(problem: FilterProblem): Reply {
	return textReply(`${describeFilterProblem(problem)} You gave ${quoteUserText(problem.value)}.`);
}

/**
 * @param what - what was looked for ("agreement")
 * @param query - the user's query, echoed safely
 * @param suggestions - "did you mean" titles from the engine
 */
export function notFoundReply(what: string, query: string | undefined, suggestions: readonly string[]): Reply {
	const lead = query ? `No ${what} matches ${quoteUserText(query)}.` : `No ${what} matches those filters.`;
	const hint =
		suggestions.length > 0
			? `\nDid you mean:\n${suggestions.map((title) => `• ${escapeUserText(truncate(title, 150))}`).join('\n')}`
			: '';
	return textReply(`${lead}${hint}`);
}

export const GENERIC_ERROR = 'Something went wrong while answering. The error has been logged; please try again.';
export const EXPIRED_BUTTON = 'This button is no longer valid. Run the command again to get a fresh list.';
