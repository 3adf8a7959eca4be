/**
 * The one-bot-per-database lock, on an in-memory database with the `daily_lock` table: who may take it, and the
 * heartbeat that keeps it and the release that gives it up.
 */
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_HEARTBEAT_MS, LOCK_STALE_MS, acquireLock, holdLock } from '../../src/daily/storeLock.js';

interface LockRow {
	pid: number;
	host: string;
	heartbeat_at: number;
}

let db: Database.Database;

beforeEach(() => {
	db = new Database(':memory:');
	// The table as the store's migration creates it.
	db.exec(`CREATE TABLE daily_lock (
		id INTEGER PRIMARY KEY CHECK (id = 1),
		pid INTEGER NOT NULL,
		host TEXT NOT NULL,
		heartbeat_at INTEGER NOT NULL
	);`);
});

afterEach(() => {
	vi.useRealTimers();
	db.close();
});

function lockRow(): LockRow | undefined {
	return db.prepare<[], LockRow>('SELECT pid, host, heartbeat_at FROM daily_lock WHERE id = 1').get();
}

function writeLock(pid: number, heartbeatAt: number, host = hostname()): void {
	db.prepare('INSERT INTO daily_lock (id, pid, host, heartbeat_at) VALUES (1, ?, ?, ?)').run(pid, host, heartbeatAt);
}

/** A pid that certainly names no process: one that has just exited. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
	if (child.pid === undefined) throw new Error('could not spawn');
	return child.pid;
}

describe('acquireLock', () => {
	it('takes a free lock for this process and this host, with a fresh heartbeat', () => {
		const before = Date.now();

		expect(acquireLock(db)).toBeUndefined();

		const row = lockRow();
		expect(row).toMatchObject({ pid: process.pid, host: hostname() });
		expect(row?.heartbeat_at).toBeGreaterThanOrEqual(before);
	});

	it('takes its own lock again', () => {
		acquireLock(db);

		expect(acquireLock(db)).toBeUndefined();
	});

	it('refuses a fresh lock of a live process on this host, naming it, and leaves it as it was', () => {
		const heartbeat = Date.now();
		writeLock(process.ppid, heartbeat);

		expect(acquireLock(db)).toEqual({ pid: process.ppid, host: hostname() });
		expect(lockRow()).toEqual({ pid: process.ppid, host: hostname(), heartbeat_at: heartbeat });
	});

	it('refuses a fresh lock from another host, whose processes it cannot see', () => {
		writeLock(deadPid(), Date.now(), 'elsewhere');

		expect(acquireLock(db)).toMatchObject({ host: 'elsewhere' });
	});

	it('takes over the lock of a process on this host that is gone', () => {
		writeLock(deadPid(), Date.now());

		expect(acquireLock(db)).toBeUndefined();
		expect(lockRow()?.pid).toBe(process.pid);
	});

	it('takes over a lock whose heartbeat is stale, from any host', () => {
		writeLock(process.ppid, Date.now() - LOCK_STALE_MS - 1, 'elsewhere');

		expect(acquireLock(db)).toBeUndefined();
		expect(lockRow()).toMatchObject({ pid: process.pid, host: hostname() });
	});
});

describe('holdLock', () => {
	it('refreshes the heartbeat every beat until released, then removes the lock', () => {
		vi.useFakeTimers({ now: new Date('2026-03-02T04:00:00Z') });
		acquireLock(db);
		const taken = lockRow()?.heartbeat_at ?? 0;

		const release = holdLock(db);
		vi.advanceTimersByTime(LOCK_HEARTBEAT_MS);
		expect(lockRow()?.heartbeat_at).toBe(taken + LOCK_HEARTBEAT_MS);
		vi.advanceTimersByTime(LOCK_HEARTBEAT_MS);
		expect(lockRow()?.heartbeat_at).toBe(taken + 2 * LOCK_HEARTBEAT_MS);

		release();
		expect(lockRow()).toBeUndefined();
		vi.advanceTimersByTime(10 * LOCK_HEARTBEAT_MS);
		expect(lockRow()).toBeUndefined();
	});

	it('neither refreshes nor removes a lock that another process took over', () => {
		vi.useFakeTimers({ now: new Date('2026-03-02T04:00:00Z') });
		const release = holdLock(db);
		writeLock(process.ppid, 1);

		vi.advanceTimersByTime(LOCK_HEARTBEAT_MS);
		release();

		expect(lockRow()).toEqual({ pid: process.ppid, host: hostname(), heartbeat_at: 1 });
	});
});
