import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/cli/codeCache.js';

const CODE_CACHE = fileURLToPath(new URL('../../src/cli/codeCache.ts', import.meta.url));

describe('cacheKey', () => {
	it("names a run's cache by its command", () => {
		expect([cacheKey(['ask', 'x']), cacheKey(['check']), cacheKey(['agreement', '--year', '2021'])]).toEqual([
			'ask',
			'check',
			'agreement',
		]);
	});

	it('puts --help, no command and anything not a word under one cache', () => {
		expect([cacheKey(['--help']), cacheKey([]), cacheKey(['../x'])]).toEqual(['other', 'other', 'other']);
	});

	it('runs --chart without a cache, in either spelling', () => {
		expect([cacheKey(['figure', '--chart', 'a.png']), cacheKey(['timeline', '--chart=a.png'])]).toEqual([
			undefined,
			undefined,
		]);
	});
});

describe('runWithCodeCache', () => {
	const dirs: string[] = [];
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	/** A folder with a CommonJS bundle and a runner that runs it with the cache, as dist/cli.js does. */
	function setUp(bundleSource: string): { dir: string; bundle: string; cacheDir: string } {
		const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
		dirs.push(dir);
		const bundle = join(dir, 'bundle.cjs');
		writeFileSync(bundle, bundleSource);
		writeFileSync(
			join(dir, 'runner.ts'),
			`import { runWithCodeCache } from ${JSON.stringify(CODE_CACHE)};\n` +
				`process.stderr.write(runWithCodeCache(${JSON.stringify(bundle)}, process.argv[2] ?? '', 'ask'));\n`,
		);
		return { dir, bundle, cacheDir: join(dir, 'cache') };
	}

	function run(dir: string, cacheDir: string): { status: number | null; stdout: string; stderr: string } {
		const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'runner.ts'), cacheDir], {
			encoding: 'utf8',
			timeout: 15_000,
		});
		return { status: result.status, stdout: result.stdout, stderr: result.stderr };
	}

	const BUNDLE = `'use strict';\nconst { basename } = require('node:path');\nprocess.stdout.write(basename(__filename) + ' ' + typeof module.exports + ' ' + (function () { return this === undefined; })());\n`;

	it('runs the bundle as a CommonJS module, strict, with its own require and __filename', () => {
		const { dir, cacheDir } = setUp(BUNDLE);
		expect(run(dir, cacheDir)).toEqual({ status: 0, stdout: 'bundle.cjs object true', stderr: 'writing' });
	});

	it('writes the cache as the first run exits and loads it on the next, with the same output', () => {
		const { dir, cacheDir } = setUp(BUNDLE);
		const first = run(dir, cacheDir);
		expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^ask-[0-9a-f]{16}\.bin$/u)]);
		expect(run(dir, cacheDir)).toEqual({ ...first, stderr: 'loaded' });
	});

	it('does not use the cache of another text of the same length', () => {
		const { dir, bundle, cacheDir } = setUp(`process.stdout.write('one');`);
		run(dir, cacheDir);
		writeFileSync(bundle, `process.stdout.write('two');`);
		expect(run(dir, cacheDir)).toEqual({ status: 0, stdout: 'two', stderr: 'writing' });
		expect(readdirSync(cacheDir)).toHaveLength(2);
	});

	it('writes no cache for a run that fails', () => {
		const { dir, cacheDir } = setUp(`process.exitCode = 2;`);
		expect(run(dir, cacheDir).status).toBe(2);
		expect(() => readdirSync(cacheDir)).toThrow(/ENOENT/u);
	});

	it('runs as well where the cache cannot be written', () => {
		const { dir, cacheDir } = setUp(BUNDLE);
		writeFileSync(cacheDir, 'a file, not a folder');
		expect(run(dir, cacheDir)).toEqual({ status: 0, stdout: 'bundle.cjs object true', stderr: 'writing' });
	});
});
