/** The one list of commands: every module, by its own name, in the order /help shows them, each shaped as a command. */
import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';

/** Options with `autocomplete: true`, inside subcommands too. */
function autocompleted(options: readonly APIApplicationCommandOption[]): string[] {
	return options.flatMap((option) =>
		option.type === ApplicationCommandOptionType.Subcommand
			? autocompleted(option.options ?? [])
			: 'autocomplete' in option && option.autocomplete === true
				? [option.name]
				: [],
	);
}

describe('loadCommands', () => {
	it('lists every command once, in the order the list gives them', () => {
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
	});

	it('keys each command by the name its builder registers', () => {
		for (const [name, command] of loadCommands()) expect(command.data.toJSON().name).toBe(name);
	});

	it('gives every command a description Discord accepts (1–100 characters)', () => {
		for (const [name, command] of loadCommands()) {
			const { description } = command.data.toJSON();
			expect(description.length, name).toBeGreaterThan(0);
			expect(description.length, name).toBeLessThanOrEqual(100);
		}
	});

	it('has an autocomplete handler for every command with an autocompleted option, and none without', () => {
		for (const [name, command] of loadCommands()) {
			const options = autocompleted(command.data.toJSON().options ?? []);
			expect(typeof command.autocomplete === 'function', name).toBe(options.length > 0);
		}
	});
});
