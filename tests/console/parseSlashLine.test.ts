import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { parseSlashLine } from '../../src/console/parseSlashLine.js';

const DEFINITIONS = new Map<string, APIApplicationCommandOption[]>([
	[
		'agreement',
		[
			{ type: ApplicationCommandOptionType.String, name: 'query', description: 'q', autocomplete: true },
			{ type: ApplicationCommandOptionType.Integer, name: 'year', description: 'y' },
			{
				type: ApplicationCommandOptionType.String,
				name: 'country',
				description: 'c',
				choices: [
					{ name: 'Kazakhstan', value: 'Kazakhstan' },
					{ name: 'Türkiye', value: 'Türkiye' },
				],
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
		expect(outcome.ok && outcome.line.autocomplete).toEqual({ option: 'country', partial: '' });
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
});
