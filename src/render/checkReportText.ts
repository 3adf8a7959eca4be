/**
 * A check as plain text, for the CLI and the local console: the summary, then each claim with its verdict, the
 * sentence saying what the sources hold, and the quotes with their outlet and date.
 */
import { truncate } from '../text/truncate.js';
import { TEXT_QUOTE_LIMIT } from './answerText.js';
import type { RenderedCheck, RenderedCitation, RenderedVerdict } from './verdictProse.js';

/**
 * @example
 * renderCitationLine({ outlet: 'nCa', date: '26 October 2021', source: '002_x.txt', title: '…', quote: 'It was signed.' });
 * // '> “It was signed.” — nCa, 26 October 2021 (002_x.txt)'
 */
export function renderCitationLine(citation: RenderedCitation, limit = TEXT_QUOTE_LIMIT): string {
	return `> “${truncate(citation.quote, limit)}” — ${citation.outlet}, ${citation.date} (${citation.source})`;
}

export function renderVerdictText(verdict: RenderedVerdict): string {
	return [
		`${verdict.mark} ${verdict.label}: “${verdict.claim}”`,
		`   ${verdict.explanation}`,
		...verdict.citations.map((citation) => `   ${renderCitationLine(citation)}`),
	].join('\n');
}

/** The summary and every verdict, a blank line between claims. */
export function renderCheckText(check: RenderedCheck): string {
	return [check.summary, ...check.verdicts.map(renderVerdictText)].join('\n\n');
}
