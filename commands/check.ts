import { SlashCommandBuilder } from '@discordjs/builders';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { checkText } from '../src/engine/check/checker.js';
import { checkReply } from '../src/render/checkReply.js';
import type { Reply } from '../src/render/reply.js';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { renderCheck } from '../src/render/verdictProse.js';

export const data = new SlashCommandBuilder()
	.setName('check')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.setDescription('Check a text against the sources, claim by claim (on a message: Apps → Check against sources)')
	.addStringOption((option) =>
		option
			.setName('text')
			.setDescription('A sentence or paragraph, e.g. 20 documents were signed in Ashgabat in 2021')
			.setRequired(true)
			.setMaxLength(4000),
	);

export function execute(input: CommandInput, context: CommandContext): Reply {
	return checkReply(renderCheck(checkText(context.engine, stringOption(input, 'text') ?? '')));
}
