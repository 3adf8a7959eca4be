/**
 * A page of a ranked list as one embed: numbered titles, each whole, with a short line and the first citation's
 * source, and the page position and how many results there are in all in the footer.
 */
import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import { truncate } from '../text/truncate.js';
import { type ShownAnswer, answerLine, rendered } from './answerProse.js';
import { citationLink, escapedQuote } from './citationMarkdown.js';
import { type SourceCatalogue } from './citations.js';
import { fitEmbed } from './fitEmbed.js';

export const PAGE_SIZE = 5;
/** Room for a row's quote, trimmed around the answer's value; the record shows it whole. */
const QUOTE_LIMIT = 200;

export function pageCount(total: number): number {
	return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** One page of a ranked list: the results shown, where they start, and how many there are in all. */
export interface ListPage {
	total: number;
	offset: number;
	results: readonly ShownAnswer[];
}

/** What to ask the engine for to show zero-based page `page`. */
export function pageRequest(page: number): { offset: number; limit: number } {
	return { offset: Math.max(0, page) * PAGE_SIZE, limit: PAGE_SIZE };
}

/** The zero-based page a list page is. */
export function pageIndex(page: ListPage): number {
	return Math.floor(page.offset / PAGE_SIZE);
}

/**
 * @param heading - what the list is ("12 agreements")
 * @param page - the page's results, at most PAGE_SIZE of them
 * @param sources - the catalogue, to name each row's source
 * @returns an embed with the page's results
 */
export function listEmbed(heading: string, page: ListPage, sources: SourceCatalogue): APIEmbed {
	const pages = pageCount(page.total);
	const current = pageIndex(page);
	const start = page.offset;
	const fields = page.results.slice(0, PAGE_SIZE).map((answer, index) => {
		const { title } = rendered(answer);
		// A title too long for a field's name is never cut: it opens the value instead, under the bare number.
		const numbered = `${start + index + 1}. ${title}`;
		const named = numbered.length <= DISCORD_LIMITS.embedFieldName;
		const head = `${named ? '' : `${title}\n`}${answerLine(answer)}`;
		const citation = answer.citations[0];
		const link = citation ? citationLink(citation, sources) : '';
		const frame = `\n> \n— ${link}`.length;
		const room = Math.min(QUOTE_LIMIT, DISCORD_LIMITS.embedFieldValue - head.length - frame);
		const source = citation ? `\n> ${escapedQuote(citation, answer, room)}\n— ${link}` : '';
		return {
			name: named ? numbered : `${start + index + 1}.`,
			value: truncate(`${head}${source}`, DISCORD_LIMITS.embedFieldValue),
		};
	});
	return fitEmbed({
		title: heading,
		color: 0x2f6fde,
		fields,
		footer: { text: `Page ${current + 1} of ${pages} · ${page.total} result${page.total === 1 ? '' : 's'}` },
	});
}
