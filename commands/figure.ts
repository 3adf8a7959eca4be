import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { type OptionCompletions, completeOption } from '../src/bot/completeOption.js';
import { countryOption } from '../src/bot/options.js';
import { LIST_PAGES } from '../src/bot/pagedLists.js';
import type { Reply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('figure')
	.setDescription('A figure announced at a visit: trade, investment, freight, shares…')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption((option) =>
		option
			.setName('query')
			.setDescription('What was measured, e.g. trade turnover')
			.setAutocomplete(true)
			.setMaxLength(200),
	)
	.addStringOption(countryOption);

export function execute(input: CommandInput, context: CommandContext): Reply {
	return LIST_PAGES.figure({ q: stringOption(input, 'query'), c: stringOption(input, 'country') }, 0, context);
}

/** What each autocompleted option completes. */
const COMPLETIONS: OptionCompletions = { query: 'figure', country: 'country' };

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return completeOption(context.engine, COMPLETIONS, option, partial);
}
