/**
 * Citations as Discord markdown: the source's name as a masked link where the catalogue has the article's address,
 * and the quote escaped. Apart from `citations.ts` because escaping uses discord.js, which the CLI does not load.
 */
import type { Citation } from '../engine/answer.js';
import { escapeUserText } from '../text/escapeUserText.js';
import type { ShownAnswer } from './answerProse.js';
import { type SourceCatalogue, citationName, citationQuote } from './citations.js';

/** Brackets percent-encoded in a link's address (`encodeURIComponent` leaves parentheses as they are). */
const URL_BRACKETS: Readonly<Record<string, string>> = { '(': '%28', ')': '%29', '[': '%5B', ']': '%5D' };

/**
 * @returns the name as markdown: a masked link where there is an address, escaped text otherwise
 * @example
 * citationLink({ source: 'a.txt', quote: '…' }, sources); // '[Agency, 1 May 2025](https://example.org/a)'
 */
export function citationLink(citation: Pick<Citation, 'source'>, sources: SourceCatalogue): string {
	const { text, url } = citationName(citation, sources);
	const escaped = escapeUserText(text);
	// A bracket or parenthesis in the address would end the link early.
	return url ? `[${escaped}](${url.replace(/[()[\]]/gu, (bracket) => URL_BRACKETS[bracket] ?? bracket)})` : escaped;
}

/**
 * @returns the quote trimmed (see `citationQuote`) and escaped for Discord, still within `limit` after escaping
 */
export function escapedQuote(citation: Citation, answer: ShownAnswer, limit: number): string {
	let room = limit;
	for (;;) {
		const escaped = escapeUserText(citationQuote(citation, answer, room));
		if (escaped.length <= limit || room <= 1) return escaped;
		room -= escaped.length - limit;
	}
}
