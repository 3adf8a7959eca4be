/**
 * Persistent state for per-server daily fact posts: each server's schedule and one post record per server and
 * local day. A post is recorded as `pending` before it is sent, so a crash between sending and recording leaves a
 * record (with its nonce) that the scheduler can resume instead of posting a second fact that day.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { acquireLock, holdLock } from './storeLock.js';

/**
 * How long SQLite waits for another connection's write lock before failing with SQLITE_BUSY. It waits synchronously,
 * blocking the event loop, so it is a few milliseconds: callers retry asynchronously ({@link retryWhenBusy}) or on
 * the next tick.
 */
export const BUSY_TIMEOUT_MS = 10;

/**
 * The database cannot be used: corrupt, unreadable, read-only, locked by another bot or too new. The message is one
 * line naming the file and `DATABASE_PATH`; nothing in the file was changed.
 */
export class DailyStoreError extends Error {
	override name = 'DailyStoreError';
}

/** @returns whether `error` is SQLite saying another connection holds the lock (SQLITE_BUSY or SQLITE_LOCKED). */
export function isBusy(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs a store call, retrying it after short asynchronous waits while the database is busy, so a lock held
 * elsewhere never blocks the event loop for longer than {@link BUSY_TIMEOUT_MS} at a time.
 *
 * @param call - a synchronous store call
 * @param attempts - how many tries in all
 * @param delayMs - the wait between tries
 * @returns the call's result
 * @throws the last SQLITE_BUSY error when every try was busy, or any other error at once
 * @example
 * const settings = await retryWhenBusy(() => store.saveSettings(input));
 */
export async function retryWhenBusy<T>(call: () => T, attempts = 5, delayMs = 20): Promise<T> {
	for (let attempt = 1; ; attempt += 1) {
		try {
			return call();
		} catch (error) {
			if (!isBusy(error) || attempt >= attempts) throw error;
			await new Promise((resolve) => setTimeout(resolve, delayMs));
		}
	}
}

/** What went wrong opening the file, in words an operator can act on. */
function openFailure(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	const message = error instanceof Error ? error.message : String(error);
	if (code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))) {
		return `is not a usable SQLite database (${message}); restore a backup or move the file away`;
	}
	if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
		return `is read-only (${message}); the bot needs to write to the file and its directory`;
	}
	if (typeof code === 'string' && code.startsWith('SQLITE_CANTOPEN')) {
		return `cannot be opened (${message}); check that it is a file the bot may read and write`;
	}
	if (isBusy(error)) return `is locked by another program (${message})`;
	return `cannot be used (${message})`;
}

/** A server's daily post schedule. */
export interface DailySettings {
	guildId: string;
	channelId: string;
	/** Local posting time, 'HH:MM' 24-hour. */
	time: string;
	/** IANA time zone the time and the day are read in. */
	timezone: string;
	enabled: boolean;
	/** Last delivery problem, shown in `/daily status`; null when the last delivery worked or settings were saved. */
	problem: string | null;
	/** ISO timestamp of the last change to the schedule itself (not to `problem`). */
	updatedAt: string;
}

/**
 * `pending` is written before sending; it becomes `sent` once delivered, `failed` when Discord refused it for good
 * (a deleted channel, a lost permission, an invalid post), or `missed` when it could not be delivered by the end of
 * its local day (or its retry budget ran out).
 */
export type PostStatus = 'pending' | 'sent' | 'failed' | 'missed';

/** The single post of a server for one local day. */
export interface PostRecord {
	guildId: string;
	/** Local day in the server's time zone, 'YYYY-MM-DD'. */
	day: string;
	factId: string;
	/** Which pass through the fact list this post belongs to; facts do not repeat within a cycle. */
	cycle: number;
	/** Sent with the message so a retried send is deduplicated by Discord. */
	nonce: string;
	status: PostStatus;
	messageId: string | null;
	error: string | null;
	/** Sends tried so far (each may have reached Discord). */
	attempts: number;
	/** ISO time of the first transient failure of a post still pending; null when none. */
	retryingSince: string | null;
	/** ISO time before which a pending post is not tried again (a back-off or Discord's `retry_after`). */
	nextAttemptAt: string | null;
	createdAt: string;
	updatedAt: string;
}

/**
 * Ordered schema steps; step `i` upgrades a database from version `i` to `i + 1`. Only append: files already
 * on disk record how many steps they have run in `user_version`.
 */
const MIGRATIONS: readonly string[] = [
	`CREATE TABLE daily_settings (
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
	);`,
	// The primary key only helps lookups by day; choosing the next fact reads a guild's posts by cycle every day.
	`CREATE INDEX daily_posts_guild_cycle ON daily_posts (guild_id, cycle);`,
	// Retries and missed days: SQLite cannot change a CHECK constraint in place, so the table is rebuilt.
	`CREATE TABLE daily_posts_v3 (
		guild_id TEXT NOT NULL REFERENCES daily_settings (guild_id) ON DELETE CASCADE,
		day TEXT NOT NULL,
		fact_id TEXT NOT NULL,
		cycle INTEGER NOT NULL CHECK (cycle >= 1),
		nonce TEXT NOT NULL,
		status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'missed')),
		message_id TEXT,
		error TEXT,
		attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
		retrying_since TEXT,
		next_attempt_at TEXT,
		created_at TEXT NOT NULL,
		updated_at TEXT NOT NULL,
		PRIMARY KEY (guild_id, day)
	);
	INSERT INTO daily_posts_v3 (guild_id, day, fact_id, cycle, nonce, status, message_id, error, created_at, updated_at)
		SELECT guild_id, day, fact_id, cycle, nonce, status, message_id, error, created_at, updated_at FROM daily_posts;
	DROP TABLE daily_posts;
	ALTER TABLE daily_posts_v3 RENAME TO daily_posts;
	CREATE INDEX daily_posts_guild_cycle ON daily_posts (guild_id, cycle);`,
	// One bot per database: see storeLock.ts.
	`CREATE TABLE daily_lock (
		id INTEGER PRIMARY KEY CHECK (id = 1),
		pid INTEGER NOT NULL,
		host TEXT NOT NULL,
		heartbeat_at INTEGER NOT NULL
	);`,
];

/** Version a database has once every migration has run; stored in SQLite's `user_version`. */
export const SCHEMA_VERSION: number = MIGRATIONS.length;

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface SettingsRow {
	guild_id: string;
	channel_id: string;
	time: string;
	timezone: string;
	enabled: number;
	problem: string | null;
	updated_at: string;
}

interface PostRow {
	guild_id: string;
	day: string;
	fact_id: string;
	cycle: number;
	nonce: string;
	status: PostStatus;
	message_id: string | null;
	error: string | null;
	attempts: number;
	retrying_since: string | null;
	next_attempt_at: string | null;
	created_at: string;
	updated_at: string;
}

function fail(message: string): never {
	throw new Error(`daily-store: ${message}`);
}

function requireText(name: string, value: string): void {
	if (typeof value !== 'string' || value.length === 0) fail(`${name} must be a non-empty string`);
}

function requireTime(time: string): void {
	if (typeof time !== 'string' || !TIME_PATTERN.test(time)) fail(`time must be 'HH:MM' (24-hour), got '${time}'`);
}

function requireTimezone(timezone: string): void {
	requireText('timezone', timezone);
	try {
		new Intl.DateTimeFormat(undefined, { timeZone: timezone });
	} catch {
		fail(`unknown time zone '${timezone}'`);
	}
}

function requireDay(day: string): void {
	const match = typeof day === 'string' ? DAY_PATTERN.exec(day) : null;
	const [year, month, date] = (match?.slice(1) ?? []).map(Number);
	// A UTC round trip normalises impossible days (2025-02-30 becomes March 2), so they no longer compare equal.
	const parsed = match === null ? undefined : new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
	const valid =
		parsed !== undefined &&
		parsed.getUTCFullYear() === year &&
		parsed.getUTCMonth() + 1 === month &&
		parsed.getUTCDate() === date;
	if (!valid) fail(`day must be a calendar date 'YYYY-MM-DD', got '${day}'`);
}

function toSettings(row: SettingsRow): DailySettings {
	return {
		guildId: row.guild_id,
		channelId: row.channel_id,
		time: row.time,
		timezone: row.timezone,
		enabled: row.enabled === 1,
		problem: row.problem,
		updatedAt: row.updated_at,
	};
}

function toPost(row: PostRow): PostRecord {
	return {
		guildId: row.guild_id,
		day: row.day,
		factId: row.fact_id,
		cycle: row.cycle,
		nonce: row.nonce,
		status: row.status,
		messageId: row.message_id,
		error: row.error,
		attempts: row.attempts,
		retryingSince: row.retrying_since,
		nextAttemptAt: row.next_attempt_at,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
	};
}

/** Brings the schema up to {@link SCHEMA_VERSION}, refusing files written by a newer build. */
function migrate(db: Database.Database): void {
	// IMMEDIATE takes the write lock before reading the version, so two processes cannot both run the same step.
	db.transaction(() => {
		const version = db.pragma('user_version', { simple: true }) as number;
		if (version > SCHEMA_VERSION) {
			fail(`database schema version ${version} is newer than this build supports (${SCHEMA_VERSION}); upgrade the bot`);
		}
		for (const step of MIGRATIONS.slice(version)) db.exec(step);
		// PRAGMA takes no bound parameters; SCHEMA_VERSION is an integer constant.
		db.pragma(`user_version = ${SCHEMA_VERSION}`);
	}).immediate();
}

/** SQLite-backed store for daily post schedules and the post history. Synchronous; one instance per file. */
export class DailyStore {
	readonly #db: Database.Database;
	readonly #now: () => Date;
	readonly #sql;
	readonly #release: (() => void) | undefined;

	private constructor(db: Database.Database, now: () => Date, release?: () => void) {
		this.#db = db;
		this.#now = now;
		this.#release = release;
		const postColumns =
			'guild_id, day, fact_id, cycle, nonce, status, message_id, error, attempts, retrying_since, next_attempt_at, created_at, updated_at';
		this.#sql = {
			getSettings: db.prepare<[string], SettingsRow>('SELECT * FROM daily_settings WHERE guild_id = ?'),
			listEnabled: db.prepare<[], SettingsRow>('SELECT * FROM daily_settings WHERE enabled = 1 ORDER BY guild_id'),
			saveSettings: db.prepare<[string, string, string, string, string], SettingsRow>(
				`INSERT INTO daily_settings (guild_id, channel_id, time, timezone, enabled, problem, updated_at)
				VALUES (?, ?, ?, ?, 1, NULL, ?)
				ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, time = excluded.time,
					timezone = excluded.timezone, enabled = 1, problem = NULL, updated_at = excluded.updated_at
				RETURNING *`,
			),
			disable: db.prepare<[string, string]>(
				'UPDATE daily_settings SET enabled = 0, updated_at = ? WHERE guild_id = ? AND enabled = 1',
			),
			removeGuild: db.prepare<[string]>('DELETE FROM daily_settings WHERE guild_id = ?'),
			setProblem: db.prepare<[string | null, string]>('UPDATE daily_settings SET problem = ? WHERE guild_id = ?'),
			postFor: db.prepare<[string, string], PostRow>(
				`SELECT ${postColumns} FROM daily_posts WHERE guild_id = ? AND day = ?`,
			),
			insertPost: db.prepare<[string, string, string, number, string, string, string], PostRow>(
				`INSERT INTO daily_posts (guild_id, day, fact_id, cycle, nonce, status, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)
				ON CONFLICT (guild_id, day) DO NOTHING
				RETURNING ${postColumns}`,
			),
			completePost: db.prepare<[string, string, string, string]>(
				`UPDATE daily_posts SET status = 'sent', message_id = ?, error = NULL, retrying_since = NULL,
					next_attempt_at = NULL, updated_at = ?
				WHERE guild_id = ? AND day = ?`,
			),
			recordAttempt: db.prepare<[string, string, string], { attempts: number }>(
				`UPDATE daily_posts SET attempts = attempts + 1, updated_at = ?
				WHERE guild_id = ? AND day = ? AND status = 'pending'
				RETURNING attempts`,
			),
			retryLater: db.prepare<[string, string, string, string, string, string]>(
				`UPDATE daily_posts SET error = ?, retrying_since = COALESCE(retrying_since, ?), next_attempt_at = ?,
					updated_at = ?
				WHERE guild_id = ? AND day = ? AND status = 'pending'`,
			),
			missPost: db.prepare<[string, string, string, string]>(
				`UPDATE daily_posts SET status = 'missed', error = ?, next_attempt_at = NULL, updated_at = ?
				WHERE guild_id = ? AND day = ? AND status = 'pending'`,
			),
			failPost: db.prepare<[string, string, string, string]>(
				`UPDATE daily_posts SET status = 'failed', error = ?, updated_at = ?
				WHERE guild_id = ? AND day = ? AND status <> 'sent'`,
			),
			lastPost: db.prepare<[string], PostRow>(
				`SELECT ${postColumns} FROM daily_posts WHERE guild_id = ? ORDER BY day DESC LIMIT 1`,
			),
			currentCycle: db.prepare<[string], { cycle: number }>(
				'SELECT COALESCE(MAX(cycle), 0) AS cycle FROM daily_posts WHERE guild_id = ?',
			),
			factsInCycle: db.prepare<[string, number], { fact_id: string }>(
				`SELECT fact_id FROM daily_posts WHERE guild_id = ? AND cycle = ? AND status IN ('pending', 'sent')
				ORDER BY day`,
			),
		};
	}

	/**
	 * Opens (creating if needed) the store at `path` and migrates it to {@link SCHEMA_VERSION}.
	 * @param path - database file, or ':memory:'; missing parent directories are created
	 * @param now - clock for timestamps, injectable for tests
	 * @throws DailyStoreError (one line naming the file and DATABASE_PATH) when the file is not a database, is corrupt,
	 *   unreadable or read-only, was written by a newer schema version, or is in use by another bot; nothing in the
	 *   file is changed then
	 */
	static open(path: string, now: () => Date = () => new Date()): DailyStore {
		requireText('path', path);
		const memory = path === ':memory:';
		const named = `${memory ? path : resolve(path)} (DATABASE_PATH)`;
		let db: Database.Database;
		try {
			if (!memory) mkdirSync(dirname(path), { recursive: true });
			db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
		} catch (error) {
			throw new DailyStoreError(`daily-store: ${named} ${openFailure(error)}; nothing was changed`);
		}
		let release: (() => void) | undefined;
		try {
			// Read-only checks first: a file that is not a database, or a damaged one, is refused before anything writes.
			const check = db.pragma('quick_check', { simple: true });
			if (check !== 'ok') {
				throw new DailyStoreError(
					`daily-store: ${named} is corrupt (integrity check: ${String(check).split('\n')[0]}); restore a backup or move the file away; nothing was changed`,
				);
			}
			// WAL lets readers (e.g. /daily status) run while the scheduler writes.
			db.pragma('journal_mode = WAL');
			db.pragma('foreign_keys = ON');
			migrate(db);
			if (!memory) {
				const holder = acquireLock(db);
				if (holder) {
					throw new DailyStoreError(
						`daily-store: ${named} is in use by another bot (pid ${holder.pid} on ${holder.host}); stop it, or give this one its own DATABASE_PATH`,
					);
				}
				release = holdLock(db);
			}
			return new DailyStore(db, now, release);
		} catch (error) {
			release?.();
			db.close();
			if (error instanceof DailyStoreError) throw error;
			if (error instanceof Error && error.message.startsWith('daily-store: ')) {
				throw new DailyStoreError(`daily-store: ${named}: ${error.message.slice('daily-store: '.length)}`);
			}
			throw new DailyStoreError(`daily-store: ${named} ${openFailure(error)}; nothing was changed`);
		}
	}

	/** Closes the database, releasing its lock; the store must not be used afterwards. */
	close(): void {
		this.#release?.();
		this.#db.close();
	}

	/** @returns the schema version recorded in the file (equals {@link SCHEMA_VERSION} once open). */
	schemaVersion(): number {
		return this.#db.pragma('user_version', { simple: true }) as number;
	}

	/** @returns the server's schedule, enabled or not, or undefined when it never had one. */
	getSettings(guildId: string): DailySettings | undefined {
		requireText('guildId', guildId);
		const row = this.#sql.getSettings.get(guildId);
		return row === undefined ? undefined : toSettings(row);
	}

	/** @returns every enabled schedule, ordered by guild id. */
	listEnabled(): DailySettings[] {
		return this.#sql.listEnabled.all().map(toSettings);
	}

	/**
	 * Creates or replaces a server's schedule; it is enabled and any previous problem is cleared, since the
	 * admin has just chosen a (possibly new) channel.
	 * @throws Error prefixed 'daily-store:' for an empty id, a time not 'HH:MM' or an unknown time zone
	 */
	saveSettings(input: { guildId: string; channelId: string; time: string; timezone: string }): DailySettings {
		requireText('guildId', input.guildId);
		requireText('channelId', input.channelId);
		requireTime(input.time);
		requireTimezone(input.timezone);
		const row = this.#sql.saveSettings.get(
			input.guildId,
			input.channelId,
			input.time,
			input.timezone,
			this.#now().toISOString(),
		);
		if (row === undefined) fail('upsert returned no row');
		return toSettings(row);
	}

	/**
	 * Stops daily posts for a server, keeping its settings and post history so re-enabling continues the cycle.
	 * @returns false when the server had no enabled schedule
	 */
	disable(guildId: string): boolean {
		requireText('guildId', guildId);
		return this.#sql.disable.run(this.#now().toISOString(), guildId).changes > 0;
	}

	/** Forgets a server the bot has left: its settings and, through the foreign key cascade, its post history. */
	removeGuild(guildId: string): void {
		requireText('guildId', guildId);
		this.#sql.removeGuild.run(guildId);
	}

	/**
	 * Records (or with null clears) the last delivery problem; does nothing for a server without a schedule.
	 * Does not touch `updatedAt`, which tracks changes made by admins.
	 */
	setProblem(guildId: string, problem: string | null): void {
		requireText('guildId', guildId);
		this.#sql.setProblem.run(problem, guildId);
	}

	/** @returns the server's post for the local day, or undefined. */
	postFor(guildId: string, day: string): PostRecord | undefined {
		requireText('guildId', guildId);
		requireDay(day);
		const row = this.#sql.postFor.get(guildId, day);
		return row === undefined ? undefined : toPost(row);
	}

	/**
	 * Records the intent to post BEFORE sending (unique per guild+day): returns the new pending record, or the
	 * existing record for that day (never a second one). The server must have saved settings.
	 * @throws Error prefixed 'daily-store:' for invalid input or a server without settings
	 */
	beginPost(input: { guildId: string; day: string; factId: string; cycle: number; nonce: string }): {
		created: boolean;
		record: PostRecord;
	} {
		requireText('guildId', input.guildId);
		requireDay(input.day);
		requireText('factId', input.factId);
		requireText('nonce', input.nonce);
		if (!Number.isSafeInteger(input.cycle) || input.cycle < 1) fail(`cycle must be a positive integer`);
		// Insert and fallback read form one unit so the returned record is the one that owns the day.
		return this.#db
			.transaction(() => {
				if (this.#sql.getSettings.get(input.guildId) === undefined) fail(`no settings for guild ${input.guildId}`);
				const stamp = this.#now().toISOString();
				const inserted = this.#sql.insertPost.get(
					input.guildId,
					input.day,
					input.factId,
					input.cycle,
					input.nonce,
					stamp,
					stamp,
				);
				if (inserted !== undefined) return { created: true, record: toPost(inserted) };
				const existing = this.#sql.postFor.get(input.guildId, input.day);
				if (existing === undefined) fail('post conflict without an existing row');
				return { created: false, record: toPost(existing) };
			})
			.immediate();
	}

	/**
	 * Marks the day's post as sent (also after an earlier failure, when a retry succeeded).
	 * Does nothing when the record is gone, e.g. the server was removed while the message was in flight.
	 */
	completePost(guildId: string, day: string, messageId: string): void {
		requireText('guildId', guildId);
		requireDay(day);
		requireText('messageId', messageId);
		this.#sql.completePost.run(messageId, this.#now().toISOString(), guildId, day);
	}

	/**
	 * Marks the day's post as failed. A post already `sent` stays sent: the message exists, so a late failure
	 * report must not make the scheduler believe the day is still open.
	 */
	failPost(guildId: string, day: string, error: string): void {
		requireText('guildId', guildId);
		requireDay(day);
		requireText('error', error);
		this.#sql.failPost.run(error, this.#now().toISOString(), guildId, day);
	}

	/**
	 * Counts one more send of a pending post, BEFORE it is tried: after a crash the count tells that Discord may
	 * have the message although nothing recorded it.
	 * @returns the number of sends tried, this one included (0 when the post is not pending)
	 */
	recordAttempt(guildId: string, day: string): number {
		requireText('guildId', guildId);
		requireDay(day);
		return this.#sql.recordAttempt.get(this.#now().toISOString(), guildId, day)?.attempts ?? 0;
	}

	/**
	 * Notes a transient failure of a pending post: why, since when it has been retrying (the first failure), and
	 * not to try again before `nextAttemptAt`.
	 */
	retryLater(guildId: string, day: string, error: string, nextAttemptAt: Date): void {
		requireText('guildId', guildId);
		requireDay(day);
		requireText('error', error);
		const stamp = this.#now().toISOString();
		this.#sql.retryLater.run(error, stamp, nextAttemptAt.toISOString(), stamp, guildId, day);
	}

	/** Marks a pending post missed: it could not be delivered by the end of its day, for `reason`. */
	missPost(guildId: string, day: string, reason: string): void {
		requireText('guildId', guildId);
		requireDay(day);
		requireText('reason', reason);
		this.#sql.missPost.run(reason, this.#now().toISOString(), guildId, day);
	}

	/** @returns the server's post with the latest day, whatever its status. */
	lastPost(guildId: string): PostRecord | undefined {
		requireText('guildId', guildId);
		const row = this.#sql.lastPost.get(guildId);
		return row === undefined ? undefined : toPost(row);
	}

	/** @returns the highest cycle among the server's posts, 0 when it has none. */
	currentCycle(guildId: string): number {
		requireText('guildId', guildId);
		return this.#sql.currentCycle.get(guildId)?.cycle ?? 0;
	}

	/** @returns fact ids posted (pending or sent, not failed) in that cycle, oldest day first. */
	factsInCycle(guildId: string, cycle: number): string[] {
		requireText('guildId', guildId);
		return this.#sql.factsInCycle.all(guildId, cycle).map((row) => row.fact_id);
	}
}
