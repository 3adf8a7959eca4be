/**
 * `npm run bench [-- --json] [-- --sizes real,1000,10000,100000]`: cold start
 * (the median of fresh processes, see bench/coldStart.ts), heap, query,
 * autocomplete and ask latencies of the engine, with raw MiniSearch doing the
 * same job on the same records beside every figure.
 * `--scenario=engine|load|cli|daily|all` (default all): `cli` is the compiled CLI's
 * whole-process time (bench/cli.ts), `load` the end-to-end load run of
 * bench/load.ts (`--interactions=5000`, `--concurrency=32`), `daily` the daily-post run of bench/daily.ts
 * (`--servers=1000`, `--latency=100`, `--failing=0.01`, `--days=3`).
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import MiniSearch from 'minisearch';
import { loadDataset } from '../src/data/loadDataset.js';
import { Engine } from '../src/engine/engine.js';
import { KIND_WEIGHT } from '../src/engine/kindWeights.js';
import { INDEX_OPTIONS, miniSearchOptions, SEARCH_OPTIONS } from '../src/engine/search/options.js';
import { type CliReport, formatCliReport, runCliBench } from './cli.js';
import { type DailyReport, formatDailyReport, runDaily } from './daily.js';
import { formatLoadReport, type LoadReport, runLoad } from './load.js';
import { median, percentile, progress, QUESTIONS } from './support.js';

interface Stat {
	p50: number;
	p99: number;
	/** How many timed calls the percentiles are of. */
	samples: number;
}
interface Row {
	measure: string;
	engine: Stat;
	raw: Stat | null;
}
interface SizeReport {
	dataset: string;
	records: number;
	/** Median of the fresh processes' cold starts. */
	coldStartMs: number;
	/** Each fresh process's cold start (read + validate + index), in run order. */
	coldStartRunsMs: number[];
	/** Building the term lookup and autocomplete tables (`warmUp`), done after start-up. */
	warmUpMs: number;
	rawBuildMs: number;
	heapMb: number;
	rows: Row[];
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length);
const sizes = (sizesArg ?? 'real,1000,10000,100000').split(',');
const argValue = (name: string): string | undefined =>
	args.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
const scenario = argValue('scenario') ?? 'all';
if (!['engine', 'load', 'cli', 'daily', 'all'].includes(scenario))
	throw new Error(`bench: --scenario is engine, load, cli, daily or all`);
const dailyOptions = {
	servers: Number(argValue('servers') ?? 1000),
	latencyMs: Number(argValue('latency') ?? 100),
	failing: Number(argValue('failing') ?? 0.01),
	days: Number(argValue('days') ?? 3),
};
if (!(
	Number.isInteger(dailyOptions.servers) &&
	dailyOptions.servers > 0 &&
	dailyOptions.latencyMs >= 0 &&
	dailyOptions.failing >= 0 &&
	dailyOptions.failing < 1 &&
	Number.isInteger(dailyOptions.days) &&
	dailyOptions.days > 0
))
	throw new Error('bench: --servers and --days are positive integers, --latency ≥ 0, 0 ≤ --failing < 1');
const interactions = Number(argValue('interactions') ?? 5000);
const concurrency = Number(argValue('concurrency') ?? 32);
if (!(Number.isInteger(interactions) && interactions > 0 && Number.isInteger(concurrency) && concurrency > 0))
	throw new Error('bench: --interactions and --concurrency are positive integers');

const QUERIES = {
	exact: ['memorandum', 'transport', 'border', 'health', 'agreement', 'culture', 'defense', 'statistics'],
	prefix: ['memor', 'transp', 'bord', 'heal', 'agree', 'cultu', 'defen', 'statis'],
	typo: ['memorandun', 'transpart', 'bordar', 'helth', 'agrement', 'cultural', 'defanse', 'statistcs'],
};
const PARTIALS = {
	'1 letter': ['a', 'm', 't', 'c', 'h', 'b', 's', 'p'],
	'2 letters': ['ag', 'me', 'tr', 'cu', 'he', 'bo', 'st', 'pl'],
	'3 letters': ['agr', 'mem', 'tra', 'cul', 'hea', 'bor', 'sta', 'pla'],
	longer: ['memorandum of', 'agreement on coop', 'ministry of health', 'transport sector', 'border regime', 'cultural'],
};
const FIRST_PAGE = { offset: 0, limit: 5 };
/** Raw MiniSearch ranking as the engine's index does. */
const RAW_OPTIONS = miniSearchOptions(SEARCH_OPTIONS, KIND_WEIGHT);

const runFile = promisify(execFile);

const WRITE_SYNTHETIC_SCRIPT = fileURLToPath(new URL('./writeSynthetic.ts', import.meta.url));

/** Writes the synthetic dataset of a size to a fresh temporary directory, in a process of its own (see there). */
async function writeSynthetic(records: number): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'bench-dataset-'));
	// Removed however the benchmark ends: a 100k dataset is a hundred megabytes of temporary files.
	process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
	await runFile(process.execPath, ['--import', 'tsx', WRITE_SYNTHETIC_SCRIPT, String(records), dir]);
	return dir;
}

/**
 * How many calls a row times: at least `min`, then more until `max` or until `budgetMs` of calls have run. A fast call
 * gets `max` samples; a slow one (raw MiniSearch at 100k records, 0.2–0.5 s a call) stops at its budget instead of
 * running for minutes: 200 raw calls at 100k were most of a run that did not finish in 400 s.
 */
interface Sampling {
	min: number;
	max: number;
	budgetMs: number;
}

/**
 * The engine's rows carry the targets (p99): at least 500 samples, so that p99 is the fifth slowest call and not one
 * pause, and 2,000 where calls are fast. Raw MiniSearch is the comparison beside them, with no target of its own: at
 * least 10 samples (at 100k records its p99 is then its slowest call, as the table's samples column shows), more while
 * its calls are cheap.
 */
const ENGINE_SAMPLING: Sampling = { min: 500, max: 2000, budgetMs: 4000 };
const RAW_SAMPLING: Sampling = { min: 10, max: 2000, budgetMs: 1000 };

function measure(inputs: readonly string[], sampling: Sampling, run: (input: string) => unknown): Stat {
	// From a collected heap: the garbage of the measurement before (raw MiniSearch makes plenty) is not charged here.
	globalThis.gc?.();
	// Warm up on every input once, or for a quarter of the budget when calls are slow (one call at least).
	const warmUpEnd = performance.now() + sampling.budgetMs / 4;
	for (const input of inputs) {
		run(input);
		if (performance.now() > warmUpEnd) break;
	}
	const times: number[] = [];
	const end = performance.now() + sampling.budgetMs;
	for (let index = 0; index < sampling.max; index += 1) {
		if (index >= sampling.min && performance.now() > end) break;
		const input = inputs[index % inputs.length] ?? '';
		const start = performance.now();
		run(input);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), samples: times.length };
}

function heapMb(): number {
	globalThis.gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
}

const COLD_START_SCRIPT = fileURLToPath(new URL('./coldStart.ts', import.meta.url));

/** How many fresh processes each cold start is the median of. */
const COLD_START_RUNS = 5;

/**
 * Cold starts in fresh processes (see bench/coldStart.ts), one after the other. One run more comes first, unmeasured,
 * so that the files and tsx's compiled modules are in the caches a restarted bot would find them in.
 */
async function freshColdStarts(dataDir: string | undefined, runs: number): Promise<number[]> {
	const times: number[] = [];
	for (let run = -1; run < runs; run += 1) {
		const { stdout } = await runFile(process.execPath, [
			'--import',
			'tsx',
			COLD_START_SCRIPT,
			...(dataDir ? [dataDir] : []),
		]);
		if (run >= 0) times.push((JSON.parse(stdout) as { coldStartMs: number }).coldStartMs);
	}
	return times;
}

/** Where a size's dataset is, and its fresh processes' cold starts. */
interface Prepared {
	size: string;
	/** Undefined for the real dataset. */
	dataDir: string | undefined;
	coldStartRunsMs: number[];
}

/**
 * Writes every synthetic dataset to disk (so that a cold start is the real one: read + validate + index) and times the
 * cold starts of every size before this process builds anything: with engines and MiniSearch indexes of the sizes
 * before in its heap, its collector ran beside the fresh processes and slowed the later ones by up to a third.
 */
async function prepare(sizes: readonly string[]): Promise<Prepared[]> {
	const prepared: Prepared[] = [];
	for (const size of sizes) {
		const dataDir = size === 'real' ? undefined : await writeSynthetic(Number(size));
		if (dataDir) progress(`synthetic ${size} written`);
		prepared.push({ size, dataDir, coldStartRunsMs: [] });
	}
	for (const each of prepared) {
		each.coldStartRunsMs = await freshColdStarts(each.dataDir, COLD_START_RUNS);
		progress(`cold starts of ${each.size} done`);
	}
	return prepared;
}

async function benchSize({ size, dataDir, coldStartRunsMs }: Prepared): Promise<SizeReport> {
	const heapBefore = heapMb();
	const dataset = await loadDataset(dataDir);
	const engine = new Engine(dataset);
	const heap = heapMb() - heapBefore;
	// Term lookup and autocomplete tables are built after start-up (the bot does it once connected): measured apart.
	const warmUpStart = performance.now();
	engine.warmUp();
	const warmUpMs = performance.now() - warmUpStart;
	if (dataDir) await rm(dataDir, { recursive: true, force: true });
	const records =
		dataset.visits.length +
		dataset.documents.length +
		dataset.figures.length +
		dataset.awards.length +
		dataset.events.length;

	const rawStart = performance.now();
	const raw = new MiniSearch(INDEX_OPTIONS);
	raw.addAll(
		engine.index.entries.map(({ id, kind, title, names, text, context }) => ({
			id,
			kind,
			title,
			names,
			text,
			context,
		})),
	);
	const rawBuildMs = performance.now() - rawStart;

	const rows: Row[] = [];
	for (const [name, queries] of Object.entries(QUERIES)) {
		rows.push({
			measure: `query ${name}`,
			// What /agreement does: rank the matches, count them all, build the first page.
			engine: measure(queries, ENGINE_SAMPLING, (query) => engine.agreements(query, {}, FIRST_PAGE)),
			raw: measure(queries, RAW_SAMPLING, (query) => raw.search(query, RAW_OPTIONS)),
		});
	}
	for (const [name, partials] of Object.entries(PARTIALS)) {
		rows.push({
			measure: `autocomplete ${name}`,
			engine: measure(partials, ENGINE_SAMPLING, (partial) => engine.autocomplete('document', partial, 25)),
			raw: measure(partials, RAW_SAMPLING, (partial) => raw.autoSuggest(partial, { ...RAW_OPTIONS, prefix: true })),
		});
	}
	rows.push({
		measure: 'ask',
		engine: measure(QUESTIONS, ENGINE_SAMPLING, (question) => engine.ask(question)),
		raw: measure(QUESTIONS, RAW_SAMPLING, (question) => raw.search(question, RAW_OPTIONS)),
	});
	progress(`latencies of ${size} done`);
	return {
		dataset: size === 'real' ? 'real' : `synthetic ${size}`,
		records,
		coldStartMs: median(coldStartRunsMs),
		coldStartRunsMs,
		warmUpMs,
		rawBuildMs,
		heapMb: heap,
		rows,
	};
}

/** The targets: the real dataset, and 100k records. Other sizes have none. */
function targetChecks(report: SizeReport): string[] {
	const p99 = (prefix: string): number =>
		Math.max(...report.rows.filter((row) => row.measure.startsWith(prefix)).map((row) => row.engine.p99));
	const check = (label: string, value: number, limit: number, unit = 'ms'): string =>
		`${label} ${formatMs(value)} ${unit} ≤ ${limit} ${value <= limit ? '✓' : '✗'}`;
	if (report.dataset === 'real')
		return [
			check('cold start', report.coldStartMs, 50),
			check('query p99', p99('query'), 1),
			check('autocomplete p99', p99('autocomplete'), 1),
			check('ask p99', p99('ask'), 1),
		];
	if (report.records >= 100_000)
		return [
			check('cold start', report.coldStartMs, 3000),
			check('query p99', p99('query'), 10),
			check('autocomplete p99', p99('autocomplete'), 5),
			check('ask p99', p99('ask'), 20),
			check('heap', report.heapMb, 500, 'MB'),
		];
	return [];
}

function formatMs(value: number): string {
	return value < 1 ? value.toFixed(3) : value.toFixed(1);
}

// The load scenario runs first: its stand-in lives in this process, and after the 100k engine runs this process's
// heap is large enough for its garbage collection pauses to show in the stand-in's timings.
// Ctrl-C exits through 'exit', so the temporary datasets are removed.
process.once('SIGINT', () => process.exit(130));
// The CLI's fresh processes go first too, before this process holds anything that its collector would work on beside them.
const cli: CliReport | undefined = scenario === 'cli' || scenario === 'all' ? runCliBench() : undefined;
if (cli) progress('cli done');
const prepared = scenario === 'engine' || scenario === 'all' ? await prepare(sizes) : [];
let load: LoadReport | undefined;
if (scenario === 'load' || scenario === 'all') {
	load = await runLoad({ interactions, concurrency });
	progress('load done');
}
let daily: DailyReport | undefined;
if (scenario === 'daily' || scenario === 'all') {
	daily = await runDaily(dailyOptions);
	progress('daily done');
}
const reports: SizeReport[] = [];
for (const each of prepared) reports.push(await benchSize(each));

if (json) {
	process.stdout.write(`${JSON.stringify({ node: process.version, cli, reports, load, daily }, null, 2)}\n`);
} else {
	for (const report of reports) {
		process.stdout.write(
			`\n## ${report.dataset}: ${report.records} records\ncold start (read + validate + index) ${formatMs(report.coldStartMs)} ms, median of ${report.coldStartRunsMs.length} fresh processes (${report.coldStartRunsMs.map(formatMs).join(', ')} ms) (raw MiniSearch addAll ${formatMs(report.rawBuildMs)} ms), heap after build ${report.heapMb.toFixed(1)} MB; term lookup and autocomplete tables built after start-up (warmUp) in ${formatMs(report.warmUpMs)} ms\n`,
		);
		process.stdout.write(
			'| measure | engine p50 ms | engine p99 ms | raw p50 ms | raw p99 ms | p99 ratio engine/raw | samples engine/raw |\n|---|---|---|---|---|---|---|\n',
		);
		for (const row of report.rows) {
			const ratio = row.raw && row.raw.p99 > 0 ? (row.engine.p99 / row.raw.p99).toFixed(2) : '–';
			process.stdout.write(
				`| ${row.measure} | ${formatMs(row.engine.p50)} | ${formatMs(row.engine.p99)} | ${row.raw ? formatMs(row.raw.p50) : '–'} | ${row.raw ? formatMs(row.raw.p99) : '–'} | ${ratio} | ${row.engine.samples}/${row.raw ? row.raw.samples : '–'} |\n`,
			);
		}
		const checks = targetChecks(report);
		if (checks.length > 0) process.stdout.write(`Targets: ${checks.join(' · ')}\n`);
	}
	if (load) process.stdout.write(formatLoadReport(load));
	if (cli) process.stdout.write(formatCliReport(cli));
	if (daily) process.stdout.write(formatDailyReport(daily));
}
