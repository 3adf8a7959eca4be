import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import type { CommandContext, CommandInput } from '../src/bot/command.js';
import { renderAnswer } from '../src/render/answerProse.js';
import { fitEmbed } from '../src/render/fitEmbed.js';
import { type Reply, embedReply } from '../src/render/reply.js';
import { truncate } from '../src/text/truncate.js';

export const data = new SlashCommandBuilder()
	.setName('sources')
	.setDescription('The source articles and what each covers')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts);

export function execute(_input: CommandInput, context: CommandContext): Reply {
	// The catalogue is where a source's file is named, for whoever opens the articles; citations name the outlet.
	const fields = context.engine.sources().map((source) => {
		const { title, text } = renderAnswer(source);
		return { name: truncate(title, 256), value: truncate(`${text}\nFile: ${source.id}`, 1024) };
	});
	return embedReply([fitEmbed({ title: `${fields.length} source articles`, color: 0x4b5563, fields })]);
}
