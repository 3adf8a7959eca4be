/**
 * /help: every loaded command with its own description (from its builder, so the list cannot drift from what is
 * registered) and an example to copy. `tests/commands/help.test.ts` checks that every command has an example and that
 * each example parses against that command's options, as the local console reads it; `tests/docs/examples.test.ts`
 * runs each one and checks that it is answered. The number of source articles is the dataset's.
 */
import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { ApplicationCommandOptionType } from 'discord.js';
import { fitEmbed } from '../src/render/fitEmbed.js';
import type { CommandContext, CommandInput } from '../src/bot/command.js';
import { type Reply, embedReply } from '../src/render/reply.js';
import { loadCommands } from './index.js';

export const data = new SlashCommandBuilder()
	.setName('help')
	.setDescription('What this bot can do, with an example of each command')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts);

/** Examples a researcher can copy, by command name: one place per command, with nothing else to keep in step. */
const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
	agreement: ['/agreement query:border regime', '/agreement year:2021 kind:any memorandum sector:transport'],
	visit: ['/visit which:Ashgabat 2021', '/visit which:2025'],
	figure: ['/figure query:trade turnover country:Türkiye'],
	person: ['/person name:Tokaev'],
	proposal: ['/proposal which:Garabogaz bridge'],
	ask: [
		'/ask question:How many documents were signed in Ashgabat?',
		'/ask question:Which plans were exchanged in 2025? private:true',
	],
	check: ['/check text:20 documents were signed in Ashgabat in 2021.'],
	fact: ['/fact'],
	timeline: ['/timeline country:Turkmenistan'],
	sources: ['/sources'],
	daily: ['/daily set channel:#research time:09:00 timezone:Asia/Almaty', '/daily status'],
	help: ['/help'],
};

export function execute(_input: CommandInput, context: CommandContext): Reply {
	const sources = context.engine.sources().length;
	const fields = [...loadCommands()].map(([name, command]) => {
		const json = command.data.toJSON();
		const subcommands = (json.options ?? [])
			.filter((option) => option.type === ApplicationCommandOptionType.Subcommand)
			.map((option) => option.name);
		const examples = (Object.hasOwn(EXAMPLES, name) ? (EXAMPLES[name] ?? []) : []).map((example) => `\`${example}\``);
		return {
			name: subcommands.length > 0 ? `/${name} ${subcommands.join(' · ')}` : `/${name}`,
			value: [json.description, examples.join(' · ')].filter((line) => line !== '').join('\n'),
		};
	});
	return embedReply(
		[
			fitEmbed({
				title: 'Central Asian diplomacy: what I can answer',
				description: `Every answer comes from the structured dataset built from the ${sources} source article${sources === 1 ? '' : 's'} (\`/sources\` lists them) and quotes the sentence it rests on.`,
				color: 0x1f9d55,
				fields,
			}),
		],
		[],
		true,
	);
}
