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
import { formatHeldOut, HeldOutFile, scoreHeldOut } from './heldOut.js';

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

// Held-out sets are scored, never tuned on; they do not decide the exit code.
const heldOutDir = packagePath('tests', 'eval', 'heldout');
const heldOutFiles = existsSync(heldOutDir) ? (await readdir(heldOutDir)).filter((file) => file.endsWith('.json')) : [];
if (heldOutFiles.length > 0) process.stdout.write('\n');
for (const file of heldOutFiles.sort()) {
	const { questions } = HeldOutFile.parse(JSON.parse(await readFile(`${heldOutDir}/${file}`, 'utf8')));
	process.stdout.write(`${formatHeldOut(scoreHeldOut(engine, file.replace(/\.json$/u, ''), questions))}\n`);
}
process.exitCode = report.misses.length === 0 ? 0 : 1;
