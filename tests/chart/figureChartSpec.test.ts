import { describe, expect, it } from 'vitest';
import type { FigureChart } from '../../src/chart/figureChart.js';
import { type FigureDatum, figureChartSpec } from '../../src/chart/figureChartSpec.js';

const CHART: FigureChart = {
	measure: 'trade-turnover',
	layout: 'side-by-side',
	title: 'Trade turnover against its target',
	subtitle: '2 figures in billion USD',
	unit: 'USD',
	axisUnit: 'billion USD',
	bars: [
		{
			id: 'fig-a',
			label: 'Kazakhstan–Turkmenistan mutual trade turnover',
			countries: 'Kazakhstan–Turkmenistan',
			series: 'trade turnover',
			when: 'stated November 2025',
			year: 2025,
			value: 500_000_000,
			shown: 0.5,
			unit: 'USD',
			qualifier: 'steadily exceeds',
			stated: 'steadily exceeds US $ 500 million',
			sources: ['nCa, 26 November 2025'],
		},
		{
			id: 'fig-b',
			label: 'Target for mutual trade',
			countries: 'Kazakhstan–Turkmenistan',
			series: 'target',
			when: 'stated November 2025',
			year: 2025,
			value: 1_000_000_000,
			shown: 1,
			unit: 'USD',
			qualifier: null,
			stated: '1 billion dollars',
			sources: ['nCa, 26 November 2025'],
		},
	],
};

function values(chart: FigureChart): FigureDatum[] {
	const data = figureChartSpec(chart).data;
	if (!data || !('values' in data) || !Array.isArray(data.values)) throw new Error('the spec holds its values');
	return data.values as FigureDatum[];
}

describe('figureChartSpec', () => {
	it("has a bar per figure: the axis value, the value as stated (qualifier kept), and under it the figure's label, when and source", () => {
		expect(values(CHART)).toEqual([
			{
				key: 'fig-a\nKazakhstan–Turkmenistan\nmutual trade turnover\nstated November 2025\nSource: nCa, 26 November\n2025',
				shown: 0.5,
				stated: 'steadily exceeds US $ 500\nmillion',
				statedLines: 2,
				series: 'trade turnover',
				countries: 'Kazakhstan–Turkmenistan',
			},
			{
				key: 'fig-b\nTarget for mutual trade\nstated November 2025\nSource: nCa, 26 November\n2025',
				shown: 1,
				stated: '1 billion dollars',
				statedLines: 1,
				series: 'target',
				countries: 'Kazakhstan–Turkmenistan',
			},
		]);
	});

	it('titles the value axis with the unit and the chart with its measure', () => {
		const spec = figureChartSpec(CHART);
		expect(JSON.stringify(spec)).toContain('"title":"billion USD"');
		expect(spec.title).toEqual({ text: CHART.title, subtitle: CHART.subtitle });
	});

	it('colours side-by-side bars by measure and bars over time by countries', () => {
		expect(JSON.stringify(figureChartSpec(CHART))).toContain('"color":{"field":"series"');
		expect(JSON.stringify(figureChartSpec({ ...CHART, layout: 'over-time' }))).toContain(
			'"color":{"field":"countries"',
		);
	});

	it('fixes its size, wider for more bars', () => {
		const spec = figureChartSpec(CHART);
		expect([spec.width, spec.height, spec.autosize]).toEqual([720, 560, { type: 'fit', contains: 'padding' }]);
		const many = {
			...CHART,
			bars: [...CHART.bars, ...CHART.bars, ...CHART.bars].map((bar, index) => ({ ...bar, id: `f${index}` })),
		};
		expect(figureChartSpec(many).width).toBe(6 * 200 + 120);
	});
});
