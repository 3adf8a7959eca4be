import { describe, expect, it } from 'vitest';
import type { TimelineChart, TimelineEntry } from '../../src/chart/timelineChart.js';
import { type TimelineDatum, timelineChartSpec } from '../../src/chart/timelineChartSpec.js';

function entry(overrides: Partial<TimelineEntry>): TimelineEntry {
	return {
		id: 'visit-a',
		kind: 'visit',
		lane: 'Kazakhstan–Turkmenistan',
		start: '2021-10-25',
		end: '2021-10-25',
		at: '2021-10-25',
		precision: 'day',
		label: 'Ashgabat',
		dateText: '25 October 2021',
		detail: '20 documents listed',
		sources: ['nCa, 26 October 2021'],
		...overrides,
	};
}

const CHART: TimelineChart = {
	title: 'Visits and signings',
	subtitle: 'By the countries taking part',
	lanes: ['Kazakhstan–Turkmenistan', 'Kazakhstan–Türkiye'],
	entries: [
		entry({}),
		entry({
			id: 'visit-b',
			start: '2022-01-01',
			end: '2022-12-31',
			at: '2022-07-02',
			precision: 'year',
			label: 'Astana',
			dateText: '2022',
			detail: null,
		}),
		entry({ id: 'doc-c', kind: 'document', lane: 'Kazakhstan–Türkiye', label: 'Treaty', detail: null }),
	],
};

function values(chart: TimelineChart): TimelineDatum[] {
	const data = timelineChartSpec(chart).data;
	if (!data || !('values' in data) || !Array.isArray(data.values)) throw new Error('the spec holds its values');
	return data.values as TimelineDatum[];
}

describe('timelineChartSpec', () => {
	it('labels each entry with what it is, when, the documents listed and its source, one line each', () => {
		expect(values(CHART)[0]).toEqual({
			id: 'visit-a',
			lane: 'Kazakhstan–Turkmenistan',
			kind: 'visit',
			start: '2021-10-25',
			end: '2021-10-26',
			at: '2021-10-25',
			spans: false,
			text: 'Ashgabat\n25 October 2021\n20 documents listed\nSource: nCa, 26 October\n2021',
			lines: 5,
			above: true,
		});
	});

	it('spans a date known only to the year, and alternates labels above and below within a lane', () => {
		expect(values(CHART).map((value) => [value.id, value.spans, value.above, value.kind])).toEqual([
			['visit-a', false, true, 'visit'],
			['visit-b', true, false, 'visit'],
			['doc-c', false, true, 'signing outside a visit'],
		]);
	});

	it('is as tall as its lanes need, and keeps the lanes in order', () => {
		const spec = timelineChartSpec(CHART);
		expect([spec.width, spec.height]).toEqual([1100, 170 + 2 * 170]);
		expect(JSON.stringify(spec)).toContain('"sort":["Kazakhstan–Turkmenistan","Kazakhstan–Türkiye"]');
	});

	it('draws no band layer when every date is known to the day', () => {
		const exact = { ...CHART, entries: [entry({})] };
		expect(JSON.stringify(timelineChartSpec(exact))).not.toContain('datum.spans');
		expect(JSON.stringify(timelineChartSpec(CHART))).toContain('datum.spans');
	});
});
