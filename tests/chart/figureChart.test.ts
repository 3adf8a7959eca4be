import { beforeAll, describe, expect, it } from 'vitest';
import { figureChart } from '../../src/chart/figureChart.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('figureChart', () => {
	it('draws trade turnover against its targets, side by side by countries, in billion USD', () => {
		const chart = figureChart(engine, { query: 'trade turnover' });
		expect(
			chart && {
				...chart,
				bars: chart.bars.map(({ id, series, when, shown, qualifier, stated }) => ({
					id,
					series,
					when,
					shown,
					qualifier,
					stated,
				})),
			},
		).toEqual({
			measure: 'trade-turnover',
			layout: 'side-by-side',
			title: 'Trade turnover against its target',
			subtitle:
				'4 figures in billion USD, each labelled as its source states it (qualifiers kept); the source under each bar',
			unit: 'USD',
			axisUnit: 'billion USD',
			bars: [
				{
					id: 'fig-2025-tr-trade-turnover-2024',
					series: 'trade turnover',
					when: '2024',
					shown: 5,
					qualifier: null,
					stated: '$5 billion',
				},
				{
					id: 'fig-2025-tr-trade-turnover-target',
					series: 'target',
					when: 'stated July 2025',
					shown: 15,
					qualifier: null,
					stated: '$15 billion',
				},
				{
					id: 'fig-2025-trade-turnover',
					series: 'trade turnover',
					when: 'stated November 2025',
					shown: 0.5,
					qualifier: 'steadily exceeds',
					stated: 'steadily exceeds US $ 500 million',
				},
				{
					id: 'fig-2025-trade-target',
					series: 'target',
					when: 'stated November 2025',
					shown: 1,
					qualifier: null,
					stated: '1 billion dollars',
				},
			],
		});
	});

	it("names each bar's sources by outlet and publication date, or says they are not named", () => {
		const bars = figureChart(engine, { query: 'trade turnover' })?.bars ?? [];
		expect(bars.map((bar) => [bar.id, bar.sources])).toEqual([
			['fig-2025-tr-trade-turnover-2024', ['outlet not named, no publication date stated']],
			['fig-2025-tr-trade-turnover-target', ['outlet not named, no publication date stated']],
			['fig-2025-trade-turnover', ['nCa, 26 November 2025', 'outlet not named, 25 November 2025']],
			['fig-2025-trade-target', ['nCa, 26 November 2025', 'outlet not named, 25 November 2025']],
		]);
	});

	it('keeps the value in the dataset unit beside the value on the axis', () => {
		const bar = figureChart(engine, { query: 'trade turnover' })?.bars[0];
		expect([bar?.value, bar?.unit, bar?.countries]).toEqual([5_000_000_000, 'USD', 'Kazakhstan–Türkiye']);
	});

	it('draws the shares of exports side by side in percent, with the words the source uses', () => {
		const chart = figureChart(engine, { query: 'share of grain exports' });
		expect([chart?.measure, chart?.axisUnit, chart?.bars.map((bar) => [bar.shown, bar.stated])]).toEqual([
			'export-share',
			'percent',
			[
				[33.3, 'one-third'],
				[26, '26%'],
				[25, 'a quarter'],
			],
		]);
	});

	it('draws values over time, in year order, when one measure has one value a year', () => {
		const chart = figureChart(engine, { metric: 'trade-turnover' });
		expect([chart?.layout, chart?.title, chart?.bars.map((bar) => [bar.year, bar.countries])]).toEqual([
			'over-time',
			'Trade turnover',
			[
				[2024, 'Kazakhstan–Türkiye'],
				[2025, 'Kazakhstan–Turkmenistan'],
			],
		]);
	});

	it('keeps to the list country', () => {
		expect(figureChart(engine, { query: 'trade turnover', country: 'Türkiye' })?.bars.map((bar) => bar.id)).toEqual([
			'fig-2025-tr-trade-turnover-2024',
			'fig-2025-tr-trade-turnover-target',
		]);
	});

	it('offers no chart for a measure with one value, nothing found, or a filter that makes no sense', () => {
		expect(figureChart(engine, { query: 'visa-free regime days' })).toBeUndefined();
		expect(figureChart(engine, { query: 'zzqxv' })).toBeUndefined();
		expect(figureChart(engine, { query: 'trade', country: 'Atlantis' })).toBeUndefined();
	});
});
