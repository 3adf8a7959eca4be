/**
 * A whole list, every row of it, as messages Discord accepts: the rows numbered, whole, in embed descriptions of at
 * most 4,096 characters, as many embeds to a message as its 6,000 characters allow, and as many messages (pages) as
 * the list needs. A row is never cut; only a row longer than a whole description (none in the dataset) is carried on
 * into the next embed, at a space. The pages follow from the rows alone, so a page number names the same rows
 * whenever it comes back. Pure.
 */
import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import { fitEmbed } from './fitEmbed.js';

/** Kept free in each message for the title and the footer, which are not rows. */
const FRAME = DISCORD_LIMITS.embedTitle + 100;
/** What one message's rows may use. */
const PAGE_BUDGET = DISCORD_LIMITS.embedTotal - FRAME;
const COLOUR = 0x2f6fde;

export interface FullListPage {
	embeds: APIEmbed[];
	/** Zero-based, moved onto the last page when past it. */
	page: number;
	pages: number;
}

/**
 * @param title - what the list is ("State visit of … : 20 documents")
 * @param counted - how many rows in all, in words ("20 documents"), for the footer
 * @param lines - every row, whole, in order
 * @param page - the zero-based page wanted
 * @returns the page's embeds, within Discord's limits, and how many pages there are
 * @example
 * fullListPage('Visit: 3 awards', '3 awards', ['A', 'B', 'C'], 0).embeds[0]?.description; // '1. A\n2. B\n3. C'
 */
export function fullListPage(title: string, counted: string, lines: readonly string[], page: number): FullListPage {
	const pages = paginate(lines.map((line, index) => `${index + 1}. ${line}`));
	const index = Math.min(Math.max(0, Math.floor(page)), pages.length - 1);
	const embeds = (pages[index] ?? [[]]).map((rows): APIEmbed =>
		rows.length > 0 ? { color: COLOUR, description: rows.join('\n') } : { color: COLOUR },
	);
	const first = embeds[0];
	if (first) first.title = title;
	const last = embeds.at(-1);
	if (last) last.footer = { text: pages.length > 1 ? `Page ${index + 1} of ${pages.length} · ${counted}` : counted };
	return { embeds: embeds.map(fitEmbed), page: index, pages: pages.length };
}

/** Rows → pages → embeds → rows; always at least one page. */
function paginate(rows: readonly string[]): string[][][] {
	const pages: string[][][] = [];
	let page: string[][] = [];
	let pageUsed = 0;
	let embed: string[] = [];
	let embedUsed = 0;
	const closeEmbed = (): void => {
		if (embed.length > 0) page.push(embed);
		embed = [];
		embedUsed = 0;
	};
	const closePage = (): void => {
		closeEmbed();
		if (page.length > 0) pages.push(page);
		page = [];
		pageUsed = 0;
	};
	for (const piece of rows.flatMap(pieces)) {
		const cost = piece.length + 1;
		if (pageUsed + cost > PAGE_BUDGET) closePage();
		if (embedUsed + cost > DISCORD_LIMITS.embedDescription) {
			closeEmbed();
			if (page.length >= DISCORD_LIMITS.embedsPerMessage) closePage();
		}
		embed.push(piece);
		embedUsed += cost;
		pageUsed += cost;
	}
	closePage();
	return pages.length > 0 ? pages : [[[]]];
}

/** A row as it fits one description: whole, or, past a description's length, in parts broken at spaces. */
function pieces(row: string): string[] {
	const limit = DISCORD_LIMITS.embedDescription;
	if (row.length <= limit) return [row];
	const parts: string[] = [];
	let rest = row;
	while (rest.length > limit) {
		const space = rest.lastIndexOf(' ', limit);
		const end = space > limit / 2 ? space : limit;
		parts.push(rest.slice(0, end));
		rest = rest.slice(end).trimStart();
	}
	if (rest !== '') parts.push(rest);
	return parts;
}
