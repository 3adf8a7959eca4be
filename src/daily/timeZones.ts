/**
 * Time zone completion for `/daily set`: the IANA names this Node knows (`Intl.supportedValuesOf`), found by any
 * word of the name ("alm" → Asia/Almaty). A fixed list, so its table is built once, on first use.
 */
import { type Completion, PrefixCompleter } from '../engine/prefixCompleter.js';

/** Short prefixes keep this many choices ready (Discord shows 25); asking for more scans. */
const PRECOMPUTED_CHOICES = 25;
/** A partial longer than any zone name is cut before it is read. */
const MAX_PARTIAL_LENGTH = 200;

/** The one table: zones do not change while the process runs, and building it on every keystroke would be waste. */
let completer: PrefixCompleter | undefined;

/**
 * @param partial - what has been typed, e.g. "Asia/Alm"
 * @param limit - how many choices at most
 * @returns zone names, each its own value, in the list's order
 * @example
 * completeTimeZone('Asia/Alm', 25); // [{ name: 'Asia/Almaty', value: 'Asia/Almaty' }]
 */
export function completeTimeZone(partial: string, limit: number): Completion[] {
	completer ??= buildCompleter();
	return completer.complete(partial.slice(0, MAX_PARTIAL_LENGTH), limit);
}

function buildCompleter(): PrefixCompleter {
	const zones = Intl.supportedValuesOf('timeZone');
	return new PrefixCompleter(
		zones.map((zone) => ({ name: zone, value: zone })),
		// As the engine reads its fixed lists: a hyphen separates words (America/Port-au-Prince).
		zones.map((zone) => zone.replace(/-/g, ' ')),
		PRECOMPUTED_CHOICES,
	);
}
