/**
 * `npm run eval`: the sample questions from ../shared/eval (when present) and
 * the project's own set in tests/eval, with the score and every miss; then
 * each frozen held-out set in tests/eval/heldout, reported apart.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { loadDataset } from '../data/loadDataset.js';
import { Engine } from '../engine/engine.js';
import { packagePath } from '../packageRoot.js';
import { EvalFile, evaluate, formatReport } from './evaluate.js';
import {
	formatHeldOut,
	formatMisses,
	HeldOutFile,
	type HeldOutQuestion,
	newQuestions,
	questionKey,
	scoreHeldOut,
} from './heldOut.js';

const QUESTION_SETS = [
	{ name: 'sample', path: packagePath('..', 'shared', 'eval', 'questions.json') },
	{ name: 'project', path: packagePath('tests', 'eval', 'questions.json') },
];

const engine = new Engine(await loadDataset(packagePath('data')));
const sets = [];
for (const set of QUESTION_SETS) {
	if (!existsSync(set.path)) {
		process.stderr.write(`note: ${set.path} not found, skipped\n`);
		continue;
	}
	sets.push({ name: set.name, questions: EvalFile.parse(JSON.parse(await readFile(set.path, 'utf8'))).questions });
}
const report = evaluate(engine, sets);
process.stdout.write(`${formatReport(report)}\n`);

/** The question sets of a folder of tests/eval, by file name, in order. */
async function readSets(folder: 'dev' | 'heldout'): Promise<{ file: string; questions: HeldOutQuestion[] }[]> {
	const dir = packagePath('tests', 'eval', folder);
	const files = existsSync(dir) ? (await readdir(dir)).filter((file) => file.endsWith('.json')).sort() : [];
	return Promise.all(
		files.map(async (file) => ({
			file,
			questions: HeldOutFile.parse(JSON.parse(await readFile(`${dir}/${file}`, 'utf8'))).questions,
		})),
	);
}

/**
 * Development sets (tests/eval/dev) are written like the held-out ones and may be tuned on: their misses are printed.
 * Held-out sets (tests/eval/heldout) are scored, never tuned on: only their totals, and again without the questions a
 * tuned set holds word for word (writers working apart sometimes ask alike). Neither decides the exit code.
 */
const devSets = await readSets('dev');
const tuned = new Set(
	[
		...sets.flatMap((set) => set.questions.map((question) => question.q)),
		...devSets.flatMap((set) => set.questions.map((question) => question.q)),
	].map(questionKey),
);
for (const { file, questions } of devSets) {
	const scored = scoreHeldOut(engine, `dev ${file.replace(/\.json$/u, '')}`, questions);
	if (scored.misses.length > 0) process.stdout.write(`\n${formatMisses(scored)}\n`);
	process.stdout.write(`\n${formatHeldOut(scored).replace(/^held-out dev /u, 'dev ')}\n`);
}
for (const { file, questions } of await readSets('heldout')) {
	const name = file.replace(/\.json$/u, '');
	process.stdout.write(`\n${formatHeldOut(scoreHeldOut(engine, name, questions))}\n`);
	const fresh = newQuestions(questions, tuned);
	if (fresh.length < questions.length)
		process.stdout.write(
			`${formatHeldOut(scoreHeldOut(engine, `${name}, new only (${questions.length - fresh.length} repeat a tuned set word for word)`, fresh))}\n`,
		);
}
process.exitCode = report.misses.length === 0 ? 0 : 1;
