/**
 * Choices in the console, for `option:partial?`. An autocompleted option asks the router, as Discord does; an option
 * with fixed choices (country, kind) is listed here, filtered and ranked as the bot ranks its own lists, since in
 * Discord the client lists those itself without asking the bot.
 */
import type { APIApplicationCommandOption } from 'discord.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import { rankFixedChoices } from '../engine/fixedChoices.js';
import { CHOICE_LIST_WORDS } from '../text/labelWords.js';
import type { ConsoleChoice } from './consoleInteraction.js';
import type { ParsedSlashLine } from './parseSlashLine.js';

/**
 * The definition of the option a line asks choices for, inside its subcommand if it has one.
 *
 * @param line - a parsed line with `autocomplete` set
 * @param definitions - the command's options (`data.toJSON().options`)
 */
export function choiceOption(
	line: ParsedSlashLine,
	definitions: readonly APIApplicationCommandOption[],
): APIApplicationCommandOption | undefined {
	const subcommand = line.subcommand ? definitions.find((option) => option.name === line.subcommand) : undefined;
	const own = subcommand && 'options' in subcommand ? (subcommand.options ?? []) : definitions;
	return own.find((option) => option.name === line.autocomplete?.option);
}

/**
 * An option's fixed choices that match what was typed, best first, as many as Discord shows.
 *
 * @returns the choices and how many more match; undefined for an option without fixed choices
 * @example
 * fixedChoices(countryDefinition, 'tur'); // { choices: [{ name: 'Turkmenistan', … }, { name: 'Türkiye', … }], more: 0 }
 */
export function fixedChoices(
	definition: APIApplicationCommandOption,
	partial: string,
): { choices: ConsoleChoice[]; more: number } | undefined {
	if (!('choices' in definition) || !definition.choices || definition.choices.length === 0) return undefined;
	const ranked = rankFixedChoices(
		definition.choices.map((choice) => ({ name: choice.name, value: String(choice.value), choice })),
		partial,
	);
	const shown = ranked.slice(0, DISCORD_LIMITS.autocompleteChoices);
	return {
		choices: shown.map(({ choice }) => ({ name: choice.name, value: choice.value })),
		more: ranked.length - shown.length,
	};
}

/**
 * The choices as the console prints them, one a line, and how many more there are.
 *
 * @example
 * choiceListText([{ name: 'defence', value: 'defence' }], 6); // '  defence  →  defence\n… and 6 more: type to narrow'
 */
export function choiceListText(choices: readonly ConsoleChoice[], more: number): string {
	if (choices.length === 0) return CHOICE_LIST_WORDS.none;
	const lines = choices.map((choice) => `  ${choice.name}  →  ${choice.value}`);
	if (more > 0) lines.push(CHOICE_LIST_WORDS.more(more));
	return lines.join('\n');
}
