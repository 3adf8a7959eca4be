import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { type OptionCompletions, completeOption } from '../src/bot/completeOption.js';
import { notFoundReply } from '../src/bot/messages.js';
import { withCitationActions } from '../src/bot/citationActions.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { type Reply, embedReply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('proposal')
	.setDescription('A proposal or initiative: who put it forward, where it stands, what became of it')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption((option) =>
		option
			.setName('which')
			.setDescription('The proposal, e.g. Garabogaz bridge, trade houses, Maarif schools')
			.setAutocomplete(true)
			.setRequired(true)
			.setMaxLength(200),
	);

export function execute(input: CommandInput, context: CommandContext): Reply {
	const which = stringOption(input, 'which') ?? '';
	const outcome = context.engine.proposals(which);
	const proposal = outcome.ok ? outcome.results[0] : undefined;
	if (!proposal) return notFoundReply('proposal', which, outcome.ok ? outcome.suggestions : []);
	return withCitationActions(embedReply([answerEmbed(proposal, context.engine.sourceCatalogue)]), proposal, context);
}

/** What each autocompleted option completes. */
const COMPLETIONS: OptionCompletions = { which: 'proposal' };

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return completeOption(context.engine, COMPLETIONS, option, partial);
}
