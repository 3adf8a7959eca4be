import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/parseCli.js';
import { type CliOutput, runCli } from '../../src/cli/runCli.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

async function run(argv: string[]): Promise<CliOutput> {
	const parsed = parseCli(argv);
	if (!parsed.ok) throw new Error(`bad test arguments: ${parsed.error}`);
	return runCli(parsed.command, engine);
}

function rows(output: CliOutput): string[][] {
	expect([output.exitCode, output.stderr, output.exact]).toEqual([0, '', true]);
	expect(output.stdout.startsWith('\uFEFF')).toBe(true);
	expect(output.stdout.endsWith('\r\n')).toBe(true);
	return parse(output.stdout, { bom: true }) as string[][];
}

describe('--csv', () => {
	it('prints the whole agreement list with its filters, header first', async () => {
		const table = rows(await run(['agreement', '--year', '2021', '--sector', 'transport', '--csv']));
		const list = engine.agreements(undefined, { year: 2021, sector: 'transport' });
		if (!list.ok) throw new Error('the filters are valid');
		expect(table[0]?.[0]).toBe('id');
		expect(table.slice(1).map((row) => row[0])).toEqual(list.results.map((answer) => answer.id));
	});

	it('prints the figures a query finds, with value, unit and qualifier', async () => {
		const [header, first] = rows(await run(['figure', '--query', 'trade turnover', '--country', 'Türkiye', '--csv']));
		const cell = (name: string): string | undefined => first?.[header?.indexOf(name) ?? -1];
		expect([cell('id'), cell('value'), cell('unit'), cell('as_stated')]).toEqual([
			'fig-2025-tr-trade-turnover-2024',
			'5000000000',
			'USD',
			'$5 billion',
		]);
	});

	it('prints the timeline', async () => {
		expect(
			rows(await run(['timeline', '--country', 'Türkiye', '--csv']))
				.slice(1)
				.map((row) => row[0]),
		).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('prints the documents of the visit a query finds, as /visit exports them', async () => {
		const table = rows(await run(['visit', '--query', 'Ashgabat', '--csv']));
		expect(table.slice(1).map((row) => row[0])).toEqual(
			engine.visitDocuments('visit-2021-ashgabat').map((answer) => answer.id),
		);
	});

	it("prints a question's answers, ranked", async () => {
		const table = rows(await run(['ask', 'Who', 'awarded', 'Tokayev', 'the', 'Bitaraplyk', 'order?', '--csv']));
		expect(table[0]?.slice(0, 3)).toEqual(['rank', 'kind', 'id']);
		expect(table[1]?.[0]).toBe('1');
	});

	it('exits 2 with one line for a visit export without --query, or a filter that makes no sense', async () => {
		expect(await run(['visit', '--csv'])).toEqual({
			stdout: '',
			stderr: 'error: visit --csv exports the documents of one visit: name it with --query',
			exitCode: 2,
		});
		const bad = await run(['agreement', '--country', 'Atlantis', '--csv']);
		expect([bad.exitCode, bad.stdout, bad.stderr.startsWith('error: ')]).toEqual([2, '', true]);
	});
});
