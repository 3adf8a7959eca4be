/**
 * The client options `createClient` sets, and why: deferred replies must not queue behind @discordjs/rest's preemptive
 * global limit, a real global 429 must still hold every request, and no message is cached.
 */
import { SlashCommandBuilder } from '@discordjs/builders';
import { type Client, REST, type RateLimitData, Routes } from 'discord.js';
import { type BotHarness, startBot } from '../support/botHarness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_REQUESTS_PER_SECOND, createClient } from '../../src/bot/createClient.js';
import type { Command } from '../../src/bot/command.js';
import type { InteractionRouter } from '../../src/bot/router.js';
import { createLogger } from '../../src/logger.js';
import { textReply } from '../../src/render/reply.js';
import { APP_ID, CHANNEL_ID, type FakeDiscord, type RecordedRequest, faults } from '../support/fakeDiscord/index.js';

/** @discordjs/rest's default preemptive global limit (requests per second). */
const DEFAULT_GLOBAL_LIMIT = 50;
/** More deferred replies at once than the default limit lets through in a second. */
const BURST = 60;

/** Acknowledges at once (callback type 5), then edits @original: one webhook request per interaction. */
const deferred: Command = {
	data: new SlashCommandBuilder().setName('deferred').setDescription('defers, then edits'),
	execute: () => textReply('edited', false),
	defer: true,
};

const silent = createLogger('silent');
let bot: BotHarness;
let fake: FakeDiscord;
let client: Client;
let router: InteractionRouter;

beforeAll(async () => {
	bot = await startBot({ commands: new Map([['deferred', deferred]]) });
	({ fake, client, router } = bot);
});

afterAll(async () => {
	await bot?.stop();
});

describe('createClient options', () => {
	it('raises the REST global limit far above the default, and points REST at the given API', async () => {
		expect(GLOBAL_REQUESTS_PER_SECOND).toBeGreaterThanOrEqual(10 * DEFAULT_GLOBAL_LIMIT);
		expect(client.rest.options.globalRequestsPerSecond).toBe(GLOBAL_REQUESTS_PER_SECOND);
		expect(client.rest.options.api).toBe(fake.apiUrl);
		const forDiscord = createClient(router, silent);
		try {
			expect(forDiscord.rest.options.globalRequestsPerSecond).toBe(GLOBAL_REQUESTS_PER_SECOND);
			expect(forDiscord.rest.options.api).toBe('https://discord.com/api');
		} finally {
			await forDiscord.destroy();
		}
	});

	it('with the default options, @discordjs/rest would hold webhook edits past 50 a second (why the option exists)', async () => {
		const rest = new REST({ api: fake.apiUrl });
		const limited: RateLimitData[] = [];
		rest.on('rateLimited', (info) => limited.push(info));
		try {
			// Unknown tokens: the stand-in answers 404, which is fine, only the queueing matters here.
			const edits = Array.from({ length: BURST }, (_, index) =>
				rest.patch(Routes.webhookMessage(APP_ID, `no-such-token-${index}`), { body: {}, auth: false }),
			);
			await Promise.allSettled(edits);
			expect(limited.length).toBeGreaterThan(0);
			expect(limited.every((info) => info.global && info.route === '/webhooks/:id/:token/messages/@original')).toBe(
				true,
			);
		} finally {
			rest.clearHashSweeper();
			rest.clearHandlerSweeper();
		}
	});

	it(`answers ${BURST} deferred interactions at once without a preemptive global wait, caching no message`, async () => {
		const limited: RateLimitData[] = [];
		const onLimited = (info: RateLimitData): void => {
			limited.push(info);
		};
		client.rest.on('rateLimited', onLimited);
		try {
			const handles = Array.from({ length: BURST }, () => fake.dispatchInteraction(fake.chatInput('deferred')));
			const edits = await Promise.all(
				handles.map((handle) => fake.waitForRequest({ method: 'PATCH', path: handle.originalMessagePath })),
			);
			await router.drain();
			expect(edits.map((edit) => edit.status)).toEqual(Array.from({ length: BURST }, () => 200));
			expect(limited).toEqual([]);
			const channel = client.channels.cache.get(CHANNEL_ID);
			if (!channel || !('messages' in channel)) throw new Error('channel not cached');
			expect(channel.messages.cache.size).toBe(0);
		} finally {
			client.rest.off('rateLimited', onLimited);
		}
	});

	it('still holds every request while a real global 429 from Discord lasts', async () => {
		const retryAfterSeconds = 0.3;
		fake.failNext({ method: 'PATCH', path: /\/messages\/@original$/ }, faults.rateLimited(retryAfterSeconds, 'global'));
		let second: ReturnType<FakeDiscord['dispatchInteraction']> | undefined;
		let limitedAt = 0;
		const stop = fake.onRequest((request: RecordedRequest) => {
			if (request.status !== 429 || second) return;
			// A second interaction while the global limit is on: its edit goes through another queue, and must wait too.
			limitedAt = Date.now();
			second = fake.dispatchInteraction(fake.chatInput('deferred'));
		});
		try {
			const first = fake.dispatchInteraction(fake.chatInput('deferred'));
			const firstEdit = await fake.waitForRequest({ method: 'PATCH', path: first.originalMessagePath });
			expect(firstEdit.status).toBe(429);
			if (!second) throw new Error('no second interaction');
			const secondEdit = await fake.waitForRequest({ method: 'PATCH', path: second.originalMessagePath });
			expect(secondEdit.status).toBe(200);
			// Date.now() has 1 ms granularity; allow for it.
			expect(secondEdit.at - limitedAt).toBeGreaterThanOrEqual(retryAfterSeconds * 1000 - 5);
			const retried = fake.requestsMatching({ method: 'PATCH', path: first.originalMessagePath });
			expect(retried.map((request) => request.status)).toEqual([429, 200]);
		} finally {
			stop();
		}
	});
});
