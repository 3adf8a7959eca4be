import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import type { Dataset } from '../../src/data/validateDataset.js';
import { buildVocabulary, type Vocabulary } from '../../src/engine/vocabulary.js';

let dataset: Dataset;
let vocabulary: Vocabulary;

beforeAll(async () => {
	dataset = await loadDataset();
	vocabulary = buildVocabulary(dataset);
});

describe('buildVocabulary', () => {
	it('reads the spellings of people, places, organisations and awards from their aliases', () => {
		const alias = (word: string) => vocabulary.nameAliases.get(word);
		expect(alias('zhomart')).toEqual(['jomart']);
		expect(alias('tokaev')).toEqual(['tokayev']);
		expect(alias('berdymukhamedov')).toEqual(['berdimuhamedov']);
		expect(alias('turkish')).toEqual(['turkiye']);
		expect(alias('kazakh')).toEqual(['kazakhstan']);
		expect(alias('ashkhabad')).toEqual(['ashgabat']);
		expect(alias('garabogazkol')).toEqual(['garabogaz']);
		expect(alias('turkmentelekom')).toEqual(['turkmentelecom']);
		expect(alias('hlscc')?.slice(0, 5)).toEqual(['high', 'level', 'strategic', 'cooperation', 'council']);
	});

	it('never takes a word the language already gives a meaning, nor a word the sources use for something else', () => {
		for (const word of ['who', 'defence', 'defense', 'labour', 'region', 'caspian'])
			expect(vocabulary.nameAliases.has(word)).toBe(false);
	});

	it('tells the leaders apart by the names only one of them has', () => {
		expect([...(vocabulary.leaderVisits.get('serdar') ?? [])].sort()).toEqual([
			'visit-2022-kazakhstan',
			'visit-2025-astana',
		]);
		expect([...(vocabulary.leaderVisits.get('gurbanguly') ?? [])]).toEqual(['visit-2021-ashgabat']);
		expect(vocabulary.leaderVisits.has('berdimuhamedov')).toBe(false);
	});

	it("knows a city by its places' aliases", () => {
		expect(vocabulary.cityNames.get('nur sultan')).toBe('astana');
		expect(vocabulary.cityNames.get('ashgabat')).toBe('ashgabat');
	});

	it('takes as award words those that name an award and little else', () => {
		expect([...vocabulary.awardWords]).toEqual(expect.arrayContaining(['bitaraplyk', 'qyran', 'nisani']));
		expect(vocabulary.awardWords.has('neutrality')).toBe(false);
		expect(vocabulary.awardWords.has('order')).toBe(false);
	});

	it('finds the country that is a party to every visit', () => {
		expect([...vocabulary.everyVisitCountries]).toEqual(['Kazakhstan']);
	});
});
