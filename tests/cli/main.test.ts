import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/engine/answer.js';
import { pngSize } from '../support/pngSize.js';

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

	it('answers each line of stdin as one JSON line for ask --batch --json, blank lines included', () => {
		const result = cli(['ask', '--batch', '--json'], 'trade turnover Türkiye\r\n\nqwxz plmk\n');
		const lines = result.stdout
			.trimEnd()
			.split('\n')
			.map((line) => JSON.parse(line) as AskResult);
		expect([result.status, result.stderr]).toEqual([0, '']);
		expect(lines.map((line) => [line.query, line.answered])).toEqual([
			['trade turnover Türkiye', true],
			['', false],
			['qwxz plmk', false],
		]);
		expect(lines[2]?.suggestions.length).toBeGreaterThan(0);
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

	it.each([
		[
			['frobnicate'],
			'unknown command "frobnicate"; the commands are ask, agreement, visit, figure, person, proposal, timeline, sources, fact, autocomplete, check',
		],
		[['agreement', '--bogus', '1'], 'unknown option --bogus'],
		[
			['autocomplete', 'nope', 'query', 'x'],
			'autocomplete: "nope" is not a command with choices; those are agreement, visit, figure, person, proposal, timeline, daily',
		],
		[['fact', '--date', '2026-02-30'], '--date 2026-02-30 is not a day of the calendar'],
		[['agreement', '--year', '2021', '--year', '2025'], '--year is given twice: give it once'],
	])('exits 2 with one stderr line and nothing on stdout for %j', (args, error) => {
		expect(cli(args)).toEqual({ status: 2, stdout: '', stderr: `error: ${error} (run with --help for usage)\n` });
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

describe.skipIf(!existsSync(`${ROOT}${BUNDLE}`))('the compiled CLI, writing files', () => {
	it('prints --csv exactly: a byte-order mark, CRLF after every record, nothing after the last', () => {
		const result = spawnSync(process.execPath, [BUNDLE, 'agreement', '--year', '2021', '--csv'], { cwd: ROOT });
		expect([result.status, result.stderr.toString()]).toEqual([0, '']);
		const stdout = result.stdout;
		expect([...stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(stdout.subarray(-2).toString()).toBe('\r\n');
		expect(stdout.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFid,title,kind,date,/u);
	});

	it('writes figure --chart to the file named and prints its path; the drawing libraries load from node_modules', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-chart-'));
		const out = join(dir, 'trade-turnover.png');
		const result = cli(['figure', '--query', 'trade turnover', '--chart', out], '', [BUNDLE]);
		expect([result.status, result.stderr, result.stdout.split('\n')[0]]).toEqual([0, '', out]);
		expect(pngSize(readFileSync(out))).toEqual({ width: 1840, height: 1120 });
	});

	it('says why it cannot write a chart, in one line', () => {
		const result = cli(['timeline', '--chart', '/nonexistent-folder/x.png'], '', [BUNDLE]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^error: cannot write the chart to \/nonexistent-folder\/x\.png: .*\n$/u);
	});
});
