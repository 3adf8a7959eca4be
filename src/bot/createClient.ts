/**
 * The discord.js client with only the intents it needs, pointed at a
 * Discord-compatible server when DISCORD_API_URL is set.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from '../logger.js';
import type { InteractionRouter } from './router.js';

/**
 * @param router - answers interactions
 * @param logger - structured logs
 * @param apiUrl - REST base of a Discord-compatible server (discord.js `rest.api`), or undefined for Discord
 */
export function createClient(router: InteractionRouter, logger: Logger, apiUrl?: string): Client {
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		...(apiUrl ? { rest: { api: apiUrl } } : {}),
	});
	client.once(Events.ClientReady, (ready) => {
		logger.info({ event: 'ready', user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord');
	});
	client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
	client.on(Events.Error, (error) => logger.error({ event: 'client-error', err: error }, 'client error'));
	client.on(Events.Warn, (message) => logger.warn({ event: 'client-warning' }, message));
	client.on(Events.ShardDisconnect, (event, shard) =>
		logger.warn({ event: 'disconnect', code: event.code, shard }, 'gateway disconnected'),
	);
	client.on(Events.ShardResume, (shard) => logger.info({ event: 'resume', shard }, 'gateway resumed'));
	return client;
}
