/**
 * A page of a ranked list as one embed: numbered titles with a short line and
 * the first citation's source, and the page position in the footer.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer } from '../engine/answer.js';
import { truncate } from '../text/truncate.js';
import { fitEmbed } from './fitEmbed.js';

export const PAGE_SIZE = 5;

export function pageCount(total: number): number {
	return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/**
 * @param heading - what the list is ("12 agreements")
 * @param answers - every result, ranked
 * @param page - zero-based page
 * @returns an embed with the page's results
 */
export function listEmbed(heading: string, answers: readonly Answer[], page: number): APIEmbed {
	const pages = pageCount(answers.length);
	const current = Math.min(Math.max(0, page), pages - 1);
	const start = current * PAGE_SIZE;
	const fields = answers.slice(start, start + PAGE_SIZE).map((answer, index) => {
		const date = typeof answer.fields['dateText'] === 'string' ? `${answer.fields['dateText']} · ` : '';
		const citation = answer.citations[0];
		const source = citation ? `\n> ${truncate(citation.quote, 200)}\n— ${citation.source}` : '';
		return {
			name: truncate(`${start + index + 1}. ${answer.title}`, 256),
			value: truncate(`${date}${answer.kind}${source}`, 1024),
		};
	});
	return fitEmbed({
		title: heading,
		color: 0x2f6fde,
		fields,
		footer: { text: `Page ${current + 1} of ${pages} · ${answers.length} result${answers.length === 1 ? '' : 's'}` },
	});
}
