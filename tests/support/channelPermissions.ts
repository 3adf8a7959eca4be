/**
 * Permissions in the local Discord stand-in, changed the way Discord tells a bot: gateway dispatches. The stand-in's
 * server starts with an @everyone role that may do everything (Administrator included, which overrides any
 * overwrite) and a bot member with no role of its own, so what @everyone may do, and a channel's overwrites for the
 * bot, are what the bot may do. Kept apart from `fakeDiscord.ts`: it only uses its public `dispatch`.
 */
import {
	type APIRole,
	type APITextChannel,
	type Client,
	OverwriteType,
	PermissionFlagsBits,
	type RoleFlags,
} from 'discord.js';
import { ALL_PERMISSIONS, BOT_ID, type FakeDiscord, GUILD_ID, textChannel } from './fakeDiscord/index.js';

/** Every permission but Administrator, which would make any overwrite moot. */
export const ALL_BUT_ADMINISTRATOR = BigInt(ALL_PERMISSIONS) & ~PermissionFlagsBits.Administrator;

/** Resolves once `done()` holds (the client has read a dispatch), or fails after `timeoutMs`. */
export async function until(done: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!done()) {
		if (Date.now() > deadline) throw new Error(`channelPermissions: ${what} did not happen within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/**
 * Sets what @everyone may do in the stand-in's server (GUILD_ROLE_UPDATE), and waits until the client knows it.
 *
 * @example
 * await everyoneMay(fake, client, ALL_BUT_ADMINISTRATOR & ~PermissionFlagsBits.EmbedLinks);
 */
export async function everyoneMay(fake: FakeDiscord, client: Client, permissions: bigint): Promise<void> {
	const role: APIRole = {
		id: GUILD_ID,
		name: '@everyone',
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		icon: null,
		unicode_emoji: null,
		position: 0,
		permissions: String(permissions),
		managed: false,
		mentionable: false,
		flags: 0 as RoleFlags,
	};
	fake.dispatch('GUILD_ROLE_UPDATE', { guild_id: GUILD_ID, role });
	await until(
		() => client.guilds.cache.get(GUILD_ID)?.roles.everyone.permissions.bitfield === permissions,
		'the @everyone update',
	);
}

/**
 * Adds a text channel to the stand-in's server (CHANNEL_CREATE) whose overwrites deny the bot `deny`, and waits until
 * the client knows it.
 *
 * @returns the channel, as the stand-in sent it
 */
export async function channelDenyingBot(
	fake: FakeDiscord,
	client: Client,
	id: string,
	name: string,
	deny: bigint,
): Promise<APITextChannel> {
	const channel: APITextChannel = {
		...textChannel(id, name),
		permission_overwrites: [{ id: BOT_ID, type: OverwriteType.Member, allow: '0', deny: String(deny) }],
	};
	fake.dispatch('CHANNEL_CREATE', channel);
	await until(() => client.channels.cache.has(id), `the creation of #${name}`);
	return channel;
}
