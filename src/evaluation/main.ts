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
import { formatHeldOut, formatMisses, HeldOutFile, scoreHeldOut } from './heldOut.js';

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

/**
 * Development sets (tests/eval/dev) are written like the held-out ones and may be tuned on: their misses are printed.
 * Held-out sets (tests/eval/heldout) are scored, never tuned on: only their totals. Neither decides the exit code.
 */
async function scoreSets(folder: 'dev' | 'heldout'): Promise<void> {
	const dir = packagePath('tests', 'eval', folder);
	const files = existsSync(dir) ? (await readdir(dir)).filter((file) => file.endsWith('.json')).sort() : [];
	for (const file of files) {
		const { questions } = HeldOutFile.parse(JSON.parse(await readFile(`${dir}/${file}`, 'utf8')));
		const name = `${folder === 'dev' ? 'dev ' : ''}${file.replace(/\.json$/u, '')}`;
		const scored = scoreHeldOut(engine, name, questions);
		if (folder === 'dev' && scored.misses.length > 0) process.stdout.write(`\n${formatMisses(scored)}\n`);
		process.stdout.write(`\n${formatHeldOut(scored).replace(/^held-out dev /u, 'dev ')}\n`);
	}
}
await scoreSets('dev');
await scoreSets('heldout');
process.exitCode = report.misses.length === 0 ? 0 : 1;
