import { SlashCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandOptionType, ChannelType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ConsoleInteraction } from '../../src/console/consoleInteraction.js';
import { parseSlashLine } from '../../src/console/parseSlashLine.js';

const daily = new SlashCommandBuilder()
	.setName('daily')
	.setDescription('d')
	.addSubcommand((sub) =>
		sub
			.setName('set')
			.setDescription('s')
			.addChannelOption((option) =>
				option.setName('channel').setDescription('c').addChannelTypes(ChannelType.GuildText).setRequired(true),
			)
			.addStringOption((option) => option.setName('timezone').setDescription('z').setAutocomplete(true)),
	)
	.toJSON();
const agreement = new SlashCommandBuilder()
	.setName('agreement')
	.setDescription('a')
	.addStringOption((option) => option.setName('query').setDescription('q').setAutocomplete(true))
	.addIntegerOption((option) => option.setName('year').setDescription('y'))
	.toJSON();
const definitions = new Map([
	['daily', daily.options ?? []],
	['agreement', agreement.options ?? []],
]);

function interaction(text: string): ConsoleInteraction {
	const parsed = parseSlashLine(text, definitions);
	if (!parsed.ok) throw new Error(parsed.error);
	return ConsoleInteraction.fromLine(parsed.line, definitions.get(parsed.line.name) ?? []);
}

describe('ConsoleInteraction.fromLine', () => {
	it('is a slash command with its options typed as the definition types them', () => {
		const command = interaction('/agreement query:border year:2021');
		expect([command.isChatInputCommand(), command.isAutocomplete(), command.isButton(), command.isRepliable()]).toEqual(
			[true, false, false, true],
		);
		expect([command.commandName, command.options.data]).toEqual([
			'agreement',
			[
				{ name: 'query', type: ApplicationCommandOptionType.String, value: 'border' },
				{ name: 'year', type: ApplicationCommandOptionType.Integer, value: 2021 },
			],
		]);
	});

	it('puts options inside their subcommand and a channel as a resolved channel', () => {
		expect(interaction('/daily set channel:#123').options.data).toEqual([
			{
				name: 'set',
				type: ApplicationCommandOptionType.Subcommand,
				options: [{ name: 'channel', type: ApplicationCommandOptionType.Channel, channel: { id: '123' } }],
			},
		]);
	});

	it('is an autocomplete request, not repliable, with the partial focused', () => {
		const request = interaction('/daily set channel:#1 timezone:Asia/Al?');
		expect([request.isAutocomplete(), request.isRepliable()]).toEqual([true, false]);
		expect(request.options.data[0]?.options?.at(-1)).toEqual({
			name: 'timezone',
			type: ApplicationCommandOptionType.String,
			value: 'Asia/Al',
			focused: true,
		});
	});

	it('acts for a member who may manage the server, as the console user owns it', () => {
		const command = interaction('/agreement');
		expect([command.user.id, command.guildId, command.memberPermissions.has(1n << 5n)]).toEqual([
			'console',
			'console',
			true,
		]);
	});

	it('gives each interaction its own id', () => {
		expect(interaction('/agreement').id).not.toBe(interaction('/agreement').id);
	});
});

describe('ConsoleInteraction.button', () => {
	it('is a button press with its custom id', () => {
		const press = ConsoleInteraction.button('pg:agreement:1::::');
		expect([press.isButton(), press.isRepliable(), press.customId]).toEqual([true, true, 'pg:agreement:1::::']);
	});
});

describe('ConsoleInteraction replies', () => {
	const embeds = [{ title: 'T' }];
	const allowedMentions = { parse: [] } as const;

	it('records a reply, private when flagged ephemeral', async () => {
		const command = interaction('/agreement');
		await command.reply({ content: 'hi', flags: MessageFlags.Ephemeral, allowedMentions });
		expect([command.replied, command.messages]).toEqual([
			true,
			[{ content: 'hi', embeds: [], components: [], ephemeral: true }],
		]);
	});

	it('fills a deferred reply with its edit, private when the deferral was', async () => {
		const command = interaction('/agreement');
		await command.deferReply({ flags: MessageFlags.Ephemeral });
		await command.editReply({ content: null, embeds, components: [], allowedMentions });
		expect([command.deferred, command.ephemeral, command.messages]).toEqual([
			true,
			true,
			[{ embeds, components: [], ephemeral: true }],
		]);
	});

	it('replaces a deleted reply by its follow-up', async () => {
		const command = interaction('/agreement');
		await command.deferReply();
		await command.editReply({ content: 'placeholder', embeds: [], components: [], allowedMentions });
		await command.deleteReply();
		await command.followUp({ content: 'private', flags: MessageFlags.Ephemeral, allowedMentions });
		expect(command.messages).toEqual([{ content: 'private', embeds: [], components: [], ephemeral: true }]);
	});

	it("shows a button's update as the new page", async () => {
		const press = ConsoleInteraction.button('x');
		await press.update({ content: null, embeds, components: [], allowedMentions });
		expect(press.messages).toEqual([{ embeds, components: [], ephemeral: false }]);
	});

	it('records the autocomplete choices', async () => {
		const request = interaction('/agreement query:bo?');
		await request.respond([{ name: 'Border', value: 'doc-1' }]);
		expect([request.responded, request.choices, request.moreChoices]).toEqual([
			true,
			[{ name: 'Border', value: 'doc-1' }],
			0,
		]);
	});

	it('counts the choices not sent, which Discord cannot show and the console does', async () => {
		const request = interaction('/agreement query:bo?');
		await request.respond([{ name: 'Border', value: 'doc-1' }], () => 6);
		expect(request.moreChoices).toBe(6);
	});
});
