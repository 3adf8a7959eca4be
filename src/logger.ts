/**
 * Structured logs, one JSON line per event, through pino. Anything that could
 * carry the token is redacted at the logger, whatever the caller passes.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
	'token',
	'*.token',
	'config.DISCORD_TOKEN',
	'headers.authorization',
	'*.headers.authorization',
];

/**
 * @param level - pino level
 * @param destination - where to write (stdout by default; tests pass a stream)
 * @param secrets - values to scrub from every line, e.g. the token
 * @returns a logger
 * @example
 * const logger = createLogger('info'); logger.info({ command: 'agreement' }, 'command');
 */
export function createLogger(level: string, destination?: DestinationStream, secrets: readonly string[] = []): Logger {
	const scrub = secrets.filter((secret) => secret.length >= 8);
	return pino(
		{
			level,
			redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
			hooks: {
				// Belt and braces: a token inside an error message or a string field is scrubbed too.
				streamWrite: (line) => scrub.reduce((text, secret) => text.split(secret).join('[redacted]'), line),
			},
		},
		destination,
	);
}
