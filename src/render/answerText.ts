/**
 * Answers as plain text, for the CLI and the local console. Citations are
 * always shown, so a reader can check every answer against its source.
 */
import type { Citation } from '../engine/answer.js';
import { type ShownAnswer, rendered } from './answerProse.js';
import { type SourceCatalogue, citationName, citationQuote, moreCitations } from './citations.js';

/** Long quotes are shortened in text output; the JSON output keeps them whole. */
export const TEXT_QUOTE_LIMIT = 300;

/**
 * @param citation - a source file and a quote from it
 * @param answer - the answer it backs: a long quote keeps the part around its value
 * @param sources - the catalogue, to name the source
 * @returns `> “quote” — outlet, date`, and the article's address where the catalogue has one
 * @example
 * renderCitationText({ source: '002_bb1a33c2bc12b1c8.txt', quote: 'It was signed.' }, answer, sources);
 * // '  > “It was signed.” — nCa, 26 October 2021'
 */
export function renderCitationText(citation: Citation, answer: ShownAnswer, sources: SourceCatalogue): string {
	const { text, url } = citationName(citation, sources);
	return `  > “${citationQuote(citation, answer, TEXT_QUOTE_LIMIT)}” — ${text}${url ? ` <${url}>` : ''}`;
}

/**
 * @param answer - one answer
 * @param sources - the catalogue, to name each citation's source
 * @param options - `citations`: how many to show (default 2)
 * @returns the title, the text and the citations, one per line
 */
export function renderAnswerText(
	answer: ShownAnswer,
	sources: SourceCatalogue,
	options: { citations?: number } = {},
): string {
	const limit = options.citations ?? 2;
	const { title, text } = rendered(answer);
	const lines = [`[${answer.kind}] ${title}`, text];
	for (const citation of answer.citations.slice(0, limit)) lines.push(renderCitationText(citation, answer, sources));
	if (answer.citations.length > limit) lines.push(`  (${moreCitations(answer.citations.length - limit)})`);
	return lines.join('\n');
}

/** A numbered list of answers, or the suggestions when there are none. */
export function renderAnswerListText(
	answers: readonly ShownAnswer[],
	sources: SourceCatalogue,
	suggestions: readonly string[],
	emptyMessage: string,
): string {
	if (answers.length === 0) {
		const hint =
			suggestions.length > 0 ? `\nDid you mean: ${suggestions.map((title) => `“${title}”`).join(', ')}?` : '';
		return `${emptyMessage}${hint}`;
	}
	return answers.map((answer, index) => `${index + 1}. ${renderAnswerText(answer, sources)}`).join('\n\n');
}
