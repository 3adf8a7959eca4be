/**
 * Why a daily post failed, and what to do about it. Permanent failures (Discord refused the request: 400, 403, 404
 * and other 4xx) are recorded and shown, never retried: the same request would be refused again. Transient ones
 * (429, 408, 5xx, time-outs, cut connections) are retried within the post's budget. Whether Discord may have
 * created the message matters for exactly-once: a 429 or a 4xx means it did not; a time-out, a cut connection or a
 * 5xx means it might have, so the channel is checked before the next send.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';

/** Why a post cannot be delivered until someone fixes the server's setup or the post itself. */
export type DeliveryProblem = 'missingChannel' | 'missingPermission' | 'rejected';

/** Thrown by a poster when the channel is gone or the bot may not post in it. */
export class DeliveryError extends Error {
	/**
	 * @param problem - what is wrong with the channel
	 * @param message - the underlying error's message, for the logs
	 */
	constructor(
		readonly problem: DeliveryProblem,
		message: string,
	) {
		super(message);
		this.name = 'DeliveryError';
	}
}

/** Thrown when one attempt (a send or a look-up) got no answer in time. */
export class AttemptTimeoutError extends Error {
	/** @param ms - the attempt's time limit */
	constructor(readonly ms: number) {
		super(`no answer from Discord within ${ms} ms`);
		this.name = 'AttemptTimeoutError';
	}
}

/** What a failed attempt means. `reason` is one short line for the logs and `/daily status`. */
export type DeliveryFailure =
	| { kind: 'permanent'; problem: DeliveryProblem; reason: string }
	| {
			kind: 'transient';
			reason: string;
			/** What Discord asked for (429 `retry_after`), in milliseconds. */
			retryAfterMs?: number;
			/** True when Discord may have created the message although the bot saw no success. */
			outcomeUnknown: boolean;
	  };

function describe(error: unknown): string {
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}

/**
 * @param error - whatever a poster threw
 * @returns whether to retry, and whether the message may exist anyway
 * @example
 * classifyFailure(new DiscordAPIError({ message: 'Invalid Form Body', code: 50035 }, 50035, 400, 'POST', url, {}));
 * // { kind: 'permanent', problem: 'rejected', reason: '400 Invalid Form Body' }
 */
export function classifyFailure(error: unknown): DeliveryFailure {
	if (error instanceof DeliveryError) return { kind: 'permanent', problem: error.problem, reason: error.message };
	if (error instanceof RateLimitError) {
		return { kind: 'transient', reason: '429 rate limited', retryAfterMs: error.retryAfter, outcomeUnknown: false };
	}
	if (error instanceof DiscordAPIError) {
		const reason = `${error.status} ${error.message}`;
		if (error.status === 429 || error.status === 408) return { kind: 'transient', reason, outcomeUnknown: false };
		if (error.status >= 500) return { kind: 'transient', reason, outcomeUnknown: true };
		if (error.status === 404) return { kind: 'permanent', problem: 'missingChannel', reason };
		if (error.status === 403) return { kind: 'permanent', problem: 'missingPermission', reason };
		return { kind: 'permanent', problem: 'rejected', reason };
	}
	if (error instanceof HTTPError) {
		return { kind: 'transient', reason: `${error.status} ${error.message}`, outcomeUnknown: error.status >= 500 };
	}
	if (error instanceof AttemptTimeoutError) return { kind: 'transient', reason: error.message, outcomeUnknown: true };
	if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
		return { kind: 'transient', reason: 'no answer from Discord in time', outcomeUnknown: true };
	}
	// A cut connection, a DNS failure, anything else: the request may or may not have reached Discord.
	return { kind: 'transient', reason: describe(error), outcomeUnknown: true };
}
