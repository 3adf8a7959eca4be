import { SlashCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ContextMenuCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandType } from 'discord.js';
import { commandRegistrations, loadCommands, loadMessageCommands } from '../../commands/index.js';
import {
	type CommandInput,
	assertCommand,
	assertMessageCommand,
	integerOption,
	stringOption,
} from '../../src/bot/command.js';
import { textReply } from '../../src/render/reply.js';

function input(options: Record<string, string | number | boolean>): CommandInput {
	return { options: new Map(Object.entries(options)), userId: '1', guildId: null, canManageGuild: false };
}

describe('stringOption', () => {
	it('returns the value trimmed', () => {
		expect(stringOption(input({ query: '  border regime  ' }), 'query')).toBe('border regime');
	});

	it('treats a blank, missing or non-string value as absent', () => {
		expect(stringOption(input({ query: '   ' }), 'query')).toBeUndefined();
		expect(stringOption(input({}), 'query')).toBeUndefined();
		expect(stringOption(input({ query: 2021 }), 'query')).toBeUndefined();
	});
});

describe('integerOption', () => {
	it('returns a number and treats anything else as absent', () => {
		expect(integerOption(input({ year: 2021 }), 'year')).toBe(2021);
		expect(integerOption(input({ year: '2021' }), 'year')).toBeUndefined();
		expect(integerOption(input({}), 'year')).toBeUndefined();
	});
});

describe('assertCommand', () => {
	const data = new SlashCommandBuilder().setName('ping').setDescription('Replies');

	it('accepts a module with a builder of the same name and an execute handler', () => {
		expect(() => assertCommand({ data, execute: () => textReply('pong') }, 'ping')).not.toThrow();
	});

	it.each([
		['nothing', null, 'does not export a command'],
		['no builder', { execute: () => textReply('x') }, 'has no "data" builder'],
		['no handler', { data }, 'has no "execute" handler'],
		['a builder of another name', { data, execute: () => textReply('x') }, 'builds a command named "ping"'],
		[
			'a helper beside its handlers',
			{ data, execute: () => textReply('x'), page: () => textReply('x') },
			'exports "page" besides its command',
		],
	])('refuses a module with %s, naming the module', (_what, module, message) => {
		const name = message.startsWith('builds') ? 'pong' : 'ping';
		expect(() => assertCommand(module, name)).toThrow(`commands: ${name} ${message}`);
	});
});

/** Flattens options and sub-options. */
function allOptions(options: readonly APIApplicationCommandOption[] = []): APIApplicationCommandOption[] {
	return options.flatMap((option) => [option, ...('options' in option ? allOptions(option.options ?? []) : [])]);
}

describe('loadCommands', () => {
	const commands = [...loadCommands().values()].map((command) => command.data.toJSON());

	it('loads the twelve commands, each registered under its own name', () => {
		expect([...loadCommands().keys()]).toEqual([
			'agreement',
			'visit',
			'figure',
			'person',
			'proposal',
			'ask',
			'check',
			'fact',
			'timeline',
			'sources',
			'daily',
			'help',
		]);
		for (const [name, command] of loadCommands()) expect(command.data.name).toBe(name);
	});

	it.each(commands.map((command) => [command.name, command] as const))(
		'/%s fits the limits Discord enforces when registering a command',
		(_name, command) => {
			expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
			expect(command.description.length).toBeGreaterThan(0);
			expect(command.description.length).toBeLessThanOrEqual(100);
			expect(command.options?.length ?? 0).toBeLessThanOrEqual(25);
			const options = allOptions(command.options);
			let characters = command.name.length + command.description.length;
			for (const option of options) {
				expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
				expect(option.description.length).toBeGreaterThan(0);
				expect(option.description.length).toBeLessThanOrEqual(100);
				characters += option.name.length + option.description.length;
				if ('choices' in option && option.choices) {
					expect(option.choices.length).toBeLessThanOrEqual(25);
					expect('autocomplete' in option && option.autocomplete).toBeFalsy();
					for (const choice of option.choices) {
						expect(choice.name.length).toBeLessThanOrEqual(100);
						characters += choice.name.length + String(choice.value).length;
					}
				}
			}
			expect(characters).toBeLessThanOrEqual(4000);
			const siblings = (command.options ?? []).map((option) => option.name);
			expect(new Set(siblings).size).toBe(siblings.length);
			const required = (command.options ?? []).map((option) =>
				option.type === ApplicationCommandOptionType.Subcommand ? false : option.required === true,
			);
			expect(required.indexOf(false) === -1 || required.lastIndexOf(true) < required.indexOf(false)).toBe(true);
		},
	);
});

describe('assertMessageCommand', () => {
	const data = new ContextMenuCommandBuilder().setName('Check this').setType(ApplicationCommandType.Message);

	it('accepts a module with a message builder of the same name and an execute handler', () => {
		expect(() => assertMessageCommand({ data, execute: () => textReply('ok') }, 'Check this')).not.toThrow();
	});

	it.each([
		['nothing', null, 'does not export a command'],
		['no builder', { execute: () => textReply('x') }, 'has no "data" builder'],
		[
			'a user command',
			{
				data: new ContextMenuCommandBuilder().setName('Check this').setType(ApplicationCommandType.User),
				execute: () => textReply('x'),
			},
			'does not build a message command',
		],
		['no handler', { data }, 'has no "execute" handler'],
		[
			'a builder of another name',
			{
				data: new ContextMenuCommandBuilder().setName('Other').setType(ApplicationCommandType.Message),
				execute: () => textReply('x'),
			},
			'builds a command named "Other"',
		],
		[
			'an autocomplete handler',
			{ data, execute: () => textReply('x'), autocomplete: () => [] },
			'exports "autocomplete"',
		],
	])('refuses a module with %s, naming the module', (_what, module, message) => {
		expect(() => assertMessageCommand(module, 'Check this')).toThrow(`commands: "Check this" ${message}`);
	});
});

describe('loadMessageCommands', () => {
	it('loads "Check against sources", a message command', () => {
		const commands = loadMessageCommands();
		expect([...commands.keys()]).toEqual(['Check against sources']);
		expect(commands.get('Check against sources')?.data.toJSON()).toMatchObject({
			name: 'Check against sources',
			type: ApplicationCommandType.Message,
		});
	});

	it('fits the limits Discord enforces on a context-menu command name', () => {
		for (const name of loadMessageCommands().keys()) expect(name).toMatch(/^[\p{L}\p{N} _-]{1,32}$/u);
	});
});

describe('commandRegistrations', () => {
	it('registers every slash command, then every message command', () => {
		expect(commandRegistrations().map((body) => body.name)).toEqual([
			...loadCommands().keys(),
			...loadMessageCommands().keys(),
		]);
	});
});
