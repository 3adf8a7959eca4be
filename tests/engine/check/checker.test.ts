import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { Checker, checkText } from '../../../src/engine/check/checker.js';
import { Engine } from '../../../src/engine/engine.js';
import { CHECK_EXAMPLE as EXAMPLE, summarise } from '../../support/verdicts.js';

let engine: Engine;
beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('checkText', () => {
	it('judges each claim of a paragraph, in order, pointing at the words it checked', () => {
		expect(summarise(checkText(engine, EXAMPLE))).toEqual([
			{ verdict: 'supported', claim: 'count', checked: '20 documents', record: 'visit-2021-ashgabat' },
			{
				verdict: 'contradicted',
				claim: 'figure',
				checked: '$1 billion',
				differs: 'value',
				claimed: '$1 billion',
				record: 'fig-2025-tr-kazakh-investment',
			},
			{ verdict: 'not-in-sources', claim: 'count', checked: '12 memoranda', reason: 'unknown-name' },
		]);
	});

	it('gives each verdict of a supported or contradicted claim the quotes, with the article’s outlet and date', () => {
		const [supported, contradicted] = checkText(engine, EXAMPLE).verdicts;
		expect(supported?.citations[0]).toMatchObject({
			source: '002_bb1a33c2bc12b1c8.txt',
			outlet: 'nCa',
			published: { iso: '2021-10-26', precision: 'day' },
		});
		expect(contradicted?.citations).toEqual([
			expect.objectContaining({
				quote: 'Kazakh investments in Türkiye have exceeded $2.5 billion.',
				outlet: null,
				published: null,
			}),
		]);
	});

	it('reads two claims of one sentence apart, each with its own meeting', () => {
		expect(
			summarise(
				checkText(
					engine,
					'18 agreements were signed in Ankara, while in Ashgabat in 2021 the presidents signed 20 documents.',
				),
			).map(({ verdict, record }) => [verdict, record]),
		).toEqual([
			['supported', 'visit-2025-ankara-hlscc'],
			['supported', 'visit-2021-ashgabat'],
		]);
	});

	it('never takes a number that matches a figure of another subject for support', () => {
		const verdicts = summarise(
			checkText(
				engine,
				'The museum cost $5 billion. 20 people attended in Ashgabat. Around 85% of voters agreed. The school has 4,000 pupils. 30% of the staff are new.',
			),
		);
		expect(verdicts.filter(({ verdict }) => verdict === 'supported')).toEqual([]);
	});

	it('finds no claim in text that states none, and none in blank text', () => {
		expect([checkText(engine, 'The weather was pleasant.').verdicts, checkText(engine, '   ').verdicts]).toEqual([
			[],
			[],
		]);
	});

	it('finds nothing in the sources’ own articles that the sources contradict', () => {
		const contradicted = [...engine.dataset.sourceTexts].flatMap(([source, text]) =>
			summarise(checkText(engine, text))
				.filter(({ verdict }) => verdict === 'contradicted')
				.map((verdict) => ({ source, ...verdict })),
		);
		expect(contradicted).toEqual([]);
	});

	it('supports most claims of the sources’ own articles', () => {
		const verdicts = [...engine.dataset.sourceTexts.values()].flatMap((text) => checkText(engine, text).verdicts);
		const supported = verdicts.filter((verdict) => verdict.kind === 'supported').length;
		expect(supported / verdicts.length).toBeGreaterThan(0.8);
	});
});

describe('Checker', () => {
	it('is built once per engine by checkText, and gives what a new one gives', () => {
		const text = '25 documents were signed in Ashgabat.';
		expect(summarise(checkText(engine, text))).toEqual(summarise(new Checker(engine).check(text)));
	});
});
