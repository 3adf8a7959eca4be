/**
 * Sends daily posts through Discord's REST API. The nonce with
 * `enforce_nonce` makes Discord return the message it already created when a
 * send is retried after a crash, instead of posting twice.
 */
import { type APIEmbed, type APIMessage, DiscordAPIError, type REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import { type DailyPoster, DeliveryError } from './dailyScheduler.js';

const MISSING_CHANNEL_CODES: ReadonlySet<number | string> = new Set([RESTJSONErrorCodes.UnknownChannel]);
const MISSING_PERMISSION_CODES: ReadonlySet<number | string> = new Set([
	RESTJSONErrorCodes.MissingAccess,
	RESTJSONErrorCodes.MissingPermissions,
]);

/**
 * @param rest - the client's REST manager (`client.rest`)
 * @returns a poster that throws DeliveryError for a deleted channel or a lost permission
 */
export function discordPoster(rest: REST): DailyPoster {
	return {
		async send(channelId: string, message: { embeds: APIEmbed[]; nonce: string }) {
			try {
				const sent = (await rest.post(Routes.channelMessages(channelId), {
					body: { embeds: message.embeds, nonce: message.nonce, enforce_nonce: true, allowed_mentions: { parse: [] } },
				})) as APIMessage;
				return { messageId: sent.id };
			} catch (error) {
				if (error instanceof DiscordAPIError && MISSING_CHANNEL_CODES.has(error.code)) {
					throw new DeliveryError('missingChannel', error.message);
				}
				if (error instanceof DiscordAPIError && MISSING_PERMISSION_CODES.has(error.code)) {
					throw new DeliveryError('missingPermission', error.message);
				}
				throw error;
			}
		},
	};
}
