import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { EvalFile, evaluate, formatReport } from '../../src/evaluation/evaluate.js';

const SAMPLE = fileURLToPath(new URL('../../../shared/eval/questions.json', import.meta.url));
const PROJECT = fileURLToPath(new URL('../eval/questions.json', import.meta.url));

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('evaluate', () => {
	it('passes a question whose patterns match the top answers and whose citations are verbatim', () => {
		const report = evaluate(engine, [{ name: 'inline', questions: [{ q: 'Nisani', all: ['Devlet Ni[sş]an[ıi]'] }] }]);
		expect(report).toEqual({ total: 1, passed: 1, misses: [] });
	});

	it('reports a miss with the unmatched pattern and the answers it got', () => {
		const report = evaluate(engine, [{ name: 'inline', questions: [{ q: 'Nisani', all: ['Golden Eagle'] }] }]);
		expect(report.passed).toBe(0);
		expect(report.misses[0]?.reason).toBe('top 3 do not match /Golden Eagle/');
		expect(formatReport(report)).toContain('MISS [inline] Nisani');
	});

	it.runIf(existsSync(SAMPLE))('answers every sample question correctly with verbatim citations', () => {
		const { questions } = EvalFile.parse(JSON.parse(readFileSync(SAMPLE, 'utf8')));
		const report = evaluate(engine, [{ name: 'sample', questions }]);
		expect(report.misses).toEqual([]);
	});

	it("answers at least 95% of the project's own questions in the top three", () => {
		const { questions } = EvalFile.parse(JSON.parse(readFileSync(PROJECT, 'utf8')));
		const report = evaluate(engine, [{ name: 'project', questions }]);
		expect(report.passed / report.total).toBeGreaterThanOrEqual(0.95);
	});
});
