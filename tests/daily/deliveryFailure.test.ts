import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { AttemptTimeoutError, classifyFailure, DeliveryError } from '../../src/daily/deliveryFailure.js';

const URL = 'http://127.0.0.1/api/v10/channels/1/messages';

function apiError(status: number, code: number, message: string): DiscordAPIError {
	return new DiscordAPIError({ message, code }, code, status, 'POST', URL, { body: undefined, files: undefined });
}

describe('classifyFailure', () => {
	it.each([
		[400, 50035, 'Invalid Form Body', 'rejected'],
		[403, 50001, 'Missing Access', 'missingPermission'],
		[404, 10008, 'Unknown Message', 'missingChannel'],
		[401, 0, '401: Unauthorized', 'rejected'],
	])('treats %i as permanent (%s)', (status, code, message, problem) => {
		expect(classifyFailure(apiError(status, code, message))).toEqual({
			kind: 'permanent',
			problem,
			reason: `${status} ${message}`,
		});
	});

	it('keeps the problem of a DeliveryError', () => {
		expect(classifyFailure(new DeliveryError('missingChannel', 'Unknown Channel'))).toEqual({
			kind: 'permanent',
			problem: 'missingChannel',
			reason: 'Unknown Channel',
		});
	});

	it('retries a rate limit after its retry_after, knowing nothing was created', () => {
		const limited = new RateLimitError({
			timeToReset: 1_500,
			limit: 5,
			method: 'POST',
			hash: 'h',
			url: URL,
			route: '/channels/:id/messages',
			majorParameter: '1',
			global: false,
			retryAfter: 1_550,
			sublimitTimeout: 0,
			scope: 'user',
		});
		expect(classifyFailure(limited)).toEqual({
			kind: 'transient',
			reason: '429 rate limited',
			retryAfterMs: 1_550,
			outcomeUnknown: false,
		});
	});

	it('retries a 5xx, a time-out and a cut connection, which may each hide a created message', () => {
		const serverError = new HTTPError(503, 'Service Unavailable', 'POST', URL, { body: undefined, files: undefined });
		const cut = Object.assign(new TypeError('fetch failed'), { cause: new Error('other side closed') });
		for (const error of [serverError, new AttemptTimeoutError(10_000), cut]) {
			expect(classifyFailure(error)).toMatchObject({ kind: 'transient', outcomeUnknown: true });
		}
		expect(classifyFailure(apiError(502, 0, 'Bad Gateway'))).toMatchObject({ kind: 'transient', outcomeUnknown: true });
	});
});
