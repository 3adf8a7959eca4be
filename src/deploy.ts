/**
 * `npm run deploy`: registers the slash commands and the message commands, to one server when
 * DISCORD_GUILD_ID is set (instant, for development), globally otherwise. Each command is registered with where it
 * can be installed and used (its builder's integration types and contexts): the lookups to a server or a user's
 * account, in servers, DMs and group DMs; /daily to a server only. User installs see global commands only.
 */
import {
	type APIApplication,
	ApplicationIntegrationType,
	REST,
	type RESTPutAPIApplicationCommandsResult,
	Routes,
} from 'discord.js';
import dotenv from 'dotenv';
import { commandRegistrations, loadMessageCommands } from '../commands/index.js';
import { ConfigError, readConfig } from './config.js';

dotenv.config({ quiet: true });

/**
 * @param rest - a REST client with the token set
 * @param clientId - the application id, or undefined to ask `GET /applications/@me`
 * @param guildId - a server to register to, or undefined for global commands
 * @returns the names registered and where, and those a user can install to their own account
 */
export async function deployCommands(
	rest: REST,
	clientId: string | undefined,
	guildId: string | undefined,
): Promise<{ names: string[]; scope: string; userInstallable: string[] }> {
	const applicationId = clientId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
	const body = commandRegistrations();
	const route = guildId
		? Routes.applicationGuildCommands(applicationId, guildId)
		: Routes.applicationCommands(applicationId);
	const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
	return {
		names: registered.map((command) => command.name),
		scope: guildId ? `server ${guildId}` : 'all servers (global)',
		userInstallable: registered
			.filter((command) => command.integration_types?.includes(ApplicationIntegrationType.UserInstall))
			.map((command) => command.name),
	};
}

async function main(): Promise<void> {
	const config = readConfig(process.env);
	if (!config.DISCORD_TOKEN)
		throw new ConfigError('config: DISCORD_TOKEN is required to deploy commands (see .env.example)');
	const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
	const { names, scope, userInstallable } = await deployCommands(
		rest,
		config.DISCORD_CLIENT_ID,
		config.DISCORD_GUILD_ID,
	);
	// A message command is reached from a message's Apps menu, not typed with a slash.
	const messageCommands = new Set(loadMessageCommands().keys());
	const slashes = (list: readonly string[]): string =>
		list.map((name) => (messageCommands.has(name) ? `Apps → ${name}` : `/${name}`)).join(', ');
	process.stdout.write(`Registered ${names.length} commands to ${scope}: ${slashes(names)}\n`);
	// Installing to an account offers global commands only: a server's own commands stay in that server.
	if (!config.DISCORD_GUILD_ID && userInstallable.length > 0)
		process.stdout.write(`Installable to a user's account too: ${slashes(userInstallable)}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
	main().catch((error: unknown) => {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	});
}
