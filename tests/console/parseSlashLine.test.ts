import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { parseSlashLine } from '../../src/console/parseSlashLine.js';

const DEFINITIONS = new Map<string, APIApplicationCommandOption[]>([
	[
		'agreement',
		[
			{ type: ApplicationCommandOptionType.String, name: 'query', description: 'q', autocomplete: true },
			{ type: ApplicationCommandOptionType.Integer, name: 'year', description: 'y', min_value: 1991, max_value: 2100 },
			{
				type: ApplicationCommandOptionType.String,
				name: 'kind',
				description: 'k',
				choices: [
					{ name: 'any memorandum', value: 'memorandum' },
					{ name: 'joint statement', value: 'joint-statement' },
				],
			},
			{
				type: ApplicationCommandOptionType.String,
				name: 'country',
				description: 'c',
				choices: [
					{ name: 'Turkmenistan', value: 'Turkmenistan' },
					{ name: 'Türkiye', value: 'Türkiye' },
					{ name: 'Kazakhstan', value: 'Kazakhstan' },
				],
			},
			{ type: ApplicationCommandOptionType.String, name: 'title', description: 't', max_length: 5 },
		],
	],
	[
		'daily',
		[
			{
				type: ApplicationCommandOptionType.Subcommand,
				name: 'set',
				description: 's',
				options: [{ type: ApplicationCommandOptionType.Channel, name: 'channel', description: 'c', required: true }],
			},
		],
	],
	['ask', [{ type: ApplicationCommandOptionType.String, name: 'question', description: 'q', required: true }]],
]);

describe('parseSlashLine', () => {
	it('reads values that contain spaces up to the next option', () => {
		const outcome = parseSlashLine('/agreement query:transport corridor year:2021', DEFINITIONS);
		expect(outcome).toEqual({
			ok: true,
			line: {
				name: 'agreement',
				subcommand: undefined,
				options: new Map<string, string | number>([
					['query', 'transport corridor'],
					['year', 2021],
				]),
				autocomplete: undefined,
			},
		});
	});

	it('asks for autocomplete with a trailing question mark on an autocomplete option', () => {
		const outcome = parseSlashLine('/agreement query:bord?', DEFINITIONS);
		expect(outcome.ok && outcome.line.autocomplete).toEqual({ option: 'query', partial: 'bord' });
	});

	it('asks for the choices of an option with fixed choices, which Discord lists without asking the bot', () => {
		const outcome = parseSlashLine('/agreement country:?', DEFINITIONS);
		expect(outcome.ok && outcome.line.choices?.option).toBe('country');
		expect(outcome.ok && outcome.line.options.has('country')).toBe(false);
	});

	it('keeps a question mark in a plain option', () => {
		const outcome = parseSlashLine('/ask question:Who awarded Tokayev?', DEFINITIONS);
		expect(outcome.ok && outcome.line.options.get('question')).toBe('Who awarded Tokayev?');
	});

	it('refuses an unknown command, an unknown option, a bad integer and a missing required option', () => {
		expect(parseSlashLine('/nope', DEFINITIONS)).toEqual({
			ok: false,
			error: 'Unknown command /nope. Type /help for the list.',
		});
		expect(parseSlashLine('/agreement colour:red', DEFINITIONS).ok).toBe(false);
		expect(parseSlashLine('/agreement year:twenty', DEFINITIONS)).toEqual({
			ok: false,
			error: 'Option year expects integer',
		});
		expect(parseSlashLine('/ask', DEFINITIONS)).toEqual({ ok: false, error: '/ask needs question:…' });
	});

	it('refuses a line without a slash', () => {
		expect(parseSlashLine('agreement', DEFINITIONS).ok).toBe(false);
	});

	it('takes a fixed choice by the name Discord shows or by its value, in any case, and sends the value', () => {
		const values = ['kind:any memorandum', 'kind:memorandum', 'kind:Joint Statement', 'country:turkiye'].map(
			(typed) => {
				const outcome = parseSlashLine(`/agreement ${typed}`, DEFINITIONS);
				return outcome.ok ? [...outcome.line.options.values()] : outcome.error;
			},
		);
		expect(values).toEqual([['memorandum'], ['memorandum'], ['joint-statement'], ['Türkiye']]);
	});

	it('refuses a value outside the fixed choices, naming them', () => {
		expect(parseSlashLine('/agreement kind:any treaty', DEFINITIONS)).toEqual({
			ok: false,
			error: 'Option kind is one of: any memorandum, joint statement.',
		});
	});

	it('lists the fixed choices that contain what was typed before a question mark', () => {
		const offered = (typed: string) => {
			const outcome = parseSlashLine(`/agreement ${typed}`, DEFINITIONS);
			return outcome.ok ? outcome.line.choices : outcome.error;
		};
		expect([offered('kind:?'), offered('country:tur?'), offered('country:xyz?')]).toEqual([
			{
				option: 'kind',
				offered: [
					{ name: 'any memorandum', value: 'memorandum' },
					{ name: 'joint statement', value: 'joint-statement' },
				],
			},
			{
				option: 'country',
				offered: [
					{ name: 'Turkmenistan', value: 'Turkmenistan' },
					{ name: 'Türkiye', value: 'Türkiye' },
				],
			},
			{ option: 'country', offered: [] },
		]);
	});

	it('refuses an option given twice instead of keeping the last', () => {
		expect(parseSlashLine('/agreement year:2021 year:2025', DEFINITIONS)).toEqual({
			ok: false,
			error: 'Give year once.',
		});
	});

	it('refuses a number outside its range and text over its length, as Discord does', () => {
		expect([
			parseSlashLine('/agreement year:1900', DEFINITIONS),
			parseSlashLine('/agreement title:toolong', DEFINITIONS),
		]).toEqual([
			{ ok: false, error: 'Option year is from 1991 to 2100.' },
			{ ok: false, error: 'Option title takes at most 5 characters.' },
		]);
	});

	it('reads a channel by id in any of the forms Discord writes it', () => {
		const ids = ['<#123>', '#123', '123'].map((typed) => {
			const outcome = parseSlashLine(`/daily set channel:${typed}`, DEFINITIONS);
			return outcome.ok ? outcome.line.options.get('channel') : outcome.error;
		});
		expect(ids).toEqual(['123', '123', '123']);
	});

	it('resolves a channel name through the resolver, in lower case, and refuses it without one', () => {
		const withResolver = parseSlashLine('/daily set channel:#Research', DEFINITIONS, {
			channelId: (name) => `id-of-${name}`,
		});
		expect(withResolver.ok && withResolver.line.options.get('channel')).toBe('id-of-research');
		expect(parseSlashLine('/daily set channel:#research', DEFINITIONS)).toEqual({
			ok: false,
			error: 'Option channel is a channel: give its id.',
		});
		expect(parseSlashLine('/daily set channel:#two words', DEFINITIONS, { channelId: (name) => name })).toEqual({
			ok: false,
			error: 'Option channel is a channel: #name or its id.',
		});
	});
});
