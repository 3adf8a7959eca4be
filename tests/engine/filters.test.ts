import { beforeAll, describe, expect, it } from 'vitest';
import { useDatasetNames } from '../support/datasetNames.js';
import type { FilterProblem } from '../../src/engine/filters.js';
import {
	YEAR_RANGE,
	describeFilterProblem,
	kindMatches,
	resolveCountry,
	resolveFilters,
} from '../../src/engine/filters.js';

// Country names and spellings (Turkey, Kazakh, Zhomart) come from the dataset.
beforeAll(useDatasetNames);

const VISIT_IDS = ['visit-2021-ashgabat', 'visit-2025-astana'];

describe('resolveCountry', () => {
	it('resolves the English name Turkey to Türkiye', () => {
		expect(resolveCountry('turkey')).toBe('Türkiye');
	});

	it('resolves Türkiye typed without the diaeresis', () => {
		expect(resolveCountry('Turkiye')).toBe('Türkiye');
	});

	it('resolves the two-letter code TR to Türkiye', () => {
		expect(resolveCountry('TR')).toBe('Türkiye');
	});

	it('resolves the adjective Turkish to Türkiye', () => {
		expect(resolveCountry('Turkish')).toBe('Türkiye');
	});

	it('resolves the codes kz and tm', () => {
		expect([resolveCountry('kz'), resolveCountry('tm')]).toEqual(['Kazakhstan', 'Turkmenistan']);
	});

	it('resolves Kazakh and Turkmen to their countries', () => {
		expect([resolveCountry('Kazakh'), resolveCountry('Turkmen')]).toEqual(['Kazakhstan', 'Turkmenistan']);
	});

	it('returns undefined for a country that is not in the dataset', () => {
		expect(resolveCountry('Atlantis')).toBeUndefined();
		// Object.prototype keys are not country codes.
		for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
			expect(resolveCountry(value), value).toBeUndefined();
	});
});

describe('resolveFilters', () => {
	it('returns no filters when every value is empty, blank or null', () => {
		expect(resolveFilters({ country: '', year: null, kind: '  ', sector: undefined }, VISIT_IDS)).toEqual({
			ok: true,
			filters: {},
		});
	});

	it('resolves a country alias', () => {
		expect(resolveFilters({ country: 'turkey' }, VISIT_IDS)).toEqual({ ok: true, filters: { country: 'Türkiye' } });
	});

	it('rejects an unknown country with its value', () => {
		expect(resolveFilters({ country: 'Atlantis' }, VISIT_IDS)).toEqual({
			ok: false,
			problem: { reason: 'unknownCountry', value: 'Atlantis' },
		});
	});

	it('accepts a year as a number or as a padded string', () => {
		expect([resolveFilters({ year: 2021 }, VISIT_IDS), resolveFilters({ year: ' 2025 ' }, VISIT_IDS)]).toEqual([
			{ ok: true, filters: { year: 2021 } },
			{ ok: true, filters: { year: 2025 } },
		]);
	});

	it('accepts both ends of the year range', () => {
		expect([
			resolveFilters({ year: YEAR_RANGE.min }, VISIT_IDS),
			resolveFilters({ year: YEAR_RANGE.max }, VISIT_IDS),
		]).toEqual([
			{ ok: true, filters: { year: 1991 } },
			{ ok: true, filters: { year: 2100 } },
		]);
	});

	it('rejects years outside the range and years that are not whole numbers', () => {
		expect([1990, 2101, 3000, '2021.5', 'soon'].map((year) => resolveFilters({ year }, VISIT_IDS))).toEqual([
			{ ok: false, problem: { reason: 'badYear', value: '1990' } },
			{ ok: false, problem: { reason: 'badYear', value: '2101' } },
			{ ok: false, problem: { reason: 'badYear', value: '3000' } },
			{ ok: false, problem: { reason: 'badYear', value: '2021.5' } },
			{ ok: false, problem: { reason: 'badYear', value: 'soon' } },
		]);
	});

	it('resolves a kind written in words', () => {
		expect(resolveFilters({ kind: 'Memorandum of Understanding' }, VISIT_IDS)).toEqual({
			ok: true,
			filters: { kind: 'memorandum-of-understanding' },
		});
	});

	it('resolves the plural kinds memoranda and Treaties', () => {
		expect([resolveFilters({ kind: 'memoranda' }, VISIT_IDS), resolveFilters({ kind: 'Treaties' }, VISIT_IDS)]).toEqual(
			[
				{ ok: true, filters: { kind: 'memorandum' } },
				{ ok: true, filters: { kind: 'treaty' } },
			],
		);
	});

	it('rejects an unknown kind', () => {
		expect(resolveFilters({ kind: 'memo' }, VISIT_IDS)).toEqual({
			ok: false,
			problem: { reason: 'unknownKind', value: 'memo' },
		});
	});

	it('resolves the American spelling defense to the defence sector', () => {
		expect(resolveFilters({ sector: 'defense' }, VISIT_IDS)).toEqual({ ok: true, filters: { sector: 'defence' } });
	});

	it('resolves a two-word sector to its slug', () => {
		expect(resolveFilters({ sector: 'Public Administration' }, VISIT_IDS)).toEqual({
			ok: true,
			filters: { sector: 'public-administration' },
		});
	});

	it('rejects an unknown sector', () => {
		expect(resolveFilters({ sector: 'spaceflight' }, VISIT_IDS)).toEqual({
			ok: false,
			problem: { reason: 'unknownSector', value: 'spaceflight' },
		});
	});

	it('accepts a visit id from the given list', () => {
		expect(resolveFilters({ visit: ' visit-2021-ashgabat ' }, VISIT_IDS)).toEqual({
			ok: true,
			filters: { visit: 'visit-2021-ashgabat' },
		});
	});

	it('rejects a visit id that is not in the list', () => {
		expect(resolveFilters({ visit: 'visit-1999-nowhere' }, VISIT_IDS)).toEqual({
			ok: false,
			problem: { reason: 'unknownVisit', value: 'visit-1999-nowhere' },
		});
	});

	it('resolves a metric written in words', () => {
		expect(resolveFilters({ metric: 'Trade Turnover' }, VISIT_IDS)).toEqual({
			ok: true,
			filters: { metric: 'trade-turnover' },
		});
	});

	it('rejects an unknown metric', () => {
		expect(resolveFilters({ metric: 'gdp' }, VISIT_IDS)).toEqual({
			ok: false,
			problem: { reason: 'unknownMetric', value: 'gdp' },
		});
	});

	it('resolves every field at once', () => {
		expect(
			resolveFilters(
				{
					country: 'TR',
					year: '2025',
					kind: 'agreement',
					sector: 'trade',
					visit: 'visit-2025-astana',
					metric: 'investment',
				},
				VISIT_IDS,
			),
		).toEqual({
			ok: true,
			filters: {
				country: 'Türkiye',
				year: 2025,
				kind: 'agreement',
				sector: 'trade',
				visit: 'visit-2025-astana',
				metric: 'investment',
			},
		});
	});

	it('reports the first problem when several values are wrong', () => {
		expect(resolveFilters({ country: 'Atlantis', year: 3000 }, VISIT_IDS)).toEqual({
			ok: false,
			problem: { reason: 'unknownCountry', value: 'Atlantis' },
		});
	});
});

describe('kindMatches', () => {
	it('matches any kind when there is no filter', () => {
		expect(kindMatches('treaty', undefined)).toBe(true);
	});

	it('matches the exact kind', () => {
		expect([kindMatches('treaty', 'treaty'), kindMatches('agreement', 'treaty')]).toEqual([true, false]);
	});

	it('lets memorandum cover every kind of memorandum but nothing else', () => {
		expect(
			(['memorandum', 'memorandum-of-understanding', 'memorandum-of-intent', 'agreement'] as const).map((kind) =>
				kindMatches(kind, 'memorandum'),
			),
		).toEqual([true, true, true, false]);
	});

	it('does not let a specific memorandum kind cover the others', () => {
		expect(kindMatches('memorandum-of-intent', 'memorandum-of-understanding')).toBe(false);
	});
});

describe('describeFilterProblem', () => {
	const sentences: { problem: FilterProblem; sentence: string }[] = [
		{
			problem: { reason: 'unknownCountry', value: 'Atlantis' },
			sentence: 'There is no country called that in the dataset. Try Kazakhstan, Turkmenistan, Türkiye.',
		},
		{
			problem: { reason: 'badYear', value: '3000' },
			sentence: 'That year is outside what the dataset can hold (1991–2100).',
		},
		{
			problem: { reason: 'unknownKind', value: 'memo' },
			sentence:
				'That is not a document kind. Try one of: joint-statement, joint-declaration, treaty, agreement, agreement-of-intent, memorandum, memorandum-of-understanding, memorandum-of-intent, …',
		},
		{
			problem: { reason: 'unknownSector', value: 'spaceflight' },
			sentence:
				'That is not a sector. Try one of: political, border, defence, emergencies, customs, trade, investment, industry, energy, transport, …',
		},
		{ problem: { reason: 'unknownVisit', value: 'nope' }, sentence: 'There is no such visit. Pick one from the list.' },
		{
			problem: { reason: 'unknownMetric', value: 'gdp' },
			sentence:
				'That is not a figure metric. Try one of: trade-turnover, trade-turnover-target, trade-growth, investment, companies, project-value, project-count, export-offer, …',
		},
	];

	it.each(sentences)('describes $problem.reason as a sentence', ({ problem, sentence }) => {
		expect(describeFilterProblem(problem)).toBe(sentence);
	});
});
