/**
 * Autocomplete for a command's options: each command says what each of its options completes (a kind of record, a
 * fixed list, or a completer of its own such as time zones), and this asks for it within Discord's limits: at most
 * 25 choices, names cut to 100 characters. The engine knows neither commands nor Discord; this is where they meet.
 */
import { DISCORD_LIMITS } from '../discord/limits.js';
import type { Completable, Engine } from '../engine/engine.js';
import type { Completion } from '../engine/prefixCompleter.js';
import { truncate } from '../text/truncate.js';

/** Completes a partial to at most `limit` choices, for what the engine does not hold (e.g. time zones). */
export type Completer = (partial: string, limit: number) => Completion[];

/** What each option of a command completes, by option name. */
export type OptionCompletions = Readonly<Record<string, Completable | Completer>>;

/**
 * @param engine - answers the record and fixed-list completions
 * @param completions - the command's options and what each completes
 * @param option - the option being typed
 * @param partial - what has been typed
 * @returns choices within Discord's limits; none for an option that completes nothing
 * @example
 * completeOption(engine, { query: 'document' }, 'query', 'bord'); // [{ name: '2021 · Agreement …', value: 'doc-2021-border-regime' }, …]
 */
export function completeOption(
	engine: Engine,
	completions: OptionCompletions,
	option: string,
	partial: string,
): Completion[] {
	// Own keys only: an option typed as "constructor" or "__proto__" completes nothing.
	const what = Object.hasOwn(completions, option) ? completions[option] : undefined;
	if (what === undefined) return [];
	const limit = DISCORD_LIMITS.autocompleteChoices;
	return fitChoices(typeof what === 'function' ? what(partial, limit) : engine.autocomplete(what, partial, limit));
}

/** At most 25 choices, each name cut to 100 characters (Discord refuses the whole answer otherwise). */
export function fitChoices(choices: readonly Completion[]): Completion[] {
	return choices
		.slice(0, DISCORD_LIMITS.autocompleteChoices)
		.map((choice) => ({ name: truncate(choice.name, DISCORD_LIMITS.choiceName), value: choice.value }));
}
