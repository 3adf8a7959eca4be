/**
 * A timeline chart as a Vega-Lite spec: a lane per set of countries, a point per visit (circle) or signing outside a
 * visit (square), a band over the month or year a date is only known to, and under or over each point what it is,
 * when, and its source. Labels alternate above and below their lane so that neighbours do not overlap.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, CHART_PADDING, wrapWords } from './chartStyle.js';
import { CHART_WORDS } from './chartWords.js';
import type { TimelineChart } from './timelineChart.js';

const WIDTH = 1100;
/** Height of one lane, and of the title, axis and legend around them. */
const LANE_HEIGHT = 170;
const FRAME_HEIGHT = 170;
const LABEL_CHARACTERS = 24;
const LABEL_FONT_SIZE = 10;
const LABEL_LINE_HEIGHT = 12;
/** How far a label stands from its point. */
const LABEL_GAP = 12;
/** Pixels of empty axis before the first entry and after the last, so their labels stay inside the chart. */
const MARGIN_PIXELS = 90;

/** One entry's row of the spec's data. */
export interface TimelineDatum {
	id: string;
	lane: string;
	kind: string;
	start: string;
	/** The day after the span's last, so that a span of one day still has a width. */
	end: string;
	at: string;
	/** Whether the date is known only to the month or the year (then a band spans it). */
	spans: boolean;
	/** What it is, when, the documents listed, the source: one line per `\n`. */
	text: string;
	lines: number;
	/** Above its lane, or below it. */
	above: boolean;
}

/**
 * @param chart - the chart's data
 * @returns the Vega-Lite spec, its size fixed (`width` × `height`, padding included)
 */
export function timelineChartSpec(chart: TimelineChart): TopLevelSpec & { width: number; height: number } {
	const seen = new Map<string, number>();
	const values: TimelineDatum[] = chart.entries.map((entry) => {
		const index = seen.get(entry.lane) ?? 0;
		seen.set(entry.lane, index + 1);
		const lines = [
			entry.label,
			entry.dateText,
			...(entry.detail ? [entry.detail] : []),
			...entry.sources.map(CHART_WORDS.source),
		].flatMap((line) => wrapWords(line, LABEL_CHARACTERS));
		return {
			id: entry.id,
			lane: entry.lane,
			kind: entry.kind === 'visit' ? CHART_WORDS.visit : CHART_WORDS.signing,
			start: entry.start,
			end: dayAfter(entry.end),
			at: entry.at,
			spans: entry.precision !== 'day',
			text: lines.join('\n'),
			lines: lines.length,
			above: index % 2 === 0,
		};
	});
	const height = FRAME_HEIGHT + chart.lanes.length * LANE_HEIGHT;
	const x = {
		field: 'at',
		type: 'temporal' as const,
		title: null,
		scale: { type: 'utc' as const, padding: MARGIN_PIXELS },
		axis: { format: '%Y', tickCount: { interval: 'year' as const, step: 1 }, grid: true },
	};
	const y = { field: 'lane', type: 'nominal' as const, title: null, sort: chart.lanes, axis: { labelFontSize: 12 } };
	// Visits first, as circles; signings as squares: the same order for colour and shape, so the legends merge.
	const kinds = [CHART_WORDS.visit, CHART_WORDS.signing];
	const color = {
		field: 'kind',
		type: 'nominal' as const,
		title: CHART_WORDS.kindLegend,
		scale: { domain: kinds, range: ['#d97706', '#2563eb'] },
		legend: { symbolOpacity: 1 },
	};
	const placements = [...new Set(values.map((value) => `${value.above}:${value.lines}`))];
	return {
		$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
		width: WIDTH,
		height,
		padding: CHART_PADDING,
		autosize: { type: 'fit', contains: 'padding' },
		config: CHART_CONFIG,
		title: { text: chart.title, subtitle: chart.subtitle },
		data: { values },
		// One x, y and colour for every layer, so their scale (and its domain) is defined once.
		encoding: { x, y, color },
		layer: [
			// Only when some date is not known to the day: an empty layer would leave its scale without an extent.
			...(values.some((value) => value.spans)
				? [
						{
							transform: [{ filter: 'datum.spans' }],
							mark: { type: 'bar' as const, height: 14, opacity: 0.3, cornerRadius: 3 },
							encoding: { x: { field: 'start', type: 'temporal' as const }, x2: { field: 'end' } },
						},
					]
				: []),
			{
				mark: { type: 'point', filled: true, size: 170, opacity: 1 },
				encoding: {
					shape: {
						field: 'kind',
						type: 'nominal',
						title: CHART_WORDS.kindLegend,
						scale: { domain: kinds, range: ['circle', 'square'] },
					},
				},
			},
			// Vega draws a label's further lines below its first: a layer per side and number of lines places each block.
			...placements.map((placement) => {
				const [side = 'true', count = '1'] = placement.split(':');
				const above = side === 'true';
				const lines = Number(count);
				return {
					transform: [{ filter: `datum.above === ${above} && datum.lines === ${lines}` }],
					mark: {
						type: 'text' as const,
						baseline: above ? ('bottom' as const) : ('top' as const),
						dy: above ? -LABEL_GAP - (lines - 1) * LABEL_LINE_HEIGHT : LABEL_GAP,
						lineBreak: '\n',
						lineHeight: LABEL_LINE_HEIGHT,
						fontSize: LABEL_FONT_SIZE,
					},
					encoding: { text: { field: 'text', type: 'nominal' as const } },
				};
			}),
		],
	};
}

function dayAfter(iso: string): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
