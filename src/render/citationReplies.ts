/**
 * What the citation buttons under an answer open: "Show source" shows the paragraph of the article a quote stands in,
 * the quote in bold, named by outlet and date; "More citations" lists every citation of the answer, in pages that
 * keep Discord's limits (nothing is cut: a citation that does not fit on a page starts the next).
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import type { Citation } from '../engine/answer.js';
import type { QuoteParagraph } from '../engine/quoteParagraph.js';
import { escapeUserText } from '../text/escapeUserText.js';
import { quoteWindow } from '../text/trimAround.js';
import { truncate } from '../text/truncate.js';
import { type ShownAnswer, rendered } from './answerProse.js';
import { citationLink, escapedQuote } from './citationMarkdown.js';
import { type SourceCatalogue, citationName } from './citations.js';

/** The colour of the replies about sources (the source kind's). */
const SOURCE_COLOUR = 0x4b5563;
/** Room for each quote in the list of citations: most quotes are whole within it. */
const LISTED_QUOTE_LIMIT = 500;
/** Room kept on each page of citations for its footer. */
const FOOTER_ROOM = 80;

/**
 * @param citation - the citation whose source is shown
 * @param paragraph - the paragraph its quote stands in (`Engine.quoteParagraph`); without one, the quote alone
 * @param sources - the catalogue, for the outlet, date, title and address
 * @returns an embed: the outlet and date as title (linked where the catalogue has the article's address), the
 *   paragraph with the quote in bold as description, trimmed around the quote with "…" only if it is longer than an
 *   embed holds, and the article's title and file in the footer
 * @example
 * sourceEmbed(citation, engine.quoteParagraph(citation), engine.sourceCatalogue).title; // 'nCa, 26 October 2021'
 */
export function sourceEmbed(
	citation: Citation,
	paragraph: QuoteParagraph | undefined,
	sources: SourceCatalogue,
): APIEmbed {
	const { text, url } = citationName(citation, sources);
	const shown = paragraph ?? { source: citation.source, text: citation.quote, start: 0, end: citation.quote.length };
	const source = sources.get(citation.source);
	return {
		title: truncate(escapeUserText(text), DISCORD_LIMITS.embedTitle),
		...(url ? { url } : {}),
		description: boldedParagraph(shown, DISCORD_LIMITS.embedDescription),
		color: SOURCE_COLOUR,
		footer: {
			text: truncate(source ? `${source.title} · ${citation.source}` : citation.source, DISCORD_LIMITS.embedFooter),
		},
	};
}

/**
 * The paragraph as markdown within `limit` characters: the source's text escaped, the quote in bold (each line of it,
 * for a quote that runs across paragraphs), and, only when it is too long, trimmed around the quote with "…".
 *
 * @example
 * boldedParagraph({ source: 'a.txt', text: 'It was *signed*. It came into force.', start: 17, end: 36 }, 4096);
 * // 'It was \\*signed\\*. **It came into force.**'
 */
export function boldedParagraph(paragraph: QuoteParagraph, limit: number): string {
	let room = limit;
	for (;;) {
		const markdown = boldedWithin(paragraph, room);
		if (markdown.length <= limit || room <= 3) return markdown.slice(0, limit);
		room -= markdown.length - limit;
	}
}

function boldedWithin(paragraph: QuoteParagraph, room: number): string {
	const { text } = paragraph;
	// A quote longer than the room keeps its opening.
	const kept = { start: paragraph.start, end: Math.min(paragraph.end, paragraph.start + Math.max(1, room - 2)) };
	const window = quoteWindow(text, room, [kept]);
	const start = Math.min(Math.max(paragraph.start, window.start), window.end);
	const end = Math.min(Math.max(paragraph.end, start), window.end);
	const before = text.slice(window.start, start);
	const quote = text.slice(start, end);
	const after = text.slice(end, window.end);
	const bold = quote
		.split('\n')
		.map((line) => {
			const trimmed = line.trim();
			// Discord only bolds between markers that touch the text: spaces stay outside them.
			if (trimmed === '') return line;
			const lead = line.slice(0, line.indexOf(trimmed));
			const tail = line.slice(lead.length + trimmed.length);
			return `${lead}**${escapeLines(trimmed)}**${tail}`;
		})
		.join('\n');
	return `${window.start > 0 ? '…' : ''}${escapeLines(before)}${bold}${escapeLines(after)}${window.end < text.length ? '…' : ''}`;
}

/** Escapes each line of source text, keeping the line breaks between paragraphs. */
function escapeLines(text: string): string {
	return text.split('\n').map(escapeUserText).join('\n');
}

/**
 * @param answer - an answer
 * @param sources - the catalogue, to name each citation's source
 * @returns every citation of the answer, numbered, as pages of one embed each: each citation a field named by its
 *   outlet and date, its quote trimmed around the answer's value, and each page within Discord's limits (25 fields,
 *   6,000 characters), its footer saying which citations it holds
 * @example
 * citationPages(engine.get('visit-2022-kazakhstan')!, engine.sourceCatalogue)[0]?.fields?.[0]?.name;
 * // '1. Turkmenistan Analytic magazine, 2022'
 */
export function citationPages(answer: ShownAnswer, sources: SourceCatalogue): APIEmbed[] {
	const title = truncate(`Citations: ${rendered(answer).title}`, DISCORD_LIMITS.embedTitle);
	const fields = answer.citations.map((citation, index) => listedCitation(citation, index, answer, sources));
	const pages: APIEmbedField[][] = [];
	let page: APIEmbedField[] = [];
	let used = title.length + FOOTER_ROOM;
	for (const field of fields) {
		const length = field.name.length + field.value.length;
		if (page.length > 0 && (page.length >= DISCORD_LIMITS.embedFields || used + length > DISCORD_LIMITS.embedTotal)) {
			pages.push(page);
			page = [];
			used = title.length + FOOTER_ROOM;
		}
		page.push(field);
		used += length;
	}
	if (page.length > 0 || pages.length === 0) pages.push(page);
	const total = answer.citations.length;
	let first = 1;
	return pages.map((held, index) => {
		const last = first + held.length - 1;
		const which =
			total === 0
				? 'No citations'
				: held.length === 1
					? `Citation ${first} of ${total}`
					: `Citations ${first}–${last} of ${total}`;
		const embed: APIEmbed = {
			title,
			color: SOURCE_COLOUR,
			fields: held,
			footer: { text: pages.length > 1 ? `${which} · page ${index + 1} of ${pages.length}` : which },
		};
		first = last + 1;
		return embed;
	});
}

function listedCitation(
	citation: Citation,
	index: number,
	answer: ShownAnswer,
	sources: SourceCatalogue,
): APIEmbedField {
	const { text, url } = citationName(citation, sources);
	const link = url ? `\n${citationLink(citation, sources)}` : '';
	const room = DISCORD_LIMITS.embedFieldValue - 2 - link.length;
	return {
		name: truncate(`${index + 1}. ${escapeUserText(text)}`, DISCORD_LIMITS.embedFieldName),
		value: `> ${escapedQuote(citation, answer, Math.min(LISTED_QUOTE_LIMIT, room))}${link}`,
	};
}
