/**
 * One harness for the end-to-end tests: starts the real bot (createBotContext, InteractionRouter, createClient)
 * against the Discord stand-in, logs in through its gateway, waits until ready, and tears it all down in order
 * (drain the router, destroy the client, close the stand-in).
 */
import { type Client, Events } from 'discord.js';
import { loadCommands, loadMessageCommands } from '../../commands/index.js';
import type { Command, CommandContext, MessageCommand } from '../../src/bot/command.js';
import { createClient } from '../../src/bot/createClient.js';
import { createBotContext } from '../../src/bot/createContext.js';
import { InteractionRouter } from '../../src/bot/router.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { FakeDiscord } from './fakeDiscord/index.js';
import { readCallback, type SentCallback } from './sentPayloads.js';

export interface BotHarness {
	fake: FakeDiscord;
	client: Client;
	router: InteractionRouter;
	context: CommandContext;
	commands: ReadonlyMap<string, Command>;
	/** Drains the router, destroys the client and closes the stand-in (unless it was given). */
	stop(): Promise<void>;
}

export interface BotHarnessOptions {
	/** A stand-in already started; it is left open by `stop`. Otherwise one is started (and closed). */
	fake?: FakeDiscord;
	/** The commands' logger, given to createBotContext; silent unless given. Ignored with `context`. */
	logger?: Logger;
	/** A context built by the test (its own engine, clock, daily service); otherwise createBotContext's. */
	context?: CommandContext;
	/** The commands routed: the bot's own unless given; a function receives the bot's own to add to or replace. */
	commands?: ReadonlyMap<string, Command> | ((own: ReadonlyMap<string, Command>) => ReadonlyMap<string, Command>);
	/** The message commands routed (Apps → "…"): the bot's own unless given. */
	messageCommands?: ReadonlyMap<string, MessageCommand>;
	/** The router's DEFER_AFTER_MS, when a test needs its own. */
	deferAfterMs?: number;
	/** The paged lists a button can come back to; the real ones by default. */
	pages?: ConstructorParameters<typeof InteractionRouter>[3];
	/** Runs once the client exists, before it logs in (to wire services that use `client.rest`). */
	beforeLogin?: (client: Client, context: CommandContext) => void;
}

/** Resolves once the client is ready (at once if it already is). */
export async function waitReady(client: Client): Promise<void> {
	if (client.isReady()) return;
	await new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
}

/** Logs a client in to the stand-in's gateway and waits until it is ready. */
export async function loginReady(client: Client): Promise<void> {
	const ready = waitReady(client);
	await client.login('fake-token');
	await ready;
}

/**
 * Starts the real bot against the stand-in.
 *
 * @example
 * const bot = await startBot({ commands: (own) => new Map([...own, ['boom', boom]]) });
 * // … bot.fake.dispatchInteraction(bot.fake.chatInput('help')) …
 * await bot.stop();
 */
export async function startBot(options: BotHarnessOptions = {}): Promise<BotHarness> {
	const fake = options.fake ?? (await FakeDiscord.start());
	const own = options.context
		? { commands: loadCommands(), messageCommands: loadMessageCommands(), context: options.context }
		: await createBotContext(options.logger ?? createLogger('silent'));
	const commands =
		typeof options.commands === 'function' ? options.commands(own.commands) : (options.commands ?? own.commands);
	const router = new InteractionRouter(
		commands,
		own.context,
		options.deferAfterMs,
		options.pages,
		options.messageCommands ?? own.messageCommands,
	);
	const client = createClient(router, createLogger('silent'), fake.apiUrl);
	options.beforeLogin?.(client, own.context);
	await loginReady(client);
	return {
		fake,
		client,
		router,
		context: own.context,
		commands,
		async stop() {
			await router.drain();
			await client.destroy();
			if (!options.fake) await fake.close();
		},
	};
}

/**
 * @param fake - the stand-in the bot runs against
 * @param payload - an interaction to dispatch
 * @returns the bot's callback to it, read
 */
export async function sentCallback(
	fake: FakeDiscord,
	payload: Parameters<FakeDiscord['dispatchInteraction']>[0],
): Promise<SentCallback> {
	return readCallback(await fake.waitForCallback(fake.dispatchInteraction(payload), 15_000));
}
