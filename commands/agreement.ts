import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { type CommandInput, type CommandContext, integerOption, stringOption } from '../src/bot/command.js';
import { type OptionCompletions, completeOption } from '../src/bot/completeOption.js';
import { countryOption, kindOption, yearOption } from '../src/bot/options.js';
import { LIST_PAGES } from '../src/bot/pagedLists.js';
import type { ListState } from '../src/discord/customIds.js';
import type { Reply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('agreement')
	.setDescription('Look up the documents signed at the visits: agreements, memoranda, statements, plans')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption((option) =>
		option.setName('query').setDescription('Title words, a party, a sector…').setAutocomplete(true).setMaxLength(200),
	)
	.addStringOption(countryOption)
	.addIntegerOption(yearOption)
	.addStringOption(kindOption)
	.addStringOption((option) =>
		option.setName('sector').setDescription('Sector, e.g. transport, health, culture').setAutocomplete(true),
	);

export function execute(input: CommandInput, context: CommandContext): Reply {
	const state: ListState = {
		q: stringOption(input, 'query'),
		c: stringOption(input, 'country'),
		y: integerOption(input, 'year'),
		k: stringOption(input, 'kind'),
		s: stringOption(input, 'sector'),
	};
	return LIST_PAGES.agreement(state, 0, context);
}

/** What each autocompleted option completes. */
const COMPLETIONS: OptionCompletions = {
	query: 'document',
	country: 'country',
	year: 'year',
	kind: 'kind',
	sector: 'sector',
};

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return completeOption(context.engine, COMPLETIONS, option, partial);
}
