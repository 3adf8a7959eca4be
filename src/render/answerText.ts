/**
 * Answers as plain text, for the CLI and the local console. Citations are
 * always shown, so a reader can check every answer against its source.
 */
import type { Citation } from '../engine/answer.js';
import { type ShownAnswer, rendered } from './answerProse.js';
import { truncate } from '../text/truncate.js';

/** Long quotes are shortened in text output; the JSON output keeps them whole. */
export const TEXT_QUOTE_LIMIT = 300;

/**
 * @param citation - a source file and a quote from it
 * @returns `> “quote” — file`
 * @example
 * renderCitationText({ source: 'a.txt', quote: 'It was signed.' }); // '  > “It was signed.” — a.txt'
 */
export function renderCitationText(citation: Citation): string {
	return `  > “${truncate(citation.quote, TEXT_QUOTE_LIMIT)}” — ${citation.source}`;
}

/**
 * @param answer - one answer
 * @param options - `citations`: how many to show (default 2)
 * @returns the title, the text and the citations, one per line
 */
export function renderAnswerText(answer: ShownAnswer, options: { citations?: number } = {}): string {
	const limit = options.citations ?? 2;
	const { title, text } = rendered(answer);
	const lines = [`[${answer.kind}] ${title}`, text];
	for (const citation of answer.citations.slice(0, limit)) lines.push(renderCitationText(citation));
	if (answer.citations.length > limit) lines.push(`  (+${answer.citations.length - limit} more citations)`);
	return lines.join('\n');
}

/** A numbered list of answers, or the suggestions when there are none. */
export function renderAnswerListText(
	answers: readonly ShownAnswer[],
	suggestions: readonly string[],
	emptyMessage: string,
): string {
	if (answers.length === 0) {
		const hint =
			suggestions.length > 0 ? `\nDid you mean: ${suggestions.map((title) => `“${title}”`).join(', ')}?` : '';
		return `${emptyMessage}${hint}`;
	}
	return answers.map((answer, index) => `${index + 1}. ${renderAnswerText(answer)}`).join('\n\n');
}
