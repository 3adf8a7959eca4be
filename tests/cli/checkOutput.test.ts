import { beforeAll, describe, expect, it } from 'vitest';
import { checkOutput } from '../../src/cli/checkOutput.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('checkOutput', () => {
	it('prints the summary first, then each claim with its verdict and what the sources hold', () => {
		const output = checkOutput('25 documents were signed in Ashgabat.', engine, false);
		expect([output.exitCode, output.stderr]).toEqual([0, '']);
		expect(output.stdout.split('\n').slice(0, 3)).toEqual([
			'1 claim checked: 1 contradicted.',
			'',
			'❌ Contradicted: “25 documents were signed in Ashgabat.”',
		]);
	});

	it('prints the rendered check as JSON with --json', () => {
		const output = checkOutput('Kazakh investments in Türkiye exceeded $2.5 billion.', engine, true);
		const parsed = JSON.parse(output.stdout) as { summary: string; verdicts: { verdict: string }[] };
		expect([parsed.summary, parsed.verdicts.map((verdict) => verdict.verdict)]).toEqual([
			'1 claim checked: 1 supported.',
			['supported'],
		]);
	});
});
