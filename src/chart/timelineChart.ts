/**
 * The data of a timeline chart: the timeline's visits and the documents signed outside them on a time axis, a lane
 * per set of countries taking part. A date the sources give only to the month or the year spans that month or year
 * instead of pretending to a day. Knows no Discord and draws nothing: `timelineChartSpec.ts` does.
 */
import type { PartialDate } from '../data/schema.js';
import type { Answer } from '../engine/answer.js';
import type { Engine } from '../engine/engine.js';
import { resolveCountry } from '../engine/filters.js';
import { formatDate, formatDateRange } from '../text/format.js';
import { CHART_WORDS } from './chartWords.js';
import { sourceLabels } from './sourceLabel.js';

/** One entry of the timeline. */
export interface TimelineEntry {
	id: string;
	kind: 'visit' | 'document';
	/** The countries taking part, joined ("Kazakhstan–Turkmenistan"), or "no country named". */
	lane: string;
	/** The first and the last day the date can mean (the same day for a date given to the day), ISO. */
	start: string;
	end: string;
	/** Where it is drawn: the middle of that span. */
	at: string;
	precision: PartialDate['precision'];
	/** What it is: a visit's city, a document's kind. */
	label: string;
	/** The date as the sources give it. */
	dateText: string;
	/** For a visit: the documents its lists name ("20 documents listed"); null otherwise. */
	detail: string | null;
	sources: string[];
}

export interface TimelineChart {
	title: string;
	subtitle: string;
	/** The lanes, in the order of their first entry. */
	lanes: string[];
	entries: TimelineEntry[];
}

/**
 * @param engine - the engine
 * @param country - the timeline's country filter, if any
 * @returns the chart of every entry of the timeline, or undefined when it has none (or the country makes no sense)
 * @example
 * timelineChart(engine, 'Türkiye')?.entries.map((entry) => entry.label); // ['Ankara']
 */
export function timelineChart(engine: Engine, country?: string): TimelineChart | undefined {
	const outcome = engine.timeline({ country });
	if (!outcome.ok || outcome.results.length === 0) return undefined;
	const sources = new Map(engine.dataset.sources.map((source) => [source.id, source]));
	const entries = outcome.results.flatMap((answer) => entryOf(answer, sources));
	if (entries.length === 0) return undefined;
	return {
		title: CHART_WORDS.timelineTitle(country ? (resolveCountry(country) ?? country) : undefined),
		subtitle: CHART_WORDS.timelineSubtitle,
		lanes: [...new Set(entries.map((entry) => entry.lane))],
		entries,
	};
}

function entryOf(answer: Answer, sources: Parameters<typeof sourceLabels>[1]): TimelineEntry[] {
	if (answer.kind === 'visit') {
		const { record: visit } = answer;
		const start = span(visit.startDate).start;
		const end = span(visit.endDate ?? visit.startDate).end;
		const listed = answer.documentsListed ?? 0;
		return [
			{
				id: visit.id,
				kind: 'visit',
				lane: laneOf([visit.host.country, visit.guest.country]),
				start,
				end,
				at: middle(start, end),
				precision: visit.startDate.precision,
				label: visit.city,
				dateText: formatDateRange(visit.startDate, visit.endDate),
				detail: listed > 0 ? CHART_WORDS.documentsListed(listed) : null,
				sources: sourceLabels(answer.citations, sources),
			},
		];
	}
	if (answer.kind !== 'document' || !answer.record.signedDate) return [];
	const { record: document } = answer;
	const date = answer.record.signedDate;
	const { start, end } = span(date);
	return [
		{
			id: document.id,
			kind: 'document',
			lane: laneOf(document.parties.flatMap((party) => (party.country ? [party.country] : []))),
			start,
			end,
			at: middle(start, end),
			precision: date.precision,
			label: CHART_WORDS.documentKind(document.kind),
			dateText: formatDate(date),
			detail: null,
			sources: sourceLabels(answer.citations, sources),
		},
	];
}

function laneOf(countries: readonly string[]): string {
	const unique = [...new Set(countries)].sort((a, b) => a.localeCompare(b));
	return unique.length > 0 ? unique.join('–') : CHART_WORDS.noCountry;
}

/** The first and last day a partial date can mean: 2022 → 2022-01-01 … 2022-12-31. */
export function span(date: Pick<PartialDate, 'iso' | 'precision'>): { start: string; end: string } {
	const [year = '', month = '01'] = date.iso.split('-');
	if (date.precision === 'day') return { start: date.iso, end: date.iso };
	if (date.precision === 'month') {
		const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
		return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}` };
	}
	return { start: `${year}-01-01`, end: `${year}-12-31` };
}

function middle(start: string, end: string): string {
	const from = Date.parse(`${start}T00:00:00Z`);
	const to = Date.parse(`${end}T00:00:00Z`);
	return new Date(from + Math.floor((to - from) / 2 / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}
