import { describe, expect, it } from 'vitest';
import type { Country } from '../../../src/data/schema.js';
import { validateDataset } from '../../../src/data/validateDataset.js';
import type { StatedDate } from '../../../src/engine/check/dates.js';
import { type Facets, NO_FACETS, meetingScope, namesMeeting } from '../../../src/engine/check/scope.js';
import { datasetFixture, evidence, fixtureVisit } from '../../support/datasetFixture.js';

const { visits } = validateDataset(
	datasetFixture({
		visits: [
			fixtureVisit({
				id: 'visit-astana-2025',
				startDate: { iso: '2025-11-24', precision: 'day' },
				endDate: { iso: '2025-11-25', precision: 'day' },
			}),
			fixtureVisit({ id: 'visit-astana-2022', startDate: { iso: '2022', precision: 'year' } }),
			fixtureVisit({
				id: 'visit-ankara-2025',
				city: 'Ankara',
				country: 'Türkiye',
				startDate: { iso: '2025-07-29', precision: 'day' },
				host: { country: 'Türkiye', person: null, role: 'President of Türkiye' },
				guest: { country: 'Kazakhstan', person: null, role: 'President of Kazakhstan' },
				evidence: evidence('The presidents held talks at the Akorda'),
			}),
		],
	}),
);
const everywhere: ReadonlySet<Country> = new Set(['Kazakhstan']);

function date(year: number | null, month: number | null = null): StatedDate {
	return { start: 0, end: 0, year, month, day: null, endDay: null };
}

function scope(facets: Partial<Facets>, options: Parameters<typeof meetingScope>[3] = {}) {
	return meetingScope({ ...NO_FACETS, ...facets }, visits, everywhere, options);
}

describe('meetingScope', () => {
	it('names no meeting when the words name nothing that chooses one', () => {
		expect(scope({ countries: ['Kazakhstan'] })).toEqual({ kind: 'none' });
	});

	it('keeps the meetings that fit every part', () => {
		expect(scope({ cities: ['astana'] })).toEqual({
			kind: 'meetings',
			visits: ['visit-astana-2025', 'visit-astana-2022'],
		});
		expect(scope({ cities: ['astana'], dates: [date(2025)] })).toEqual({
			kind: 'meetings',
			visits: ['visit-astana-2025'],
		});
		expect(scope({ dates: [date(2025, 11)] })).toEqual({ kind: 'meetings', visits: ['visit-astana-2025'] });
		expect(scope({ countries: ['Türkiye'] })).toEqual({ kind: 'meetings', visits: ['visit-ankara-2025'] });
	});

	it('reports parts that each fit a meeting but fit none together', () => {
		expect(scope({ cities: ['ankara'], dates: [date(2022)] })).toEqual({
			kind: 'conflict',
			parts: [['visit-astana-2022'], ['visit-ankara-2025']],
		});
	});

	it('reads a year as no part of the scope with years: false, and a country no meeting had as a topic with topics: true', () => {
		expect(scope({ cities: ['ankara'], dates: [date(2022)] }, { years: false })).toEqual({
			kind: 'meetings',
			visits: ['visit-ankara-2025'],
		});
		expect(scope({ countries: ['Iran'] })).toEqual({ kind: 'conflict', parts: [[]] });
		expect(scope({ countries: ['Iran'] }, { topics: true })).toEqual({ kind: 'none' });
	});

	it('takes the meetings named by their own words only when nothing else names one', () => {
		expect(scope({ named: ['visit-astana-2022'] })).toEqual({ kind: 'meetings', visits: ['visit-astana-2022'] });
		expect(scope({ named: ['visit-astana-2022'], countries: ['Türkiye'] })).toEqual({
			kind: 'meetings',
			visits: ['visit-ankara-2025'],
		});
	});
});

describe('namesMeeting', () => {
	it('is false for a country at every meeting and true for anything else that narrows', () => {
		expect(
			[
				{ countries: ['Kazakhstan'] as Country[] },
				{ countries: ['Türkiye'] as Country[] },
				{ cities: ['astana'] },
				{ dates: [date(2022)] },
			].map((facets) => namesMeeting({ ...NO_FACETS, ...facets }, everywhere)),
		).toEqual([false, true, true, true]);
	});
});
