/**
 * `npm run bench -- --scenario=cli`: the compiled CLI as a user starts it, a whole process each time with plain
 * `node` (no npm, no tsx): one question, and a batch of questions from stdin, beside `node -e 0`, the floor no Node
 * program starts under; and one question with no code cache, as the first run of a command after a build is. Each
 * figure is the median of fresh processes, the four run in turns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, QUESTIONS, seededRandom } from './support.js';

export interface CliOptions {
	/** Fresh processes measured per figure (default 15). */
	runs?: number;
	/** Questions in the batch (default 100). */
	batch?: number;
}

export interface CliReport {
	runs: number;
	batchQuestions: number;
	/** `node -e 0`. */
	floorMs: number;
	/** `cli ask "<question>"`, start to exit. */
	oneQuestionMs: number;
	/** `cli ask --batch` with `batchQuestions` lines on stdin, start to exit. */
	batchMs: number;
	/** `cli ask "<question>"` with dist/cli-cache/ deleted first: what the first run of a command after a build takes. */
	uncachedMs: number;
	/** What each question of the batch adds: (batch − one question) / (batch questions − 1). */
	perQuestionMs: number;
	targets: { oneQuestion: boolean; perQuestion: boolean };
}

/** The targets: one question within this many times the floor, and each question of a batch within 2 ms. */
export const ONE_QUESTION_FLOOR_RATIO = 3.3;
export const PER_QUESTION_TARGET_MS = 2;

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** Where dist/cli.js keeps its code caches (src/cli/start.ts). */
const CODE_CACHE = fileURLToPath(new URL('../dist/cli-cache', import.meta.url));

interface Command {
	args: readonly string[];
	input: string;
	/** Run before the process is started, untimed. */
	before?: () => void;
}

/** Wall time of one fresh process, start to exit; fails loudly if it fails, so a broken build is not timed. */
function timeProcess(args: readonly string[], input: string): number {
	const start = performance.now();
	const result = spawnSync(process.execPath, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const elapsed = performance.now() - start;
	if (result.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	return elapsed;
}

/**
 * Medians of fresh processes of each command, run in turns (one of each per round) so that a machine that gets busier
 * or quieter during the measurement weighs on all of them alike; the first round warms the file caches (and writes
 * the CLI's code cache, as a user's first run does) and is dropped.
 */
function interleavedMedians(runs: number, commands: readonly Command[]): number[] {
	const times = commands.map((): number[] => []);
	for (let round = -1; round < runs; round += 1)
		commands.forEach(({ args, input, before }, index) => {
			before?.();
			const elapsed = timeProcess(args, input);
			if (round >= 0) times[index]?.push(elapsed);
		});
	return times.map(median);
}

/**
 * Times the floor, one question and the batch of questions drawn (seeded) from the shared mix.
 *
 * @param options - how many runs and how long a batch
 * @returns the medians, what a question of the batch adds, and the targets met
 */
export function runCliBench(options: CliOptions = {}): CliReport {
	if (!existsSync(CLI)) throw new Error(`bench: ${CLI} is missing: run npm run build first`);
	const runs = options.runs ?? 15;
	const batchQuestions = options.batch ?? 100;
	const random = seededRandom(1);
	const batch = Array.from({ length: batchQuestions }, () => QUESTIONS[Math.floor(random() * QUESTIONS.length)]);
	const [floorMs = 0, oneQuestionMs = 0, batchMs = 0, uncachedMs = 0] = interleavedMedians(runs, [
		{ args: ['-e', '0'], input: '' },
		{ args: [CLI, 'ask', QUESTIONS[0] ?? ''], input: '' },
		{ args: [CLI, 'ask', '--batch'], input: `${batch.join('\n')}\n` },
		{
			args: [CLI, 'ask', QUESTIONS[0] ?? ''],
			input: '',
			before: () => rmSync(CODE_CACHE, { recursive: true, force: true }),
		},
	]);
	const perQuestionMs = (batchMs - oneQuestionMs) / Math.max(1, batchQuestions - 1);
	return {
		runs,
		batchQuestions,
		floorMs,
		oneQuestionMs,
		batchMs,
		uncachedMs,
		perQuestionMs,
		targets: {
			oneQuestion: oneQuestionMs <= floorMs * ONE_QUESTION_FLOOR_RATIO,
			perQuestion: perQuestionMs <= PER_QUESTION_TARGET_MS,
		},
	};
}

/** The CLI report as a markdown section. */
export function formatCliReport(report: CliReport): string {
	const mark = (ok: boolean): string => (ok ? '✓' : '✗');
	const ms = (value: number): string => value.toFixed(1);
	return [
		`\n## cli: whole processes, plain node on dist/cli.js (median of ${report.runs} fresh processes each)`,
		'| process | ms | × floor |',
		'|---|---|---|',
		`| node -e 0 (floor) | ${ms(report.floorMs)} | 1.00 |`,
		`| cli ask "<question>" | ${ms(report.oneQuestionMs)} | ${(report.oneQuestionMs / report.floorMs).toFixed(2)} |`,
		`| cli ask --batch, ${report.batchQuestions} questions on stdin | ${ms(report.batchMs)} | ${(report.batchMs / report.floorMs).toFixed(2)} |`,
		`| cli ask "<question>", no code cache (a command's first run after a build) | ${ms(report.uncachedMs)} | ${(report.uncachedMs / report.floorMs).toFixed(2)} |`,
		`each question of the batch adds ${report.perQuestionMs.toFixed(2)} ms ((batch − one question) / ${report.batchQuestions - 1})`,
		`Targets: one question ≤ ${ONE_QUESTION_FLOOR_RATIO}× floor ${mark(report.targets.oneQuestion)} · batch ≤ ${PER_QUESTION_TARGET_MS} ms a question ${mark(report.targets.perQuestion)}`,
		'',
	].join('\n');
}
