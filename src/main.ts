/**
 * `npm start`: the bot when DISCORD_TOKEN is set, otherwise the local console
 * running the same command handlers.
 */
import dotenv from 'dotenv';
import { pino } from 'pino';
import { createBotContext } from './bot/createContext.js';
import { createClient } from './bot/createClient.js';
import { InteractionRouter } from './bot/router.js';
import { ConfigError, readConfig } from './config.js';
import { ConsoleSession, runConsole } from './console/runConsole.js';
import { DatasetError } from './data/DatasetError.js';
import { createLogger } from './logger.js';

/** A clean shutdown must finish within this, or the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 4000;

const NO_TOKEN_MESSAGE = `No DISCORD_TOKEN set, so the bot is not connecting to Discord.
To run it on Discord: create an application at https://discord.com/developers/applications,
add a bot, copy its token into .env as DISCORD_TOKEN=… (see .env.example), then run
"npm run deploy" once and "npm start". Meanwhile, here is the local console.
`;

dotenv.config({ quiet: true });

async function main(): Promise<void> {
	const config = readConfig(process.env);
	const token = config.DISCORD_TOKEN;
	if (!token) {
		// Console mode: logs go to stderr, quietly, so they do not mix with the replies.
		const logger = createLogger('warn', pino.destination(2));
		const bot = await createBotContext(logger);
		process.stderr.write(NO_TOKEN_MESSAGE);
		await runConsole(new ConsoleSession(bot.commands, bot.context), process.stdin, process.stdout);
		return;
	}

	const logger = createLogger(config.LOG_LEVEL, undefined, [token]);
	process.on('unhandledRejection', (reason) =>
		logger.error({ event: 'unhandled-rejection', err: reason }, 'unhandled rejection'),
	);
	const bot = await createBotContext(logger);
	const router = new InteractionRouter(bot.commands, bot.context);
	const client = createClient(router, logger, config.DISCORD_API_URL);

	let stopping = false;
	const shutdown = async (signal: string): Promise<void> => {
		if (stopping) return;
		stopping = true;
		logger.info({ event: 'shutdown', signal }, 'finishing in-flight replies');
		const deadline = setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS);
		deadline.unref();
		await router.drain();
		await client.destroy();
		logger.info({ event: 'stopped' }, 'stopped');
		process.exit(0);
	};
	process.once('SIGINT', () => void shutdown('SIGINT'));
	process.once('SIGTERM', () => void shutdown('SIGTERM'));

	try {
		await client.login(token);
	} catch (error) {
		logger.fatal({ event: 'login-failed', err: error }, 'could not log in to Discord: check DISCORD_TOKEN');
		await client.destroy();
		process.exitCode = 1;
	}
}

main().catch((error: unknown) => {
	if (error instanceof ConfigError || error instanceof DatasetError) {
		process.stderr.write(`${error.message}\n`);
	} else {
		process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
	}
	process.exitCode = 1;
});
