import { beforeAll, describe, expect, it } from 'vitest';
import { span, timelineChart } from '../../src/chart/timelineChart.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('timelineChart', () => {
	it('places every timeline entry in the lane of the countries taking part, in date order', () => {
		const chart = timelineChart(engine);
		const timeline = engine.timeline();
		if (!timeline.ok) throw new Error('no filters');
		expect(chart?.entries.map((entry) => entry.id)).toEqual(timeline.results.map((answer) => answer.id));
		expect(chart?.lanes).toEqual(['no country named', 'Kazakhstan–Turkmenistan', 'Kazakhstan–Türkiye']);
	});

	it("labels a visit with its city, dates, the documents its lists name and its sources' outlets and dates", () => {
		const ashgabat = timelineChart(engine)?.entries.find((entry) => entry.id === 'visit-2021-ashgabat');
		expect(ashgabat).toEqual({
			id: 'visit-2021-ashgabat',
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
		});
	});

	it('spans a date known only to the year over the whole year, drawn at its middle', () => {
		const visit2022 = timelineChart(engine)?.entries.find((entry) => entry.id === 'visit-2022-kazakhstan');
		expect([visit2022?.start, visit2022?.end, visit2022?.at, visit2022?.precision]).toEqual([
			'2022-01-01',
			'2022-12-31',
			'2022-07-02',
			'year',
		]);
	});

	it('labels a signing outside a visit by its kind', () => {
		const labels = timelineChart(engine)
			?.entries.filter((entry) => entry.kind === 'document')
			.map((entry) => entry.label);
		expect(labels).toEqual(['Declaration', 'Treaty', 'UN resolution', 'Agreement']);
	});

	it("keeps to the timeline's country and names it as the dataset writes it", () => {
		const chart = timelineChart(engine, 'turkey');
		expect([chart?.title, chart?.entries.map((entry) => entry.id)]).toEqual([
			'Visits and signings · Türkiye',
			['visit-2025-ankara-hlscc'],
		]);
	});

	it('draws nothing for a country that makes no sense', () => {
		expect(timelineChart(engine, 'Atlantis')).toBeUndefined();
	});
});

describe('span', () => {
	it('is the day itself, the whole month, or the whole year', () => {
		expect([
			span({ iso: '2025-11-24', precision: 'day' }),
			span({ iso: '2024-02', precision: 'month' }),
			span({ iso: '2022', precision: 'year' }),
		]).toEqual([
			{ start: '2025-11-24', end: '2025-11-24' },
			{ start: '2024-02-01', end: '2024-02-29' },
			{ start: '2022-01-01', end: '2022-12-31' },
		]);
	});
});
