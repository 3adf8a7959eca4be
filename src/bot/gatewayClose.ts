/**
 * Gateway close codes after which Discord will not accept this bot until someone changes its configuration, so
 * reconnecting is pointless and the process must stop, saying why. discord.js stops reconnecting after exactly
 * these (it emits `shardDisconnect`), before or after READY.
 */
import { GatewayCloseCodes } from 'discord.js';

/** The cause of each fatal close, as one line an operator can act on. */
export const FATAL_CLOSE_CAUSES: ReadonlyMap<number, string> = new Map([
	[GatewayCloseCodes.AuthenticationFailed, 'gateway closed with 4004 (authentication failed): check DISCORD_TOKEN'],
	[GatewayCloseCodes.InvalidShard, 'gateway closed with 4010 (invalid shard): the shard settings are wrong'],
	[
		GatewayCloseCodes.ShardingRequired,
		'gateway closed with 4011 (sharding required): the bot is in too many servers for one connection',
	],
	[GatewayCloseCodes.InvalidAPIVersion, 'gateway closed with 4012 (invalid API version): upgrade discord.js'],
	[GatewayCloseCodes.InvalidIntents, 'gateway closed with 4013 (invalid intents): the intents value is not valid'],
	[
		GatewayCloseCodes.DisallowedIntents,
		'gateway closed with 4014 (disallowed intents): the bot asks for a privileged intent not enabled for it in the Developer Portal (Bot → Privileged Gateway Intents); the token is fine',
	],
]);

/**
 * @param code - a gateway close code
 * @returns the cause when the close is fatal, undefined when discord.js reconnects by itself
 * @example
 * fatalCloseCause(4014); // 'gateway closed with 4014 (disallowed intents): …'
 * fatalCloseCause(4000); // undefined
 */
export function fatalCloseCause(code: number): string | undefined {
	return FATAL_CLOSE_CAUSES.get(code);
}
