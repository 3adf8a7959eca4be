import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	type DailyPoster,
	DailyScheduler,
	DeliveryError,
	lastScheduledTime,
	localDay,
	nextPostTime,
	PROBLEM_MESSAGES,
} from '../../src/daily/dailyScheduler.js';
import { DailyStore } from '../../src/daily/dailyStore.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { answerEmbed } from '../../src/render/answerEmbed.js';
import { renderAnswer } from '../../src/render/answerProse.js';

const DAY_MS = 86_400_000;

interface SendCall {
	channelId: string;
	nonce: string;
	embeds: APIEmbed[];
}

/** Records every send; behaves like Discord with `enforce_nonce`: a reused nonce returns the message it created. */
class FakePoster implements DailyPoster {
	readonly calls: SendCall[] = [];
	/** Message ids by nonce: one entry per message that exists in Discord. */
	readonly created = new Map<string, string>();
	/** Errors to throw, by channel id. */
	readonly failures = new Map<string, Error>();

	async send(channelId: string, message: { embeds: APIEmbed[]; nonce: string }): Promise<{ messageId: string }> {
		this.calls.push({ channelId, ...message });
		const failure = this.failures.get(channelId);
		if (failure) throw failure;
		const existing = this.created.get(message.nonce);
		if (existing !== undefined) return { messageId: existing };
		const messageId = String(900_000 + this.created.size);
		this.created.set(message.nonce, messageId);
		return { messageId };
	}

	channels(): string[] {
		return this.calls.map((call) => call.channelId);
	}
}

let engine: Engine;
let directory: string;
let databasePath: string;
let current: Date;
let openStores: DailyStore[];

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

beforeEach(() => {
	directory = mkdtempSync(join(tmpdir(), 'daily-scheduler-'));
	databasePath = join(directory, 'daily.sqlite');
	current = new Date('2026-03-02T00:00:00Z');
	openStores = [];
});

afterEach(() => {
	for (const store of openStores) store.close();
	rmSync(directory, { recursive: true, force: true });
	vi.useRealTimers();
});

function at(iso: string): void {
	current = new Date(iso);
}

function openStore(): DailyStore {
	const store = DailyStore.open(databasePath, () => current);
	openStores.push(store);
	return store;
}

/** Closes a store as a process exit would, so the next `openStore` is a restart. */
function closeStore(store: DailyStore): void {
	store.close();
	openStores = openStores.filter((open) => open !== store);
}

function schedulerFor(store: DailyStore, poster: DailyPoster, newNonce?: () => string): DailyScheduler {
	return new DailyScheduler({
		store,
		engine,
		poster,
		now: () => current,
		logger: createLogger('silent'),
		...(newNonce ? { newNonce } : {}),
	});
}

/** A store with one server posting at 09:00 Almaty time (04:00Z), a poster and a scheduler. */
function almatySetup(): { store: DailyStore; poster: FakePoster; scheduler: DailyScheduler } {
	const store = openStore();
	store.saveSettings({ guildId: 'g1', channelId: 'c1', time: '09:00', timezone: 'Asia/Almaty' });
	const poster = new FakePoster();
	return { store, poster, scheduler: schedulerFor(store, poster) };
}

describe('localDay', () => {
	it('turns to the next day at 19:00Z in Asia/Almaty (UTC+5)', () => {
		expect(localDay(new Date('2026-03-01T18:59:59Z'), 'Asia/Almaty')).toBe('2026-03-01');
		expect(localDay(new Date('2026-03-01T19:00:00Z'), 'Asia/Almaty')).toBe('2026-03-02');
	});

	it('turns to the next day at 19:00Z in Asia/Ashgabat (UTC+5), across a year end', () => {
		expect(localDay(new Date('2025-12-31T18:59:59Z'), 'Asia/Ashgabat')).toBe('2025-12-31');
		expect(localDay(new Date('2025-12-31T19:00:00Z'), 'Asia/Ashgabat')).toBe('2026-01-01');
	});
});

describe('nextPostTime', () => {
	const berlin = { time: '09:00', timezone: 'Europe/Berlin' };

	it('gives 08:00Z for 09:00 in Berlin on the day before the March DST change', () => {
		expect(nextPostTime(berlin, new Date('2026-03-28T00:00:00Z')).toISOString()).toBe('2026-03-28T08:00:00.000Z');
	});

	it('gives 07:00Z for 09:00 in Berlin on the day of the March DST change', () => {
		expect(nextPostTime(berlin, new Date('2026-03-29T00:00:00Z')).toISOString()).toBe('2026-03-29T07:00:00.000Z');
	});

	it('gives the next day once the time has passed', () => {
		expect(nextPostTime(berlin, new Date('2026-03-29T07:00:00Z')).toISOString()).toBe('2026-03-30T07:00:00.000Z');
	});
});

describe('lastScheduledTime', () => {
	const almaty = { time: '09:00', timezone: 'Asia/Almaty' };

	it('includes the scheduled instant itself', () => {
		expect(lastScheduledTime(almaty, new Date('2026-03-02T04:00:00Z'))?.toISOString()).toBe('2026-03-02T04:00:00.000Z');
	});

	it('gives the previous day just before the scheduled instant', () => {
		expect(lastScheduledTime(almaty, new Date('2026-03-02T03:59:59.999Z'))?.toISOString()).toBe(
			'2026-03-01T04:00:00.000Z',
		);
	});
});

describe('DailyScheduler.tick', () => {
	it('posts at 09:00 in Asia/Almaty and not before', async () => {
		const { poster, scheduler } = almatySetup();
		at('2026-03-02T03:59:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: 'g1', outcome: 'skipped', day: '2026-03-02' }]);
		expect(poster.calls).toHaveLength(0);
		at('2026-03-02T04:00:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: 'g1', outcome: 'posted', day: '2026-03-02' }]);
		expect(poster.channels()).toEqual(['c1']);
	});

	it('posts at 09:00 Berlin time on both sides of the March DST change', async () => {
		const store = openStore();
		store.saveSettings({ guildId: 'g1', channelId: 'c1', time: '09:00', timezone: 'Europe/Berlin' });
		const poster = new FakePoster();
		const scheduler = schedulerFor(store, poster);
		const outcomes: string[] = [];
		for (const iso of [
			'2026-03-28T07:59:00Z',
			'2026-03-28T08:00:00Z',
			'2026-03-29T06:59:00Z',
			'2026-03-29T07:00:00Z',
		]) {
			at(iso);
			outcomes.push(...(await scheduler.tick()).map((result) => `${result.day} ${result.outcome}`));
		}
		expect(outcomes).toEqual(['2026-03-28 skipped', '2026-03-28 posted', '2026-03-29 skipped', '2026-03-29 posted']);
	});

	it('posts once per day however often it ticks', async () => {
		const { poster, scheduler } = almatySetup();
		for (const iso of [
			'2026-03-02T04:00:00Z',
			'2026-03-02T04:00:30Z',
			'2026-03-02T12:00:00Z',
			'2026-03-02T18:59:59Z',
		]) {
			at(iso);
			await scheduler.tick();
		}
		expect(poster.calls).toHaveLength(1);
	});

	it('posts once after a restart before the scheduled time', async () => {
		const { store, poster, scheduler } = almatySetup();
		at('2026-03-02T03:00:00Z');
		await scheduler.tick();
		closeStore(store);
		const restarted = schedulerFor(openStore(), poster);
		at('2026-03-02T04:00:00Z');
		await restarted.tick();
		at('2026-03-02T04:00:30Z');
		await restarted.tick();
		expect(poster.calls).toHaveLength(1);
	});

	it('does not post again after a restart right after the post', async () => {
		const { store, poster, scheduler } = almatySetup();
		at('2026-03-02T04:00:00Z');
		await scheduler.tick();
		closeStore(store);
		at('2026-03-02T04:00:05Z');
		expect(await schedulerFor(openStore(), poster).tick()).toEqual([
			{ guildId: 'g1', outcome: 'skipped', day: '2026-03-02' },
		]);
		expect(poster.calls).toHaveLength(1);
	});

	it('posts when the bot comes back later the same day after being down at the scheduled time', async () => {
		const { poster, scheduler } = almatySetup();
		at('2026-03-02T15:00:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: 'g1', outcome: 'posted', day: '2026-03-02' }]);
		expect(poster.calls).toHaveLength(1);
	});

	it('does not back-fill a day the bot was down for', async () => {
		const { store, poster, scheduler } = almatySetup();
		at('2026-03-03T03:00:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: 'g1', outcome: 'skipped', day: '2026-03-03' }]);
		at('2026-03-03T04:00:00Z');
		await scheduler.tick();
		expect(poster.calls).toHaveLength(1);
		expect(store.postFor('g1', '2026-03-02')).toBeUndefined();
		expect(store.postFor('g1', '2026-03-03')?.status).toBe('sent');
	});

	it('resends with the same nonce, exactly once, after a crash between sending and recording', async () => {
		const { store, poster } = almatySetup();
		at('2026-03-02T04:00:00Z');
		// The crashed process: intent recorded, message sent, but completePost never ran.
		const fact = engine.fact({ date: '2026-03-02' });
		store.beginPost({ guildId: 'g1', day: '2026-03-02', factId: fact.answer.id, cycle: 1, nonce: '424242' });
		const { messageId } = await poster.send('c1', {
			embeds: [answerEmbed(fact.answer, engine.sourceCatalogue)],
			nonce: '424242',
		});
		closeStore(store);

		const reopened = openStore();
		const restarted = schedulerFor(reopened, poster);
		at('2026-03-02T04:01:00Z');
		expect(await restarted.tick()).toEqual([{ guildId: 'g1', outcome: 'resent', day: '2026-03-02' }]);
		at('2026-03-02T04:02:00Z');
		expect(await restarted.tick()).toEqual([{ guildId: 'g1', outcome: 'skipped', day: '2026-03-02' }]);

		expect(poster.calls.map((call) => call.nonce)).toEqual(['424242', '424242']);
		expect(poster.created.size).toBe(1);
		expect(reopened.postFor('g1', '2026-03-02')).toMatchObject({ status: 'sent', messageId, factId: fact.answer.id });
	});

	it('leaves the post pending after a transient failure and resends it with the same nonce', async () => {
		const { store, poster, scheduler } = almatySetup();
		poster.failures.set('c1', new Error('503 Service Unavailable'));
		at('2026-03-02T04:00:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: 'g1', outcome: 'error', day: '2026-03-02' }]);
		expect(store.postFor('g1', '2026-03-02')?.status).toBe('pending');
		poster.failures.clear();
		at('2026-03-02T04:00:30Z');
		expect(await scheduler.tick()).toEqual([{ guildId: 'g1', outcome: 'resent', day: '2026-03-02' }]);
		const [first, second] = poster.calls;
		expect(second?.nonce).toBe(first?.nonce);
		expect(store.postFor('g1', '2026-03-02')?.status).toBe('sent');
	});

	it('uses a numeric nonce of at most 25 characters by default', async () => {
		const { store, scheduler } = almatySetup();
		at('2026-03-02T04:00:00Z');
		await scheduler.tick();
		expect(store.postFor('g1', '2026-03-02')?.nonce).toMatch(/^\d{1,25}$/);
	});

	it('repeats no fact until every fact has been posted, then starts a new cycle', async () => {
		// The schedule is saved before the first day it posts on.
		at('2025-12-31T00:00:00Z');
		const { store, scheduler } = almatySetup();
		const total = engine.fact().total;
		const start = Date.parse('2026-01-01T04:00:00Z');
		const posted: string[] = [];
		for (let index = 0; index <= total; index += 1) {
			current = new Date(start + index * DAY_MS);
			const [result] = await scheduler.tick();
			expect(result?.outcome).toBe('posted');
			const record = store.postFor('g1', result?.day ?? '');
			posted.push(`${record?.cycle} ${record?.factId}`);
		}
		const firstCycle = posted.slice(0, total);
		expect(firstCycle.every((entry) => entry.startsWith('1 '))).toBe(true);
		expect(new Set(firstCycle).size).toBe(total);
		const [cycle, factId] = (posted[total] ?? '').split(' ');
		expect(cycle).toBe('2');
		expect(firstCycle).toContain(`1 ${factId}`);
	});

	it('posts an anniversary of the day: the 2021-10-25 visit on 2026-10-25', async () => {
		const store = openStore();
		store.saveSettings({ guildId: 'g1', channelId: 'c1', time: '09:00', timezone: 'Asia/Ashgabat' });
		const poster = new FakePoster();
		const scheduler = schedulerFor(store, poster);
		for (const iso of ['2026-10-23T04:00:00Z', '2026-10-24T04:00:00Z', '2026-10-25T04:00:00Z']) {
			at(iso);
			await scheduler.tick();
		}
		const { visits, documents, figures, awards, events } = engine.dataset;
		const visitIds = visits.filter((visit) => visit.startDate.iso === '2021-10-25').map((visit) => visit.id);
		const datedThatDay = new Set([
			...visitIds,
			...documents.filter((document) => document.signedDate?.iso === '2021-10-25').map((document) => document.id),
			...awards.filter((award) => award.date?.iso === '2021-10-25').map((award) => award.id),
			...[...figures, ...events]
				.filter((record) => record.visit !== null && visitIds.includes(record.visit))
				.map((record) => record.id),
		]);
		expect(datedThatDay.has(store.postFor('g1', '2026-10-25')?.factId ?? '')).toBe(true);
		expect(poster.calls[2]?.embeds[0]?.title).toMatch(/^5 years ago today: /);
	});

	it('records a missing channel as a problem and still posts to the other servers', async () => {
		const { store, poster, scheduler } = almatySetup();
		store.saveSettings({ guildId: 'g2', channelId: 'c2', time: '09:00', timezone: 'Asia/Almaty' });
		poster.failures.set('c1', new DeliveryError('missingChannel', 'Unknown Channel'));
		at('2026-03-02T04:00:00Z');
		expect(await scheduler.tick()).toEqual([
			{ guildId: 'g1', outcome: 'problem', day: '2026-03-02' },
			{ guildId: 'g2', outcome: 'posted', day: '2026-03-02' },
		]);
		expect(store.getSettings('g1')?.problem).toBe('The channel was deleted or the bot cannot see it.');
		expect(store.postFor('g1', '2026-03-02')).toMatchObject({ status: 'failed', error: 'Unknown Channel' });
		expect(store.postFor('g2', '2026-03-02')?.status).toBe('sent');
	});

	it('records a missing permission as a problem and still posts to the other servers', async () => {
		const { store, poster, scheduler } = almatySetup();
		store.saveSettings({ guildId: 'g2', channelId: 'c2', time: '09:00', timezone: 'Asia/Almaty' });
		poster.failures.set('c1', new DeliveryError('missingPermission', 'Missing Permissions'));
		at('2026-03-02T04:00:00Z');
		expect((await scheduler.tick()).map((result) => result.outcome)).toEqual(['problem', 'posted']);
		expect(store.getSettings('g1')?.problem).toBe(PROBLEM_MESSAGES.missingPermission);
		expect(store.getSettings('g1')?.problem).toBe('The bot lacks permission to post in the channel.');
	});

	it('does not retry a failed delivery the same day', async () => {
		const { poster, scheduler } = almatySetup();
		poster.failures.set('c1', new DeliveryError('missingChannel', 'Unknown Channel'));
		at('2026-03-02T04:00:00Z');
		await scheduler.tick();
		poster.failures.clear();
		at('2026-03-02T05:00:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: 'g1', outcome: 'skipped', day: '2026-03-02' }]);
		expect(poster.calls).toHaveLength(1);
	});

	it('tries again the next day after a problem and clears it once a post gets through', async () => {
		const { store, poster, scheduler } = almatySetup();
		poster.failures.set('c1', new DeliveryError('missingPermission', 'Missing Permissions'));
		at('2026-03-02T04:00:00Z');
		await scheduler.tick();
		poster.failures.clear();
		at('2026-03-03T04:00:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: 'g1', outcome: 'posted', day: '2026-03-03' }]);
		expect(store.getSettings('g1')?.problem).toBeNull();
	});

	it('keeps other servers posting when one fails unexpectedly', async () => {
		const { store, poster, scheduler } = almatySetup();
		store.saveSettings({ guildId: 'g2', channelId: 'c2', time: '09:00', timezone: 'Asia/Almaty' });
		poster.failures.set('c1', new TypeError('socket hang up'));
		at('2026-03-02T04:00:00Z');
		expect((await scheduler.tick()).map((result) => result.outcome)).toEqual(['error', 'posted']);
	});

	it('does not post for a disabled server', async () => {
		const { store, poster, scheduler } = almatySetup();
		store.disable('g1');
		at('2026-03-02T04:00:00Z');
		expect(await scheduler.tick()).toEqual([]);
		expect(poster.calls).toHaveLength(0);
	});

	it('posts with settings saved before the database file was reopened', async () => {
		const first = openStore();
		first.saveSettings({ guildId: 'g1', channelId: 'c9', time: '21:30', timezone: 'Asia/Ashgabat' });
		closeStore(first);
		const reopened = openStore();
		expect(reopened.getSettings('g1')).toMatchObject({ channelId: 'c9', time: '21:30', timezone: 'Asia/Ashgabat' });
		const poster = new FakePoster();
		const scheduler = schedulerFor(reopened, poster);
		at('2026-03-02T16:29:00Z');
		await scheduler.tick();
		at('2026-03-02T16:30:00Z');
		await scheduler.tick();
		expect(poster.channels()).toEqual(['c9']);
	});
});

describe('DailyScheduler.preview', () => {
	it('shows the fact the next post will carry without recording anything', async () => {
		const { store, poster, scheduler } = almatySetup();
		at('2026-03-02T03:00:00Z');
		const preview = scheduler.preview('g1');
		expect(preview.day).toBe('2026-03-02');
		expect(store.lastPost('g1')).toBeUndefined();
		at('2026-03-02T04:00:00Z');
		await scheduler.tick();
		expect(poster.calls[0]?.embeds[0]?.title).toBe(renderAnswer(preview.answer).title);
	});

	it('shows tomorrow’s fact once today’s post is done', async () => {
		const { store, scheduler } = almatySetup();
		at('2026-03-02T04:00:00Z');
		await scheduler.tick();
		const preview = scheduler.preview('g1');
		expect(preview.day).toBe('2026-03-03');
		expect(preview.answer.id).not.toBe(store.postFor('g1', '2026-03-02')?.factId);
	});

	it('shows the anniversary for an anniversary day', () => {
		const store = openStore();
		store.saveSettings({ guildId: 'g1', channelId: 'c1', time: '09:00', timezone: 'Asia/Ashgabat' });
		at('2026-10-25T01:00:00Z');
		expect(schedulerFor(store, new FakePoster()).preview('g1').anniversary).toBe(5);
	});
});

describe('DailyScheduler.start', () => {
	it('ticks on the interval until stopped', async () => {
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const { poster, scheduler } = almatySetup();
		at('2026-03-02T04:00:00Z');
		scheduler.start(1_000);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(poster.calls).toHaveLength(1);
		scheduler.stop();
		at('2026-03-03T04:00:00Z');
		await vi.advanceTimersByTimeAsync(5_000);
		expect(poster.calls).toHaveLength(1);
	});
});
