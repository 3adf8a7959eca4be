import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { askReply } from '../src/bot/askReply.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import type { Reply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('ask')
	.setDescription('Ask a question in your own words; the answer cites its source')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption((option) =>
		option
			.setName('question')
			.setDescription('e.g. How many documents were signed in Ashgabat?')
			.setRequired(true)
			.setMaxLength(500),
	)
	.addBooleanOption((option) =>
		option.setName('private').setDescription('Only you see the answer; its Share button posts it to the channel'),
	);

/**
 * Not deferred: the engine answers in well under a millisecond, so one callback carries the answer instead of a
 * deferral followed by an edit (two round trips). Should it ever be slow, the router still acknowledges in time.
 */
export function execute(input: CommandInput, context: CommandContext): Reply {
	return askReply(stringOption(input, 'question') ?? '', context, { private: input.options.get('private') === true });
}
