import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_SCALE } from '../../src/chart/chartStyle.js';
import { figureChart } from '../../src/chart/figureChart.js';
import { figureChartSpec } from '../../src/chart/figureChartSpec.js';
import { renderChart, textWidth } from '../../src/chart/renderChart.js';
import { timelineChart } from '../../src/chart/timelineChart.js';
import { timelineChartSpec } from '../../src/chart/timelineChartSpec.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { pngSize } from '../support/pngSize.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('renderChart', () => {
	it("draws a figure chart as a PNG of twice the spec's size, with every label in the SVG and no warning", async () => {
		const chart = figureChart(engine, { query: 'trade turnover' });
		if (!chart) throw new Error('trade turnover has several values');
		const spec = figureChartSpec(chart);
		const drawn = await renderChart(spec);
		expect(pngSize(drawn.png)).toEqual({ width: spec.width * CHART_SCALE, height: spec.height * CHART_SCALE });
		expect([drawn.width, drawn.height]).toEqual([spec.width * CHART_SCALE, spec.height * CHART_SCALE]);
		expect(drawn.warnings).toEqual([]);
		for (const text of ['$5 billion', 'steadily exceeds US $ 500', 'billion USD', 'Source: nCa, 26 November', 'target'])
			expect(drawn.svg).toContain(text);
		expect(drawn.svg).toContain('font-family="DejaVu Sans"');
	}, 30_000);

	it('draws the timeline as a PNG of its size, with no warning', async () => {
		const chart = timelineChart(engine);
		if (!chart) throw new Error('the timeline has entries');
		const spec = timelineChartSpec(chart);
		const drawn = await renderChart(spec);
		expect(pngSize(drawn.png)).toEqual({ width: spec.width * CHART_SCALE, height: spec.height * CHART_SCALE });
		expect(drawn.warnings).toEqual([]);
		expect(drawn.svg).toContain('20 documents listed');
	}, 30_000);
});

describe('textWidth', () => {
	it('measures narrow, wide and ordinary characters apart', () => {
		expect(textWidth('iii', 10)).toBeLessThan(textWidth('aaa', 10));
		expect(textWidth('aaa', 10)).toBeLessThan(textWidth('MMM', 10));
		expect(textWidth('Kazakhstan', 11)).toBe(Math.round((0.7 + 0.6 * 8 + 0.32) * 11));
	});
});
