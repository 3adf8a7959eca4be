import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { type OptionCompletions, completeOption } from '../src/bot/completeOption.js';
import { notFoundReply } from '../src/bot/messages.js';
import { withCitationActions } from '../src/bot/citationActions.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { type Reply, embedReply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('person')
	.setDescription('A person the sources name: roles, meetings, awards, documents signed, proposals')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption((option) =>
		option
			.setName('name')
			.setDescription('Any name or spelling, e.g. Tokaev, Erdogan, Elbasy')
			.setAutocomplete(true)
			.setRequired(true)
			.setMaxLength(200),
	);

export function execute(input: CommandInput, context: CommandContext): Reply {
	const name = stringOption(input, 'name') ?? '';
	const outcome = context.engine.people(name);
	const person = outcome.ok ? outcome.results[0] : undefined;
	if (!person) return notFoundReply('person', name, outcome.ok ? outcome.suggestions : []);
	return withCitationActions(embedReply([answerEmbed(person, context.engine.sourceCatalogue)]), person, context);
}

/** What each autocompleted option completes. */
const COMPLETIONS: OptionCompletions = { name: 'person' };

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return completeOption(context.engine, COMPLETIONS, option, partial);
}
