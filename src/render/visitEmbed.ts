/**
 * A visit as one embed, with its lists (documents, figures, awards, side events, proposals, follow-ups): each list
 * shows the whole lines that fit its share of Discord's 6,000 characters, never a line cut, and ends with "+N more"
 * when it could not show them all. The lists cut are returned too, so the bot can offer a button that shows each in
 * full (`fullList.ts`). Pure: answers in, embed out.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import type { Answer } from '../engine/answer.js';
import { answerEmbed } from './answerEmbed.js';
import type { SourceCatalogue } from './citations.js';
import { renderAnswer } from './answerProse.js';
import { embedLength } from './fitEmbed.js';

export const VISIT_LISTS = ['documents', 'figures', 'awards', 'events', 'proposals', 'follow-ups'] as const;
export type VisitListName = (typeof VISIT_LISTS)[number];

/** A visit's lists, each in its order; a list left out or empty is not shown. */
export type VisitLists = Partial<Record<VisitListName, readonly Answer[]>>;

interface ListSpec {
	/** The field's name in the visit embed. */
	field: string;
	/** What one row is, and several ("document", "documents"). */
	nouns: readonly [string, string];
	/** One row of the list. */
	line(answer: Answer): string;
}

/** How each list is named and what each of its rows says. */
const LISTS: Readonly<Record<VisitListName, ListSpec>> = {
	documents: { field: 'Document list', nouns: ['document', 'documents'], line: (answer) => renderAnswer(answer).title },
	figures: { field: 'Figures announced', nouns: ['figure', 'figures'], line: (answer) => renderAnswer(answer).title },
	awards: { field: 'Awards', nouns: ['award', 'awards'], line: (answer) => renderAnswer(answer).text },
	events: { field: 'Side events', nouns: ['side event', 'side events'], line: (answer) => renderAnswer(answer).title },
	proposals: {
		field: 'Proposals',
		nouns: ['proposal', 'proposals'],
		line: (answer) => {
			const { title, fields } = renderAnswer(answer);
			const status = fields['statusText'];
			return typeof status === 'string' ? `${title} (${status})` : title;
		},
	},
	'follow-ups': {
		field: 'Follow-ups',
		nouns: ['follow-up', 'follow-ups'],
		line: (answer) => renderAnswer(answer).title.replace(/^Follow-up: /u, ''),
	},
};

/**
 * At most this many characters for one list, so the visit reads as a summary: a longer list shows its first lines
 * and "+N more". Less when the visit's other parts leave less of the 6,000 characters.
 */
export const LIST_FIELD_BUDGET = 480;

/** A list the embed could not show in full. */
export interface CutList {
	list: VisitListName;
	/** How many rows it has in all. */
	total: number;
}

export interface VisitEmbed {
	embed: APIEmbed;
	/** The lists shown in part, in the embed's order. */
	cut: CutList[];
}

/**
 * @param list - which list
 * @param answers - its answers
 * @returns its rows, whole, one per answer, as the visit embed and the full list write them
 */
export function visitListLines(list: VisitListName, answers: readonly Answer[]): string[] {
	return answers.map((answer) => LISTS[list].line(answer));
}

/**
 * @param list - which list
 * @param total - how many rows it has
 * @returns "20 documents", "1 award"
 */
export function visitListCount(list: VisitListName, total: number): string {
	const [singular, plural] = LISTS[list].nouns;
	return `${total} ${total === 1 ? singular : plural}`;
}

/**
 * @param list - which list
 * @param total - how many rows it has
 * @returns the label of the button that shows it whole: "All 20 documents", "The award"
 */
export function visitListButtonLabel(list: VisitListName, total: number): string {
	const [singular, plural] = LISTS[list].nouns;
	return total === 1 ? `The ${singular}` : `All ${total} ${plural}`;
}

/**
 * @param visit - the visit's answer
 * @param count - the answer counting its documents, shown first
 * @param lists - the visit's lists
 * @param sources - the catalogue, to name the visit's citations
 * @returns the embed, within Discord's limits, and the lists it shows in part
 * @example
 * visitEmbed(visit, count, { documents }, engine.sourceCatalogue).cut; // [{ list: 'documents', total: 20 }]
 */
export function visitEmbed(
	visit: Answer,
	count: Answer | undefined,
	lists: VisitLists,
	sources: SourceCatalogue,
): VisitEmbed {
	const countField: APIEmbedField[] = count ? [{ name: 'Documents signed', value: renderAnswer(count).text }] : [];
	const shown = VISIT_LISTS.flatMap((list) => {
		const answers = lists[list] ?? [];
		return answers.length > 0 ? [{ list, lines: visitListLines(list, answers) }] : [];
	});
	// What the lists may use of the 6,000 characters: all that the visit, its count and its citations leave.
	let room = DISCORD_LIMITS.embedTotal - embedLength(answerEmbed(visit, sources, countField));
	const fields: APIEmbedField[] = [];
	const cut: CutList[] = [];
	shown.forEach(({ list, lines }, index) => {
		const name = LISTS[list].field;
		// Shared evenly among the lists still to come, so a long first list cannot starve the last.
		const share = Math.floor(room / (shown.length - index)) - name.length;
		const value = listValue(lines, Math.min(LIST_FIELD_BUDGET, DISCORD_LIMITS.embedFieldValue, share));
		if (value.hidden > 0) cut.push({ list, total: lines.length });
		if (value.text === '') return;
		fields.push({ name, value: value.text });
		room -= name.length + value.text.length;
	});
	return { embed: answerEmbed(visit, sources, [...countField, ...fields]), cut };
}

/** The whole lines that fit in `budget` characters, and "+N more" for the rest. */
function listValue(lines: readonly string[], budget: number): { text: string; hidden: number } {
	const rows = lines.map((line) => `• ${line}`);
	if (rows.join('\n').length <= budget) return { text: rows.join('\n'), hidden: 0 };
	const kept: string[] = [];
	let used = 0;
	for (const row of rows) {
		const tail = moreLine(rows.length - kept.length - 1);
		if (used + row.length + 1 + tail.length > budget) break;
		kept.push(row);
		used += row.length + 1;
	}
	const hidden = rows.length - kept.length;
	const tail = moreLine(hidden);
	return { text: tail.length <= budget ? [...kept, tail].join('\n') : '', hidden };
}

function moreLine(hidden: number): string {
	return `+${hidden} more`;
}
