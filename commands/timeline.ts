import { SlashCommandBuilder } from '@discordjs/builders';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { listReply } from '../src/bot/listReply.js';
import { pageRequest } from '../src/render/listEmbed.js';
import { canonicalState } from '../src/bot/listState.js';
import { filterProblemReply, notFoundReply } from '../src/bot/messages.js';
import { countryOption } from '../src/bot/options.js';
import type { ListState } from '../src/discord/customIds.js';
import type { Reply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('timeline')
	.setDescription('Visits and signings in date order')
	.addStringOption(countryOption);

/** Rebuilds the list for a state and page: the command and its page buttons share this. */
export function page(raw: ListState, page: number, context: CommandContext): Reply {
	const canonical = canonicalState(raw);
	if (!canonical.ok) return filterProblemReply(canonical.problem);
	const { state } = canonical;
	const outcome = context.engine.timeline({ country: state.c }, pageRequest(page));
	if (!outcome.ok) return filterProblemReply(outcome.problem);
	if (outcome.total === 0) return notFoundReply('timeline entry', undefined, []);
	return listReply(`Timeline${state.c ? ` · ${state.c}` : ''}`, outcome, 'timeline', state);
}

export function execute(input: CommandInput, context: CommandContext): Reply {
	return page({ c: stringOption(input, 'country') }, 0, context);
}
