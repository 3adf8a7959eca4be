/**
 * The REST endpoints the stand-in answers out of the box, as Discord documents them: the gateway URL, the application
 * and users, application commands, interaction callbacks and webhooks (follow-ups, `@original`), channels, messages
 * and the guild.
 */
import type { CommandRegistry } from './commandRegistry.js';
import {
	BOT_ID,
	CHANNEL_ID,
	GUILD_ID,
	type GuildNames,
	USER_ID,
	application,
	botUser,
	guildObject,
	testUser,
	textChannel,
} from './discordObjects.js';
import type { Interactions } from './interactions.js';
import { type FakeResponse, apiError } from './requests.js';
import type { RouteTable } from './routes.js';

export interface BuiltInRouteDeps {
	gatewayUrl: string;
	names: GuildNames;
	commands: CommandRegistry;
	interactions: Interactions;
}

export function registerBuiltInRoutes(routes: RouteTable, deps: BuiltInRouteDeps): void {
	const { gatewayUrl, names, commands, interactions } = deps;
	const ok = (body: unknown): FakeResponse => ({ status: 200, body });
	const noContent: FakeResponse = { status: 204 };

	routes.on('GET', '/gateway', () => ok({ url: gatewayUrl }));
	routes.on('GET', '/gateway/bot', () =>
		ok({
			url: gatewayUrl,
			shards: 1,
			session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
		}),
	);
	routes.on('GET', '/applications/@me', () => ok(application()));
	routes.on('GET', '/oauth2/applications/@me', () => ok(application()));
	routes.on('GET', '/users/@me', () => ok(botUser()));
	routes.on('GET', '/users/:userId', (_request, { userId }) => {
		if (userId === BOT_ID) return ok(botUser());
		if (userId === USER_ID) return ok(testUser());
		return apiError(404, 10013, 'Unknown User');
	});

	// Application commands
	routes.on('GET', '/applications/:appId/commands', () => ok(commands.registered()));
	routes.on('PUT', '/applications/:appId/commands', (request) => ok(commands.overwrite(request.body, undefined)));
	routes.on('POST', '/applications/:appId/commands', (request) => ok(commands.upsert(request.body, undefined)));
	routes.on('GET', '/applications/:appId/guilds/:guildId/commands', (_request, { guildId = '' }) =>
		ok(commands.registered(guildId)),
	);
	routes.on('PUT', '/applications/:appId/guilds/:guildId/commands', (request, { guildId = '' }) =>
		ok(commands.overwrite(request.body, guildId)),
	);
	routes.on('POST', '/applications/:appId/guilds/:guildId/commands', (request, { guildId = '' }) =>
		ok(commands.upsert(request.body, guildId)),
	);

	// Interactions
	routes.on('POST', '/interactions/:id/:token/callback', (request, { id = '', token = '' }) =>
		interactions.callback(request, id, token),
	);
	routes.on('POST', '/webhooks/:appId/:token', (request, { token = '' }) => interactions.followUp(request, token));
	routes.on('GET', '/webhooks/:appId/:token/messages/:messageId', (_request, { token = '', messageId = '' }) =>
		interactions.getWebhookMessage(token, messageId),
	);
	routes.on('PATCH', '/webhooks/:appId/:token/messages/:messageId', (request, { token = '', messageId = '' }) =>
		interactions.editWebhookMessage(request, token, messageId),
	);
	routes.on('DELETE', '/webhooks/:appId/:token/messages/:messageId', (_request, { token = '', messageId = '' }) =>
		interactions.deleteWebhookMessage(token, messageId),
	);

	// Channels & messages
	routes.on('GET', '/channels/:channelId', (_request, { channelId = CHANNEL_ID }) =>
		ok(textChannel(channelId, channelId === CHANNEL_ID ? (names.channelName ?? 'general') : 'text')),
	);
	routes.on('POST', '/channels/:channelId/typing', () => noContent);
	routes.on('POST', '/channels/:channelId/messages', (request, { channelId = CHANNEL_ID }) =>
		interactions.createChannelMessage(request, channelId),
	);
	routes.on('GET', '/channels/:channelId/messages/:messageId', (_request, { messageId = '' }) =>
		interactions.getMessage(messageId),
	);
	routes.on('PATCH', '/channels/:channelId/messages/:messageId', (request, { messageId = '' }) =>
		interactions.editMessage(request, messageId),
	);
	routes.on('DELETE', '/channels/:channelId/messages/:messageId', (_request, { messageId = '' }) =>
		interactions.deleteMessage(messageId),
	);
	routes.on('GET', '/guilds/:guildId', (_request, { guildId }) =>
		guildId === GUILD_ID ? ok(guildObject(names)) : apiError(404, 10004, 'Unknown Guild'),
	);
}
