/**
 * `npm run bench -- --scenario=load [--interactions=5000] [--concurrency=32]`: the real bot (dataset, commands,
 * router, discord.js client) answering slash commands and autocomplete sent through the local Discord stand-in as
 * fast as it answers them, measured end to end: from just before the stand-in dispatches INTERACTION_CREATE to the
 * moment the stand-in receives the final reply.
 *
 * The bot runs in a child process of its own (this very file, started with `--bench-load-bot`), as it would in
 * production where Discord is another machine: its memory figures are the bot's alone (the stand-in keeps every
 * interaction and message it sees, which would otherwise look like a leak), and the stand-in and the load generator
 * do not steal the bot's event loop. Both processes report CPU time and event-loop delay, which tells what limits
 * the latency.
 *
 * The load is a closed loop: `concurrency` slots each send their next interaction when the previous one's final
 * reply has arrived (or timed out), so the bot is kept busy without the measurement turning into one long queue.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { type IntervalHistogram, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
	type APIApplicationCommandInteractionDataBasicOption,
	type APIApplicationCommandInteractionDataOption,
	ApplicationCommandOptionType,
	InteractionResponseType,
} from 'discord.js';
import { GENERIC_ERROR } from '../src/bot/messages.js';
import { loadDataset } from '../src/data/loadDataset.js';
import { Country, DocumentKind, Sector } from '../src/data/schema.js';
import { CHANNEL_ID, FakeDiscord, GUILD_ID, type RecordedRequest } from '../tests/support/fakeDiscord/index.js';
import { percentile, QUESTIONS, seededRandom } from './support.js';

export interface LoadOptions {
	/** Interactions measured (the warm-up comes on top). */
	interactions: number;
	/** Interactions in flight at any time. */
	concurrency: number;
	/** Interactions sent first and not counted (default: 500, or a tenth of `interactions` when that is smaller). */
	warmup?: number;
	/** Seed of the interaction mix, so runs repeat (default 1). */
	seed?: number;
	/** An interaction whose final reply has not arrived this long after its dispatch is lost (default 5,000 ms). */
	replyTimeoutMs?: number;
	/** Extra Node flags for the bot process, e.g. `['--cpu-prof', '--cpu-prof-dir=/tmp/prof']`. */
	botExecArgv?: string[];
}

export interface LatencyStats {
	count: number;
	p50: number;
	p99: number;
	max: number;
}

export interface MemorySample {
	rssMb: number;
	heapUsedMb: number;
}

export interface BotCaches {
	/** @discordjs/rest queues, one per route and major parameter (each interaction token has its own webhook route). */
	restHandlers: number;
	/** Messages in discord.js' channel caches. */
	messages: number;
}

export interface LoadReport {
	interactions: number;
	concurrency: number;
	warmup: number;
	seed: number;
	durationMs: number;
	/** Measured interactions per second of wall time. */
	throughput: number;
	latency: {
		overall: LatencyStats;
		slash: LatencyStats;
		autocomplete: LatencyStats;
		/** By command (`daily status`) or autocompleted option (`agreement/query`). */
		byCommand: Record<string, LatencyStats>;
	};
	/** Interactions answered by a deferral (callback type 5) and then an edit or a follow-up. */
	deferred: number;
	/** No final reply within `replyTimeoutMs`. */
	lost: number;
	/** More than one callback, or more than one final reply, for an interaction. */
	duplicated: number;
	errors: {
		/** Requests the stand-in answered with a status outside 2xx. */
		non2xx: number;
		/** Final replies carrying the router's generic error message. */
		errorReplies: number;
		/** Error- and warn-level log lines the bot wrote during the run. */
		botLogErrors: number;
		botLogWarnings: number;
		/** The first few problems, for a human to look at. */
		samples: string[];
	};
	/** The bot process: after the warm-up and a gc, after each fifth of the run (no gc), after the run and a gc. */
	memory: {
		before: MemorySample;
		fifths: MemorySample[];
		after: MemorySample;
		cachesBefore: BotCaches;
		cachesAfter: BotCaches;
	};
	/**
	 * Share of one core used during the measured run, in percent, by the bot, by this process (the stand-in and the
	 * load generator), and by everything else on the machine (`cores` cores): when `otherPercent` is high, other work
	 * competed for the CPU and the latencies are not clean.
	 */
	cpu: { botPercent: number; standInPercent: number; otherPercent: number; cores: number };
	/** How late a 10 ms timer fired during the measured run: time the event loop was busy (or the process descheduled). */
	eventLoopDelay: { botP99Ms: number; botMaxMs: number; standInP99Ms: number; standInMaxMs: number };
	targets: { lost: boolean; duplicated: boolean; p99: boolean; memoryFlat: boolean };
}

/** The p99 target of the load scenario. */
export const P99_TARGET_MS = 50;
/** Heap growth (after gc, before vs after the run) still counted as flat. */
const FLAT_HEAP_MB = 2;
const BOT_FLAG = '--bench-load-bot';
const API_URL_ENV = 'BENCH_LOAD_API_URL';
const ERROR_SAMPLES = 10;
/** CPU used by other processes during the run (percent of one core) from which the report warns about it. */
const CONTENTION_PERCENT = 25;
/** Event-loop delay is sampled by a timer of this period; what is reported is how late it fired. */
const DELAY_RESOLUTION_MS = 10;

/** A histogram value (ns between two firings of the sampling timer) as ms of lateness. */
function lateness(nanoseconds: number): number {
	return Math.max(0, nanoseconds / 1e6 - DELAY_RESOLUTION_MS);
}

// ---------------------------------------------------------------------------------------------------------------
// The interaction mix
// ---------------------------------------------------------------------------------------------------------------

type Option = APIApplicationCommandInteractionDataOption;
type BasicOption = APIApplicationCommandInteractionDataBasicOption;

interface Scenario {
	kind: 'slash' | 'autocomplete';
	command: string;
	/** What the latency is grouped by. */
	label: string;
	options: Option[];
}

const AUTOCOMPLETE_WORDS: Readonly<Record<string, readonly string[]>> = {
	'agreement/query': [
		'memorandum of understanding',
		'agreement on cooperation',
		'border regime',
		'transport',
		'health',
		'culture',
		'defense',
		'railway',
		'joint statement',
		'ministry of',
		'caspian sea',
		'customs',
		'education',
		'statistics',
		'agrement',
		'memorandun',
	],
	'agreement/sector': Sector.options,
	'visit/which': [
		'Ashgabat',
		'Astana',
		'Ankara',
		'2021',
		'2022',
		'2025',
		'Tokayev',
		'Berdimuhamedov',
		'Erdogan',
		'state visit',
		'Turkmenistan',
		'Kazakhstan',
		'High-Level Council',
	],
	'figure/query': [
		'trade turnover',
		'investment',
		'exports',
		'freight',
		'companies',
		'gas',
		'oil',
		'projects',
		'billion',
		'wheat',
		'trade turnovr',
	],
	'daily/timezone': ['Asia/Almaty', 'Asia/Ashgabat', 'Europe/Istanbul', 'UTC', 'Asia/Tashkent', 'America/New_York'],
};
/** Which autocompleted option, how often. */
const AUTOCOMPLETE_WEIGHTS: readonly [string, number][] = [
	['agreement/query', 35],
	['visit/which', 20],
	['figure/query', 20],
	['agreement/sector', 15],
	['daily/timezone', 10],
];
/** Which slash command, how often. `/daily set` and `/daily stop` change state and are left out. */
const SLASH_WEIGHTS: readonly [string, number][] = [
	['agreement', 25],
	['visit', 14],
	['figure', 14],
	['ask', 15],
	['fact', 6],
	['timeline', 8],
	['sources', 5],
	['help', 6],
	['daily status', 4],
	['daily preview', 3],
];
const QUERY_WORDS = ['border regime', 'transport', 'memorandum', 'health', 'culture', 'railway', 'oil', 'customs'];
const VISIT_WORDS = ['Ashgabat 2021', 'Astana', 'Ankara 2025', 'Tokayev', 'Serdar Berdimuhamedov', 'Almaty 1999'];
const FIGURE_WORDS = ['trade turnover', 'investment', 'freight', 'exports', 'Turkish companies', 'wheat harvest'];
const YEARS = [2019, 2021, 2022, 2024, 2025];

interface RecordIds {
	visits: string[];
	documents: string[];
	figures: string[];
}

function string(name: string, value: string, focused = false): BasicOption {
	return { name, type: ApplicationCommandOptionType.String, value, ...(focused ? { focused } : {}) };
}

function integer(name: string, value: number): BasicOption {
	return { name, type: ApplicationCommandOptionType.Integer, value };
}

class Mix {
	constructor(
		private readonly random: () => number,
		private readonly ids: RecordIds,
	) {}

	next(): Scenario {
		return this.random() < 0.5 ? this.autocomplete() : this.slash();
	}

	private pick<T>(items: readonly T[]): T {
		const item = items[Math.floor(this.random() * items.length)];
		if (item === undefined) throw new Error('load: nothing to pick from');
		return item;
	}

	private weighted(weights: readonly [string, number][]): string {
		const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
		let roll = this.random() * total;
		for (const [name, weight] of weights) {
			roll -= weight;
			if (roll < 0) return name;
		}
		return weights[weights.length - 1]?.[0] ?? '';
	}

	private chance(probability: number): boolean {
		return this.random() < probability;
	}

	/** What a user has typed so far: 0–12 characters of a realistic word. */
	private partial(words: readonly string[]): string {
		const word = this.pick(words);
		const length = Math.floor(this.random() * (Math.min(12, word.length) + 1));
		const typed = word.slice(0, length);
		return this.chance(0.3) ? typed.toLowerCase() : typed;
	}

	private autocomplete(): Scenario {
		const label = this.weighted(AUTOCOMPLETE_WEIGHTS);
		const [command = '', option = ''] = label.split('/');
		const typed = string(option, this.partial(AUTOCOMPLETE_WORDS[label] ?? []), true);
		let options: Option[] = [typed];
		if (command === 'daily') {
			options = [
				{
					name: 'set',
					type: ApplicationCommandOptionType.Subcommand,
					options: [string('time', '09:00'), typed],
				},
			];
		} else if (command === 'agreement' && this.chance(0.3)) {
			options.push(string('country', this.pick(Country.options)));
		}
		return { kind: 'autocomplete', command, label: `${label} (autocomplete)`, options };
	}

	private slash(): Scenario {
		const label = this.weighted(SLASH_WEIGHTS);
		const [command = '', subcommand] = label.split(' ');
		const options: Option[] = [];
		switch (command) {
			case 'agreement': {
				const variant = this.random();
				if (variant < 0.7)
					options.push(string('query', this.chance(0.5) ? this.pick(this.ids.documents) : this.pick(QUERY_WORDS)));
				if (variant >= 0.4) {
					if (this.chance(0.6)) options.push(string('country', this.pick(Country.options)));
					if (this.chance(0.5)) options.push(integer('year', this.pick(YEARS)));
					if (this.chance(0.4)) options.push(string('kind', this.pick(['memorandum', ...DocumentKind.options])));
					if (this.chance(0.4)) options.push(string('sector', this.pick(Sector.options)));
				}
				break;
			}
			case 'visit':
				options.push(string('which', this.chance(0.6) ? this.pick(this.ids.visits) : this.pick(VISIT_WORDS)));
				break;
			case 'figure':
				if (this.chance(0.85))
					options.push(string('query', this.chance(0.5) ? this.pick(this.ids.figures) : this.pick(FIGURE_WORDS)));
				if (this.chance(0.3)) options.push(string('country', this.pick(Country.options)));
				break;
			case 'ask':
				options.push(string('question', this.pick(QUESTIONS)));
				break;
			case 'timeline':
				if (this.chance(0.5)) options.push(string('country', this.pick(Country.options)));
				break;
			case 'daily':
				options.push({ name: subcommand ?? 'status', type: ApplicationCommandOptionType.Subcommand, options: [] });
				break;
			default:
				break;
		}
		return { kind: 'slash', command, label, options };
	}
}

// ---------------------------------------------------------------------------------------------------------------
// The bot process
// ---------------------------------------------------------------------------------------------------------------

type ToBot = { type: 'measure-start' } | { type: 'stats'; id: number; gc: boolean } | { type: 'stop' };

interface BotStats {
	memory: MemorySample;
	/** discord.js state that grows with traffic: REST rate-limit handlers, cached messages. */
	caches: BotCaches;
	/** CPU time since `measure-start`, in ms. */
	cpuMs: number;
	eventLoopP99Ms: number;
	eventLoopMaxMs: number;
	logErrors: number;
	logWarnings: number;
	logSamples: string[];
}

type FromBot = { type: 'ready' } | { type: 'stats'; id: number; stats: BotStats } | { type: 'fatal'; message: string };

function memorySample(): MemorySample {
	const usage = process.memoryUsage();
	return { rssMb: usage.rss / 1_048_576, heapUsedMb: usage.heapUsed / 1_048_576 };
}

function fullGc(): void {
	// Twice: the first pass can leave garbage reachable only from finalisers.
	globalThis.gc?.();
	globalThis.gc?.();
}

/** The child side: the bot as `src/main.ts` builds it, with an in-memory daily store and quiet logs. */
async function runBot(): Promise<void> {
	const send = (message: FromBot): void => {
		process.send?.(message);
	};
	try {
		const [{ Events }, { createBotContext }, { createClient }, { InteractionRouter }, daily, store, logging] =
			await Promise.all([
				import('discord.js'),
				import('../src/bot/createContext.js'),
				import('../src/bot/createClient.js'),
				import('../src/bot/router.js'),
				import('../src/daily/dailyScheduler.js'),
				import('../src/daily/dailyStore.js'),
				import('../src/logger.js'),
			]);
		const logs = { errors: 0, warnings: 0, samples: [] as string[] };
		const logger = logging.createLogger('warn', {
			write: (line: string) => {
				const level = Number(/"level":(\d+)/.exec(line)?.[1] ?? 0);
				if (level >= 50) logs.errors += 1;
				else logs.warnings += 1;
				if (logs.samples.length < ERROR_SAMPLES) logs.samples.push(line.slice(0, 300).trim());
			},
		});
		const bot = await createBotContext(logger);
		const dailyStore = store.DailyStore.open(':memory:');
		// A schedule for the guild, so /daily status reads a real row; the scheduler is never started: nothing posts.
		dailyStore.saveSettings({ guildId: GUILD_ID, channelId: CHANNEL_ID, time: '09:00', timezone: 'Asia/Almaty' });
		bot.context.daily = {
			store: dailyStore,
			scheduler: new daily.DailyScheduler({
				store: dailyStore,
				engine: bot.context.engine,
				poster: { send: () => Promise.reject(new Error('load bench: nothing is posted')) },
				now: bot.context.now,
				logger,
			}),
		};
		const router = new InteractionRouter(bot.commands, bot.context);
		const client = createClient(router, logger, process.env[API_URL_ENV]);
		const ready = new Promise<void>((resolveReady) => client.once(Events.ClientReady, () => resolveReady()));
		await client.login('fake-token');
		await ready;

		let delay: IntervalHistogram = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
		let cpuStart = process.cpuUsage();
		process.on('message', (message: ToBot) => {
			if (message.type === 'measure-start') {
				delay.disable();
				delay = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
				delay.enable();
				cpuStart = process.cpuUsage();
				logs.errors = 0;
				logs.warnings = 0;
				logs.samples.length = 0;
			} else if (message.type === 'stats') {
				void (message.gc ? router.drain() : Promise.resolve()).then(() => {
					if (message.gc) fullGc();
					const cpu = process.cpuUsage(cpuStart);
					send({
						type: 'stats',
						id: message.id,
						stats: {
							memory: memorySample(),
							caches: {
								restHandlers: client.rest.handlers.size,
								messages: client.channels.cache.reduce(
									(sum, channel) => sum + ('messages' in channel ? channel.messages.cache.size : 0),
									0,
								),
							},
							cpuMs: (cpu.user + cpu.system) / 1000,
							eventLoopP99Ms: lateness(delay.percentile(99)),
							eventLoopMaxMs: lateness(delay.max),
							logErrors: logs.errors,
							logWarnings: logs.warnings,
							logSamples: [...logs.samples],
						},
					});
				});
			} else {
				delay.disable();
				void router
					.drain()
					.then(() => client.destroy())
					.finally(() => {
						dailyStore.close();
						process.disconnect?.();
					});
			}
		});
		send({ type: 'ready' });
	} catch (error) {
		send({ type: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
		process.exitCode = 1;
		process.disconnect?.();
	}
}

/** The parent's handle on the bot process. */
class BotProcess {
	private readonly waiting = new Map<number, { resolve: (stats: BotStats) => void; reject: (error: Error) => void }>();
	private nextId = 0;
	/** Set when the bot process exits before it was told to stop. */
	exitedEarly: Error | undefined;
	private stopping = false;

	private constructor(
		private readonly child: ChildProcess,
		onEarlyExit: () => void,
	) {
		child.on('message', (message: FromBot) => {
			if (message.type !== 'stats') return;
			this.waiting.get(message.id)?.resolve(message.stats);
			this.waiting.delete(message.id);
		});
		child.on('exit', (code, signal) => {
			if (this.stopping) return;
			this.exitedEarly = new Error(`load: the bot process exited during the run (${signal ?? `code ${code}`})`);
			for (const { reject } of this.waiting.values()) reject(this.exitedEarly);
			this.waiting.clear();
			onEarlyExit();
		});
	}

	static async start(apiUrl: string, execArgv: readonly string[], onEarlyExit: () => void): Promise<BotProcess> {
		const file = fileURLToPath(import.meta.url);
		const child = fork(file, [BOT_FLAG], {
			cwd: resolve(dirname(file), '..'),
			execArgv: ['--expose-gc', '--import', 'tsx', ...execArgv],
			env: { ...process.env, [API_URL_ENV]: apiUrl },
			// The bot's stdout goes to stderr so that `--json` output stays parseable.
			stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
		});
		child.stdout?.pipe(process.stderr);
		await new Promise<void>((resolveStart, rejectStart) => {
			const timer = setTimeout(() => rejectStart(new Error('load: the bot process did not get ready in 60 s')), 60_000);
			const fail = (error: Error): void => {
				clearTimeout(timer);
				rejectStart(error);
			};
			child.once('exit', (code) => fail(new Error(`load: the bot process exited early (code ${String(code)})`)));
			child.on('message', (message: FromBot) => {
				if (message.type === 'ready') {
					clearTimeout(timer);
					child.removeAllListeners('exit');
					resolveStart();
				} else if (message.type === 'fatal') fail(new Error(`load: the bot process failed: ${message.message}`));
			});
		}).catch((error: unknown) => {
			child.kill();
			throw error;
		});
		return new BotProcess(child, onEarlyExit);
	}

	measureStart(): void {
		this.child.send({ type: 'measure-start' } satisfies ToBot);
	}

	/** Memory, CPU, event-loop delay and log counts; `gc` drains the router and collects first. */
	stats(gc: boolean): Promise<BotStats> {
		const id = this.nextId++;
		return new Promise<BotStats>((resolveStats, rejectStats) => {
			if (this.exitedEarly) {
				rejectStats(this.exitedEarly);
				return;
			}
			this.waiting.set(id, { resolve: resolveStats, reject: rejectStats });
			this.child.send({ type: 'stats', id, gc } satisfies ToBot);
		});
	}

	async stop(): Promise<void> {
		this.stopping = true;
		const exited = new Promise<void>((resolveExit) => {
			if (this.child.exitCode !== null || this.child.signalCode !== null) resolveExit();
			else this.child.once('exit', () => resolveExit());
		});
		if (this.child.connected) this.child.send({ type: 'stop' } satisfies ToBot);
		const timer = setTimeout(() => this.child.kill(), 5_000);
		await exited;
		clearTimeout(timer);
	}
}

// ---------------------------------------------------------------------------------------------------------------
// The load generator (in this process, beside the stand-in)
// ---------------------------------------------------------------------------------------------------------------

interface Tracked {
	scenario: Scenario;
	measured: boolean;
	start: number;
	latency: number | undefined;
	callbacks: number;
	finals: number;
	deferred: boolean;
	done: () => void;
	timer: NodeJS.Timeout | undefined;
}

type Role = 'callback' | 'original' | 'followUp';

const FINAL_CALLBACKS: ReadonlySet<number> = new Set([
	InteractionResponseType.ChannelMessageWithSource,
	InteractionResponseType.UpdateMessage,
	InteractionResponseType.ApplicationCommandAutocompleteResult,
]);
const DEFERRALS: ReadonlySet<number> = new Set([
	InteractionResponseType.DeferredChannelMessageWithSource,
	InteractionResponseType.DeferredMessageUpdate,
]);

function record(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

class LoadGenerator {
	/** Request path → the interaction it belongs to, and what kind of reply it is. */
	private readonly byPath = new Map<string, { tracked: Tracked; role: Role }>();
	private readonly all: Tracked[] = [];
	readonly problems = { non2xx: 0, errorReplies: 0, samples: [] as string[] };
	/** Set to stop sending (the bot is gone). */
	stopped = false;
	private readonly unsubscribe: () => void;

	constructor(
		private readonly fake: FakeDiscord,
		private readonly mix: Mix,
		private readonly replyTimeoutMs: number,
	) {
		this.unsubscribe = fake.onRequest((request) => this.onRequest(request));
	}

	close(): void {
		this.unsubscribe();
	}

	measured(): Tracked[] {
		return this.all.filter((tracked) => tracked.measured);
	}

	/** Sends `count` interactions, `concurrency` at a time; `onDone` runs after each one is answered or timed out. */
	async run(count: number, concurrency: number, measured: boolean, onDone: (finished: number) => void): Promise<void> {
		let sent = 0;
		let finished = 0;
		const slot = async (): Promise<void> => {
			while (sent < count && !this.stopped) {
				sent += 1;
				await this.send(this.mix.next(), measured);
				finished += 1;
				onDone(finished);
				// The stand-in keeps every request; this run only needs the listener.
				if (this.fake.requests.length >= 1_000) this.fake.clearRequests();
			}
		};
		await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, () => slot()));
	}

	private send(scenario: Scenario, measured: boolean): Promise<void> {
		return new Promise<void>((done) => {
			const payload =
				scenario.kind === 'slash'
					? this.fake.chatInput(scenario.command, scenario.options)
					: this.fake.autocomplete(scenario.command, scenario.options);
			const tracked: Tracked = {
				scenario,
				measured,
				start: 0,
				latency: undefined,
				callbacks: 0,
				finals: 0,
				deferred: false,
				done,
				timer: undefined,
			};
			const token = payload.token;
			const id = payload.id;
			this.byPath.set(`POST /interactions/${id}/${token}/callback`, { tracked, role: 'callback' });
			this.byPath.set(`PATCH /webhooks/${payload.application_id}/${token}/messages/@original`, {
				tracked,
				role: 'original',
			});
			this.byPath.set(`POST /webhooks/${payload.application_id}/${token}`, { tracked, role: 'followUp' });
			this.all.push(tracked);
			tracked.timer = setTimeout(() => done(), this.replyTimeoutMs);
			tracked.start = performance.now();
			this.fake.dispatchInteraction(payload);
		});
	}

	private onRequest(request: RecordedRequest): void {
		const now = performance.now();
		const entry = this.byPath.get(`${request.method} ${request.path}`);
		const ok = request.status >= 200 && request.status < 300;
		if (!ok && (entry?.tracked.measured ?? true)) {
			this.problems.non2xx += 1;
			this.sample(`${request.method} ${request.path} -> ${request.status}`);
		}
		if (!entry) return;
		const { tracked, role } = entry;
		if (role === 'callback') {
			tracked.callbacks += 1;
			const body = record(request.body);
			const type = typeof body.type === 'number' ? body.type : -1;
			if (DEFERRALS.has(type)) tracked.deferred = true;
			if (FINAL_CALLBACKS.has(type)) this.final(tracked, now, record(body.data).content);
		} else if (tracked.deferred || tracked.finals > 0) {
			// An edit of @original or a follow-up is the answer after a deferral; after a final reply it is one too many.
			this.final(tracked, now, record(request.body).content);
		}
	}

	private final(tracked: Tracked, now: number, content: unknown): void {
		tracked.finals += 1;
		if (tracked.finals > 1) return;
		tracked.latency = now - tracked.start;
		clearTimeout(tracked.timer);
		if (content === GENERIC_ERROR && tracked.measured) {
			this.problems.errorReplies += 1;
			this.sample(`error reply to ${tracked.scenario.label} ${JSON.stringify(tracked.scenario.options)}`);
		}
		tracked.done();
	}

	private sample(text: string): void {
		if (this.problems.samples.length < ERROR_SAMPLES) this.problems.samples.push(text);
	}
}

function stats(latencies: readonly number[]): LatencyStats {
	const sorted = [...latencies].sort((a, b) => a - b);
	return {
		count: sorted.length,
		p50: percentile(sorted, 0.5),
		p99: percentile(sorted, 0.99),
		max: sorted[sorted.length - 1] ?? 0,
	};
}

/** CPU time all cores of the machine have spent busy since boot, in ms. */
function machineBusyMs(): number {
	return cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

function wait(ms: number): Promise<void> {
	return new Promise((resolveWait) => setTimeout(resolveWait, ms));
}

/**
 * Starts the stand-in and the bot, warms up, sends `interactions` interactions with `concurrency` in flight, and
 * measures them.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
	const interactions = Math.max(1, Math.floor(options.interactions));
	const concurrency = Math.max(1, Math.floor(options.concurrency));
	const warmup = Math.max(0, Math.floor(options.warmup ?? Math.min(500, Math.ceil(interactions / 10))));
	const seed = options.seed ?? 1;
	const replyTimeoutMs = options.replyTimeoutMs ?? 5_000;

	const dataset = await loadDataset();
	const ids: RecordIds = {
		visits: dataset.visits.map((visit) => visit.id),
		documents: dataset.documents.map((document) => document.id),
		figures: dataset.figures.map((figure) => figure.id),
	};
	const fake = await FakeDiscord.start();
	let bot: BotProcess | undefined;
	const generator = new LoadGenerator(fake, new Mix(seededRandom(seed), ids), replyTimeoutMs);
	try {
		bot = await BotProcess.start(fake.apiUrl, options.botExecArgv ?? [], () => {
			generator.stopped = true;
		});
		const started = bot;

		await generator.run(warmup, concurrency, false, () => undefined);
		const before = await started.stats(true);

		const fifths: Promise<BotStats>[] = [];
		const standInDelay = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
		started.measureStart();
		standInDelay.enable();
		const cpuStart = process.cpuUsage();
		const machineStart = machineBusyMs();
		const start = performance.now();
		await generator.run(interactions, concurrency, true, (finished) => {
			if (finished % Math.max(1, Math.floor(interactions / 5)) === 0 && fifths.length < 5)
				fifths.push(started.stats(false));
		});
		const durationMs = performance.now() - start;
		if (started.exitedEarly) throw started.exitedEarly;
		const cpu = process.cpuUsage(cpuStart);
		const machineMs = machineBusyMs() - machineStart;
		standInDelay.disable();
		const end = await started.stats(false);
		const fifthStats = await Promise.all(fifths);
		// Late duplicates (a second reply after the first) would arrive now.
		await wait(250);
		const after = await started.stats(true);

		const measured = generator.measured();
		// A reply after the timeout counts as lost, not as a latency.
		const answered = measured.filter((tracked) => tracked.latency !== undefined && tracked.latency <= replyTimeoutMs);
		const latencies = (kind?: Scenario['kind']): number[] =>
			answered.flatMap((tracked) =>
				kind === undefined || tracked.scenario.kind === kind ? [tracked.latency ?? 0] : [],
			);
		const byLabel = new Map<string, number[]>();
		for (const tracked of answered) {
			const list = byLabel.get(tracked.scenario.label) ?? [];
			list.push(tracked.latency ?? 0);
			byLabel.set(tracked.scenario.label, list);
		}
		const overall = stats(latencies());
		const lost = measured.length - answered.length;
		const duplicated = measured.filter((tracked) => tracked.callbacks > 1 || tracked.finals > 1).length;
		const { problems } = generator;
		const report: LoadReport = {
			interactions,
			concurrency,
			warmup,
			seed,
			durationMs,
			throughput: (interactions / durationMs) * 1000,
			latency: {
				overall,
				slash: stats(latencies('slash')),
				autocomplete: stats(latencies('autocomplete')),
				byCommand: Object.fromEntries(
					[...byLabel.entries()]
						.sort(([a], [b]) => a.localeCompare(b))
						.map(([label, values]) => [label, stats(values)]),
				),
			},
			deferred: measured.filter((tracked) => tracked.deferred).length,
			lost,
			duplicated,
			errors: {
				non2xx: problems.non2xx,
				errorReplies: problems.errorReplies,
				botLogErrors: after.logErrors,
				botLogWarnings: after.logWarnings,
				samples: [...problems.samples, ...after.logSamples].slice(0, ERROR_SAMPLES),
			},
			memory: {
				before: before.memory,
				fifths: fifthStats.map((sample) => sample.memory),
				after: after.memory,
				cachesBefore: before.caches,
				cachesAfter: after.caches,
			},
			cpu: {
				botPercent: (end.cpuMs / durationMs) * 100,
				standInPercent: ((cpu.user + cpu.system) / 1000 / durationMs) * 100,
				otherPercent: Math.max(0, (machineMs - end.cpuMs - (cpu.user + cpu.system) / 1000) / durationMs) * 100,
				cores: cpus().length,
			},
			eventLoopDelay: {
				botP99Ms: end.eventLoopP99Ms,
				botMaxMs: end.eventLoopMaxMs,
				standInP99Ms: lateness(standInDelay.percentile(99)),
				standInMaxMs: lateness(standInDelay.max),
			},
			targets: {
				lost: lost === 0,
				duplicated: duplicated === 0,
				p99: overall.p99 <= P99_TARGET_MS,
				memoryFlat: after.memory.heapUsedMb - before.memory.heapUsedMb <= FLAT_HEAP_MB,
			},
		};
		return report;
	} finally {
		generator.close();
		await bot?.stop();
		await fake.close();
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------------------------

function ms(value: number): string {
	return value < 1 ? value.toFixed(2) : value.toFixed(1);
}

function mb(value: number): string {
	return value.toFixed(1);
}

function mark(ok: boolean): string {
	return ok ? '✓' : '✗';
}

/** The load report as a markdown section. */
export function formatLoadReport(report: LoadReport): string {
	const lines: string[] = [];
	const { latency, errors, memory, cpu, eventLoopDelay: delay, targets } = report;
	lines.push(
		`\n## load: ${report.interactions} interactions, ${report.concurrency} in flight (seed ${report.seed}, after a warm-up of ${report.warmup})`,
		`${(report.durationMs / 1000).toFixed(2)} s, ${report.throughput.toFixed(0)} interactions/s; ${report.deferred} deferred (type 5, then edit)`,
		`lost ${report.lost}, duplicated ${report.duplicated}, non-2xx ${errors.non2xx}, error replies ${errors.errorReplies}, bot log errors ${errors.botLogErrors} / warnings ${errors.botLogWarnings}`,
		'',
		'| dispatch → final reply | count | p50 ms | p99 ms | max ms |',
		'|---|---|---|---|---|',
	);
	const row = (name: string, stat: LatencyStats): string =>
		`| ${name} | ${stat.count} | ${ms(stat.p50)} | ${ms(stat.p99)} | ${ms(stat.max)} |`;
	lines.push(row('**all**', latency.overall), row('**slash**', latency.slash));
	lines.push(row('**autocomplete**', latency.autocomplete));
	for (const [label, stat] of Object.entries(latency.byCommand)) lines.push(row(label, stat));
	lines.push(
		'',
		'| bot process memory | RSS MiB | heapUsed MiB |',
		'|---|---|---|',
		`| before (after warm-up, gc) | ${mb(memory.before.rssMb)} | ${mb(memory.before.heapUsedMb)} |`,
		...memory.fifths.map(
			(sample, index) => `| after ${index + 1}/5 (no gc) | ${mb(sample.rssMb)} | ${mb(sample.heapUsedMb)} |`,
		),
		`| after (gc) | ${mb(memory.after.rssMb)} | ${mb(memory.after.heapUsedMb)} |`,
		'',
		`discord.js state before → after: REST handlers ${memory.cachesBefore.restHandlers} → ${memory.cachesAfter.restHandlers}, cached messages ${memory.cachesBefore.messages} → ${memory.cachesAfter.messages}.`,
		`CPU (share of one core, ${cpu.cores} cores): bot ${cpu.botPercent.toFixed(0)} %, stand-in + load generator ${cpu.standInPercent.toFixed(0)} %, other processes ${cpu.otherPercent.toFixed(0)} %. ` +
			`Event-loop lateness (a 10 ms timer) p99/max: bot ${ms(delay.botP99Ms)}/${ms(delay.botMaxMs)} ms, stand-in ${ms(delay.standInP99Ms)}/${ms(delay.standInMaxMs)} ms.`,
		`Targets: lost 0 ${mark(targets.lost)} · duplicated 0 ${mark(targets.duplicated)} · p99 ≤ ${P99_TARGET_MS} ms ${mark(targets.p99)} · heap flat (≤ +${FLAT_HEAP_MB} MiB after gc) ${mark(targets.memoryFlat)}`,
	);
	if (report.cpu.otherPercent >= CONTENTION_PERCENT)
		lines.push(
			`**Other processes used ${report.cpu.otherPercent.toFixed(0)} % of a core during the run: these latencies include waiting for the CPU; run again on a quiet machine.**`,
		);
	if (errors.samples.length > 0) lines.push('', 'Problems seen:', ...errors.samples.map((sample) => `- ${sample}`));
	return `${lines.join('\n')}\n`;
}

if (process.argv.includes(BOT_FLAG) && process.send) await runBot();
