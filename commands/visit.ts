import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { type OptionCompletions, completeOption } from '../src/bot/completeOption.js';
import { visitCommandReply } from '../src/bot/visitReply.js';
import type { Reply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('visit')
	.setDescription('A visit or meeting: date, place, leaders, documents, figures, awards, side events')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption((option) =>
		option
			.setName('which')
			.setDescription('The visit (type a city, a year or a leader)')
			.setAutocomplete(true)
			.setRequired(true)
			.setMaxLength(200),
	);

/** The visit named, with its lists; "Which visit?" when the value names several equally (a year with two). */
export function execute(input: CommandInput, context: CommandContext): Reply {
	return visitCommandReply(stringOption(input, 'which') ?? '', context);
}

/** What each autocompleted option completes. */
const COMPLETIONS: OptionCompletions = { which: 'visit' };

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return completeOption(context.engine, COMPLETIONS, option, partial);
}
