/**
 * Configuration from the environment, read and validated once at startup.
 * Secrets never appear in error messages: a bad token is named, not shown.
 */
import { z } from 'zod';

/** A Discord bot token: three dot-separated base64url parts. */
const TOKEN_PATTERN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;
const SNOWFLAKE = /^\d{17,20}$/;

const emptyAsUndefined = (value: unknown): unknown =>
	typeof value === 'string' && value.trim() === '' ? undefined : value;

export const ConfigSchema = z.object({
	DISCORD_TOKEN: z.preprocess(
		emptyAsUndefined,
		z.string().regex(TOKEN_PATTERN, 'is not a Discord bot token (three dot-separated parts)').optional(),
	),
	DISCORD_CLIENT_ID: z.preprocess(
		emptyAsUndefined,
		z.string().regex(SNOWFLAKE, 'must be a numeric Discord id').optional(),
	),
	DISCORD_GUILD_ID: z.preprocess(
		emptyAsUndefined,
		z.string().regex(SNOWFLAKE, 'must be a numeric Discord id').optional(),
	),
	DISCORD_API_URL: z.preprocess(
		emptyAsUndefined,
		z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
	),
	LOG_LEVEL: z.preprocess(
		emptyAsUndefined,
		z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	),
	DATABASE_PATH: z.preprocess(emptyAsUndefined, z.string().default('.data/bot.sqlite')),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
	override name = 'ConfigError';
}

/**
 * @param env - usually `process.env`
 * @returns the validated configuration
 * @throws ConfigError with one line naming the variable (never its value)
 * @example
 * readConfig({ LOG_LEVEL: 'debug' }).LOG_LEVEL; // 'debug'
 */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
	const result = ConfigSchema.safeParse(env);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const variable = String(issue?.path[0] ?? 'configuration');
	throw new ConfigError(`config: ${variable} ${issue?.message ?? 'is invalid'}`);
}
