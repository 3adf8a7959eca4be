/**
 * One bot per database: a lock row (pid, host, heartbeat) in the database itself, so it travels with the file and
 * needs no second file to clean up. A holder refreshes its heartbeat; a lock whose process is gone (same host) or
 * whose heartbeat is stale (any host) belongs to a killed bot and is taken over, so a crash never blocks a restart.
 */
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';

/** How often the holder refreshes its heartbeat. */
export const LOCK_HEARTBEAT_MS = 5_000;
/** A heartbeat older than this means the holder is gone, whatever its pid now names. */
export const LOCK_STALE_MS = 30_000;

interface LockRow {
	pid: number;
	host: string;
	heartbeat_at: number;
}

/** The live holder of a lock that is not ours, refused by {@link acquireLock}. */
export interface LockHolder {
	pid: number;
	host: string;
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the database's lock for this process, in one write transaction.
 *
 * @param db - an open database with the `daily_lock` table
 * @returns undefined when the lock is ours now, or the live bot that holds it
 */
export function acquireLock(db: Database.Database): LockHolder | undefined {
	const host = hostname();
	return db
		.transaction((): LockHolder | undefined => {
			const row = db.prepare<[], LockRow>('SELECT pid, host, heartbeat_at FROM daily_lock WHERE id = 1').get();
			if (row && row.pid !== process.pid) {
				const fresh = Date.now() - row.heartbeat_at < LOCK_STALE_MS;
				const alive = row.host !== host || processAlive(row.pid);
				if (fresh && alive) return { pid: row.pid, host: row.host };
			}
			db.prepare<[number, string, number]>(
				`INSERT INTO daily_lock (id, pid, host, heartbeat_at) VALUES (1, ?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET pid = excluded.pid, host = excluded.host, heartbeat_at = excluded.heartbeat_at`,
			).run(process.pid, host, Date.now());
			return undefined;
		})
		.immediate();
}

/**
 * Keeps the lock fresh until the returned function is called, which also releases it.
 *
 * @param db - the database whose lock this process holds
 * @returns release: stops the heartbeat and removes the lock row (the database stays open)
 */
export function holdLock(db: Database.Database): () => void {
	const beat = db.prepare<[number, number]>('UPDATE daily_lock SET heartbeat_at = ? WHERE id = 1 AND pid = ?');
	const timer = setInterval(() => {
		try {
			beat.run(Date.now(), process.pid);
		} catch {
			// Busy for a moment: the next beat comes well before the lock could look stale.
		}
	}, LOCK_HEARTBEAT_MS);
	timer.unref();
	return () => {
		clearInterval(timer);
		try {
			db.prepare<[number]>('DELETE FROM daily_lock WHERE id = 1 AND pid = ?').run(process.pid);
		} catch {
			// A lock left behind is stale once this process is gone.
		}
	};
}
