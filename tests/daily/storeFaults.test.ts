/**
 * DailyStore on a bad file or a contested one: refused with one line naming the file and DATABASE_PATH, nothing in
 * the file changed; one bot per database, with a killed bot's lock taken over; a write lock held elsewhere costs
 * milliseconds, not seconds.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyStore, DailyStoreError, isBusy, retryWhenBusy } from '../../src/daily/dailyStore.js';
import { LOCK_STALE_MS } from '../../src/daily/storeLock.js';

const SETTINGS = { guildId: '100000000000000001', channelId: '200000000000000001', time: '09:30', timezone: 'UTC' };

let dir: string;
let dbPath: string;
const opened: DailyStore[] = [];

function openStore(path = dbPath): DailyStore {
	const store = DailyStore.open(path);
	opened.push(store);
	return store;
}

function refusal(path = dbPath): DailyStoreError {
	try {
		openStore(path);
	} catch (error) {
		if (error instanceof DailyStoreError) return error;
		throw error;
	}
	throw new Error('expected the store to refuse the file');
}

/** A pid that certainly names no process: one that has just exited. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
	if (child.pid === undefined) throw new Error('could not spawn');
	return child.pid;
}

function writeLock(pid: number, heartbeatAt: number, host = hostname()): void {
	const store = openStore();
	store.close();
	opened.pop();
	const db = new Database(dbPath);
	db.prepare('INSERT OR REPLACE INTO daily_lock (id, pid, host, heartbeat_at) VALUES (1, ?, ?, ?)').run(
		pid,
		host,
		heartbeatAt,
	);
	db.close();
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'store-faults-'));
	dbPath = join(dir, 'bot.sqlite');
});

afterEach(() => {
	for (const store of opened.splice(0)) store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('DailyStore.open on a bad file', () => {
	it('refuses a file that is not a database in one line naming it and DATABASE_PATH, leaving it untouched', () => {
		const text = Buffer.from('these are my notes, not a database\n'.repeat(200));
		writeFileSync(dbPath, text);

		const error = refusal();

		expect(error.message).toBe(
			`daily-store: ${dbPath} (DATABASE_PATH) is not a usable SQLite database (file is not a database); restore a backup or move the file away; nothing was changed`,
		);
		expect(error.message).not.toContain('\n');
		expect(readFileSync(dbPath).equals(text)).toBe(true);
	});

	it('refuses a database whose pages are damaged, found by the integrity check, leaving it untouched', () => {
		const store = openStore();
		for (let n = 0; n < 300; n += 1)
			store.saveSettings({ ...SETTINGS, guildId: String(100_000_000_000_000_000n + BigInt(n)) });
		store.close();
		opened.pop();
		const bytes = readFileSync(dbPath);
		// Scribble over the start of every page after the first (b-tree page headers and cell pointers), keeping the
		// file header intact: the file still opens.
		for (let page = 1; page * 4096 < bytes.length; page += 1) bytes.fill(0x5a, page * 4096, page * 4096 + 64);
		writeFileSync(dbPath, bytes);

		const error = refusal();

		expect(error.message).toMatch(/^daily-store: .+bot\.sqlite \(DATABASE_PATH\) (is corrupt|is not a usable SQLite)/);
		expect(error.message).not.toContain('\n');
		expect(readFileSync(dbPath).equals(bytes)).toBe(true);
	});

	it('refuses a path it cannot open (a directory), naming it', () => {
		mkdirSync(join(dir, 'a-directory'));
		expect(refusal(join(dir, 'a-directory')).message).toMatch(
			/^daily-store: .+a-directory \(DATABASE_PATH\) cannot be opened \(unable to open database file\)/,
		);
	});

	// root may write to any file, so a read-only file is only read-only to other users.
	it.skipIf(process.getuid?.() === 0)('refuses a read-only file, naming it', () => {
		closeFirst();
		chmodSync(dbPath, 0o444);
		expect(refusal().message).toMatch(/^daily-store: .+ \(DATABASE_PATH\) is read-only/);
	});
});

function closeFirst(): void {
	const store = openStore();
	store.close();
	opened.pop();
}

describe('DailyStore.open with another bot on the file', () => {
	it('refuses a file whose lock a live process holds, naming that process', () => {
		writeLock(process.ppid, Date.now());
		expect(refusal().message).toBe(
			`daily-store: ${dbPath} (DATABASE_PATH) is in use by another bot (pid ${process.ppid} on ${hostname()}); stop it, or give this one its own DATABASE_PATH`,
		);
	});

	it('takes over the lock of a process that was killed', () => {
		writeLock(deadPid(), Date.now());
		expect(openStore().listEnabled()).toEqual([]);
	});

	it('takes over a lock whose heartbeat is stale, even from another host', () => {
		writeLock(process.ppid, Date.now() - LOCK_STALE_MS - 1_000, 'elsewhere');
		expect(openStore().listEnabled()).toEqual([]);
	});

	it('releases its lock on close, so the next bot starts at once', () => {
		closeFirst();
		const db = new Database(dbPath);
		expect(db.prepare('SELECT COUNT(*) AS n FROM daily_lock').get()).toEqual({ n: 0 });
		db.close();
	});
});

describe('DailyStore while another program holds the write lock', () => {
	it('fails a write within milliseconds as busy, and retryWhenBusy gets through once the lock is released', async () => {
		const store = openStore();
		const other = new Database(dbPath);
		other.exec('BEGIN IMMEDIATE');
		const started = performance.now();
		let error: unknown;
		try {
			store.saveSettings(SETTINGS);
		} catch (caught) {
			error = caught;
		}
		expect(performance.now() - started).toBeLessThan(100);
		expect(isBusy(error)).toBe(true);

		const saving = retryWhenBusy(() => store.saveSettings(SETTINGS), 20, 10);
		setTimeout(() => other.exec('ROLLBACK'), 30);
		expect((await saving).guildId).toBe(SETTINGS.guildId);
		other.close();
	});
});
