/**
 * `npm run bench [-- --json] [-- --sizes real,1000,10000,100000]`: cold start,
 * heap, query, autocomplete and ask latencies of the engine, with raw
 * MiniSearch doing the same job on the same records beside every figure.
 */
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { loadDataset } from '../src/data/loadDataset.js';
import { type Dataset, validateDataset } from '../src/data/validateDataset.js';
import { Engine } from '../src/engine/engine.js';
import { INDEX_OPTIONS, SEARCH_OPTIONS } from '../src/engine/searchIndex.js';
import { syntheticDataset } from './synthetic.js';

interface Stat {
	p50: number;
	p99: number;
}
interface Row {
	measure: string;
	engine: Stat;
	raw: Stat | null;
}
interface SizeReport {
	dataset: string;
	records: number;
	coldStartMs: number;
	rawBuildMs: number;
	heapMb: number;
	rows: Row[];
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length);
const sizes = (sizesArg ?? 'real,1000,10000,100000').split(',');

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
const QUESTIONS = [
	'How many documents were signed in Ashgabat in October 2021?',
	'What is the trade turnover with Türkiye?',
	'Who awarded Tokayev the Bitaraplyk order?',
	'memorandum between the national museums',
	'How much are the projects of Turkish companies in Kazakhstan worth?',
	'When was the Joint Statement of the 2021 visit signed?',
	'Kazakhstn Turkmenstan memorandum on sport',
	'Which pipeline will carry more Kazakh oil exports?',
];

function percentile(sorted: number[], fraction: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function measure(inputs: readonly string[], iterations: number, run: (input: string) => unknown): Stat {
	for (const input of inputs) run(input); // warm up
	const times: number[] = [];
	for (let index = 0; index < iterations; index += 1) {
		const input = inputs[index % inputs.length] ?? '';
		const start = performance.now();
		run(input);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

function heapMb(): number {
	globalThis.gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function benchSize(size: string): Promise<SizeReport> {
	const heapBefore = heapMb();
	const start = performance.now();
	let dataset: Dataset;
	if (size === 'real') {
		dataset = await loadDataset();
	} else {
		dataset = validateDataset(syntheticDataset(Number(size)));
	}
	const engine = new Engine(dataset);
	const coldStartMs = performance.now() - start;
	const heap = heapMb() - heapBefore;
	const records =
		dataset.visits.length +
		dataset.documents.length +
		dataset.figures.length +
		dataset.awards.length +
		dataset.events.length;

	const rawStart = performance.now();
	const raw = new MiniSearch(INDEX_OPTIONS);
	raw.addAll(engine.index.entries.map(({ id, kind, title, names, text }) => ({ id, kind, title, names, text })));
	const rawBuildMs = performance.now() - rawStart;

	const iterations = size === '100000' ? 100 : 300;
	const rows: Row[] = [];
	for (const [name, queries] of Object.entries(QUERIES)) {
		rows.push({
			measure: `query ${name}`,
			engine: measure(queries, iterations, (query) => engine.agreements(query)),
			raw: measure(queries, iterations, (query) => raw.search(query, SEARCH_OPTIONS)),
		});
	}
	for (const [name, partials] of Object.entries(PARTIALS)) {
		rows.push({
			measure: `autocomplete ${name}`,
			engine: measure(partials, iterations, (partial) => engine.autocomplete('agreement', 'query', partial)),
			raw: measure(partials, iterations, (partial) => raw.autoSuggest(partial, { ...SEARCH_OPTIONS, prefix: true })),
		});
	}
	rows.push({
		measure: 'ask',
		engine: measure(QUESTIONS, iterations, (question) => engine.ask(question)),
		raw: measure(QUESTIONS, iterations, (question) => raw.search(question, SEARCH_OPTIONS)),
	});
	return {
		dataset: size === 'real' ? 'real' : `synthetic ${size}`,
		records,
		coldStartMs,
		rawBuildMs,
		heapMb: heap,
		rows,
	};
}

function formatMs(value: number): string {
	return value < 1 ? value.toFixed(3) : value.toFixed(1);
}

const reports: SizeReport[] = [];
for (const size of sizes) reports.push(await benchSize(size));

if (json) {
	process.stdout.write(`${JSON.stringify({ node: process.version, reports }, null, 2)}\n`);
} else {
	for (const report of reports) {
		process.stdout.write(
			`\n## ${report.dataset}: ${report.records} records\ncold start ${formatMs(report.coldStartMs)} ms (raw MiniSearch addAll ${formatMs(report.rawBuildMs)} ms), heap after build ${report.heapMb.toFixed(1)} MB\n`,
		);
		process.stdout.write(
			'| measure | engine p50 ms | engine p99 ms | raw p50 ms | raw p99 ms | p99 ratio engine/raw |\n|---|---|---|---|---|---|\n',
		);
		for (const row of report.rows) {
			const ratio = row.raw && row.raw.p99 > 0 ? (row.engine.p99 / row.raw.p99).toFixed(2) : '–';
			process.stdout.write(
				`| ${row.measure} | ${formatMs(row.engine.p50)} | ${formatMs(row.engine.p99)} | ${row.raw ? formatMs(row.raw.p50) : '–'} | ${row.raw ? formatMs(row.raw.p99) : '–'} | ${ratio} |\n`,
			);
		}
	}
}
