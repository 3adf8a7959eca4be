/**
 * Autocomplete for a command's options: each command says what each of its options completes (a kind of record, a
 * fixed list, or a completer of its own such as time zones), and this asks for it within Discord's limits: at most
 * 25 choices, names of at most 100 characters, fitted by the engine around the words typed, never two alike. The
 * engine knows neither commands nor Discord; this is where they meet.
 */
import { DISCORD_LIMITS } from '../discord/limits.js';
import type { Completable, Engine } from '../engine/engine.js';
import type { Completion } from '../engine/prefixCompleter.js';
import { truncate } from '../text/truncate.js';

/** Completes a partial to at most `limit` choices, for what the engine does not hold (e.g. time zones). */
export type Completer = (partial: string, limit: number) => Completion[];

/** What each option of a command completes, by option name. */
export type OptionCompletions = Readonly<Record<string, Completable | Completer>>;

/** The choices offered for what was typed, and how many more match than Discord can show. */
export interface OptionChoices {
	/** At most 25, best first, each name at most 100 characters and no two alike. */
	choices: Completion[];
	/**
	 * How many more match: counted only when asked, since it scans every match. Discord cannot show it (the 25th
	 * choice is a real one, never "… and 6 more"); the console says "… and 6 more: type to narrow".
	 */
	more: () => number;
}

/** What an option that completes nothing offers. */
export const NO_CHOICES: OptionChoices = { choices: [], more: () => 0 };

/**
 * @param engine - answers the record and fixed-list completions
 * @param completions - the command's options and what each completes
 * @param option - the option being typed
 * @param partial - what has been typed
 * @returns choices within Discord's limits, and how many more there are; none for an option that completes nothing
 * @example
 * completeOption(engine, { query: 'document' }, 'query', 'vet').choices;
 * // [{ name: '2025 · MoU · veterinary medicine · agriculture ministries', value: 'doc-2025-veterinary' }]
 */
export function completeOption(
	engine: Engine,
	completions: OptionCompletions,
	option: string,
	partial: string,
): OptionChoices {
	// Own keys only: an option typed as "constructor" or "__proto__" completes nothing.
	const what = Object.hasOwn(completions, option) ? completions[option] : undefined;
	if (what === undefined) return NO_CHOICES;
	const limit = DISCORD_LIMITS.autocompleteChoices;
	if (typeof what === 'function') {
		const choices = fitChoices(what(partial, limit));
		return { choices, more: () => Math.max(0, what(partial, Number.MAX_SAFE_INTEGER).length - choices.length) };
	}
	const choices = fitChoices(engine.autocomplete(what, partial, limit, DISCORD_LIMITS.choiceName));
	return { choices, more: () => Math.max(0, engine.countCompletions(what, partial) - choices.length) };
}

/**
 * At most 25 choices, each name cut to 100 characters (Discord refuses the whole answer otherwise). The engine's
 * names already fit; a completer of its own may not.
 */
export function fitChoices(choices: readonly Completion[]): Completion[] {
	return choices
		.slice(0, DISCORD_LIMITS.autocompleteChoices)
		.map((choice) => ({ name: truncate(choice.name, DISCORD_LIMITS.choiceName), value: choice.value }));
}
