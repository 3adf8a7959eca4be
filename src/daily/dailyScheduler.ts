/**
 * Daily fact posts: when each server is due, which fact it gets, and exactly one
 * post per server per local day, surviving restarts and crashes. The intent is
 * recorded before the message is sent and the send carries a nonce, so a crash
 * between sending and recording is repaired by resending with the same nonce,
 * which Discord answers with the message it already created.
 */
import { randomBytes } from 'node:crypto';
import { Cron } from 'croner';
import type { APIEmbed } from 'discord.js';
import type { Engine } from '../engine/engine.js';
import type { FactResult } from '../engine/fact.js';
import type { Logger } from '../logger.js';
import { answerEmbed } from '../render/answerEmbed.js';
import { type DailySettings, type DailyStore, isBusy, type PostRecord } from './dailyStore.js';
import { AttemptTimeoutError, classifyFailure, type DeliveryProblem } from './deliveryFailure.js';
import { Limiter } from './limiter.js';

export { DeliveryError, type DeliveryProblem } from './deliveryFailure.js';

/** What a daily post sends: its embeds and the nonce Discord uses to refuse a duplicate. */
export interface PostMessage {
	embeds: APIEmbed[];
	nonce: string;
}

/** Sends one daily post, and finds one Discord may already have created. */
export interface DailyPoster {
	/**
	 * @param channelId - where to post
	 * @param message - the embeds and the nonce Discord uses to refuse a duplicate
	 * @param signal - aborts the attempt when its time is up
	 * @returns the id of the message (the existing one when the nonce was already used)
	 * @throws DeliveryError for a deleted channel or a lost permission; anything else is classified by
	 *   {@link classifyFailure}
	 */
	send(channelId: string, message: PostMessage, signal?: AbortSignal): Promise<{ messageId: string }>;
	/**
	 * Looks for the post among the bot's own messages in the channel since `since`, by nonce or content. Without
	 * it, a post whose outcome is unknown is resent with its nonce only.
	 *
	 * @returns the message when it is there, undefined when it is certainly not
	 */
	find?(
		channelId: string,
		message: PostMessage,
		since: Date,
		signal?: AbortSignal,
	): Promise<{ messageId: string } | undefined>;
}

/** How posts are sent and retried; every field has a default. */
export interface DeliveryPolicy {
	/** Attempts (sends or look-ups) in flight at once across all servers. */
	concurrency: number;
	/** One attempt's time limit; a hung channel holds only its own post, and only this long. */
	attemptTimeoutMs: number;
	/** Sends one post may use in its day; when they are spent the post is recorded as missed. */
	maxAttempts: number;
	/** A `retry_after` up to this is waited out at once (real time); a longer one waits for a later tick. */
	maxInlineWaitMs: number;
	/** How many retries in a row one tick may make after short `retry_after`s. */
	maxInlineRetries: number;
	/** Wait before the next attempt after a transient failure (by the scheduler's clock), doubled each attempt. */
	retryBaseMs: number;
	/** The longest such wait. */
	retryMaxMs: number;
}

/** Defaults: 16 at once, 10 s per attempt, 20 sends a day spaced 30 s, 1 min, 2 min, … up to 30 min apart. */
export const DEFAULT_DELIVERY_POLICY: Readonly<DeliveryPolicy> = {
	concurrency: 16,
	attemptTimeoutMs: 10_000,
	maxAttempts: 20,
	maxInlineWaitMs: 5_000,
	maxInlineRetries: 3,
	retryBaseMs: 30_000,
	retryMaxMs: 30 * 60_000,
};

/** What the scheduler needs; everything is injected so tests control the clock and Discord. */
export interface SchedulerDeps {
	store: DailyStore;
	engine: Engine;
	poster: DailyPoster;
	now: () => Date;
	logger: Logger;
	/** A fresh nonce per post; by default a random numeric string of at most 19 digits (Discord allows 25). */
	newNonce?: () => string;
	/** Overrides of {@link DEFAULT_DELIVERY_POLICY}. */
	policy?: Partial<DeliveryPolicy>;
}

/** What one tick did for one server. */
export interface TickResult {
	guildId: string;
	/**
	 * `posted`: a new post was sent; `resent`: a pending post (a crash, a transient failure) was sent again with its
	 * nonce; `recovered`: a pending post was found in the channel and recorded, not sent again; `skipped`: not due,
	 * already done today, waiting for its next attempt, or already being delivered; `problem`: Discord refused it for
	 * good (a deleted channel, a lost permission, an invalid post); `error`: a transient failure, retried later within
	 * the budget; `missed`: it could not be delivered by the end of its day, or its budget ran out.
	 */
	outcome: 'posted' | 'resent' | 'recovered' | 'skipped' | 'problem' | 'error' | 'missed';
	/** The server's local day, `YYYY-MM-DD` (empty when its timezone is invalid). */
	day: string;
}

/** The fact a server would get next, and the local day it would be posted on. */
export interface DailyPreview extends Pick<FactResult, 'answer' | 'anniversary'> {
	day: string;
}

/** What the server admins are told when a post cannot be delivered. */
export const PROBLEM_MESSAGES: Readonly<Record<DeliveryProblem, string>> = {
	missingChannel: 'The channel was deleted or the bot cannot see it.',
	missingPermission: 'The bot lacks permission to post in the channel.',
	rejected: 'Discord refused the post; it is not retried.',
};

/** The problem shown in `/daily status` after a missed day. */
export function missedProblem(day: string, reason: string): string {
	return `The post of ${day} was missed: ${reason}`;
}

/** How long a tick leaves a busy database alone. */
const BUSY_PAUSE_MS = 1_000;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * @param instant - a moment in time
 * @param timezone - an IANA zone, e.g. `Asia/Almaty`
 * @returns the calendar day of `instant` in `timezone`, `YYYY-MM-DD`
 * @throws RangeError for an unknown timezone
 * @example
 * localDay(new Date('2026-03-01T19:30:00Z'), 'Asia/Almaty'); // '2026-03-02'
 */
export function localDay(instant: Date, timezone: string): string {
	let format = dayFormats.get(timezone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone: timezone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
		});
		dayFormats.set(timezone, format);
	}
	const parts = new Map(format.formatToParts(instant).map((part) => [part.type, part.value]));
	return `${parts.get('year')}-${parts.get('month')}-${parts.get('day')}`;
}

/** A paused croner job for `HH:MM` every day in the zone; it never runs anything, it only computes times. */
function dailyCron(settings: Pick<DailySettings, 'time' | 'timezone'>): Cron {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(settings.time);
	if (!match) throw new RangeError(`daily: time must be HH:MM, got '${settings.time}'`);
	return new Cron(`${Number(match[2])} ${Number(match[1])} * * *`, { timezone: settings.timezone, paused: true });
}

/**
 * @param settings - the server's posting time (`HH:MM`) and IANA timezone
 * @param from - the moment to start from (exclusive)
 * @returns the first scheduled instant after `from`; DST changes are handled by croner
 * @example
 * nextPostTime({ time: '09:00', timezone: 'Europe/Berlin' }, new Date('2026-03-29T00:00:00Z')); // 2026-03-29T07:00:00Z
 */
export function nextPostTime(settings: Pick<DailySettings, 'time' | 'timezone'>, from: Date): Date {
	const next = dailyCron(settings).nextRun(from);
	if (!next) throw new Error(`daily: no run after ${from.toISOString()} for ${settings.time} ${settings.timezone}`);
	return next;
}

/**
 * @param settings - the server's posting time (`HH:MM`) and IANA timezone
 * @param at - the reference moment (inclusive)
 * @returns the most recent scheduled instant at or before `at`, or null when there is none
 * @example
 * lastScheduledTime({ time: '09:00', timezone: 'Asia/Almaty' }, new Date('2026-03-02T04:30:00Z')); // 2026-03-02T04:00:00Z
 */
export function lastScheduledTime(settings: Pick<DailySettings, 'time' | 'timezone'>, at: Date): Date | null {
	// croner counts a run earlier in the same second as the reference, not one exactly at it: 1 ms later makes it inclusive.
	const [last] = dailyCron(settings).previousRuns(1, new Date(at.getTime() + 1));
	return last && last.getTime() <= at.getTime() ? last : null;
}

/**
 * Whether a post is due for `day`: its scheduled time has passed today, and the
 * schedule already existed then. A bot that was down catches up the same day;
 * a schedule saved after today's time starts tomorrow, as `/daily set` says.
 */
function isDueOn(settings: DailySettings, now: Date, day: string): boolean {
	const last = lastScheduledTime(settings, now);
	return last !== null && localDay(last, settings.timezone) === day && last.getTime() >= Date.parse(settings.updatedAt);
}

/** A random numeric string below 2^63 (at most 19 digits), as Discord nonces must be at most 25 characters. */
function randomNonce(): string {
	return (randomBytes(8).readBigUInt64BE() >> 1n).toString();
}

/**
 * Posts a fact to every enabled server once a day at its local time. A bot that
 * was down at the scheduled time posts when it comes back the same day; days
 * already over are never back-filled. A server sees no fact twice until it has
 * seen them all, and an anniversary of the day comes first.
 *
 * @example
 * const scheduler = new DailyScheduler({ store, engine, poster: discordPoster(client.rest), now: () => new Date(), logger });
 * scheduler.start();
 */
export class DailyScheduler {
	private readonly deps: SchedulerDeps;
	private readonly newNonce: () => string;
	private readonly policy: DeliveryPolicy;
	private readonly limiter: Limiter;
	private timer: NodeJS.Timeout | undefined;
	/** Servers whose post is being delivered: a later tick leaves them alone, so two never race on one post. */
	private readonly inFlight = new Set<string>();
	private readonly running = new Set<Promise<unknown>>();
	/** Until then (real time) a tick leaves the store alone: it was found locked by another program. */
	private busyUntil = 0;

	/** @param deps - the store, engine, poster, clock and logger */
	constructor(deps: SchedulerDeps) {
		this.deps = deps;
		this.newNonce = deps.newNonce ?? randomNonce;
		this.policy = { ...DEFAULT_DELIVERY_POLICY, ...deps.policy };
		this.limiter = new Limiter(this.policy.concurrency);
	}

	/**
	 * Posts for every enabled server that is due, concurrently (at most `policy.concurrency` attempts at once), each
	 * post with its own time limit and retry budget, so one server's failures never hold up another's. Never throws.
	 *
	 * @returns what it did for each enabled server, in guild id order
	 */
	tick(): Promise<TickResult[]> {
		const run = this.runTick();
		this.running.add(run);
		void run.finally(() => this.running.delete(run));
		return run;
	}

	/** @returns the servers whose post is being delivered right now (what a shutdown past its deadline abandons). */
	unfinished(): string[] {
		return [...this.inFlight];
	}

	/** Resolves when every tick started so far has finished (used by shutdown). */
	async idle(): Promise<void> {
		while (this.running.size > 0) await Promise.allSettled([...this.running]);
	}

	/**
	 * The fact the server would get in its next post (today's if it is due and not yet done), without recording
	 * anything. A server without settings gets the fact for today in UTC from a fresh cycle.
	 *
	 * @param guildId - the server
	 * @throws RangeError when the stored time or timezone is invalid
	 */
	preview(guildId: string): DailyPreview {
		const { store, engine } = this.deps;
		const now = this.deps.now();
		const settings = store.getSettings(guildId);
		if (!settings) {
			const day = localDay(now, 'UTC');
			const { answer, anniversary } = engine.fact({ date: day });
			return { answer, anniversary, day };
		}
		const today = localDay(now, settings.timezone);
		const dueToday = isDueOn(settings, now, today);
		const todays = store.postFor(guildId, today);
		if (dueToday && todays?.status === 'pending') {
			const fact = this.factOf(todays);
			if (fact) return { answer: fact.answer, anniversary: fact.anniversary, day: today };
		}
		const day = dueToday && !todays ? today : localDay(nextPostTime(settings, now), settings.timezone);
		const { answer, anniversary } = this.chooseFact(guildId, day).fact;
		return { answer, anniversary, day };
	}

	/**
	 * Calls {@link DailyScheduler.tick} every `intervalMs`. A server whose post is still being delivered is left to
	 * that delivery, so a slow server never delays the next tick for the others. The timer does not keep the process
	 * alive. Calling it again restarts the timer.
	 *
	 * @param intervalMs - how often to check (30 s by default; a post is at most this late)
	 */
	start(intervalMs = 30_000): void {
		this.stop();
		this.timer = setInterval(() => void this.tick(), intervalMs);
		this.timer.unref();
	}

	/** Stops the timer; deliveries already running finish (see {@link DailyScheduler.idle}). */
	stop(): void {
		if (this.timer !== undefined) clearInterval(this.timer);
		this.timer = undefined;
	}

	private async runTick(): Promise<TickResult[]> {
		const now = this.deps.now();
		let servers: DailySettings[];
		try {
			servers = this.deps.store.listEnabled();
		} catch (error) {
			this.deps.logger.error({ err: error }, 'daily: cannot list servers');
			return [];
		}
		return Promise.all(servers.map((settings) => this.tickServer(settings, now)));
	}

	private async tickServer(settings: DailySettings, now: Date): Promise<TickResult> {
		const { guildId } = settings;
		let day = '';
		try {
			day = localDay(now, settings.timezone);
			if (this.inFlight.has(guildId)) return { guildId, outcome: 'skipped', day };
			// Another program holds the database's write lock: every server would wait for it in turn, so the rest of
			// this tick leaves the store alone and the next tick tries again.
			if (Date.now() < this.busyUntil) return { guildId, outcome: 'error', day };
			this.inFlight.add(guildId);
			try {
				return await this.tickOwned(settings, now, day);
			} finally {
				this.inFlight.delete(guildId);
			}
		} catch (error) {
			if (isBusy(error)) {
				this.busyUntil = Date.now() + BUSY_PAUSE_MS;
				this.deps.logger.warn({ guildId, day, err: error }, 'daily: database busy, trying again on the next tick');
			} else this.deps.logger.error({ guildId, day, err: error }, 'daily: cannot schedule post');
			return { guildId, outcome: 'error', day };
		}
	}

	/** One server's tick, with no other delivery of its posts running. */
	private async tickOwned(settings: DailySettings, now: Date, day: string): Promise<TickResult> {
		const { store } = this.deps;
		const { guildId } = settings;
		// A post still pending from an earlier day was not delivered by the end of its day.
		const last = store.lastPost(guildId);
		const overdue =
			last && last.status === 'pending' && last.day < day ? await this.settleOverdue(settings, last) : null;
		const skipped: TickResult = overdue ?? { guildId, outcome: 'skipped', day };

		if (!isDueOn(settings, now, day)) return skipped;
		const existing = store.postFor(guildId, day);
		if (existing?.status === 'pending') {
			if (existing.nextAttemptAt !== null && Date.parse(existing.nextAttemptAt) > now.getTime()) return skipped;
			return await this.deliver(settings, existing, 'resent');
		}
		if (existing) return skipped;

		const { fact, cycle } = this.chooseFact(guildId, day);
		const { created, record } = store.beginPost({
			guildId,
			day,
			factId: fact.answer.id,
			cycle,
			nonce: this.newNonce(),
		});
		if (!created) return skipped;
		return await this.deliver(settings, record, 'posted', fact);
	}

	/** The next fact in the server's cycle for `day`, and the cycle it belongs to. */
	private chooseFact(guildId: string, day: string): { fact: FactResult; cycle: number } {
		let cycle = this.deps.store.currentCycle(guildId) || 1;
		const fact = this.deps.engine.fact({ exclude: this.deps.store.factsInCycle(guildId, cycle), date: day });
		if (fact.cycleRestarted) cycle += 1;
		return { fact, cycle };
	}

	/**
	 * The fact a recorded post was for, as it was chosen (with its anniversary title): the same deterministic
	 * choice is made again with the same exclusions. Falls back to the plain record when the dataset changed.
	 */
	private factOf(record: PostRecord): Pick<FactResult, 'answer' | 'anniversary'> | undefined {
		const others = this.deps.store.factsInCycle(record.guildId, record.cycle).filter((id) => id !== record.factId);
		const again = this.deps.engine.fact({ exclude: others, date: record.day });
		if (again.answer.id === record.factId) return again;
		const answer = this.deps.engine.get(record.factId);
		return answer ? { answer, anniversary: null } : undefined;
	}

	/** Runs one attempt within the concurrency bound and its time limit, whether or not the poster honours the signal. */
	private async attempt<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
		return this.limiter.run(async () => {
			const controller = new AbortController();
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise<never>((_resolve, reject) => {
				timer = setTimeout(() => {
					const error = new AttemptTimeoutError(this.policy.attemptTimeoutMs);
					controller.abort(error);
					reject(error);
				}, this.policy.attemptTimeoutMs);
			});
			try {
				return await Promise.race([run(controller.signal), timeout]);
			} finally {
				clearTimeout(timer);
			}
		});
	}

	/** The wait before the next attempt once `attempts` sends have failed. */
	private backoff(attempts: number): number {
		const { retryBaseMs, retryMaxMs } = this.policy;
		return Math.min(retryBaseMs * 2 ** Math.max(attempts - 1, 0), retryMaxMs);
	}

	/** Records a missed post, tells the admins through `/daily status`, and logs it at warn. */
	private miss(settings: DailySettings, record: PostRecord, reason: string): TickResult {
		const { guildId, day } = record;
		this.deps.store.missPost(guildId, day, reason);
		this.deps.store.setProblem(guildId, missedProblem(day, reason));
		this.deps.logger.warn(
			{ guildId, day, factId: record.factId, channelId: settings.channelId, reason, outcome: 'missed' },
			'daily post missed',
		);
		return { guildId, outcome: 'missed', day };
	}

	/** A post left pending past its day: recorded as sent if it is in the channel, as missed otherwise. */
	private async settleOverdue(settings: DailySettings, record: PostRecord): Promise<TickResult> {
		const { poster } = this.deps;
		const find = poster.find?.bind(poster);
		if (record.attempts > 0 && find) {
			const fact = this.factOf(record);
			try {
				const found = fact
					? await this.attempt((signal) =>
							find(settings.channelId, this.messageFor(fact, record), new Date(record.createdAt), signal),
						)
					: undefined;
				if (found) return this.recordFound(settings, record, found.messageId);
			} catch (error) {
				const failure = classifyFailure(error);
				// The day is over either way; what is unknown is only whether the message exists.
				return this.miss(
					settings,
					record,
					`${record.error ?? 'not delivered'}; the channel could not be checked (${failure.reason})`,
				);
			}
		}
		return this.miss(settings, record, record.error ?? 'not delivered by the end of the day');
	}

	private messageFor(fact: Pick<FactResult, 'answer'>, record: PostRecord): PostMessage {
		return { embeds: [answerEmbed(fact.answer, this.deps.engine.sourceCatalogue)], nonce: record.nonce };
	}

	private recordFound(settings: DailySettings, record: PostRecord, messageId: string): TickResult {
		const { guildId, day } = record;
		this.deps.store.completePost(guildId, day, messageId);
		this.deps.store.setProblem(guildId, null);
		this.deps.logger.info(
			{ guildId, day, factId: record.factId, channelId: settings.channelId, messageId, outcome: 'recovered' },
			'daily post found in the channel, not sent again',
		);
		return { guildId, outcome: 'recovered', day };
	}

	private async deliver(
		settings: DailySettings,
		record: PostRecord,
		success: 'posted' | 'resent',
		chosen?: FactResult,
	): Promise<TickResult> {
		const { store, poster, logger, now } = this.deps;
		const { guildId, day, factId, nonce } = record;
		const line = { guildId, day, factId, cycle: record.cycle, channelId: settings.channelId, nonce };
		const fact = chosen ?? this.factOf(record);
		if (!fact) {
			store.failPost(guildId, day, `fact ${factId} is no longer in the dataset`);
			logger.error({ ...line, outcome: 'error' }, 'daily post: fact no longer in the dataset');
			return { guildId, outcome: 'error', day };
		}
		const message = this.messageFor(fact, record);
		const find = poster.find?.bind(poster);
		// An earlier send (before a crash, or one that timed out) may have reached Discord.
		let outcomeUnknown = record.attempts > 0;
		let attempts = record.attempts;
		let inlineRetries = 0;
		for (;;) {
			try {
				if (outcomeUnknown && find) {
					const found = await this.attempt((signal) =>
						find(settings.channelId, message, new Date(record.createdAt), signal),
					);
					if (found) return this.recordFound(settings, record, found.messageId);
					outcomeUnknown = false;
				}
				if (attempts >= this.policy.maxAttempts) {
					return this.miss(
						settings,
						{ ...record, attempts },
						`gave up after ${attempts} attempts: ${record.error ?? 'no answer'}`,
					);
				}
				attempts = store.recordAttempt(guildId, day);
				const { messageId } = await this.attempt((signal) => poster.send(settings.channelId, message, signal));
				store.completePost(guildId, day, messageId);
				store.setProblem(guildId, null);
				logger.info({ ...line, messageId, anniversary: fact.anniversary, attempts, outcome: success }, 'daily post');
				return { guildId, outcome: success, day };
			} catch (error) {
				const failure = classifyFailure(error);
				if (failure.kind === 'permanent') {
					const problem = PROBLEM_MESSAGES[failure.problem];
					store.failPost(guildId, day, failure.reason || problem);
					store.setProblem(guildId, problem);
					logger.warn({ ...line, problem: failure.problem, reason: failure.reason, outcome: 'problem' }, 'daily post');
					return { guildId, outcome: 'problem', day };
				}
				outcomeUnknown ||= failure.outcomeUnknown;
				record = { ...record, error: failure.reason };
				if (attempts >= this.policy.maxAttempts) {
					return this.miss(settings, { ...record, attempts }, `gave up after ${attempts} attempts: ${failure.reason}`);
				}
				const retryAfter = failure.retryAfterMs;
				const inline =
					retryAfter !== undefined &&
					retryAfter <= this.policy.maxInlineWaitMs &&
					inlineRetries < this.policy.maxInlineRetries;
				const wait = inline ? retryAfter : Math.max(retryAfter ?? 0, this.backoff(attempts));
				store.retryLater(guildId, day, failure.reason, new Date(now().getTime() + wait));
				logger.warn(
					{ ...line, reason: failure.reason, attempts, retryInMs: wait, outcome: 'retrying' },
					'daily post failed, will retry',
				);
				if (!inline) return { guildId, outcome: 'error', day };
				inlineRetries += 1;
				await sleep(wait);
			}
		}
	}
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
