/**
 * `npm run bench -- --scenario=daily [--servers=1000] [--latency=100] [--failing=0.01] [--days=3]`: the real
 * DailyScheduler, DailyStore (a temporary file) and discordPoster over @discordjs/rest (`createPostRest`, as the bot
 * posts) against the Discord stand-in with its nonce memory: every server due in the same minute, each post answered
 * after `latency` ms, and a share of the channels failing (a third answer 403, a third 500, a third never answer).
 * Reports posts per second, the slowest post, duplicates (more than one message in a channel for a day) and memory
 * over several days. Scheduler and stand-in share this process, so the figures include the stand-in's own work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DailyScheduler, type DailyPoster, type TickResult } from '../src/daily/dailyScheduler.js';
import { DailyStore } from '../src/daily/dailyStore.js';
import { createPostRest, discordPoster } from '../src/daily/discordPoster.js';
import { loadDataset } from '../src/data/loadDataset.js';
import { Engine } from '../src/engine/engine.js';
import { createLogger } from '../src/logger.js';
import { FakeDiscord, FaultPlan, NonceMemory, planned } from '../tests/support/fakeDiscord/index.js';
import { percentile } from './support.js';

export interface DailyBenchOptions {
	servers: number;
	latencyMs: number;
	/** Share of channels that fail, 0–1. */
	failing: number;
	days: number;
}

export interface DailyDayReport {
	day: string;
	outcomes: Record<string, number>;
	/** Healthy servers with exactly one message that day. */
	delivered: number;
	/** Delivered posts per second, from the tick's start to the last delivered post. */
	postsPerSecond: number;
	/** Tick start to the slowest delivered post's answer. */
	slowestPostMs: number;
	p50PostMs: number;
	/** Channels with more than one message for the day. */
	duplicates: number;
	/** Healthy servers without their post. */
	missing: number;
	/** The whole tick, failing servers' time limits included. */
	tickMs: number;
	heapUsedMb: number;
	rssMb: number;
}

export interface DailyReport {
	options: DailyBenchOptions;
	failingChannels: number;
	days: DailyDayReport[];
	targets: { allWithin60s: boolean; noDuplicates: boolean; memoryFlat: boolean };
}

const DAY_MS = 86_400_000;
/** Heap growth from the first day to the last (after gc) still counted as flat. */
const FLAT_HEAP_MB = 5;

function memory(): { heapUsedMb: number; rssMb: number } {
	(globalThis as { gc?: () => void }).gc?.();
	const usage = process.memoryUsage();
	return { heapUsedMb: usage.heapUsed / 2 ** 20, rssMb: usage.rss / 2 ** 20 };
}

/** Runs the scenario and returns its figures. */
export async function runDaily(options: DailyBenchOptions): Promise<DailyReport> {
	const directory = mkdtempSync(join(tmpdir(), 'bench-daily-'));
	const fake = await FakeDiscord.start();
	const nonces = new NonceMemory(fake, { windowMs: 3 * 60_000 });
	const plan = new FaultPlan(fake);
	// The schedules are saved the evening before the first day, by the scheduler's clock.
	let clock = new Date('2026-03-01T20:00:00Z');
	const store = DailyStore.open(join(directory, 'bot.sqlite'), () => clock);
	try {
		const channel = (n: number): string => String(1_300_000_000_000_000_000n + BigInt(n));
		const failingCount = Math.round(options.servers * options.failing);
		const failing = new Set<string>();
		for (let n = 0; n < failingCount; n += 1) {
			// Spread over the id range, so failing servers are not all at the start of the tick.
			const id = channel(Math.floor((n * options.servers) / Math.max(failingCount, 1)));
			failing.add(id);
			const path = `/channels/${id}/messages`;
			const fault =
				n % 3 === 0
					? planned.status(403, 50013, 'Missing Permissions')
					: n % 3 === 1
						? planned.serverError(500)
						: planned.hang();
			plan.add({ method: 'POST', path }, fault, Infinity);
		}
		plan.add({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, planned.delay(options.latencyMs), Infinity);
		for (let n = 0; n < options.servers; n += 1) {
			store.saveSettings({
				guildId: String(1_200_000_000_000_000_000n + BigInt(n)),
				channelId: channel(n),
				time: '09:00',
				timezone: 'UTC',
			});
		}
		const engine = new Engine(await loadDataset());
		const real = discordPoster(createPostRest({ token: 'bench-token', api: fake.apiUrl }));
		let started = 0;
		const answeredAt = new Map<string, number>();
		const poster: DailyPoster = {
			async send(channelId, message, signal) {
				const sent = await real.send(channelId, message, signal);
				answeredAt.set(channelId, performance.now() - started);
				return sent;
			},
			find: real.find?.bind(real),
		};
		const scheduler = new DailyScheduler({ store, engine, poster, now: () => clock, logger: createLogger('silent') });
		const days: DailyDayReport[] = [];
		for (let day = 0; day < options.days; day += 1) {
			clock = new Date(Date.parse('2026-03-02T09:00:00Z') + day * DAY_MS);
			nonces.clear();
			answeredAt.clear();
			started = performance.now();
			const results: TickResult[] = await scheduler.tick();
			const tickMs = performance.now() - started;
			const outcomes: Record<string, number> = {};
			for (const result of results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
			let duplicates = 0;
			let delivered = 0;
			let missing = 0;
			for (let n = 0; n < options.servers; n += 1) {
				const count = nonces.messagesIn(channel(n)).length;
				if (count > 1) duplicates += 1;
				if (failing.has(channel(n))) continue;
				if (count === 1) delivered += 1;
				else missing += 1;
			}
			const times = [...answeredAt.values()].sort((a, b) => a - b);
			const slowest = times.at(-1) ?? 0;
			// The stand-in's own records (every request with its body, every message) are not the bot's memory.
			fake.clearRequests();
			nonces.clear();
			days.push({
				day: clock.toISOString().slice(0, 10),
				outcomes,
				delivered,
				postsPerSecond: slowest > 0 ? (times.length * 1000) / slowest : 0,
				slowestPostMs: slowest,
				p50PostMs: percentile(times, 0.5),
				duplicates,
				missing,
				tickMs,
				...memory(),
			});
		}
		const first = days[0];
		const last = days.at(-1);
		return {
			options,
			failingChannels: failingCount,
			days,
			targets: {
				allWithin60s: days.every((day) => day.missing === 0 && day.slowestPostMs <= 60_000),
				noDuplicates: days.every((day) => day.duplicates === 0),
				memoryFlat: first !== undefined && last !== undefined && last.heapUsedMb - first.heapUsedMb <= FLAT_HEAP_MB,
			},
		};
	} finally {
		plan.dispose();
		store.close();
		await fake.close();
		rmSync(directory, { recursive: true, force: true });
	}
}

const mark = (ok: boolean): string => (ok ? '✓' : '✗');

export function formatDailyReport(report: DailyReport): string {
	const { options, targets } = report;
	const lines = [
		`\n## daily: ${options.servers} servers due in the same minute, ${options.latencyMs} ms per post, ${report.failingChannels} channels failing (403 / 500 / no answer), ${options.days} days`,
		'',
		'| day | delivered | posts/s | p50 post ms | slowest post ms | tick ms | duplicates | missing | outcomes | heapUsed MiB | RSS MiB |',
		'|---|---|---|---|---|---|---|---|---|---|---|',
		...report.days.map(
			(day) =>
				`| ${day.day} | ${day.delivered} | ${day.postsPerSecond.toFixed(1)} | ${day.p50PostMs.toFixed(0)} | ${day.slowestPostMs.toFixed(0)} | ${day.tickMs.toFixed(0)} | ${day.duplicates} | ${day.missing} | ${Object.entries(
					day.outcomes,
				)
					.map(([outcome, count]) => `${outcome} ${count}`)
					.join(', ')} | ${day.heapUsedMb.toFixed(1)} | ${day.rssMb.toFixed(1)} |`,
		),
		'',
		'Posts per second are bounded by Discord’s global limit of 50 requests a second, which @discordjs/rest keeps to; the slowest post is the last in that queue.',
		`Targets: every healthy server posted exactly once within 60 s ${mark(targets.allWithin60s)} · no duplicates ${mark(targets.noDuplicates)} · heap flat (≤ +${FLAT_HEAP_MB} MiB, first to last day, after gc) ${mark(targets.memoryFlat)}`,
	];
	return `${lines.join('\n')}\n`;
}
