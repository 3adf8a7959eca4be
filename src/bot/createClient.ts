/**
 * The discord.js client with only the intents it needs, pointed at a
 * Discord-compatible server when DISCORD_API_URL is set.
 */
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import { snakeCaseKeys } from '../discord/snakeCaseKeys.js';
import type { Logger } from '../logger.js';
import { fatalCloseCause } from './gatewayClose.js';
import type { InteractionRouter } from './router.js';

/**
 * The preemptive cap @discordjs/rest puts on the requests it sends per second (its default is 50, Discord's global
 * rate limit). It counts every request except interaction callbacks, so the edits and follow-ups of deferred replies
 * (`/webhooks/:app/:token/…`, e.g. every answer slow enough to be deferred) queue behind it for up to a second once more than 50 a second
 * are sent, although Discord documents that interaction endpoints are not bound by the global rate limit. The bot's
 * other traffic is tiny (command registration, one daily post per server a day), and a real global 429 from Discord
 * still holds every request until it resets, so the cap is raised to where it only catches a runaway loop.
 */
export const GLOBAL_REQUESTS_PER_SECOND = 1000;

/**
 * discord.js keeps up to 200 messages per channel, and every edited reply (each deferred answer) lands in that cache.
 * The bot never reads a message back (buttons carry their message in the interaction), so that is memory growing with
 * the channels the bot answers in, for nothing: keep no messages.
 */
const CACHE = Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 });

/**
 * @param router - answers interactions
 * @param logger - structured logs
 * @param apiUrl - REST base of a Discord-compatible server (discord.js `rest.api`), or undefined for Discord
 * @param onFatalClose - called once the gateway has closed with a code discord.js does not reconnect after (4004,
 *   4010–4014), after one fatal log line naming the cause; the caller stops the process
 */
export function createClient(
	router: InteractionRouter,
	logger: Logger,
	apiUrl?: string,
	onFatalClose?: (code: number, cause: string) => void,
): Client {
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		makeCache: CACHE,
		// discord.js' own conversion, each distinct key converted once instead of on every reply.
		jsonTransformer: snakeCaseKeys,
		rest: { globalRequestsPerSecond: GLOBAL_REQUESTS_PER_SECOND, ...(apiUrl ? { api: apiUrl } : {}) },
	});
	client.once(Events.ClientReady, (ready) => {
		logger.info({ event: 'ready', user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord');
	});
	client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
	client.on(Events.Error, (error) => logger.error({ event: 'client-error', err: error }, 'client error'));
	client.on(Events.Warn, (message) => logger.warn({ event: 'client-warning' }, message));
	client.on(Events.ShardDisconnect, (event, shard) => {
		const cause = fatalCloseCause(event.code);
		if (cause === undefined) {
			logger.warn({ event: 'disconnect', code: event.code, shard }, 'gateway disconnected');
			return;
		}
		logger.fatal({ event: 'gateway-fatal', code: event.code, shard }, cause);
		onFatalClose?.(event.code, cause);
	});
	client.on(Events.ShardResume, (shard) => logger.info({ event: 'resume', shard }, 'gateway resumed'));
	return client;
}
