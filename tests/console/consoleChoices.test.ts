import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { choiceListText, choiceOption, fixedChoices } from '../../src/console/consoleChoices.js';
import { parseSlashLine } from '../../src/console/parseSlashLine.js';

const LETTERS: APIApplicationCommandOption = {
	type: ApplicationCommandOptionType.String,
	name: 'letter',
	description: 'l',
	choices: Array.from({ length: 30 }, (_, index) => {
		const name = `letter ${String.fromCharCode(97 + (index % 26))}${index >= 26 ? index : ''}`;
		return { name, value: name };
	}),
};
const QUERY: APIApplicationCommandOption = {
	type: ApplicationCommandOptionType.String,
	name: 'query',
	description: 'q',
	autocomplete: true,
};
const DEFINITIONS: APIApplicationCommandOption[] = [
	QUERY,
	{ type: ApplicationCommandOptionType.Subcommand, name: 'set', description: 's', options: [LETTERS] },
];

describe('choiceOption', () => {
	it('finds the option asked about, inside its subcommand', () => {
		const line = (text: string) => {
			const parsed = parseSlashLine(text, new Map([['pick', DEFINITIONS]]));
			if (!parsed.ok) throw new Error(parsed.error);
			return parsed.line;
		};
		expect(choiceOption(line('/pick set letter:?'), DEFINITIONS)).toBe(LETTERS);
	});
});

describe('fixedChoices', () => {
	it("offers Discord's 25 of an option's fixed choices, and counts the rest", () => {
		const offered = fixedChoices(LETTERS, '');
		expect(offered?.choices.length).toBe(25);
		expect(offered?.more).toBe(5);
	});

	it('filters and ranks them by what was typed', () => {
		expect(fixedChoices(LETTERS, 'letter b')?.choices.map((choice) => choice.value)).toEqual([
			'letter b',
			'letter b27',
		]);
	});

	it('is not for an option without fixed choices', () => {
		expect(fixedChoices(QUERY, '')).toBeUndefined();
	});
});

describe('choiceListText', () => {
	it('prints one choice a line with its value, then how many more there are', () => {
		expect(choiceListText([{ name: 'defence', value: 'defence' }], 6)).toBe(
			'  defence  →  defence\n… and 6 more: type to narrow',
		);
	});

	it('says when there is no choice', () => {
		expect(choiceListText([], 0)).toBe('(no choices)');
	});
});
