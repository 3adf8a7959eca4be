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
import type { DailySettings, DailyStore, PostRecord } from './dailyStore.js';

/** Why a post cannot be delivered until someone fixes the server's setup. */
export type DeliveryProblem = 'missingChannel' | 'missingPermission';

/** Thrown by a {@link DailyPoster} when the channel is gone or the bot may not post in it. */
export class DeliveryError extends Error {
	/**
	 * @param problem - what is wrong with the channel
	 * @param message - the underlying error's message, for the logs
	 */
	constructor(
		readonly problem: DeliveryProblem,
		message: string,
	) {
		super(message);
		this.name = 'DeliveryError';
	}
}

/** Sends one daily post. */
export interface DailyPoster {
	/**
	 * @param channelId - where to post
	 * @param message - the embeds and the nonce Discord uses to refuse a duplicate
	 * @returns the id of the message (the existing one when the nonce was already used)
	 * @throws DeliveryError for a deleted channel or a lost permission; anything else for a transient failure
	 */
	send(channelId: string, message: { embeds: APIEmbed[]; nonce: string }): Promise<{ messageId: string }>;
}

/** What the scheduler needs; everything is injected so tests control the clock and Discord. */
export interface SchedulerDeps {
	store: DailyStore;
	engine: Engine;
	poster: DailyPoster;
	now: () => Date;
	logger: Logger;
	/** A fresh nonce per post; by default a random numeric string of at most 19 digits (Discord allows 25). */
	newNonce?: () => string;
}

/** What one tick did for one server. */
export interface TickResult {
	guildId: string;
	/**
	 * `posted`: a new post was sent; `resent`: a post left pending by a crash was sent again with its nonce;
	 * `skipped`: not due, or already done today; `problem`: the channel is gone or the bot may not post;
	 * `error`: a transient failure, retried on the next tick.
	 */
	outcome: 'posted' | 'resent' | 'skipped' | 'problem' | 'error';
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
};

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
	private timer: NodeJS.Timeout | undefined;
	/** Ticks run one after another, so two never race on the same server. */
	private queue: Promise<unknown> = Promise.resolve();
	private ticking = 0;

	/** @param deps - the store, engine, poster, clock and logger */
	constructor(deps: SchedulerDeps) {
		this.deps = deps;
		this.newNonce = deps.newNonce ?? randomNonce;
	}

	/**
	 * Posts for every enabled server that is due. Never throws; one server's failure never affects another.
	 *
	 * @returns what it did for each enabled server
	 */
	tick(): Promise<TickResult[]> {
		this.ticking += 1;
		const run = this.queue.then(() => this.runTick()).finally(() => (this.ticking -= 1));
		this.queue = run.catch(() => undefined);
		return run;
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
	 * Calls {@link DailyScheduler.tick} every `intervalMs`, skipping a beat while a tick is still running. The timer
	 * does not keep the process alive. Calling it again restarts the timer.
	 *
	 * @param intervalMs - how often to check (30 s by default; a post is at most this late)
	 */
	start(intervalMs = 30_000): void {
		this.stop();
		this.timer = setInterval(() => {
			if (this.ticking === 0) void this.tick();
		}, intervalMs);
		this.timer.unref();
	}

	/** Stops the timer; a tick already running finishes. */
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
		const results: TickResult[] = [];
		for (const settings of servers) results.push(await this.tickServer(settings, now));
		return results;
	}

	private async tickServer(settings: DailySettings, now: Date): Promise<TickResult> {
		const { guildId } = settings;
		let day = '';
		try {
			day = localDay(now, settings.timezone);
			if (!isDueOn(settings, now, day)) return { guildId, outcome: 'skipped', day };

			const existing = this.deps.store.postFor(guildId, day);
			if (existing?.status === 'pending') return await this.deliver(settings, existing, 'resent');
			if (existing) return { guildId, outcome: 'skipped', day };

			const { fact, cycle } = this.chooseFact(guildId, day);
			const nonce = this.newNonce();
			const { created, record } = this.deps.store.beginPost({
				guildId,
				day,
				factId: fact.answer.id,
				cycle,
				nonce,
			});
			if (!created) return { guildId, outcome: 'skipped', day };
			return await this.deliver(settings, record, 'posted', fact);
		} catch (error) {
			this.deps.logger.error({ guildId, day, err: error }, 'daily: cannot schedule post');
			return { guildId, outcome: 'error', day };
		}
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

	private async deliver(
		settings: DailySettings,
		record: PostRecord,
		success: 'posted' | 'resent',
		chosen?: FactResult,
	): Promise<TickResult> {
		const { store, poster, logger } = this.deps;
		const { guildId, day, factId, nonce } = record;
		const line = { guildId, day, factId, cycle: record.cycle, channelId: settings.channelId, nonce };
		const fact = chosen ?? this.factOf(record);
		if (!fact) {
			store.failPost(guildId, day, `fact ${factId} is no longer in the dataset`);
			logger.error({ ...line, outcome: 'error' }, 'daily post: fact no longer in the dataset');
			return { guildId, outcome: 'error', day };
		}
		try {
			const { messageId } = await poster.send(settings.channelId, { embeds: [answerEmbed(fact.answer)], nonce });
			store.completePost(guildId, day, messageId);
			store.setProblem(guildId, null);
			logger.info({ ...line, messageId, anniversary: fact.anniversary, outcome: success }, 'daily post');
			return { guildId, outcome: success, day };
		} catch (error) {
			if (error instanceof DeliveryError) {
				const problem = PROBLEM_MESSAGES[error.problem];
				store.failPost(guildId, day, error.message || problem);
				store.setProblem(guildId, problem);
				logger.warn({ ...line, problem: error.problem, err: error, outcome: 'problem' }, 'daily post');
				return { guildId, outcome: 'problem', day };
			}
			logger.error({ ...line, err: error, outcome: 'error' }, 'daily post: will retry with the same nonce');
			return { guildId, outcome: 'error', day };
		}
	}
}
