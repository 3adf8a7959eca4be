import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 15_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// CI runs `npm ci`, which builds, before `npm test`; a checkout that was never built has nothing to run here.
describe.skipIf(!existsSync(`${ROOT}dist/cli.js`))('dist/cli.js', () => {
	it('answers from its code cache exactly as the uncached ES module bundle answers', () => {
		const question = ['ask', 'Who awarded Tokayev the Bitaraplyk order?', '--json'];
		const uncached = node(['dist/cli-esm.js', ...question]);
		// The first run writes the cache if no run before it did; the second then loads it.
		const runs = [node(['dist/cli.js', ...question]), node(['dist/cli.js', ...question])];
		expect(uncached.status).toBe(0);
		expect(runs).toEqual([uncached, uncached]);
		expect(readdirSync(`${ROOT}dist/cli-cache`)).toContainEqual(expect.stringMatching(/^ask-[0-9a-f]{16}\.bin$/u));
	});

	it('prints the usage from the cached bundle too', () => {
		expect(node(['dist/cli.js', '--help'])).toEqual(node(['dist/cli-esm.js', '--help']));
	});
});
