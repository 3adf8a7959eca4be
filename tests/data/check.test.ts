/** `npm run data:check` (src/data/check.ts, run through tsx): the summary of a good dataset, the problems of a bad one. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseDataset } from '../../src/data/summariseDataset.js';
import { validateDataset } from '../../src/data/validateDataset.js';
import { datasetFixture, fixtureDocument, fixtureVisit, writeDataset } from '../support/datasetFixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'data-check-'));

afterAll(() => {
	rmSync(directory, { recursive: true, force: true });
});

async function check(dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', 'src/data/check.ts', dataDir],
			{ cwd: ROOT, timeout: 15_000 },
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
	}
}

describe('data:check', () => {
	it('prints what a valid dataset holds and exits 0', async () => {
		const raw = datasetFixture({ documents: [fixtureDocument()] });

		const result = await check(writeDataset(join(directory, 'good'), raw));

		expect(result).toEqual({
			code: 0,
			stdout: `${summariseDataset(validateDataset(raw))}\n`,
			stderr: '',
		});
	});

	it('prints every problem on stderr, naming the file, record and field, and exits 1', async () => {
		const raw = datasetFixture({ visits: [fixtureVisit({ sources: ['999_missing.txt'] })] });

		const result = await check(writeDataset(join(directory, 'broken'), raw));

		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(
			/^dataset: 1 problem\(s\)\nrecords\/test\.json: record "visit-test": field "sources/u,
		);
		expect(result.stderr).toContain('999_missing.txt');
	});
});
