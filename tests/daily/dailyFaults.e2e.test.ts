/**
 * Daily posts under faults, end to end: the real discord.js Client (for /daily status), the real scheduler and store
 * on a temporary file, and posts sent through @discordjs/rest (`createPostRest`) to FakeDiscord with Discord's nonce
 * memory (a short window) and per-request faults. The scheduler's clock is injected; Discord runs on real time, with
 * time limits and waits of milliseconds so the suite stays fast.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { ApplicationCommandOptionType, ChannelType, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/bot/command.js';
import { DailyScheduler, type DeliveryPolicy, PROBLEM_MESSAGES } from '../../src/daily/dailyScheduler.js';
import { DailyStore } from '../../src/daily/dailyStore.js';
import { createPostRest, discordPoster } from '../../src/daily/discordPoster.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { answerEmbed } from '../../src/render/answerEmbed.js';
import { type BotHarness, startBot } from '../support/botHarness.js';
import {
	ALL_PERMISSIONS,
	CHANNEL_ID,
	FakeDiscord,
	FaultPlan,
	GUILD_ID,
	NonceMemory,
	planned,
} from '../support/fakeDiscord/index.js';

const NONCE_WINDOW_MS = 50;
/** Short limits so a test of a hang or a storm takes milliseconds; the shape of the policy is the production one. */
const POLICY: Partial<DeliveryPolicy> = {
	concurrency: 8,
	attemptTimeoutMs: 300,
	maxAttempts: 6,
	maxInlineWaitMs: 100,
	maxInlineRetries: 3,
	retryBaseMs: 30_000,
};

let fake: FakeDiscord;
let bot: BotHarness;
let engine: Engine;
let context: CommandContext;
let directory: string;
let databasePath: string;
let nonces: NonceMemory;
let plan: FaultPlan;
let store: DailyStore;
let logLines: Record<string, unknown>[];
let current = new Date('2026-03-02T03:00:00Z');
const now = (): Date => current;

function at(iso: string): void {
	current = new Date(iso);
}

/** Another server and its channel, numbered. */
function guild(n: number): { guildId: string; channelId: string } {
	return {
		guildId: `12000000000000${String(n).padStart(5, '0')}`,
		channelId: `13000000000000${String(n).padStart(5, '0')}`,
	};
}

function messagesPath(channelId: string): string {
	return `/channels/${channelId}/messages`;
}

function postsTo(channelId: string): { at: number; status: number }[] {
	return fake
		.requestsMatching({ method: 'POST', path: messagesPath(channelId) })
		.map((request) => ({ at: request.at, status: request.status }));
}

function capturingLogger(): ReturnType<typeof createLogger> {
	const sink = new Writable({
		write(chunk: Buffer, _encoding, done) {
			for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
				logLines.push(JSON.parse(line) as Record<string, unknown>);
			}
			done();
		},
	});
	return createLogger('info', sink);
}

/** A scheduler as the bot builds it, on the store currently open. */
function scheduler(policy: Partial<DeliveryPolicy> = POLICY): DailyScheduler {
	const rest = createPostRest({ token: 'fake-token', api: fake.apiUrl, timeoutMs: policy.attemptTimeoutMs ?? 300 });
	const daily = new DailyScheduler({
		store,
		engine,
		poster: discordPoster(rest),
		now,
		logger: capturingLogger(),
		policy,
	});
	context.daily = { store, scheduler: daily };
	return daily;
}

function restart(): void {
	store.close();
	store = DailyStore.open(databasePath, now);
}

async function status(): Promise<string> {
	const handle = fake.dispatchInteraction(
		fake.chatInput('daily', [{ name: 'status', type: ApplicationCommandOptionType.Subcommand, options: [] }], {
			permissions: '0',
		}),
	);
	const callback = await fake.waitForCallback(handle);
	const body = callback.body as { data?: { content?: string } };
	return body.data?.content ?? '';
}

function warnings(): Record<string, unknown>[] {
	return logLines.filter((line) => line.level === 40);
}

beforeAll(async () => {
	fake = await FakeDiscord.start();
	nonces = new NonceMemory(fake, { windowMs: NONCE_WINDOW_MS });
	engine = new Engine(await loadDataset());
	context = { engine, logger: createLogger('silent'), now };
	// The stand-in is the test's, with Discord's nonce memory installed before the bot connects.
	bot = await startBot({ fake, context });
});

beforeEach(() => {
	directory = mkdtempSync(join(tmpdir(), 'daily-faults-'));
	databasePath = join(directory, 'daily.sqlite');
	store = DailyStore.open(databasePath, now);
	plan = new FaultPlan(fake);
	logLines = [];
	at('2026-03-02T03:00:00Z'); // 08:00 in Asia/Almaty
	store.saveSettings({ guildId: GUILD_ID, channelId: CHANNEL_ID, time: '09:00', timezone: 'Asia/Almaty' });
	for (let n = 1; n <= 4; n += 1) store.saveSettings({ ...guild(n), time: '09:00', timezone: 'Asia/Almaty' });
});

afterEach(async () => {
	plan.dispose();
	nonces.clear();
	await bot.router.drain();
	fake.clearRequests();
	store.close();
	rmSync(directory, { recursive: true, force: true });
});

afterAll(async () => {
	await bot?.stop();
	await fake?.close();
});

describe('daily posts when one channel misbehaves', () => {
	it('posts the other servers at once while one channel answers 429 without end, and retries it within its budget', async () => {
		plan.add({ method: 'POST', path: messagesPath(CHANNEL_ID) }, planned.rateLimited(0.02), Infinity);
		const daily = scheduler();
		at('2026-03-02T04:00:00Z');

		const results = await daily.tick();

		expect(results.find((result) => result.guildId === GUILD_ID)?.outcome).toBe('error');
		expect(results.filter((result) => result.outcome === 'posted')).toHaveLength(4);
		// One send and three retries honouring retry_after, then the post waits for a later tick.
		const storm = postsTo(CHANNEL_ID);
		expect(storm.map((post) => post.status)).toEqual([429, 429, 429, 429]);
		expect((storm[3]?.at ?? 0) - (storm[0]?.at ?? 0)).toBeGreaterThanOrEqual(3 * 20);
		for (let n = 1; n <= 4; n += 1) {
			const posts = postsTo(guild(n).channelId);
			expect(posts.map((post) => post.status)).toEqual([200]);
			// Posted while the storm was still going, not after it.
			expect(posts[0]?.at ?? Infinity).toBeLessThan(storm[3]?.at ?? 0);
		}
		expect(await status()).toContain('Problem: retrying since Monday, 2 March 2026 at 09:00 (429 rate limited)');
		expect(warnings().some((line) => line.guildId === GUILD_ID && line.outcome === 'retrying')).toBe(true);

		// Not before its back-off…
		at('2026-03-02T04:00:10Z');
		expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('skipped');
		expect(postsTo(CHANNEL_ID)).toHaveLength(4);
		// …(30 s doubled after each of the four sends: 4 min)…
		at('2026-03-02T04:03:59Z');
		expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('skipped');
		// …then the rest of its budget (6 sends), and it is recorded as missed, with the reason, at warn.
		at('2026-03-02T04:04:00Z');
		expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('missed');
		expect(postsTo(CHANNEL_ID)).toHaveLength(6);
		expect(store.postFor(GUILD_ID, '2026-03-02')).toMatchObject({ status: 'missed', attempts: 6 });
		expect(warnings().some((line) => line.guildId === GUILD_ID && line.outcome === 'missed')).toBe(true);
		expect(await status()).toContain(
			'Problem: The post of 2026-03-02 was missed: gave up after 6 attempts: 429 rate limited',
		);
		// Every other server got exactly one message.
		for (let n = 1; n <= 4; n += 1) expect(nonces.messagesIn(guild(n).channelId)).toHaveLength(1);
	});

	it('holds only its own post when a channel never answers: the others post at once', async () => {
		plan.add({ method: 'POST', path: messagesPath(CHANNEL_ID) }, planned.hang(), Infinity);
		const daily = scheduler({ ...POLICY, attemptTimeoutMs: 600 });
		at('2026-03-02T04:00:00Z');
		const started = Date.now();

		const results = await daily.tick();

		expect(results.find((result) => result.guildId === GUILD_ID)?.outcome).toBe('error');
		const hung = postsTo(CHANNEL_ID)[0]?.at ?? 0;
		// Every other server was answered while the hung post was still waiting for its time limit.
		for (let n = 1; n <= 4; n += 1) {
			expect(postsTo(guild(n).channelId)[0]?.at ?? Infinity).toBeLessThan(hung + 600);
			expect(nonces.messagesIn(guild(n).channelId)).toHaveLength(1);
		}
		// The hung post gave up after its own time limit, not the client's default 15 s.
		expect(Date.now() - started).toBeGreaterThanOrEqual(590);
		expect(Date.now() - started).toBeLessThan(3_000);
		expect(store.postFor(GUILD_ID, '2026-03-02')).toMatchObject({ status: 'pending', attempts: 1 });
		expect(await status()).toMatch(/Problem: retrying since .+ \(no answer from Discord/);
	});

	it('delivers a server due 23:53 local through a storm elsewhere, and misses the stormy one at the end of its day', async () => {
		store.saveSettings({ guildId: GUILD_ID, channelId: CHANNEL_ID, time: '23:53', timezone: 'Asia/Almaty' });
		store.saveSettings({ ...guild(1), time: '23:53', timezone: 'Asia/Almaty' });
		plan.add({ method: 'POST', path: messagesPath(CHANNEL_ID) }, planned.rateLimited(0.02), Infinity);
		const daily = scheduler({ ...POLICY, maxAttempts: 100 });
		at('2026-03-02T18:53:00Z');
		const results = await daily.tick();
		expect(results.find((result) => result.guildId === guild(1).guildId)?.outcome).toBe('posted');
		expect(results.find((result) => result.guildId === GUILD_ID)?.outcome).toBe('error');

		at('2026-03-02T19:00:30Z'); // 00:00:30 on 3 March in Almaty

		expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)).toEqual({
			guildId: GUILD_ID,
			outcome: 'missed',
			day: '2026-03-02',
		});
		expect(store.postFor(GUILD_ID, '2026-03-02')).toMatchObject({ status: 'missed', error: '429 rate limited' });
		expect(warnings().find((line) => line.outcome === 'missed')).toMatchObject({
			guildId: GUILD_ID,
			day: '2026-03-02',
		});
		expect(await status()).toContain('Problem: The post of 2026-03-02 was missed: 429 rate limited');
		expect(await status()).toMatch(/^Last post: 2026-03-02: .+ \(missed\)$/m);
	});

	it('records a 400 Invalid Form Body, shows it and does not retry it', async () => {
		plan.add({ method: 'POST', path: messagesPath(CHANNEL_ID) }, planned.invalidFormBody(), Infinity);
		const daily = scheduler();
		at('2026-03-02T04:00:00Z');

		expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('problem');
		for (const iso of ['2026-03-02T04:00:30Z', '2026-03-02T05:00:00Z', '2026-03-02T18:00:00Z']) {
			at(iso);
			expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('skipped');
		}

		expect(postsTo(CHANNEL_ID).map((post) => post.status)).toEqual([400]);
		expect(store.postFor(GUILD_ID, '2026-03-02')).toMatchObject({ status: 'failed', error: '400 Invalid Form Body' });
		expect(await status()).toContain(`Problem: ${PROBLEM_MESSAGES.rejected}`);
	});

	it('shows a 503 as retrying, then checks the channel and sends once when the message is not there', async () => {
		plan.add({ method: 'POST', path: messagesPath(CHANNEL_ID) }, planned.serverError(503), 1);
		const daily = scheduler();
		at('2026-03-02T04:00:00Z');
		expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('error');
		expect(await status()).toContain('Problem: retrying since Monday, 2 March 2026 at 09:00 (503 ');

		at('2026-03-02T04:00:30Z');
		expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('resent');

		// A 5xx may hide a message Discord created, so the channel was read before sending again.
		expect(fake.requestsMatching({ method: 'GET', path: messagesPath(CHANNEL_ID) })).toHaveLength(1);
		expect(postsTo(CHANNEL_ID).map((post) => post.status)).toEqual([503, 200]);
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(1);
		expect(await status()).toContain('Problem: none');
	});

	it('posts servers due together concurrently, at most `concurrency` at a time', async () => {
		for (let n = 5; n <= 16; n += 1) store.saveSettings({ ...guild(n), time: '09:00', timezone: 'Asia/Almaty' });
		plan.add({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, planned.delay(100), Infinity);
		const daily = scheduler({ ...POLICY, concurrency: 4 });
		at('2026-03-02T04:00:00Z');
		const started = Date.now();

		const results = await daily.tick();

		expect(results.map((result) => result.outcome)).toEqual(Array(17).fill('posted'));
		const elapsed = Date.now() - started;
		// 17 posts of 100 ms, 4 at a time: five rounds, not seventeen.
		expect(elapsed).toBeGreaterThanOrEqual(450);
		expect(elapsed).toBeLessThan(1_500);
		const arrivals = fake
			.requestsMatching({ method: 'POST', path: /^\/channels\/\d+\/messages$/ })
			.map((request) => request.at)
			.sort((a, b) => a - b);
		const first = arrivals[0] ?? 0;
		// No more than four were sent before the first could have been answered (100 ms).
		expect(arrivals.filter((arrival) => arrival < first + 95)).toHaveLength(4);
	});
});

describe('daily posts whose outcome is unknown', () => {
	it('finds a post Discord created but never confirmed, after the nonce window, and records it instead of posting again', async () => {
		// Discord creates the message, then the connection is cut before the answer: the bot cannot know.
		plan.add({ method: 'POST', path: messagesPath(CHANNEL_ID) }, planned.drop(true), 1);
		const daily = scheduler();
		at('2026-03-02T04:00:00Z');
		expect((await daily.tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('error');
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(1);

		// A restart long after Discord has forgotten the nonce.
		await new Promise((resolve) => setTimeout(resolve, NONCE_WINDOW_MS * 3));
		restart();
		at('2026-03-02T05:00:00Z');

		expect((await scheduler().tick()).find((result) => result.guildId === GUILD_ID)?.outcome).toBe('recovered');
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(1);
		expect(postsTo(CHANNEL_ID)).toHaveLength(1);
		expect(store.postFor(GUILD_ID, '2026-03-02')).toMatchObject({
			status: 'sent',
			messageId: nonces.messagesIn(CHANNEL_ID)[0]?.id,
		});
	});

	it('posts exactly one message after a bot process is killed (SIGKILL) while its send is in flight and restarted past the nonce window', async () => {
		store.close();
		// Discord creates the message; the answer never leaves, and the process is killed while it waits for it.
		plan.add({ method: 'POST', path: messagesPath(CHANNEL_ID) }, planned.hang(true), 1);
		const child = spawn(
			process.execPath,
			['--import', 'tsx', fileURLToPath(new URL('fixtures/tickOnce.ts', import.meta.url))],
			{
				env: {
					PATH: process.env.PATH ?? '',
					DATABASE_PATH: databasePath,
					DISCORD_API_URL: fake.apiUrl,
					NOW: '2026-03-02T04:00:00Z',
				},
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		const exited = new Promise<NodeJS.Signals | null>((resolve) =>
			child.once('exit', (_code, signal) => resolve(signal)),
		);
		await fake.waitForRequest({ method: 'POST', path: messagesPath(CHANNEL_ID) }, 20_000);
		child.kill('SIGKILL');
		expect(await exited).toBe('SIGKILL');
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(1);

		await new Promise((resolve) => setTimeout(resolve, NONCE_WINDOW_MS * 3));
		// The restart: the killed process's lock is taken over, and its post is found instead of sent again.
		store = DailyStore.open(databasePath, now);
		at('2026-03-02T04:01:00Z');
		const results = await scheduler().tick();

		expect(results.find((result) => result.guildId === GUILD_ID)?.outcome).toBe('recovered');
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(1);
		expect(postsTo(CHANNEL_ID)).toHaveLength(1);
		expect(store.postFor(GUILD_ID, '2026-03-02')).toMatchObject({ status: 'sent', attempts: 1 });
	});

	it('posts exactly one message after a kill right after the send and a restart past the nonce window', async () => {
		// The killed process: intent and attempt recorded, message sent, nothing recorded after.
		at('2026-03-02T04:00:00Z');
		const fact = engine.fact({ date: '2026-03-02' });
		store.beginPost({ guildId: GUILD_ID, day: '2026-03-02', factId: fact.answer.id, cycle: 1, nonce: '7777' });
		store.recordAttempt(GUILD_ID, '2026-03-02');
		const rest = createPostRest({ token: 'fake-token', api: fake.apiUrl });
		await discordPoster(rest).send(CHANNEL_ID, {
			embeds: [answerEmbed(fact.answer, engine.sourceCatalogue)],
			nonce: '7777',
		});
		await new Promise((resolve) => setTimeout(resolve, NONCE_WINDOW_MS * 3));
		restart();
		at('2026-03-02T04:05:00Z');

		const results = await scheduler().tick();

		expect(results.find((result) => result.guildId === GUILD_ID)?.outcome).toBe('recovered');
		expect(nonces.messagesIn(CHANNEL_ID)).toHaveLength(1);
		// Without the look-up the nonce alone would not have saved it: Discord has forgotten it by now.
		expect(store.postFor(GUILD_ID, '2026-03-02')?.status).toBe('sent');
	});
});

describe('daily posts while another program holds the database', () => {
	it('answers /help within 100 ms, and /daily set says the database is busy, while a write lock is held', async () => {
		const daily = scheduler();
		// What /help costs on this machine right now, without the lock: on a loaded machine it is slower by itself.
		const baselineSent = Date.now();
		const baseline = (await fake.waitForCallback(fake.dispatchInteraction(fake.chatInput('help')))).at - baselineSent;
		const other = new Database(databasePath);
		other.exec('BEGIN IMMEDIATE');
		try {
			at('2026-03-02T04:00:00Z');
			const set = fake.dispatchInteraction(
				fake.chatInput(
					'daily',
					[
						{
							name: 'set',
							type: ApplicationCommandOptionType.Subcommand,
							options: [
								{ name: 'channel', type: ApplicationCommandOptionType.Channel, value: CHANNEL_ID },
								{ name: 'time', type: ApplicationCommandOptionType.String, value: '10:00' },
								{ name: 'timezone', type: ApplicationCommandOptionType.String, value: 'Asia/Almaty' },
							],
						},
					],
					{
						permissions: String(PermissionFlagsBits.ManageGuild),
						resolved: {
							channels: {
								[CHANNEL_ID]: {
									id: CHANNEL_ID,
									name: 'general',
									type: ChannelType.GuildText,
									permissions: ALL_PERMISSIONS,
								},
							},
						},
					},
				),
			);
			const ticking = daily.tick();
			const sentAt = Date.now();
			const help = fake.dispatchInteraction(fake.chatInput('help'));

			const helped = await fake.waitForCallback(help);

			// Within 100 ms, or at most 50 ms more than without the lock when the machine is slow (a 5 s busy wait
			// would add 5 s).
			expect(helped.at - sentAt).toBeLessThan(Math.max(100, baseline + 50));
			const setReply = (await fake.waitForCallback(set)).body as { data?: { content?: string } };
			expect(setReply.data?.content).toBe(
				'The daily settings could not be saved: the database is busy. Try again in a moment.',
			);
			expect((await ticking).every((result) => result.outcome === 'error')).toBe(true);
			expect(fake.requestsMatching({ method: 'POST', path: /^\/channels\// })).toHaveLength(0);
		} finally {
			other.exec('ROLLBACK');
			other.close();
		}
		// Once the lock is gone the posts go out on the next tick.
		await new Promise((resolve) => setTimeout(resolve, 1_100));
		at('2026-03-02T04:00:30Z');
		expect((await daily.tick()).map((result) => result.outcome)).toEqual(Array(5).fill('posted'));
	});
});
