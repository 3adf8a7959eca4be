import { beforeAll, describe, expect, it } from 'vitest';
import type { CliOutput } from '../../src/cli/runCli.js';
import { parseCli } from '../../src/cli/parseCli.js';
import { BATCH_TEXT_SEPARATOR, runCli } from '../../src/cli/runCli.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import type { AskResult } from '../../src/engine/answer.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

async function run(argv: string[], stdinLines: string[] = []): Promise<CliOutput> {
	const parsed = parseCli(argv);
	if (!parsed.ok) throw new Error(`bad test arguments: ${parsed.error}`);
	return runCli(parsed.command, engine, stdinLines);
}

function json(output: CliOutput): Record<string, unknown> {
	expect([output.exitCode, output.stderr]).toEqual([0, '']);
	return JSON.parse(output.stdout) as Record<string, unknown>;
}

describe('runCli', () => {
	it('checks the text of stdin against the sources, claim by claim, as text', async () => {
		const output = await run(['check'], ['25 documents were signed', 'in Ashgabat.']);
		expect([output.exitCode, output.stderr]).toEqual([0, '']);
		expect(output.stdout.split('\n').slice(0, 4)).toEqual([
			'1 claim checked: 1 contradicted.',
			'',
			'❌ Contradicted: “25 documents were signed in Ashgabat.”',
			'   The sources list 20 documents signed at the State visit of Kassym-Jomart Tokayev to Turkmenistan (25 October 2021, Ashgabat), not 25.',
		]);
		expect(output.stdout).toContain('— nCa, 26 October 2021 (002_bb1a33c2bc12b1c8.txt)');
	});

	it('prints check --json as the rendered check: the summary and each verdict in a stable format', async () => {
		const parsed = json(await run(['check', '--json', 'Kazakh investments in Türkiye exceeded $2.5 billion.']));
		expect(parsed['summary']).toBe('1 claim checked: 1 supported.');
		const [verdict] = parsed['verdicts'] as Record<string, unknown>[];
		expect(Object.keys(verdict ?? {})).toEqual([
			'verdict',
			'label',
			'mark',
			'kind',
			'claim',
			'checked',
			'explanation',
			'citations',
		]);
		expect(verdict?.['citations']).toEqual([
			{
				outlet: 'outlet not named',
				date: 'no publication date stated',
				source: '004_c7ebae0e9b69a8fa.txt',
				title: 'Tokayev and Erdoğan at the fifth High-Level Strategic Cooperation Council, Ankara',
				quote: 'Kazakh investments in Türkiye have exceeded $2.5 billion.',
			},
		]);
	});

	it('prints each answer of ask --json in the stable format: kind, id, title, text, fields, citations', async () => {
		const answers = json(await run(['ask', 'How many documents were signed in Ashgabat?', '--json']))[
			'answers'
		] as Record<string, unknown>[];
		expect(answers.length).toBeGreaterThan(0);
		for (const answer of answers)
			expect(Object.keys(answer)).toEqual(['kind', 'id', 'title', 'text', 'fields', 'citations']);
	});

	it('prints agreements as JSON with total, results and suggestions', async () => {
		const parsed = json(await run(['agreement', '--query', 'border regime', '--json']));
		expect(Object.keys(parsed)).toEqual(['total', 'results', 'suggestions']);
		expect(parsed['total']).toBe((parsed['results'] as unknown[]).length);
	});

	it('prints each agreement with id, title, kind, date, visit, parties, sectors and citations', async () => {
		const results = json(await run(['agreement', '--query', 'border regime', '--json']))['results'] as Record<
			string,
			unknown
		>[];
		expect(
			results.every((result) => Object.keys(result).join() === 'id,title,kind,date,visit,parties,sectors,citations'),
		).toBe(true);
		const [first] = results;
		expect({ ...first, title: undefined, citations: undefined }).toEqual({
			id: 'doc-2021-border-regime',
			title: undefined,
			kind: 'agreement',
			date: '2021-10-25',
			visit: 'visit-2021-ashgabat',
			parties: ['Government of the Republic of Kazakhstan', 'Government of Turkmenistan'],
			sectors: ['border'],
			citations: undefined,
		});
		expect((first?.['citations'] as { source: string }[])[0]?.source).toBe('002_bb1a33c2bc12b1c8.txt');
	});

	it('prints agreements as text with a count and numbered answers', async () => {
		const output = await run(['agreement', '--query', 'doc-2021-border-regime']);
		expect(output.stdout.startsWith('1 result\n\n1. [document] Agreement between the Government')).toBe(true);
	});

	it('prints "No agreement matches." and the suggestions when nothing matches', async () => {
		expect((await run(['agreement', '--query', 'zzzzqqq'])).stdout).toMatch(
			/^No agreement matches\.\nDid you mean: “.+”\?$/,
		);
	});

	it('answers each line of an ask --batch as one JSON line, in order, a blank line as nothing asked', async () => {
		const questions = [
			'How many documents were signed in Ashgabat in 2021?',
			'',
			'qwxz plmk',
			'  ',
			'trade turnover Türkiye',
		];
		const output = await run(['ask', '--batch', '--json'], questions);
		const lines = output.stdout.split('\n').map((line) => JSON.parse(line) as AskResult);
		expect(lines.map((line) => line.query)).toEqual(questions.map((question) => question.trim()));
		expect(lines.map((line) => Object.keys(line))).toEqual(
			questions.map(() => ['query', 'answered', 'answers', 'suggestions']),
		);
		expect(lines.map((line) => line.answered)).toEqual([true, false, false, false, true]);
		expect(lines.map((line) => line.answers[0]?.id ?? null)).toEqual([
			'count-visit-2021-ashgabat',
			null,
			null,
			null,
			'fig-2025-tr-trade-turnover-2024',
		]);
		expect(lines.map((line) => line.suggestions.length > 0)).toEqual([false, false, true, false, false]);
	});

	it('says when the sources do not answer: answered false, a notice, and the answers as closest matches', async () => {
		const json = JSON.parse((await run(['ask', '--json', 'What did Kazakhstan sign with Uzbekistan?'], [])).stdout) as {
			answered: boolean;
			notice?: string;
		};
		expect(json.answered).toBe(false);
		expect(json.notice).toBe('The sources do not mention Uzbekistan.');
		const text = (await run(['ask', 'What did Kazakhstan sign with Uzbekistan?'], [])).stdout;
		expect(text).toMatch(
			/^Q: What did Kazakhstan sign with Uzbekistan\?\n\nThe sources do not mention Uzbekistan\.\n\nClosest matches:\n\n/u,
		);
	});

	it('separates the text answers of ask --batch with a rule, a blank line giving an empty block', async () => {
		const output = await run(['ask', '--batch'], ['border regime', '', 'Golden Eagle']);
		expect(output.stdout.split(BATCH_TEXT_SEPARATOR).map((block) => block.split('\n')[0])).toEqual([
			'Q: border regime',
			'',
			'Q: Golden Eagle',
		]);
	});

	it('prints one question as pretty JSON', async () => {
		const output = await run(['ask', 'Serdar', 'Berdimuhamedov', 'award', '--json']);
		const parsed = json(output) as unknown as AskResult;
		expect([parsed.query, parsed.answers[0]?.id, output.stdout.includes('\n  "answers"')]).toEqual([
			'Serdar Berdimuhamedov award',
			'award-2025-golden-eagle',
			true,
		]);
	});

	it('prints autocomplete choices as JSON under "choices"', async () => {
		const parsed = json(await run(['autocomplete', 'agreement', 'query', 'bord', '--json']));
		expect(Object.keys(parsed)).toEqual(['choices']);
		expect((parsed['choices'] as { value: string }[]).map((choice) => choice.value)).toContain(
			'doc-2021-border-regime',
		);
	});

	it('joins the words after the option into one partial', async () => {
		const parsed = json(await run(['autocomplete', 'daily', 'timezone', 'Asia/Alm', '--json']));
		expect(parsed['choices']).toEqual([{ name: 'Asia/Almaty', value: 'Asia/Almaty' }]);
	});

	it('prints autocomplete choices as text with the value in brackets', async () => {
		expect((await run(['autocomplete', 'agreement', 'sector', 'def'])).stdout).toBe('defence  [defence]');
	});

	it('exits 2 with the problem on stderr for an unknown country', async () => {
		expect(await run(['agreement', '--country', 'Atlantis'])).toEqual({
			stdout: '',
			stderr: 'error: There is no country called that in the dataset. Try Kazakhstan, Turkmenistan, Türkiye.',
			exitCode: 2,
		});
	});

	it('exits 2 with the problem on stderr for a year outside the range', async () => {
		expect(await run(['agreement', '--year', '3000'])).toEqual({
			stdout: '',
			stderr: 'error: That year is outside what the dataset can hold (1991–2100).',
			exitCode: 2,
		});
	});

	it('lists the five sources as JSON', async () => {
		expect(json(await run(['sources', '--json']))['total']).toBe(5);
	});

	it('lists the timeline for Türkiye as JSON', async () => {
		const results = json(await run(['timeline', '--country', 'turkey', '--json']))['results'] as { id: string }[];
		expect(results.map((result) => result.id)).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('prints a fact as JSON with its anniversary', async () => {
		const parsed = json(await run(['fact', '--date', '2026-10-25', '--json']));
		expect(Object.keys(parsed).sort()).toEqual(['anniversary', 'answer', 'cycleRestarted', 'total']);
		expect(parsed['anniversary']).toBe(5);
	});

	it('prints a fact as text with its citation', async () => {
		const output = await run(['fact']);
		// Named by the source's outlet (or title) and publication date, not its file.
		expect(output.stdout).toMatch(
			/^\[\w+\] .+\n.+\n {2}> “.+” — [^\n]+, (?:[^\n]*\d{4}|no publication date stated)\n/u,
		);
		expect(output.stdout).not.toMatch(/\.txt/u);
	});
});
