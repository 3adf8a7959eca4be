/**
 * `npm run eval` (src/evaluation/main.ts, run through tsx on the real dataset): the score over every question set
 * found, each held-out set reported apart, and an exit code that fails only on a miss of the scored sets.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { EvalFile } from '../../src/evaluation/evaluate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../shared/eval/questions.json', import.meta.url));
const PROJECT = fileURLToPath(new URL('../eval/questions.json', import.meta.url));
const HELD_OUT = fileURLToPath(new URL('../eval/heldout/', import.meta.url));

function questionCount(path: string): number {
	return EvalFile.parse(JSON.parse(readFileSync(path, 'utf8'))).questions.length;
}

let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', 'src/evaluation/main.ts'],
			{ cwd: ROOT, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
		);
		run = { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		run = { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
	}
}, 120_000);

describe('npm run eval', () => {
	it('scores every question of the sample set (when present) and the project set together', () => {
		const total = (existsSync(SAMPLE) ? questionCount(SAMPLE) : 0) + questionCount(PROJECT);

		expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`^Score: \\d+/${total} \\(\\d+\\.\\d%\\)$`, 'u'));
	});

	it('notes a missing sample set on stderr instead of failing', () => {
		expect(run.stderr).toBe(existsSync(SAMPLE) ? '' : `note: ${SAMPLE} not found, skipped\n`);
	});

	it('reports each held-out set apart, in file order', () => {
		const names = readdirSync(HELD_OUT)
			.filter((file) => file.endsWith('.json'))
			.sort()
			.map((file) => file.replace(/\.json$/u, ''));

		const reported = [...run.stdout.matchAll(/^held-out (\S+): answerable \d+: /gmu)].map((match) => match[1]);

		expect(reported).toEqual(names);
	});

	it('exits 1 exactly when a scored question was missed', () => {
		const [, passed, total] = /^Score: (\d+)\/(\d+)/u.exec(run.stdout) ?? [];

		expect(run.code).toBe(passed === total ? 0 : 1);
		expect(run.stdout.includes('\nMISS [')).toBe(passed !== total);
	});
});
