/**
 * `npm start`: the bot when DISCORD_TOKEN is set, otherwise the local console
 * running the same command handlers.
 */
import { performance } from 'node:perf_hooks';
import dotenv from 'dotenv';
import { Events } from 'discord.js';
import { pino } from 'pino';
import { clientChannelAccess } from './bot/channelAccess.js';
import { createBotContext } from './bot/createContext.js';
import { createClient } from './bot/createClient.js';
import { InteractionRouter } from './bot/router.js';
import { ConfigError, readConfig } from './config.js';
import { ConsoleSession, runConsole } from './console/runConsole.js';
import { DailyScheduler, type DailyPoster } from './daily/dailyScheduler.js';
import { DailyStore, DailyStoreError } from './daily/dailyStore.js';
import { createPostRest, discordPoster } from './daily/discordPoster.js';
import { DatasetError } from './data/DatasetError.js';
import { createLogger } from './logger.js';
import { describeLoginFailure } from './loginFailure.js';

/** A clean shutdown must finish within this, or the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 4000;

const NO_TOKEN_MESSAGE = `No DISCORD_TOKEN set, so the bot is not connecting to Discord.
To run it on Discord: create an application at https://discord.com/developers/applications,
add a bot, copy its token into .env as DISCORD_TOKEN=… (see .env.example), then run
"npm run deploy" once and "npm start". Meanwhile, here is the local console.
`;

dotenv.config({ quiet: true });

const OFFLINE_POSTER: DailyPoster = {
	send: () => Promise.reject(new Error('console: there is no Discord connection to post to')),
};

async function main(): Promise<void> {
	const config = readConfig(process.env);
	const token = config.DISCORD_TOKEN;
	if (!token) {
		// Console mode: logs go to stderr, quietly, so they do not mix with the replies.
		const logger = createLogger('warn', pino.destination(2));
		const bot = await createBotContext(logger);
		// The console has no Discord connection: /daily can be set and previewed, nothing is posted.
		const store = DailyStore.open(config.DATABASE_PATH);
		bot.context.daily = {
			store,
			scheduler: new DailyScheduler({
				store,
				engine: bot.context.engine,
				poster: OFFLINE_POSTER,
				now: bot.context.now,
				logger,
			}),
		};
		process.stderr.write(NO_TOKEN_MESSAGE);
		await runConsole(new ConsoleSession(bot.commands, bot.context), process.stdin, process.stdout);
		store.close();
		return;
	}

	const logger = createLogger(config.LOG_LEVEL, undefined, [token]);
	process.on('unhandledRejection', (reason) =>
		logger.error({ event: 'unhandled-rejection', err: reason }, 'unhandled rejection'),
	);
	const bot = await createBotContext(logger);
	const store = DailyStore.open(config.DATABASE_PATH);
	const router = new InteractionRouter(bot.commands, bot.context, undefined, undefined, bot.messageCommands);
	// Set when the gateway closed for good (4004, 4010–4014): the cause has been logged, the process stops with 1.
	let fatalClose = false;
	const client = createClient(router, logger, config.DISCORD_API_URL, () => {
		fatalClose = true;
		void stop(1);
	});
	// `/daily set` checks that the bot can post in the channel chosen, from what the client knows of its servers.
	bot.context.channels = clientChannelAccess(client);
	const scheduler = new DailyScheduler({
		store,
		engine: bot.context.engine,
		// Daily posts have their own REST manager: their time limits and retry budget are the scheduler's, and a
		// channel's 429s are thrown, not waited out without limit inside @discordjs/rest.
		poster: discordPoster(createPostRest({ token, api: config.DISCORD_API_URL })),
		now: bot.context.now,
		logger,
	});
	bot.context.daily = { store, scheduler };
	client.once(Events.ClientReady, () => {
		scheduler.start();
		// Term lookup and autocomplete tables are built now rather than on the first query (about a second at 100k records).
		const started = performance.now();
		bot.context.engine.warmUp();
		logger.info(
			{ event: 'warm-up', ms: Math.round(performance.now() - started) },
			'lookup and autocomplete tables built',
		);
	});
	// A server that removes the bot has its schedule removed.
	client.on(Events.GuildDelete, (guild) => {
		if (!guild.available) return;
		store.removeGuild(guild.id);
		logger.info({ event: 'guild-removed', guild: guild.id }, 'daily schedule removed');
	});

	let stopping = false;
	/**
	 * Stops in the order that loses nothing: the gateway first, so Discord stops delivering interactions to this
	 * process; then the replies in flight (including any that arrived before the close) and the daily posts being
	 * sent; then the database. Whatever is still running at the deadline is logged as abandoned (a daily post left
	 * pending is checked in its channel after the restart, not sent twice) and the process exits anyway.
	 */
	const stop = async (code: number, signal?: string): Promise<void> => {
		if (stopping) return;
		stopping = true;
		logger.info({ event: 'shutdown', ...(signal ? { signal } : {}) }, 'finishing in-flight replies');
		const deadline = setTimeout(() => {
			const interactions = router.unfinished();
			const posts = scheduler.unfinished();
			if (interactions.length > 0 || posts.length > 0) {
				logger.warn({ event: 'abandoned', interactions, posts }, 'shutdown deadline: abandoned what was in flight');
			}
			try {
				store.close();
			} catch {
				// closing twice, or mid-statement: the process is exiting either way
			}
			process.exit(code);
		}, SHUTDOWN_DEADLINE_MS);
		deadline.unref();
		scheduler.stop();
		await client.destroy();
		await router.drain();
		await scheduler.idle();
		clearTimeout(deadline);
		store.close();
		logger.info({ event: 'stopped' }, 'stopped');
		process.exit(code);
	};
	process.once('SIGINT', () => void stop(0, 'SIGINT'));
	process.once('SIGTERM', () => void stop(0, 'SIGTERM'));

	try {
		await client.login(token);
	} catch (error) {
		// A fatal gateway close has already said why, in one line, and is stopping the process.
		if (fatalClose) return;
		// A refused token and an unreachable network need different fixes: say which it was.
		const failure = describeLoginFailure(error, config.DISCORD_API_URL);
		logger.fatal({ event: 'login-failed', cause: failure.cause, err: error }, failure.message);
		await client.destroy();
		store.close();
		process.exitCode = 1;
	}
}

main().catch((error: unknown) => {
	if (error instanceof ConfigError || error instanceof DatasetError || error instanceof DailyStoreError) {
		process.stderr.write(`${error.message}\n`);
	} else {
		process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
	}
	process.exitCode = 1;
});
