import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyStore, SCHEMA_VERSION } from '../../src/daily/dailyStore.js';

/** The schema exactly as migration step 1 wrote it, frozen here so the upgrade path stays tested. */
const V1_SCHEMA = `CREATE TABLE daily_settings (
	guild_id TEXT PRIMARY KEY,
	channel_id TEXT NOT NULL,
	time TEXT NOT NULL,
	timezone TEXT NOT NULL,
	enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
	problem TEXT,
	updated_at TEXT NOT NULL
);
CREATE TABLE daily_posts (
	guild_id TEXT NOT NULL REFERENCES daily_settings (guild_id) ON DELETE CASCADE,
	day TEXT NOT NULL,
	fact_id TEXT NOT NULL,
	cycle INTEGER NOT NULL CHECK (cycle >= 1),
	nonce TEXT NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
	message_id TEXT,
	error TEXT,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	PRIMARY KEY (guild_id, day)
);`;

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const SETTINGS = { guildId: GUILD, channelId: '200000000000000001', time: '09:30', timezone: 'Asia/Tashkent' };

let dir: string;
let dbPath: string;
let opened: DailyStore[];
let clock: Date;

/** Opens a store on the test file with a controllable clock; it is closed after the test. */
function openStore(path = dbPath): DailyStore {
	const store = DailyStore.open(path, () => clock);
	opened.push(store);
	return store;
}

/** Closes a store early, e.g. to reopen the same file. */
function closeStore(store: DailyStore): void {
	store.close();
	opened = opened.filter((candidate) => candidate !== store);
}

function post(
	day: string,
	factId: string,
	cycle = 1,
): { guildId: string; day: string; factId: string; cycle: number; nonce: string } {
	return { guildId: GUILD, day, factId, cycle, nonce: `nonce-${day}` };
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'daily-store-'));
	dbPath = join(dir, 'nested', 'daily.sqlite');
	opened = [];
	clock = new Date('2025-03-01T04:00:00.000Z');
});

afterEach(() => {
	for (const store of opened) store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('DailyStore schema', () => {
	it('creates the schema at the current version on first open, making parent directories', () => {
		const store = openStore();
		expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
		expect(store.listEnabled()).toEqual([]);
	});

	it('opens an in-memory database', () => {
		const store = openStore(':memory:');
		expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
	});

	it('reopens a current file without changing it', () => {
		closeStore(openStore());
		const store = openStore();
		store.saveSettings(SETTINGS);
		expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
	});

	it('migrates a version 1 file, keeping its data', () => {
		const old = new Database(join(dir, 'v1.sqlite'));
		old.exec(V1_SCHEMA);
		old.exec(
			`INSERT INTO daily_settings VALUES ('${GUILD}', 'c1', '08:00', 'UTC', 1, NULL, '2024-01-01T00:00:00.000Z')`,
		);
		old.pragma('user_version = 1');
		old.close();
		const store = openStore(join(dir, 'v1.sqlite'));
		expect([store.schemaVersion(), store.getSettings(GUILD)?.time]).toEqual([SCHEMA_VERSION, '08:00']);
	});

	it('refuses a file written by a newer schema version', () => {
		const newer = new Database(join(dir, 'newer.sqlite'));
		newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
		newer.close();
		expect(() => openStore(join(dir, 'newer.sqlite'))).toThrow(/^daily-store: .*newer/);
	});
});

describe('DailyStore settings', () => {
	it('keeps every schedule across close and reopen', () => {
		const first = openStore();
		first.saveSettings(SETTINGS);
		first.saveSettings({ ...SETTINGS, guildId: OTHER_GUILD, time: '23:59', timezone: 'UTC' });
		const before = first.listEnabled();
		closeStore(first);
		expect(openStore().listEnabled()).toEqual(before);
	});

	it('saves settings enabled, with no problem and the clock time', () => {
		expect(openStore().saveSettings(SETTINGS)).toEqual({
			...SETTINGS,
			enabled: true,
			problem: null,
			updatedAt: '2025-03-01T04:00:00.000Z',
		});
	});

	it('upserts settings and clears the problem', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.setProblem(GUILD, 'missing permission');
		const saved = store.saveSettings({ ...SETTINGS, channelId: '200000000000000009', time: '18:00' });
		expect([saved.channelId, saved.time, saved.problem, store.listEnabled().length]).toEqual([
			'200000000000000009',
			'18:00',
			null,
			1,
		]);
	});

	it('records a delivery problem', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.setProblem(GUILD, 'channel deleted');
		expect(store.getSettings(GUILD)?.problem).toBe('channel deleted');
	});

	it('re-enables a disabled schedule when settings are saved again', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.disable(GUILD);
		store.saveSettings(SETTINGS);
		expect(store.getSettings(GUILD)?.enabled).toBe(true);
	});

	it('disables a schedule, keeping its settings and history', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.beginPost(post('2025-03-01', 'f1'));
		expect([
			store.disable(GUILD),
			store.listEnabled(),
			store.getSettings(GUILD)?.enabled,
			store.lastPost(GUILD)?.factId,
		]).toEqual([true, [], false, 'f1']);
	});

	it('returns false when disabling a server without an enabled schedule', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.disable(GUILD);
		expect([store.disable(GUILD), store.disable(OTHER_GUILD)]).toEqual([false, false]);
	});

	it('removes a guild with its history, leaving other guilds alone', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.saveSettings({ ...SETTINGS, guildId: OTHER_GUILD });
		store.beginPost(post('2025-03-01', 'f1'));
		store.beginPost({ ...post('2025-03-01', 'f1'), guildId: OTHER_GUILD });
		store.removeGuild(GUILD);
		expect([store.getSettings(GUILD), store.postFor(GUILD, '2025-03-01'), store.currentCycle(OTHER_GUILD)]).toEqual([
			undefined,
			undefined,
			1,
		]);
	});
});

describe('DailyStore posts', () => {
	it('creates a pending record on the first beginPost', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		expect(store.beginPost(post('2025-03-01', 'f1'))).toEqual({
			created: true,
			record: {
				guildId: GUILD,
				day: '2025-03-01',
				factId: 'f1',
				cycle: 1,
				nonce: 'nonce-2025-03-01',
				status: 'pending',
				messageId: null,
				error: null,
				attempts: 0,
				retryingSince: null,
				nextAttemptAt: null,
				createdAt: '2025-03-01T04:00:00.000Z',
				updatedAt: '2025-03-01T04:00:00.000Z',
			},
		});
	});

	it('returns the first record when beginPost runs twice for the same day', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		const first = store.beginPost(post('2025-03-01', 'f1'));
		const second = store.beginPost({ ...post('2025-03-01', 'f2'), nonce: 'other' });
		expect([second.created, second.record, store.factsInCycle(GUILD, 1)]).toEqual([false, first.record, ['f1']]);
	});

	it('refuses beginPost for a server without settings', () => {
		expect(() => openStore().beginPost(post('2025-03-01', 'f1'))).toThrow(/^daily-store: /);
	});

	it('marks a post sent with its message id', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.beginPost(post('2025-03-01', 'f1'));
		clock = new Date('2025-03-01T04:00:05.000Z');
		store.completePost(GUILD, '2025-03-01', 'm1');
		expect(store.postFor(GUILD, '2025-03-01')).toMatchObject({
			status: 'sent',
			messageId: 'm1',
			updatedAt: '2025-03-01T04:00:05.000Z',
		});
	});

	it('marks a post failed with its error', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.beginPost(post('2025-03-01', 'f1'));
		store.failPost(GUILD, '2025-03-01', 'missing access');
		expect(store.postFor(GUILD, '2025-03-01')).toMatchObject({ status: 'failed', error: 'missing access' });
	});

	it('keeps a sent post sent when a failure is reported afterwards', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.beginPost(post('2025-03-01', 'f1'));
		store.completePost(GUILD, '2025-03-01', 'm1');
		store.failPost(GUILD, '2025-03-01', 'late timeout');
		expect(store.postFor(GUILD, '2025-03-01')).toMatchObject({ status: 'sent', messageId: 'm1', error: null });
	});

	it('keeps a pending record and its nonce across a reopen', () => {
		const first = openStore();
		first.saveSettings(SETTINGS);
		first.beginPost(post('2025-03-01', 'f1'));
		closeStore(first);
		expect(openStore().beginPost(post('2025-03-01', 'f9'))).toMatchObject({
			created: false,
			record: { status: 'pending', factId: 'f1', nonce: 'nonce-2025-03-01' },
		});
	});

	it('returns the post with the latest day as the last post', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.beginPost(post('2025-03-02', 'f2'));
		store.beginPost(post('2025-03-01', 'f1'));
		expect(store.lastPost(GUILD)?.factId).toBe('f2');
	});

	it('reports cycle 0 and no last post for a server without posts', () => {
		const store = openStore();
		expect([store.currentCycle(GUILD), store.lastPost(GUILD)]).toEqual([0, undefined]);
	});

	it('reports the highest cycle as the current one', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.beginPost(post('2025-03-01', 'f1', 1));
		store.beginPost(post('2025-03-02', 'f1', 2));
		expect(store.currentCycle(GUILD)).toBe(2);
	});

	it('lists pending and sent facts of a cycle, not failed ones or other cycles', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		store.beginPost(post('2025-03-01', 'f1', 1));
		store.completePost(GUILD, '2025-03-01', 'm1');
		store.beginPost(post('2025-03-02', 'f2', 1));
		store.failPost(GUILD, '2025-03-02', 'boom');
		store.beginPost(post('2025-03-03', 'f3', 1));
		store.beginPost(post('2025-03-04', 'f4', 2));
		expect(store.factsInCycle(GUILD, 1)).toEqual(['f1', 'f3']);
	});
});

describe('DailyStore input validation', () => {
	it.each(['9:30', '24:00', '12:60', '12:3', 'noon'])('rejects the time %s', (time) => {
		expect(() => openStore().saveSettings({ ...SETTINGS, time })).toThrow(/^daily-store: /);
	});

	it.each(['Mars/Olympus', '', '+05:00'])('rejects the time zone %j', (timezone) => {
		expect(() => openStore().saveSettings({ ...SETTINGS, timezone })).toThrow(/^daily-store: /);
	});

	it.each(['2025-3-01', '2025-02-30', '20250301', '2025-13-01'])('rejects the day %s', (day) => {
		expect(() => openStore().postFor(GUILD, day)).toThrow(/^daily-store: /);
	});

	it('rejects a cycle below 1', () => {
		const store = openStore();
		store.saveSettings(SETTINGS);
		expect(() => store.beginPost(post('2025-03-01', 'f1', 0))).toThrow(/^daily-store: /);
	});
});
