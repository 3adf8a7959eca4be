/**
 * `npm run deploy`: registers the slash commands and the message commands, to one server when
 * DISCORD_GUILD_ID is set (instant, for development), globally otherwise.
 */
import { type APIApplication, REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import dotenv from 'dotenv';
import { commandRegistrations } from '../commands/index.js';
import { ConfigError, readConfig } from './config.js';

dotenv.config({ quiet: true });

/**
 * @param rest - a REST client with the token set
 * @param clientId - the application id, or undefined to ask `GET /applications/@me`
 * @param guildId - a server to register to, or undefined for global commands
 * @returns the names registered and where
 */
export async function deployCommands(
	rest: REST,
	clientId: string | undefined,
	guildId: string | undefined,
): Promise<{ names: string[]; scope: string }> {
	const applicationId = clientId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
	const body = commandRegistrations();
	const route = guildId
		? Routes.applicationGuildCommands(applicationId, guildId)
		: Routes.applicationCommands(applicationId);
	const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
	return {
		names: registered.map((command) => command.name),
		scope: guildId ? `server ${guildId}` : 'all servers (global)',
	};
}

async function main(): Promise<void> {
	const config = readConfig(process.env);
	if (!config.DISCORD_TOKEN)
		throw new ConfigError('config: DISCORD_TOKEN is required to deploy commands (see .env.example)');
	const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
	const { names, scope } = await deployCommands(rest, config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID);
	process.stdout.write(
		`Registered ${names.length} commands to ${scope}: ${names.map((name) => `/${name}`).join(', ')}\n`,
	);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
	main().catch((error: unknown) => {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	});
}
