import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import {
	formatHeldOut,
	formatMisses,
	HeldOutFile,
	newQuestions,
	questionKey,
	scoreHeldOut,
} from '../../src/evaluation/heldOut.js';

const HELD_OUT = fileURLToPath(new URL('../eval/heldout/', import.meta.url));
const DEV = fileURLToPath(new URL('../eval/dev/', import.meta.url));

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('scoreHeldOut', () => {
	it('counts top-1 and top-3 on answerable questions and honest abstentions on the others', () => {
		const report = scoreHeldOut(engine, 'inline', [
			{ q: 'How many documents were signed in Ashgabat in 2021?', type: 'answerable', first: ['\\b20\\b'] },
			{ q: 'What did Kazakhstan sign with Uzbekistan?', type: 'unanswerable', first: [] },
			{ q: 'How many documents were signed in Ashgabat in 2025?', type: 'scope-conflict', first: [] },
		]);
		expect(report).toEqual({
			name: 'inline',
			answerable: 1,
			top1: 1,
			top3: 1,
			refused: 0,
			unanswerable: 2,
			honest: 2,
			misses: [],
		});
		expect(formatHeldOut(report)).toBe(
			'held-out inline: answerable 1: top-1 1 (100.0%), top-3 1 (100.0%), refused 0 (0.0%); not answerable 2: honest 2 (100.0%)',
		);
	});

	it('counts an answerable question the engine refuses as refused, not as answered', () => {
		const report = scoreHeldOut(engine, 'inline', [
			{ q: 'What did Kazakhstan sign with Uzbekistan?', type: 'answerable', first: ['Kazakhstan'] },
		]);
		expect([report.refused, report.top1, report.top3]).toEqual([1, 0, 0]);
	});

	it('lists each wrong answer with its problem and what came first, for development sets', () => {
		const report = scoreHeldOut(engine, 'inline', [
			{ q: 'What did Kazakhstan sign with Uzbekistan?', type: 'answerable', first: ['Kazakhstan'] },
			{ q: 'How many documents were signed in Ashgabat?', type: 'unanswerable', first: [] },
		]);
		expect(report.misses.map(({ problem }) => problem)).toEqual(['refused', 'answered']);
		expect(report.misses[1]?.got.length).toBeGreaterThan(0);
		expect(formatMisses(report)).toMatch(
			/^REFUSED \[answerable\] What did Kazakhstan sign with Uzbekistan\?\n {2}wants \/Kazakhstan\//u,
		);
	});

	it('reads every frozen held-out set and every development set', () => {
		for (const dir of [HELD_OUT, DEV]) {
			const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
			expect(files.length).toBeGreaterThanOrEqual(1);
			for (const file of files) HeldOutFile.parse(JSON.parse(readFileSync(`${dir}${file}`, 'utf8')));
		}
	});

	it('reads every frozen held-out set', () => {
		const files = readdirSync(HELD_OUT).filter((file) => file.endsWith('.json'));
		expect(files.length).toBeGreaterThanOrEqual(2);
		for (const file of files) HeldOutFile.parse(JSON.parse(readFileSync(`${HELD_OUT}${file}`, 'utf8')));
	});
});

describe('newQuestions', () => {
	it('leaves out a question a tuned set holds word for word, however it is punctuated or cased', () => {
		const tuned = new Set(['How many documents were signed in Ashgabat?'].map(questionKey));
		const questions = [
			{ q: 'how many documents were signed in Ashgabat', type: 'answerable' as const, first: ['20'] },
			{ q: 'How many documents were signed in Astana?', type: 'answerable' as const, first: ['16'] },
		];
		expect(newQuestions(questions, tuned).map((question) => question.q)).toEqual([
			'How many documents were signed in Astana?',
		]);
		expect(questionKey('Türkiye’s  order — 2025?')).toBe('turkiye s order 2025');
	});
});
