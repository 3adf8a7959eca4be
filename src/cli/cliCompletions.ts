/**
 * `autocomplete <command> <option> "<partial>"`: what the slash command's option would offer, from the command line.
 * The CLI is bundled without discord.js, so it cannot load the command modules; it names what each option completes
 * here instead, and `tests/cli/cliCompletions.test.ts` checks that this answers as every command's own handler does.
 * Options that Discord offers as fixed choices (country, kind) can be completed here too.
 */
import { type OptionCompletions, completeOption } from '../bot/completeOption.js';
import { completeTimeZone } from '../daily/timeZones.js';
import type { Engine } from '../engine/engine.js';
import type { Completion } from '../engine/prefixCompleter.js';

/** By slash-command name, what each of its options completes. */
const CLI_COMPLETIONS: Readonly<Record<string, OptionCompletions>> = {
	agreement: { query: 'document', country: 'country', year: 'year', kind: 'kind', sector: 'sector' },
	visit: { which: 'visit' },
	figure: { query: 'figure', country: 'country' },
	person: { name: 'person' },
	proposal: { which: 'proposal' },
	timeline: { country: 'country' },
	daily: { timezone: completeTimeZone },
};

/**
 * @param command - a slash-command name
 * @returns the options of that command that offer choices, or undefined for a command with none
 * @example
 * completableOptions('visit'); // ['which']
 */
export function completableOptions(command: string): readonly string[] | undefined {
	return Object.hasOwn(CLI_COMPLETIONS, command) ? Object.keys(CLI_COMPLETIONS[command] ?? {}) : undefined;
}

/** The slash commands with an option that offers choices, for the error that names them. */
export function completableCommands(): readonly string[] {
	return Object.keys(CLI_COMPLETIONS);
}

/**
 * @param engine - the engine
 * @param command - a slash-command name (`agreement`)
 * @param option - one of its options (`query`)
 * @param partial - what has been typed
 * @returns the choices, within Discord's limits; none for an unknown command or option
 * @example
 * completeCliOption(engine, 'agreement', 'sector', 'def'); // [{ name: 'defence', value: 'defence' }]
 */
export function completeCliOption(engine: Engine, command: string, option: string, partial: string): Completion[] {
	const completions = Object.hasOwn(CLI_COMPLETIONS, command) ? CLI_COMPLETIONS[command] : undefined;
	return completions ? completeOption(engine, completions, option, partial).choices : [];
}
