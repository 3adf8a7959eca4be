/** Which visits a value names by what several share (a year, a city, a leader, a country) and by nothing else. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { visitsNamedBy } from '../../src/engine/visitChoice.js';
import { buildVocabulary, type Vocabulary } from '../../src/engine/vocabulary.js';

let vocabulary: Vocabulary;

beforeAll(async () => {
	vocabulary = buildVocabulary(await loadDataset());
});

describe('visitsNamedBy', () => {
	it.each([
		['2025', ['visit-2025-ankara-hlscc', 'visit-2025-astana']],
		['the 2025 state visit', ['visit-2025-ankara-hlscc', 'visit-2025-astana']],
		['Astana', ['visit-2022-kazakhstan', 'visit-2025-astana']],
		['Nur-Sultan', ['visit-2022-kazakhstan', 'visit-2025-astana']],
		['Serdar', ['visit-2022-kazakhstan', 'visit-2025-astana']],
		['Turkmenistan', ['visit-2021-ashgabat', 'visit-2022-kazakhstan', 'visit-2025-astana']],
	])('names every visit "%s" fits, in date order', (value, visits) => {
		expect(visitsNamedBy(value, vocabulary)).toEqual(visits);
	});

	it('names every visit for a country that is a party to all of them', () => {
		expect(visitsNamedBy('Kazakhstan', vocabulary)).toEqual(vocabulary.visits.map((visit) => visit.id).sort());
	});

	it.each([
		['Ashgabat', ['visit-2021-ashgabat']],
		['2025 Astana', ['visit-2025-astana']],
		['November 2025', ['visit-2025-astana']],
		['Türkiye', ['visit-2025-ankara-hlscc']],
	])('names the one visit "%s" fits', (value, visits) => {
		expect(visitsNamedBy(value, vocabulary)).toEqual(visits);
	});

	it.each(['fifth HLSCC', 'Akorda', 'joint statement 2025', 'Paris 1850', '', '   '])(
		'leaves "%s" to the search: it has words of its own, or names no visit',
		(value) => {
			expect(visitsNamedBy(value, vocabulary)).toBeUndefined();
		},
	);

	it('leaves parts that name no visit together to the search (Ashgabat in 2025)', () => {
		expect(visitsNamedBy('Ashgabat 2025', vocabulary)).toBeUndefined();
	});
});
