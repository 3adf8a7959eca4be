/**
 * The paragraph of a source article a quote stands in, as data: what "Show source" shows around a citation. Paragraphs
 * are the article's lines, as `splitPassages` reads them; a quote is found as the dataset checks it, with its
 * whitespace normalised.
 */
import { normaliseWhitespace } from '../data/normaliseWhitespace.js';

export interface QuoteParagraph {
	/** The source article's file name. */
	source: string;
	/**
	 * The paragraph, its whitespace normalised; a quote that runs across paragraphs gets all of them, joined by a line
	 * break.
	 */
	text: string;
	/** Where the quote stands in `text`: `[start, end)` in UTF-16 code units. */
	start: number;
	end: number;
}

/**
 * @param source - the article's file name
 * @param sourceText - the article's text, as `data/sources/` holds it
 * @param quote - a quote from it (whitespace need not match)
 * @returns the paragraph and where the quote stands in it, or undefined when the quote is not in the text
 * @example
 * quoteParagraph('a.txt', 'Title\n\nIt was signed. It came into force.', 'It came into force.');
 * // { source: 'a.txt', text: 'It was signed. It came into force.', start: 15, end: 34 }
 */
export function quoteParagraph(source: string, sourceText: string, quote: string): QuoteParagraph | undefined {
	const wanted = normaliseWhitespace(quote);
	if (wanted === '') return undefined;
	const paragraphs = sourceText
		.split(/\n+/u)
		.map(normaliseWhitespace)
		.filter((paragraph) => paragraph !== '');
	const joined = paragraphs.join('\n');
	// A quote crossing a paragraph's end has a space where the text has a line break: search with the breaks as spaces.
	const at = joined.replace(/\n/gu, ' ').indexOf(wanted);
	if (at < 0) return undefined;
	const first = joined.lastIndexOf('\n', at - 1) + 1;
	const after = joined.indexOf('\n', at + wanted.length);
	const last = after < 0 ? joined.length : after;
	return { source, text: joined.slice(first, last), start: at - first, end: at - first + wanted.length };
}
