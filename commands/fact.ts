import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import type { CommandContext, CommandInput } from '../src/bot/command.js';
import { withCitationActions } from '../src/bot/citationActions.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { type Reply, embedReply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('fact')
	.setDescription('A fact from the dataset, with its citation')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts);

export function execute(_input: CommandInput, context: CommandContext): Reply {
	// Random among all facts, unless today is the anniversary of something in the dataset.
	const fact = context.engine.fact({ date: context.now().toISOString().slice(0, 10), random: Math.random });
	return withCitationActions(
		embedReply([answerEmbed(fact.answer, context.engine.sourceCatalogue)]),
		fact.answer,
		context,
	);
}
