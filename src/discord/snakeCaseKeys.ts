/**
 * discord.js turns every plain object it sends (embeds, buttons, autocomplete choices) from camelCase to snake_case
 * with its `toSnakeCase`, which runs lodash's `snakeCase` (deburring, word-splitting regexes) on every key of every
 * object of every reply: about 4 % of the bot's CPU under load, spent converting the same few dozen keys over and
 * over. `snakeCaseKeys` is a drop-in `jsonTransformer` giving the same output, converting each distinct key once.
 */
import { isJSONEncodable, Options, resolvePartialEmoji } from 'discord.js';

/** discord.js' own transformer, asked once per distinct key so that the conversion stays exactly its own. */
const discordTransformer = Options.createDefault().jsonTransformer ?? ((value: unknown): unknown => value);
/** Keys are the bot's own field names, a fixed few dozen; the cap only guards against a surprise. */
const MAX_REMEMBERED_KEYS = 512;
const snakeKeys = new Map<string, string>();

function snakeKey(key: string): string {
	let snake = snakeKeys.get(key);
	if (snake === undefined) {
		const converted = discordTransformer({ [key]: null });
		snake = (typeof converted === 'object' && converted !== null ? Object.keys(converted)[0] : undefined) ?? key;
		if (snakeKeys.size < MAX_REMEMBERED_KEYS) snakeKeys.set(key, snake);
	}
	return snake;
}

/**
 * The same result as discord.js' default `jsonTransformer`, for the client option of that name.
 *
 * @param value - an outgoing value: plain objects and arrays are converted deeply, `toJSON()` builders first
 * @returns the value with every object key in snake_case
 * @example
 * snakeCaseKeys({ customId: 'page:2', allowedMentions: { repliedUser: false } });
 * // { custom_id: 'page:2', allowed_mentions: { replied_user: false } }
 */
export function snakeCaseKeys(value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	// A Date has a toJSON too: discord.js leaves it alone, and so does this.
	if (value instanceof Date) return value;
	if (isJSONEncodable(value)) return snakeCaseKeys(value.toJSON());
	if (Array.isArray(value)) return value.map(snakeCaseKeys);
	return Object.fromEntries(
		Object.entries(value).map(([key, inner]) => [
			snakeKey(key),
			// discord.js resolves an emoji given as a string ("<:name:id>" or an id); kept identical.
			key === 'emoji' && typeof inner === 'string' ? resolvePartialEmoji(inner) : snakeCaseKeys(inner),
		]),
	);
}
