import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { countryOption } from '../src/bot/options.js';
import { LIST_PAGES } from '../src/bot/pagedLists.js';
import type { Reply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('timeline')
	.setDescription('Visits and signings in date order')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption(countryOption);

export function execute(input: CommandInput, context: CommandContext): Reply {
	return LIST_PAGES.timeline({ c: stringOption(input, 'country') }, 0, context);
}
