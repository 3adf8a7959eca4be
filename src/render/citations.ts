/**
 * How a citation is shown: named by its source's outlet and publication date from the catalogue (`data/sources.json`),
 * linked where the catalogue has the article's address, and its quote trimmed around the words that hold the answer's
 * value (`trimAround`) rather than cut from its end. The embeds, the text output and the list rows all name and trim
 * citations here; `citationMarkdown.ts` writes them for Discord. Nothing here imports discord.js: the CLI, which is
 * bundled, shows citations too.
 */
import type { SourceRecord } from '../data/schema.js';
import type { Citation } from '../engine/answer.js';
import { MONTH_NAMES, formatDate } from '../text/format.js';
import { trimAround } from '../text/trimAround.js';
import { truncate } from '../text/truncate.js';
import { type ShownAnswer, rendered } from './answerProse.js';
import { QUALIFIER_PHRASES } from './phrases.js';

/** The source articles' catalogue entries, by file name (`Engine.sourceCatalogue`). */
export type SourceCatalogue = ReadonlyMap<string, SourceRecord>;

/** A citation's source as a reader names it. */
export interface CitationName {
	/** "nCa, 26 November 2025"; an article that names no outlet by its title, shortened. */
	text: string;
	/** The article's address, where the catalogue has one. */
	url: string | null;
}

/** How long a title may be where it names an article that names no outlet. */
const TITLE_NAME_LENGTH = 48;

/**
 * @param citation - a citation (its source's file name is what is named)
 * @param sources - the catalogue
 * @returns the outlet and publication date, or the article's shortened title where it names no outlet
 * @example
 * citationName({ source: '000_60c27e27655f15d3.txt', quote: '…' }, engine.sourceCatalogue).text; // 'nCa, 26 November 2025'
 */
export function citationName(citation: Pick<Citation, 'source'>, sources: SourceCatalogue): CitationName {
	const source = sources.get(citation.source);
	// Only a dataset that failed validation cites a file the catalogue lacks: the file name is all there is.
	if (!source) return { text: citation.source, url: null };
	const date = source.published ? formatDate(source.published) : null;
	const who = source.outlet ?? shortTitle(source.title, date);
	return { text: `${who}, ${date ?? QUALIFIER_PHRASES.noPublicationDate}`, url: source.url ?? null };
}

/**
 * The words of a quote that hold the answer's value, for `trimAround`: a figure's value as written and its period,
 * a record's name (a document's title and other names, an award's names, a person's), and a date as the quote writes
 * it (the first of "5 December 2015", "December 5, 2015", "December 2015", "2015" that it holds).
 *
 * @param answer - the answer the citation backs
 * @param quote - the citation's quote
 * @returns the phrases, the most important first
 * @example
 * citationFocus(engine.get('doc-2015-nuclear-weapon-free-world-declaration')!, quote);
 * // ['Universal Declaration on Building a Nuclear-Weapon-Free World', 'December 5, 2015']
 */
export function citationFocus(answer: ShownAnswer, quote: string): string[] {
	const { kind, title, fields } = rendered(answer);
	const text = (key: string): string[] => {
		const value = fields[key];
		if (typeof value === 'string' && value !== '') return [value];
		return Array.isArray(value) ? value.filter((item) => item !== '') : [];
	};
	const date = dateAsWritten(fields['date'], quote);
	switch (kind) {
		case 'figure':
			return [...text('valueText'), ...text('period')];
		case 'document':
			return [title, ...text('aliases'), ...date];
		case 'award':
			return [...text('names'), ...date];
		case 'visit':
			return [...date, ...text('city')];
		case 'event':
		case 'proposal':
		case 'person':
		case 'organisation':
			return [title, ...text('aliases')];
		default:
			return [];
	}
}

/**
 * @param citation - a quote
 * @param answer - the answer it backs, whose value the trimmed quote keeps
 * @param limit - the room, ellipses included
 * @returns the quote as it may be shown: whole when it fits, otherwise trimmed around the value
 */
export function citationQuote(citation: Citation, answer: ShownAnswer, limit: number): string {
	return citation.quote.length <= limit
		? citation.quote
		: trimAround(citation.quote, limit, citationFocus(answer, citation.quote));
}

/**
 * @example
 * [moreCitations(1), moreCitations(2)]; // ['1 more citation', '2 more citations']
 */
export function moreCitations(count: number): string {
	return `${count} more citation${count === 1 ? '' : 's'}`;
}

/** The date as the quote writes it, among the ways an English article writes one; none when it writes none. */
function dateAsWritten(iso: unknown, quote: string): string[] {
	if (typeof iso !== 'string') return [];
	const [year, month, day] = iso.split('-');
	if (!year) return [];
	const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
	const dayNumber = day ? String(Number(day)) : undefined;
	const forms = [
		...(monthName && dayNumber
			? [
					`${dayNumber} ${monthName} ${year}`,
					`${monthName} ${dayNumber}, ${year}`,
					`${dayNumber} ${monthName}`,
					`${monthName} ${dayNumber}`,
				]
			: []),
		...(monthName ? [`${monthName} ${year}`] : []),
		year,
	];
	const found = forms.find((form) => quote.includes(form));
	return found ? [found] : [];
}

/** An article's title as its name: without the date the name adds anyway, and short. */
function shortTitle(title: string, date: string | null): string {
	const withoutDate = date && title.endsWith(`, ${date}`) ? title.slice(0, -`, ${date}`.length) : title;
	return truncate(withoutDate, TITLE_NAME_LENGTH);
}
