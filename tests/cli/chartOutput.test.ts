import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_SCALE } from '../../src/chart/chartStyle.js';
import { chartOutput } from '../../src/cli/chartOutput.js';
import { parseCli } from '../../src/cli/parseCli.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { pngSize } from '../support/pngSize.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

async function chart(argv: string[]): ReturnType<typeof chartOutput> {
	const parsed = parseCli(argv);
	if (!parsed.ok) throw new Error(`bad test arguments: ${parsed.error}`);
	return chartOutput(parsed.command, engine);
}

describe('chartOutput', () => {
	it("draws a figure query's chart for the file named, and prints the file's absolute path first", async () => {
		const { output, file } = await chart(['figure', '--query', 'trade turnover', '--chart', 'out/tt.png']);
		expect(file?.path).toMatch(/^\/.*\/out\/tt\.png$/u);
		expect(output.stdout.split('\n')).toEqual([
			file?.path,
			'Trade turnover against its target: 4 figures (1840 × 1120 px)',
		]);
		expect(pngSize(file?.data ?? Buffer.alloc(0))).toEqual({ width: 920 * CHART_SCALE, height: 560 * CHART_SCALE });
	}, 30_000);

	it('draws the timeline', async () => {
		const { output, file } = await chart(['timeline', '--country', 'Türkiye', '--chart', 'tl.png']);
		expect([output.exitCode, pngSize(file?.data ?? Buffer.alloc(0)).width]).toEqual([0, 1100 * CHART_SCALE]);
	}, 30_000);

	it('writes nothing and says why when there is nothing to compare', async () => {
		expect(await chart(['figure', '--query', 'visa-free days', '--chart', 'x.png'])).toEqual({
			output: {
				stdout: '',
				stderr: 'no chart: the measure of the best matching figure has fewer than two values in one unit',
				exitCode: 1,
			},
		});
	});
});
