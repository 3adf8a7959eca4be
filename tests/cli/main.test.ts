import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/engine/answer.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The production CLI, bundled by `npm run build` (which `npm ci` runs). */
const BUNDLE = 'dist/cli.js';

/** Runs the CLI as a user would, through tsx; kept to a handful of spawns so the suite stays fast. */
function cli(
	args: string[],
	input = '',
	entry = ['--import', 'tsx', 'src/cli/main.ts'],
): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [...entry, ...args], {
		cwd: ROOT,
		input,
		encoding: 'utf8',
		timeout: 15_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('main', () => {
	it('prints only JSON on stdout for ask --json', () => {
		const result = cli(['ask', 'How many documents were signed in Ashgabat in 2021?', '--json']);
		const parsed = JSON.parse(result.stdout) as AskResult;
		expect([result.status, result.stderr]).toEqual([0, '']);
		expect([parsed.query, parsed.answers[0]?.id]).toEqual([
			'How many documents were signed in Ashgabat in 2021?',
			'count-visit-2021-ashgabat',
		]);
	});

	it('answers each line of stdin as one JSON line for ask --batch --json', () => {
		const result = cli(['ask', '--batch', '--json'], 'trade turnover Türkiye\r\n\nqwxz plmk\n');
		const lines = result.stdout
			.trimEnd()
			.split('\n')
			.map((line) => JSON.parse(line) as AskResult);
		expect([result.status, result.stderr]).toEqual([0, '']);
		expect(lines.map((line) => line.query)).toEqual(['trade turnover Türkiye', 'qwxz plmk']);
		expect(lines[1]?.suggestions.length).toBeGreaterThan(0);
	});

	it('checks what is piped to check --json, claim by claim', () => {
		const result = cli(
			['check', '--json'],
			'20 documents were signed in Ashgabat.\nTokayev received the Order of the Golden Eagle.\n',
		);
		const parsed = JSON.parse(result.stdout) as { summary: string; verdicts: { verdict: string }[] };
		expect([result.status, result.stderr]).toEqual([0, '']);
		expect([parsed.summary, parsed.verdicts.map((verdict) => verdict.verdict)]).toEqual([
			'2 claims checked: 1 supported, 1 contradicted.',
			['supported', 'contradicted'],
		]);
	});

	it('exits 2 with one stderr line pointing to --help for an unknown command', () => {
		const result = cli(['frobnicate']);
		expect([result.status, result.stdout]).toEqual([2, '']);
		expect(result.stderr).toBe('error: unknown command "frobnicate" (run with --help for usage)\n');
	});

	it('exits 2 with one stderr line for an unknown option', () => {
		const result = cli(['agreement', '--frob']);
		expect([result.status, result.stdout]).toEqual([2, '']);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/^error: Unknown option '--frob'.*\(run with --help for usage\)\n$/);
	});

	it('exits 2 for a filter value that makes no sense', () => {
		const result = cli(['agreement', '--country', 'Atlantis', '--json']);
		expect(result).toEqual({
			status: 2,
			stdout: '',
			stderr: 'error: There is no country called that in the dataset. Try Kazakhstan, Turkmenistan, Türkiye.\n',
		});
	});
});

// CI runs `npm ci`, which builds, before `npm test`; a checkout that was never built has nothing to run here.
describe.skipIf(!existsSync(`${ROOT}${BUNDLE}`))('the compiled CLI', () => {
	it('finds the dataset from dist/ and answers with plain node', () => {
		const result = cli(['ask', 'How many documents were signed in Ashgabat in 2021?', '--json'], '', [BUNDLE]);
		expect([result.status, result.stderr]).toEqual([0, '']);
		expect((JSON.parse(result.stdout) as AskResult).answers[0]?.id).toBe('count-visit-2021-ashgabat');
	});

	it('checks stdin with plain node', () => {
		const result = cli(['check'], '25 documents were signed in Ashgabat.', [BUNDLE]);
		expect([result.status, result.stderr, result.stdout.split('\n')[0]]).toEqual([
			0,
			'',
			'1 claim checked: 1 contradicted.',
		]);
	});
});
