/**
 * The data of a figure chart: the values of one measure (and its targets) that the sources state, in one unit, each
 * with its qualifier, the period it refers to and the source it comes from. Which figures: the best match of the
 * list's query names the measure; every figure of that measure and of its target, in the same unit and within the
 * list's country, is drawn. Knows no Discord and draws nothing: `figureChartSpec.ts` turns this into a chart.
 */
import type { FigureRecord, SourceRecord } from '../data/schema.js';
import type { FigureAnswer } from '../engine/answer.js';
import type { Engine } from '../engine/engine.js';
import { formatDate, formatFigureValue, humanise } from '../text/format.js';
import { CHART_WORDS } from './chartWords.js';
import { sourceLabels } from './sourceLabel.js';

/** One bar: one figure as its source states it. */
export interface FigureBar {
	/** The figure's record id. */
	id: string;
	/** What was measured, in the dataset's words ("Kazakhstan–Türkiye bilateral trade turnover"). */
	label: string;
	/** The countries it is about, joined ("Kazakhstan–Türkiye"). */
	countries: string;
	/** The measure or "target" (a target is drawn beside the values it is a target for). */
	series: string;
	/** The period it refers to, or when it was stated ("2024", "stated November 2025"). */
	when: string;
	/** The year it is placed in, for values over time. */
	year: number | null;
	/** The value in the dataset's unit, and in the axis's unit (a billion USD axis shows 5 for 5,000,000,000). */
	value: number;
	shown: number;
	unit: string;
	/** "more than", "approximately", "exceeded"… as stated, or null for a value stated flatly. */
	qualifier: string | null;
	/** The value as the source writes it, with its qualifier ("steadily exceeds US $ 500 million"). */
	stated: string;
	/** The sources, as "outlet, publication date". */
	sources: string[];
}

export interface FigureChart {
	/** The measure drawn, as the dataset names it (`trade-turnover`); its targets are drawn beside it. */
	measure: string;
	/** Over time when every bar measures the same thing in different years; side by side otherwise. */
	layout: 'over-time' | 'side-by-side';
	title: string;
	subtitle: string;
	/** The dataset's unit, and the axis's, scaled for reading ("USD" → "billion USD"). */
	unit: string;
	axisUnit: string;
	bars: FigureBar[];
}

export interface FigureChartFilters {
	query?: string;
	country?: string;
	year?: number | string;
	visit?: string;
	metric?: string;
}

/** A chart needs at least this many values to compare. */
const MIN_BARS = 2;
const TARGET_SUFFIX = '-target';

/** Units whose large values read better in millions or billions. */
const SCALES = [
	{ at: 1e9, word: 'billion' },
	{ at: 1e6, word: 'million' },
] as const;

/**
 * @param engine - the engine
 * @param filters - the figure list's query and filters
 * @returns the chart of the measure the list's best match names, or undefined when there are fewer than two values to
 *   draw (or the filters make no sense: the list says why)
 * @example
 * figureChart(engine, { query: 'trade turnover' })?.bars.map((bar) => bar.stated); // ['$5 billion', '$15 billion', …]
 */
export function figureChart(engine: Engine, filters: FigureChartFilters): FigureChart | undefined {
	const { query, country, year, visit, metric } = filters;
	const best = engine.figures(query, { country, year, visit, metric }, { offset: 0, limit: 1 });
	const first = best.ok ? best.results[0] : undefined;
	if (first?.kind !== 'figure') return undefined;
	const measure = measureOf(first.record.metric);
	// A metric asked for by name is drawn alone; otherwise a measure is drawn with its targets.
	const members = metric ? [first.record.metric] : [measure, `${measure}${TARGET_SUFFIX}`];
	const figures = members.flatMap((member) => {
		const outcome = engine.figures(undefined, { country, metric: member });
		return outcome.ok ? outcome.results.filter((answer): answer is FigureAnswer => answer.kind === 'figure') : [];
	});
	const sameUnit = figures.filter((answer) => answer.record.unit === first.record.unit);
	if (sameUnit.length < MIN_BARS) return undefined;
	return chartOf(measure, sameUnit, engine);
}

/** A target's measure: `trade-turnover-target` → `trade-turnover`. */
function measureOf(metric: string): string {
	return metric.endsWith(TARGET_SUFFIX) ? metric.slice(0, -TARGET_SUFFIX.length) : metric;
}

function chartOf(measure: string, answers: readonly FigureAnswer[], engine: Engine): FigureChart {
	const sources = new Map(engine.dataset.sources.map((source) => [source.id, source]));
	const unit = answers[0]?.record.unit ?? '';
	const scale = SCALES.find(({ at }) => Math.max(...answers.map((answer) => answer.record.value)) >= at);
	const axisUnit = scale ? `${scale.word} ${unit}` : unit;
	const bars = answers.map((answer) => barOf(answer, measure, scale?.at ?? 1, engine, sources));
	const metrics = new Set(answers.map((answer) => answer.record.metric));
	const years = new Set(bars.map((bar) => bar.year));
	const layout = metrics.size === 1 && years.size === bars.length && !years.has(null) ? 'over-time' : 'side-by-side';
	bars.sort(layout === 'over-time' ? byYear : byCountriesThenSeries);
	return {
		measure,
		layout,
		title: CHART_WORDS.figureTitle(humanise(measure), metrics.size > 1),
		subtitle: CHART_WORDS.figureSubtitle(bars.length, axisUnit),
		unit,
		axisUnit,
		bars,
	};
}

function barOf(
	answer: FigureAnswer,
	measure: string,
	divisor: number,
	engine: Engine,
	sources: ReadonlyMap<string, SourceRecord>,
): FigureBar {
	const { record: figure } = answer;
	const stated = statedMonth(figure, engine, sources);
	return {
		id: figure.id,
		label: figure.label,
		countries: figure.countries.join('–'),
		series: figure.metric === measure ? humanise(measure) : CHART_WORDS.target,
		when: figure.period ?? (stated ? CHART_WORDS.statedIn(formatDate(stated)) : ''),
		year: yearIn(figure.period) ?? (stated ? Number(stated.iso.slice(0, 4)) : null),
		value: figure.value,
		shown: figure.value / divisor,
		unit: figure.unit,
		qualifier: figure.qualifier,
		stated: formatFigureValue(figure),
		sources: sourceLabels(answer.citations, sources),
	};
}

/** When a figure without a period was stated: the month of its meeting, else of its first source's publication. */
function statedMonth(
	figure: FigureRecord,
	engine: Engine,
	sources: ReadonlyMap<string, SourceRecord>,
): { iso: string; precision: 'month' | 'year' } | undefined {
	const visit = figure.visit ? engine.get(figure.visit) : undefined;
	const date =
		visit?.kind === 'visit'
			? visit.record.startDate
			: figure.evidence.map((evidence) => sources.get(evidence.source)?.published).find((found) => found);
	if (!date) return undefined;
	return date.precision === 'year'
		? { iso: date.iso, precision: 'year' }
		: { iso: date.iso.slice(0, 7), precision: 'month' };
}

function yearIn(period: string | null): number | null {
	const match = period?.match(/\b(\d{4})\b/u);
	return match ? Number(match[1]) : null;
}

function byYear(a: FigureBar, b: FigureBar): number {
	return (a.year ?? 0) - (b.year ?? 0) || a.countries.localeCompare(b.countries);
}

/** Grouped by the countries, the values before their targets, then in time. */
function byCountriesThenSeries(a: FigureBar, b: FigureBar): number {
	return (
		a.countries.localeCompare(b.countries) ||
		Number(a.series === CHART_WORDS.target) - Number(b.series === CHART_WORDS.target) ||
		(a.year ?? 0) - (b.year ?? 0) ||
		a.id.localeCompare(b.id)
	);
}
