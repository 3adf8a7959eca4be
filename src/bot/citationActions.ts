/**
 * The citation buttons under an answer shown in full (the first answer of /ask; /agreement with one match, /visit,
 * /figure, /person, /proposal, /fact): **Show source** replies privately with the paragraph of the article the first
 * quote stands in, and **More citations (N)**, when the embed shows only some of them, replies privately with every
 * citation of the answer, in pages with their own buttons when they do not fit in one message.
 */
import { type APIButtonComponent, ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import {
	type CitationAction,
	type CitationTarget,
	decodeCitationId,
	encodeCitationId,
} from '../discord/citationIds.js';
import type { Answer } from '../engine/answer.js';
import type { Engine } from '../engine/engine.js';
import { MAX_EMBED_CITATIONS } from '../render/answerEmbed.js';
import { citationPages, sourceEmbed } from '../render/citationReplies.js';
import type { Reply } from '../render/reply.js';
import type { CommandContext } from './command.js';
import { EXPIRED_BUTTON } from './messages.js';
import type { EditPayload, ReplyPayload, RoutedButton } from './routedInteraction.js';

export const CITATION_LABELS = {
	source: 'Show source',
	more: (count: number): string => `More citations (${count})`,
	previous: '◀ Previous',
	next: 'Next ▶',
} as const;

const NO_MENTIONS = { parse: [] } as const;

/**
 * @param reply - the reply showing the answer in full
 * @param answer - the answer the buttons are about (for /ask, the first)
 * @param context - the engine, to tell whether the answer can be found again by its id
 * @param question - for /ask: the question, which finds a computed answer (a set, a comparison) again
 * @returns the reply with a row of Show source and, when the embed shows only some citations, More citations; a
 *   private reply, or an answer without citations, is returned as it is
 */
export function withCitationActions(reply: Reply, answer: Answer, context: CommandContext, question?: string): Reply {
	if (reply.ephemeral || reply.embeds.length === 0 || answer.citations.length === 0) return reply;
	const target = citationTarget(answer, context.engine, question);
	if (!target) return reply;
	const buttons = [citationButton('source', target, 0, CITATION_LABELS.source)];
	const more = answer.citations.length - MAX_EMBED_CITATIONS;
	if (more > 0) buttons.push(citationButton('citations', target, 0, CITATION_LABELS.more(more)));
	return { ...reply, components: [...reply.components, { type: ComponentType.ActionRow, components: buttons }] };
}

export interface CitationActionOptions {
	/** Whether a command is loaded (a question's button is expired without /ask). */
	available(command: string): boolean;
}

/**
 * Answers a press of Show source, More citations or a page of the citations, privately.
 *
 * @param interaction - the button press
 * @param context - the engine
 * @param options - which commands are loaded
 */
export async function answerCitationAction(
	interaction: RoutedButton,
	context: CommandContext,
	options: CitationActionOptions,
): Promise<void> {
	const button = decodeCitationId(interaction.customId);
	const answer = button && answerOf(button.target, context.engine, options);
	if (!button || !answer) {
		await interaction.reply(privately({ content: EXPIRED_BUTTON, embeds: [], components: [], ephemeral: true }));
		return;
	}
	const { engine } = context;
	if (button.action === 'source') {
		const citation = answer.citations[button.index];
		if (!citation) {
			await interaction.reply(privately({ content: EXPIRED_BUTTON, embeds: [], components: [], ephemeral: true }));
			return;
		}
		const embed = sourceEmbed(citation, engine.quoteParagraph(citation), engine.sourceCatalogue);
		await interaction.reply(privately({ embeds: [embed], components: [], ephemeral: true }));
		return;
	}
	const page = citationsPage(answer, button.target, button.index, engine);
	// The list opens as a private reply; its own page buttons turn the page of that reply.
	if (button.action === 'citations') {
		await interaction.reply(privately(page));
		return;
	}
	const edit: EditPayload = {
		content: null,
		embeds: page.embeds,
		components: page.components,
		allowedMentions: NO_MENTIONS,
	};
	await interaction.update(edit);
}

/** One page of an answer's citations, with Previous and Next when there are several. */
function citationsPage(answer: Answer, target: CitationTarget, index: number, engine: Engine): Reply {
	const pages = citationPages(answer, engine.sourceCatalogue);
	const current = Math.min(index, pages.length - 1);
	const embed = pages[current];
	const components: Reply['components'] =
		pages.length > 1
			? [
					{
						type: ComponentType.ActionRow,
						components: [
							{ ...citationButton('page', target, current - 1, CITATION_LABELS.previous), disabled: current === 0 },
							{
								...citationButton('page', target, current + 1, CITATION_LABELS.next),
								disabled: current >= pages.length - 1,
							},
						],
					},
				]
			: [];
	return { embeds: embed ? [embed] : [], components, ephemeral: true };
}

/** The answer a button is about, found again: by its record id, or as the first answer to its question. */
function answerOf(target: CitationTarget, engine: Engine, options: CitationActionOptions): Answer | undefined {
	if (target.of === 'record') return engine.get(target.id);
	return options.available('ask') ? engine.ask(target.question).answers[0] : undefined;
}

/**
 * How a button finds its answer again: by record id when the engine gives the same citations for it, otherwise (an
 * answer computed for a question) by the question.
 */
function citationTarget(answer: Answer, engine: Engine, question: string | undefined): CitationTarget | undefined {
	const found = engine.get(answer.id);
	const same =
		found !== undefined &&
		found.citations.length === answer.citations.length &&
		found.citations.every(
			(citation, index) =>
				citation.source === answer.citations[index]?.source && citation.quote === answer.citations[index]?.quote,
		);
	if (same) return { of: 'record', id: answer.id };
	return question === undefined ? undefined : { of: 'ask', question };
}

function citationButton(
	action: CitationAction,
	target: CitationTarget,
	index: number,
	label: string,
): APIButtonComponent {
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		label,
		// Previous on the first page points at page 0 and stays disabled; the two ids still differ by action or page.
		custom_id: encodeCitationId({ action, target, index: Math.max(0, index) }),
	};
}

function privately(reply: Reply): ReplyPayload {
	return {
		...(reply.content !== undefined ? { content: reply.content } : {}),
		embeds: reply.embeds,
		components: reply.components,
		allowedMentions: NO_MENTIONS,
		flags: MessageFlags.Ephemeral,
	};
}
