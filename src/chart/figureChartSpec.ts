/**
 * A figure chart as a Vega-Lite spec: a bar per figure, the value as its source states it above the bar (qualifier
 * and all), and under it what was measured, when, and the source (outlet, publication date). Values over time are
 * coloured by the countries they are about; values side by side by the measure, so a target stands out beside the
 * values it is a target for.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, CHART_PADDING, wrapWords } from './chartStyle.js';
import { CHART_WORDS } from './chartWords.js';
import type { FigureChart } from './figureChart.js';

const HEIGHT = 560;
const MIN_WIDTH = 720;
/** Room per bar, so that its labels wrap into a few short lines. */
const BAR_WIDTH = 200;
/** About how many characters of 11-pixel DejaVu Sans fit across one bar's band. */
const LABEL_CHARACTERS = 26;
/** The value labels' size and line height, to lift a label of several lines clear of its bar. */
const VALUE_FONT_SIZE = 11;
const VALUE_LINE_HEIGHT = 13;
/** Room above the tallest bar for its value. */
const HEADROOM = 1.25;

/** One bar's row of the spec's data. */
export interface FigureDatum {
	/** Unique per bar (the figure id), then the lines under the bar, one per `\n`. */
	key: string;
	/** The value in the axis's unit. */
	shown: number;
	/** The value as stated, wrapped into lines (one per `\n`), and how many. */
	stated: string;
	statedLines: number;
	series: string;
	countries: string;
}

/**
 * @param chart - the chart's data
 * @returns the Vega-Lite spec, its size fixed (`width` × `height`, padding included)
 */
export function figureChartSpec(chart: FigureChart): TopLevelSpec & { width: number; height: number } {
	const width = Math.max(MIN_WIDTH, chart.bars.length * BAR_WIDTH + 120);
	const values: FigureDatum[] = chart.bars.map((bar) => {
		const stated = wrapWords(bar.stated, LABEL_CHARACTERS);
		const under = [bar.label, bar.when, ...bar.sources.map(CHART_WORDS.source)].flatMap((line) =>
			wrapWords(line, LABEL_CHARACTERS),
		);
		return {
			key: [bar.id, ...under].join('\n'),
			shown: bar.shown,
			stated: stated.join('\n'),
			statedLines: stated.length,
			series: bar.series,
			countries: bar.countries,
		};
	});
	const lineCounts = [...new Set(values.map((value) => value.statedLines))];
	const overTime = chart.layout === 'over-time';
	const top = Math.max(...values.map((value) => value.shown)) * HEADROOM;
	return {
		$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
		width,
		height: HEIGHT,
		padding: CHART_PADDING,
		autosize: { type: 'fit', contains: 'padding' },
		config: CHART_CONFIG,
		title: { text: chart.title, subtitle: chart.subtitle },
		data: { values },
		encoding: {
			x: {
				field: 'key',
				type: 'nominal',
				sort: null,
				title: null,
				// The first line is the figure's id, which keeps two bars with the same labels apart; it is not shown.
				axis: { labelExpr: "slice(split(datum.value, '\\n'), 1)", labelAngle: 0, labelPadding: 8, labelLineHeight: 14 },
			},
		},
		layer: [
			{
				mark: { type: 'bar', cornerRadiusEnd: 2 },
				encoding: {
					y: { field: 'shown', type: 'quantitative', title: chart.axisUnit, scale: { domain: [0, top] } },
					color: {
						field: overTime ? 'countries' : 'series',
						type: 'nominal',
						title: overTime ? CHART_WORDS.countriesLegend : CHART_WORDS.seriesLegend,
					},
				},
			},
			// Vega draws a label's further lines below its first: a layer per number of lines lifts each clear of its bar.
			...lineCounts.map((lines) => ({
				transform: [{ filter: `datum.statedLines === ${lines}` }],
				mark: {
					type: 'text' as const,
					baseline: 'bottom' as const,
					dy: -4 - (lines - 1) * VALUE_LINE_HEIGHT,
					lineBreak: '\n',
					lineHeight: VALUE_LINE_HEIGHT,
					fontSize: VALUE_FONT_SIZE,
				},
				encoding: {
					y: { field: 'shown', type: 'quantitative' as const },
					text: { field: 'stated', type: 'nominal' as const },
				},
			})),
		],
	};
}
