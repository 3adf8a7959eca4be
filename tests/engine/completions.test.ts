/**
 * Autocomplete on the real dataset: the partials the issue names ("vet", "transport", "agriculture", "bord") offer
 * names that tell the documents apart and show the word typed; every fixed list offers all its values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Country, DocumentKind, Sector } from '../../src/data/schema.js';
import type { Dataset } from '../../src/data/validateDataset.js';
import { Completions } from '../../src/engine/completions.js';
import { Engine } from '../../src/engine/engine.js';
import { normaliseTerms } from '../../src/engine/normalise.js';

let dataset: Dataset;
let completions: Completions;

beforeAll(async () => {
	dataset = await loadDataset();
	// The engine installs the dataset's spellings, which the completions normalise with.
	const engine = new Engine(dataset);
	completions = new Completions(dataset, engine.index);
});

const DISCORD_NAME = 100;

function names(what: Parameters<Completions['complete']>[0], partial: string): string[] {
	return completions.complete(what, partial, 25, DISCORD_NAME).map((choice) => choice.name);
}

function showsWord(name: string, word: string): boolean {
	return normaliseTerms(name).some((term) => term.startsWith(word));
}

describe('Completions.complete for documents', () => {
	it.each(['vet', 'transport', 'agriculture', 'bord'])(
		'offers distinct names of at most 100 characters that show "%s"',
		(partial) => {
			const offered = names('document', partial);
			expect(offered.length).toBeGreaterThan(0);
			expect(new Set(offered).size).toBe(offered.length);
			for (const name of offered) {
				expect(name.length).toBeLessThanOrEqual(DISCORD_NAME);
				expect(name, `"${name}" for "${partial}"`).toSatisfy((shown: string) => showsWord(shown, partial));
			}
		},
	);

	it('names the veterinary memorandum by its year, kind, subject and parties', () => {
		expect(completions.complete('document', 'vet', 25, DISCORD_NAME)).toEqual([
			{ name: '2025 · MoU · veterinary medicine · agriculture ministries', value: 'doc-2025-veterinary' },
		]);
	});

	it('tells the two 2021 transport memoranda of the same ministries apart by their subjects', () => {
		const byValue = new Map(
			completions.complete('document', 'transport', 25, DISCORD_NAME).map((choice) => [choice.value, choice.name]),
		);
		expect(byValue.get('doc-2021-international-road-transport')).toContain('international road transport');
		expect(byValue.get('doc-2021-transport-transit')).toContain('transit of goods and passengers');
	});

	it('tells the 2025 veterinary memorandum from the 2021 agriculture one', () => {
		const byValue = new Map(
			completions.complete('document', 'agriculture', 25, DISCORD_NAME).map((choice) => [choice.value, choice.name]),
		);
		expect(byValue.get('doc-2025-veterinary')).toBe('2025 · MoU · veterinary medicine · agriculture ministries');
		expect(byValue.get('doc-2021-agriculture')).toBe('2021 · MoU · agriculture · agriculture ministries');
	});

	it('shows the border in each border document, even where the title reaches it late', () => {
		const offered = completions.complete('document', 'bord', 25, DISCORD_NAME);
		expect(offered.map((choice) => choice.value)).toEqual(
			expect.arrayContaining([
				'doc-2021-border-delimitation',
				'doc-2021-border-regime',
				'doc-2021-cable-border-crossing',
				'doc-2025-telecom-cable-crossing',
			]),
		);
		for (const choice of offered) expect(choice.name).toMatch(/border/iu);
	});

	it('adds the word typed when only an alias holds it', () => {
		const [regime] = completions.complete('document', 'intergov', 25, DISCORD_NAME);
		expect(regime?.value).toBe('doc-2021-border-regime');
		expect(regime?.name).toContain('Intergovernmental');
	});

	it('gives every one of the 42 documents a distinct name when nothing is typed', () => {
		const all = completions.complete('document', '', 100, DISCORD_NAME).map((choice) => choice.name);
		expect(all.length).toBe(dataset.documents.length);
		expect(new Set(all).size).toBe(all.length);
	});

	it('leaves names whole without a length to fit', () => {
		const whole = completions.complete('document', 'neutrality', 25);
		expect(whole[0]?.name).toContain('process of sustainable development');
		expect(whole[0]?.name.length).toBeGreaterThan(DISCORD_NAME);
	});
});

describe('Completions.complete for other records', () => {
	it('names visits by their dates, figures with their values, proposals with where they stand, people with a role', () => {
		expect(names('visit', 'ashgabat')).toEqual([
			'25 October 2021 · State visit of Kassym-Jomart Tokayev to Turkmenistan · Ashgabat',
		]);
		expect(names('figure', 'freight')).toEqual(
			expect.arrayContaining([
				'2025 · Freight carried along the Kazakhstan–Turkmenistan–Iran railway routes: 1.5 million tons',
			]),
		);
		expect(names('proposal', 'bridge')).toEqual([
			'2025 · Road bridge across Garabogazköl Bay commissioned · done',
			'2021 · Bridge across Garabogaz Bay toward the Kazakh border · proposed',
		]);
		expect(names('person', 'tokaev')).toEqual(['Kassym-Jomart Tokayev · President of Kazakhstan']);
	});

	it('shows the word typed for a visit whose title holds it late', () => {
		const [ankara = ''] = names('visit', 'ankara');
		expect(ankara.length).toBeLessThanOrEqual(DISCORD_NAME);
		expect(ankara).toContain('Ankara');
	});
});

describe('Completions.complete for fixed lists', () => {
	it('offers every sector, 25 at a time, those of the most records first, the rest by typing', () => {
		const first = completions.complete('sector', '', 25, DISCORD_NAME).map((choice) => choice.value);
		expect(first.length).toBe(25);
		const rest = Sector.options.filter((sector) => !first.includes(sector));
		expect(rest.length).toBe(Sector.options.length - 25);
		for (const sector of rest)
			expect(completions.complete('sector', sector, 25, DISCORD_NAME)[0]?.value, sector).toBe(sector);
	});

	it('names a sector in words and finds it by any of them, or by a typo', () => {
		expect(completions.complete('sector', 'admin', 25)).toEqual([
			{ name: 'public administration', value: 'public-administration' },
		]);
		expect(completions.complete('sector', 'tarnsport', 25)).toEqual([{ name: 'transport', value: 'transport' }]);
	});

	it('offers every country and every kind, "any memorandum" first', () => {
		expect(completions.complete('country', '', 25).map((choice) => choice.value)).toEqual([...Country.options]);
		const kinds = completions.complete('kind', '', 25);
		expect(kinds[0]).toEqual({ name: 'any memorandum', value: 'memorandum' });
		expect(kinds.map((choice) => choice.value).sort()).toEqual([...DocumentKind.options].sort());
		expect(completions.complete('kind', 'mou', 25).map((choice) => choice.value)).toEqual([
			'memorandum-of-understanding',
		]);
	});

	it('offers the years the records carry, newest first, filtered by the digits typed', () => {
		const years = completions.complete('year', '', 25).map((choice) => Number(choice.value));
		expect(years).toEqual([...years].sort((a, b) => b - a));
		expect(years).toEqual(expect.arrayContaining([2015, 2017, 2021, 2025]));
		expect(completions.complete('year', '201', 25).map((choice) => choice.value)).toEqual(['2017', '2015']);
	});
});

describe('Completions.count', () => {
	it('counts every choice the completions would offer with no limit', () => {
		expect(completions.count('sector', '')).toBe(Sector.options.length);
		expect(completions.count('document', '')).toBe(dataset.documents.length);
		expect(completions.count('document', 'vet')).toBe(1);
		for (const partial of ['', 'a', 'tr', 'memorandum of', 'memorandm on cultre'])
			expect(completions.count('document', partial)).toBe(completions.complete('document', partial, 1000).length);
	});
});
