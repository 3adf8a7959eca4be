/**
 * The bot's own permissions in a channel, from what discord.js has cached of its servers (the Guilds intent brings
 * every channel, role and overwrite, and the bot's own member). `/daily set` asks it before it saves a channel that
 * the bot could not post in.
 */
import { type Client, PermissionFlagsBits } from 'discord.js';
import type { ChannelAccess } from './command.js';

/**
 * @param client - the logged-in client
 * @returns the access of the client's bot user, channel by channel
 * @example
 * clientChannelAccess(client).missing(channelId, ['ViewChannel', 'SendMessages', 'EmbedLinks']); // ['EmbedLinks']
 */
export function clientChannelAccess(client: Client): ChannelAccess {
	return {
		missing(channelId, needed) {
			const channel = client.channels.cache.get(channelId);
			if (!channel || channel.isDMBased()) return undefined;
			const me = channel.guild.members.me;
			if (!me) return undefined;
			// Roles, the channel's overwrites and Administrator all count, as Discord counts them.
			const permissions = channel.permissionsFor(me);
			return needed.filter((name) => !permissions.has(PermissionFlagsBits[name]));
		},
	};
}
