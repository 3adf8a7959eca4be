import { SlashCommandBuilder } from '@discordjs/builders';
import { fitEmbed } from '../src/render/fitEmbed.js';
import { type Reply, embedReply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('help')
	.setDescription('What this bot can do, with an example of each command');

/** One line per command, each with an example a researcher can copy. */
export const HELP_LINES: readonly [string, string][] = [
	[
		'/agreement',
		'Documents signed at the visits. `/agreement query:border regime` · `/agreement year:2021 kind:any memorandum sector:transport`',
	],
	['/visit', 'A visit with its documents, figures, awards and side events. `/visit which:Ashgabat 2021`'],
	['/figure', 'A figure with qualifier, period and who stated it. `/figure query:trade turnover country:Türkiye`'],
	['/ask', 'A question in your own words. `/ask question:How many documents were signed in Ashgabat?`'],
	['/timeline', 'Visits and signings in date order. `/timeline country:Turkmenistan`'],
	['/fact', 'A fact with its citation. `/fact`'],
	['/sources', 'The five source articles and what each covers. `/sources`'],
	[
		'/daily',
		'A fact every day in a channel (Manage Server). `/daily set channel:#research time:09:00 timezone:Asia/Almaty`',
	],
];

export function execute(): Reply {
	return embedReply(
		[
			fitEmbed({
				title: 'Central Asian diplomacy: what I can answer',
				description:
					'Every answer comes from the structured dataset built from the source articles and quotes the sentence it rests on.',
				color: 0x1f9d55,
				fields: HELP_LINES.map(([name, value]) => ({ name, value })),
			}),
		],
		[],
		true,
	);
}
