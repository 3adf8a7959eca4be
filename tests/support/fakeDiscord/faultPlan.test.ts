/** The stand-in's nonce memory and per-request faults, seen through a real @discordjs/rest client. */
import { type APIMessage, REST, Routes } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_ID, FakeDiscord, FaultPlan, NonceMemory, planned } from './index.js';

// Wide enough that two posts in a row stay inside it on a loaded machine (40 ms did not).
const WINDOW_MS = 500;
const PATH = `/channels/${CHANNEL_ID}/messages`;

let fake: FakeDiscord;
let nonces: NonceMemory;
let plan: FaultPlan;
let rest: REST;

beforeAll(async () => {
	fake = await FakeDiscord.start();
	nonces = new NonceMemory(fake, { windowMs: WINDOW_MS });
	plan = new FaultPlan(fake);
	rest = new REST({ api: fake.apiUrl, retries: 0, timeout: 200, rejectOnRateLimit: () => true }).setToken('t');
});

afterEach(() => {
	plan.clear();
	nonces.clear();
	fake.clearRequests();
});

afterAll(async () => {
	plan.dispose();
	await fake.close();
});

function post(nonce: string): Promise<APIMessage> {
	return rest.post(Routes.channelMessages(CHANNEL_ID), {
		body: { content: 'hello', nonce, enforce_nonce: true },
	}) as Promise<APIMessage>;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected a failure');
}

describe('NonceMemory', () => {
	it('returns the first message for a nonce reused within the window, and creates a new one after it', async () => {
		const first = await post('1');
		const again = await post('1');
		await new Promise((resolve) => setTimeout(resolve, WINDOW_MS * 2));
		const late = await post('1');

		expect(again.id).toBe(first.id);
		expect(late.id).not.toBe(first.id);
		expect(nonces.messagesIn(CHANNEL_ID).map((message) => message.id)).toEqual([first.id, late.id]);
	});

	it('lists a channel newest first without nonces, after a cursor', async () => {
		const first = await post('2');
		const second = await post('3');

		const listed = (await rest.get(Routes.channelMessages(CHANNEL_ID), {
			query: new URLSearchParams({ after: String(BigInt(first.id) - 1n), limit: '10' }),
		})) as APIMessage[];

		expect(listed.map((message) => message.id)).toEqual([second.id, first.id]);
		expect(listed.every((message) => message.nonce === undefined)).toBe(true);
	});
});

describe('FaultPlan', () => {
	it('answers with a status, then lets requests through once its uses are spent', async () => {
		plan.add({ method: 'POST', path: PATH }, planned.invalidFormBody(), 1);

		expect(await rejection(post('4'))).toMatchObject({ status: 400, code: 50035 });
		expect((await post('5')).content).toBe('hello');
	});

	it('delays an answer', async () => {
		plan.add({ method: 'POST', path: PATH }, planned.delay(80));
		const started = Date.now();
		await post('6');
		expect(Date.now() - started).toBeGreaterThanOrEqual(75);
	});

	it('never answers a hung request, which the client abandons at its time-out', async () => {
		plan.add({ method: 'POST', path: PATH }, planned.hang());
		expect(await rejection(post('7'))).toMatchObject({ name: 'AbortError' });
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(0);
	});

	it('cuts the connection after handling: the message exists though the client saw an error', async () => {
		plan.add({ method: 'POST', path: PATH }, planned.drop(true));
		expect(await rejection(post('8'))).toBeInstanceOf(Error);
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(1);
	});

	it('cuts the connection before handling: nothing is created', async () => {
		plan.add({ method: 'POST', path: PATH }, planned.drop(false));
		expect(await rejection(post('9'))).toBeInstanceOf(Error);
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(0);
	});

	it('answers 429 with retry_after, which the client reports as a rate limit', async () => {
		plan.add({ method: 'POST', path: PATH }, planned.rateLimited(0.5));
		expect(await rejection(post('10'))).toMatchObject({
			name: expect.stringMatching(/RateLimitError/),
			retryAfter: 550,
		});
	});
});
