/**
 * Sends daily posts through Discord's REST API, and finds a post Discord may already have created. The nonce with
 * `enforce_nonce` makes Discord return the message it already created when a send is retried within its nonce window
 * (a few minutes); past that window only the channel itself can tell, so `find` reads the bot's own recent messages.
 */
import {
	type APIEmbed,
	type APIMessage,
	type APIUser,
	DiscordAPIError,
	REST,
	RESTJSONErrorCodes,
	Routes,
	SnowflakeUtil,
} from 'discord.js';
import type { DailyPoster, PostMessage } from './dailyScheduler.js';
import { DeliveryError } from './deliveryFailure.js';

const MISSING_CHANNEL_CODES: ReadonlySet<number | string> = new Set([RESTJSONErrorCodes.UnknownChannel]);
const MISSING_PERMISSION_CODES: ReadonlySet<number | string> = new Set([
	RESTJSONErrorCodes.MissingAccess,
	RESTJSONErrorCodes.MissingPermissions,
]);

/** Discord's page size for channel history. */
const HISTORY_PAGE = 100;
/** A look-up reads at most this many pages (500 messages) after the attempt before concluding the post is not there. */
const HISTORY_PAGES = 5;
/** Clocks differ: the look-up starts this long before the recorded attempt. */
const CLOCK_SLACK_MS = 10 * 60_000;

/**
 * A REST manager for daily posts only, so their policy cannot touch interaction replies: a channel's 429 is thrown
 * as a RateLimitError (with `retryAfter`) instead of being waited out without limit, nothing is retried inside
 * @discordjs/rest (the scheduler owns the retry budget), and each request gives up after `timeoutMs`.
 *
 * @param options.token - the bot token
 * @param options.api - REST base of a Discord-compatible server, or undefined for Discord
 * @param options.timeoutMs - one request's time limit
 */
export function createPostRest(options: { token: string; api?: string | undefined; timeoutMs?: number }): REST {
	return new REST({
		...(options.api ? { api: options.api } : {}),
		// Only a channel's own limit is thrown; the global cap (Discord's 50 requests a second) is a short local wait
		// that the attempt's time limit bounds, not a failure of the post.
		rejectOnRateLimit: (limit) => !limit.global,
		retries: 0,
		timeout: options.timeoutMs ?? 10_000,
	}).setToken(options.token);
}

function sameEmbed(a: APIEmbed | undefined, b: APIEmbed | undefined): boolean {
	return a !== undefined && b !== undefined && a.title === b.title && a.description === b.description;
}

function toDeliveryError(error: unknown): unknown {
	if (error instanceof DiscordAPIError && MISSING_CHANNEL_CODES.has(error.code)) {
		return new DeliveryError('missingChannel', error.message);
	}
	if (error instanceof DiscordAPIError && MISSING_PERMISSION_CODES.has(error.code)) {
		return new DeliveryError('missingPermission', error.message);
	}
	return error;
}

/**
 * @param rest - a REST manager: {@link createPostRest} in the bot, or the client's (`client.rest`)
 * @returns a poster that throws DeliveryError for a deleted channel or a lost permission, and anything else as is
 */
export function discordPoster(rest: REST): DailyPoster {
	let me: Promise<string> | undefined;
	const botId = (signal?: AbortSignal): Promise<string> => {
		me ??= (rest.get(Routes.user(), signal ? { signal } : {}) as Promise<APIUser>).then((user) => user.id);
		// A failed look-up of the bot's id is not cached.
		me.catch(() => (me = undefined));
		return me;
	};
	return {
		async send(channelId: string, message: PostMessage, signal?: AbortSignal) {
			try {
				const sent = (await rest.post(Routes.channelMessages(channelId), {
					body: { embeds: message.embeds, nonce: message.nonce, enforce_nonce: true, allowed_mentions: { parse: [] } },
					...(signal ? { signal } : {}),
				})) as APIMessage;
				return { messageId: sent.id };
			} catch (error) {
				throw toDeliveryError(error);
			}
		},

		async find(channelId: string, message: PostMessage, since: Date, signal?: AbortSignal) {
			try {
				const author = await botId(signal);
				let after = SnowflakeUtil.generate({
					timestamp: Math.max(since.getTime() - CLOCK_SLACK_MS, 1_420_070_400_000),
				});
				for (let page = 0; page < HISTORY_PAGES; page += 1) {
					const query = new URLSearchParams({ after: after.toString(), limit: String(HISTORY_PAGE) });
					const messages = (await rest.get(Routes.channelMessages(channelId), {
						query,
						...(signal ? { signal } : {}),
					})) as APIMessage[];
					const found = messages.find(
						(candidate) =>
							candidate.author.id === author &&
							(candidate.nonce === message.nonce || sameEmbed(candidate.embeds[0], message.embeds[0])),
					);
					if (found) return { messageId: found.id };
					if (messages.length < HISTORY_PAGE) return undefined;
					after = messages.reduce((max, candidate) => (BigInt(candidate.id) > max ? BigInt(candidate.id) : max), after);
				}
				return undefined;
			} catch (error) {
				throw toDeliveryError(error);
			}
		},
	};
}
