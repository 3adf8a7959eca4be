import { ContextMenuCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandType } from 'discord.js';
import type { CommandContext, MessageCommandInput } from '../src/bot/command.js';
import { checkText } from '../src/engine/check/checker.js';
import { checkReply } from '../src/render/checkReply.js';
import type { Reply } from '../src/render/reply.js';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { renderCheck } from '../src/render/verdictProse.js';

/** Apps → "Check against sources" on any message: the message's claims, checked, answered privately. */
export const data = new ContextMenuCommandBuilder()
	.setName('Check against sources')
	.setType(ApplicationCommandType.Message)
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts);

export function execute(input: MessageCommandInput, context: CommandContext): Reply {
	return checkReply(renderCheck(checkText(context.engine, input.message.content)));
}
