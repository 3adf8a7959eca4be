import { SlashCommandBuilder } from '@discordjs/builders';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { listReply } from '../src/bot/listReply.js';
import { pageRequest } from '../src/render/listEmbed.js';
import { canonicalState } from '../src/bot/listState.js';
import { filterProblemReply, notFoundReply } from '../src/bot/messages.js';
import { countryOption } from '../src/bot/options.js';
import type { ListState } from '../src/discord/customIds.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { renderAnswer } from '../src/render/answerProse.js';
import { type Reply, embedReply } from '../src/render/reply.js';

/** Related figures shown under a figure. */
const MAX_RELATED = 5;

export const data = new SlashCommandBuilder()
	.setName('figure')
	.setDescription('A figure announced at a visit: trade, investment, freight, shares…')
	.addStringOption((option) =>
		option
			.setName('query')
			.setDescription('What was measured, e.g. trade turnover')
			.setAutocomplete(true)
			.setMaxLength(200),
	)
	.addStringOption(countryOption);

/** Rebuilds the list for a state and page: the command and its page buttons share this. */
export function page(raw: ListState, page: number, context: CommandContext): Reply {
	const canonical = canonicalState(raw);
	if (!canonical.ok) return filterProblemReply(canonical.problem);
	const { state } = canonical;
	const outcome = context.engine.figures(state.q, { country: state.c }, pageRequest(page));
	if (!outcome.ok) return filterProblemReply(outcome.problem);
	const [first] = outcome.results;
	if (!first) return notFoundReply('figure', state.q, outcome.suggestions);
	if (state.q === undefined || page > 0) return listReply(`${outcome.total} figures`, outcome, 'figure', state);
	const related = context.engine
		.relatedFigures(first.id)
		.slice(0, MAX_RELATED)
		.map((answer) => `• ${renderAnswer(answer).title}`);
	return embedReply([
		answerEmbed(first, related.length > 0 ? [{ name: 'Related figures', value: related.join('\n') }] : []),
	]);
}

export function execute(input: CommandInput, context: CommandContext): Reply {
	return page({ q: stringOption(input, 'query'), c: stringOption(input, 'country') }, 0, context);
}

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return context.engine.autocomplete('figure', option, partial);
}
