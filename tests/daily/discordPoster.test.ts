/**
 * discordPoster against FakeDiscord through a real @discordjs/rest client: the body Discord receives, the message id
 * it returns, and which Discord errors become a DeliveryError.
 */
import { type APIEmbed, type APIMessage, HTTPError, REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/daily/dailyScheduler.js';
import { discordPoster } from '../../src/daily/discordPoster.js';
import { CHANNEL_ID, FakeDiscord, type FakeResponse, faults } from '../support/fakeDiscord/index.js';

const EMBEDS: APIEmbed[] = [{ title: 'A fact', description: 'With its source.' }];
const MESSAGES_PATH = `/channels/${CHANNEL_ID}/messages`;

let fake: FakeDiscord;
let rest: REST;

beforeAll(async () => {
	fake = await FakeDiscord.start();
	rest = new REST({ api: fake.apiUrl }).setToken('t');
});

afterEach(() => {
	fake.clearFaults();
	fake.clearRequests();
});

afterAll(async () => {
	await fake?.close();
});

function discordError(status: number, code: number, message: string): FakeResponse {
	return { status, body: { message, code } };
}

/** The rejection of a send, so a test can look at it closely. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected the send to fail');
}

describe('discordPoster', () => {
	it('posts the embeds with the nonce, enforce_nonce and no mentions to the channel and returns the message id', async () => {
		const { messageId } = await discordPoster(rest).send(CHANNEL_ID, { embeds: EMBEDS, nonce: '1234567890' });

		const posts = fake.requestsMatching({ method: 'POST', path: MESSAGES_PATH });
		expect(posts).toHaveLength(1);
		expect(posts[0]?.headers.authorization).toBe('Bot t');
		expect(posts[0]?.body).toEqual({
			embeds: EMBEDS,
			nonce: '1234567890',
			enforce_nonce: true,
			allowed_mentions: { parse: [] },
		});
		// The id is the one of the message Discord created: fetching it gives back the embeds sent.
		const created = (await rest.get(Routes.channelMessage(CHANNEL_ID, messageId))) as APIMessage;
		expect(created.id).toBe(messageId);
		expect(created.embeds).toEqual(EMBEDS);
	});

	it('turns 404 Unknown Channel (10003) into DeliveryError missingChannel', async () => {
		fake.failNext(
			{ method: 'POST', path: MESSAGES_PATH },
			discordError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel'),
		);

		const error = await failureOf(discordPoster(rest).send(CHANNEL_ID, { embeds: EMBEDS, nonce: '1' }));

		expect(error).toBeInstanceOf(DeliveryError);
		expect(error).toMatchObject({ problem: 'missingChannel', message: 'Unknown Channel' });
	});

	it('turns 403 Missing Permissions (50013) into DeliveryError missingPermission', async () => {
		fake.failNext({ method: 'POST', path: MESSAGES_PATH }, faults.missingPermissions());

		const error = await failureOf(discordPoster(rest).send(CHANNEL_ID, { embeds: EMBEDS, nonce: '2' }));

		expect(error).toBeInstanceOf(DeliveryError);
		expect(error).toMatchObject({ problem: 'missingPermission' });
	});

	it('turns 403 Missing Access (50001) into DeliveryError missingPermission', async () => {
		fake.failNext(
			{ method: 'POST', path: MESSAGES_PATH },
			discordError(403, RESTJSONErrorCodes.MissingAccess, 'Missing Access'),
		);

		const error = await failureOf(discordPoster(rest).send(CHANNEL_ID, { embeds: EMBEDS, nonce: '3' }));

		expect(error).toBeInstanceOf(DeliveryError);
		expect(error).toMatchObject({ problem: 'missingPermission' });
	});

	it('rethrows a 500 that outlasts the retries as is, not as a DeliveryError, so the scheduler retries later', async () => {
		// @discordjs/rest retries a 5xx three times: four 500s surface the error.
		fake.failNext({ method: 'POST', path: MESSAGES_PATH }, faults.serverError(500), 4);

		const error = await failureOf(discordPoster(rest).send(CHANNEL_ID, { embeds: EMBEDS, nonce: '4' }));

		expect(error).not.toBeInstanceOf(DeliveryError);
		expect(error).toBeInstanceOf(HTTPError);
		expect(error).toMatchObject({ status: 500 });
		expect(fake.requestsMatching({ method: 'POST', path: MESSAGES_PATH }).map((request) => request.status)).toEqual([
			500, 500, 500, 500,
		]);
	});

	it('rethrows another Discord error, such as 400 Invalid Form Body, as is', async () => {
		fake.failNext({ method: 'POST', path: MESSAGES_PATH }, discordError(400, 50035, 'Invalid Form Body'));

		const error = await failureOf(discordPoster(rest).send(CHANNEL_ID, { embeds: EMBEDS, nonce: '5' }));

		expect(error).not.toBeInstanceOf(DeliveryError);
		expect(error).toMatchObject({ code: 50035 });
	});
});
