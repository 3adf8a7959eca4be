/**
 * The index must rank exactly as MiniSearch ranks the same entries with the same options: it was written to make
 * MiniSearch's scoring fast at 100k records, not to change what comes first. Checked on the real dataset and on a
 * synthetic one, for a fixed set of queries of every kind (words, prefixes, typos, questions, aliases).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../bench/synthetic.js';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { validateDataset } from '../../../src/data/validateDataset.js';
import { ANSWER_KINDS, type AnswerKind } from '../../../src/engine/answer.js';
import { buildEntries, type Entry } from '../../../src/engine/entries.js';
import { KIND_WEIGHT } from '../../../src/engine/kindWeights.js';
import {
	INDEX_OPTIONS,
	type KindWeights,
	miniSearchOptions,
	type QueryOptions,
	QUESTION_OPTIONS,
	SEARCH_OPTIONS,
	type Searchable,
	SUGGEST_OPTIONS,
} from '../../../src/engine/search/options.js';
import { SearchIndex } from '../../../src/engine/search/searchIndex.js';
import { useDatasetNames } from '../../support/datasetNames.js';

// Names and their spellings come from the dataset, as in the engine.
beforeAll(useDatasetNames);

const QUERIES = [
	'memorandum',
	'transport',
	'border regime',
	'memor',
	'transp',
	'agr',
	'memorandun',
	'helth',
	'statistcs',
	'bordar',
	'How many documents were signed in Ashgabat in October 2021?',
	'What is the trade turnover with Türkiye?',
	'Who awarded Tokayev the Bitaraplyk order?',
	'MoU on culture',
	'Kazakhstn Turkmenstan memorandum on sport',
	'Erdogan Ankara investments',
	'the of and',
	'memorandum memorandum transport',
	'Garabogazköl',
	'zzzz qqqq',
];

const OPTION_SETS: Record<string, QueryOptions> = {
	search: SEARCH_OPTIONS,
	question: QUESTION_OPTIONS,
	suggest: SUGGEST_OPTIONS,
};

/** How many of the best results must agree. */
const TOP = 10;

interface Ranked {
	id: string;
	score: number;
}

function closeTo(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Same scores position by position, and the same ids wherever the order is decided by score: among equal scores
 * MiniSearch keeps the order it met documents in, the index keeps dataset order; both are fair.
 */
function expectSameRanking(actual: readonly Ranked[], expected: readonly Ranked[]): void {
	expect(actual.length).toBe(expected.length);
	const scores = (ranked: readonly Ranked[]): number[] => ranked.map((hit) => hit.score);
	scores(actual).forEach((score, position) => {
		expect(closeTo(score, expected[position]?.score ?? Number.NaN), `score at ${position}`).toBe(true);
	});
	const cutoff = expected.at(-1)?.score ?? 0;
	const decided = (ranked: readonly Ranked[]): string[] =>
		ranked
			.filter((hit) => hit.score > cutoff && !closeTo(hit.score, cutoff))
			.map((hit) => hit.id)
			.sort();
	expect(decided(actual)).toEqual(decided(expected));
}

function describeCorpus(
	name: string,
	entriesOf: () => Promise<Entry[]>,
	kindWeights: KindWeights<AnswerKind> = KIND_WEIGHT,
): void {
	describe(`ranking on ${name}`, () => {
		let index: SearchIndex<Entry>;
		let miniSearch: MiniSearch<Searchable>;

		beforeAll(async () => {
			const entries = await entriesOf();
			index = new SearchIndex(entries, kindWeights);
			miniSearch = new MiniSearch(INDEX_OPTIONS);
			miniSearch.addAll(
				entries.map(({ id, kind, title, names, text, context }) => ({ id, kind, title, names, text, context })),
			);
		});

		const reference = (query: string, options: QueryOptions, keep?: (result: SearchResult) => boolean): Ranked[] =>
			miniSearch
				.search(query, miniSearchOptions(options, kindWeights))
				.filter((result) => !keep || keep(result))
				.map((result) => ({ id: String(result.id), score: result.score }));

		for (const [optionName, options] of Object.entries(OPTION_SETS)) {
			it(`matches MiniSearch's top ${TOP} and total with ${optionName} options`, () => {
				for (const query of QUERIES) {
					const expected = reference(query, options);
					const result = index.search(query, { options, limit: TOP });
					expect(result.total, query).toBe(expected.length);
					expectSameRanking(
						result.hits.map((hit) => ({ id: hit.entry.id, score: hit.score })),
						expected.slice(0, TOP),
					);
				}
			});
		}

		it('returns every hit, in MiniSearch order, when no limit is given', () => {
			for (const query of ['memorandum', 'cooperation', 'agr']) {
				const expected = reference(query, SEARCH_OPTIONS);
				const hits = index.search(query).hits.map((hit) => ({ id: hit.entry.id, score: hit.score }));
				expect(hits.map((hit) => hit.score)).toEqual(expected.map((hit) => expect.closeTo(hit.score, 9) as number));
				expect(new Set(hits.map((hit) => hit.id))).toEqual(new Set(expected.map((hit) => hit.id)));
			}
		});

		it('ranks within kinds and a filter as MiniSearch does when its results are filtered afterwards', () => {
			const kinds: AnswerKind[] = ['document', 'figure'];
			for (const query of QUERIES) {
				const expected = reference(query, SEARCH_OPTIONS, (result) => kinds.includes(result['kind'] as AnswerKind));
				const result = index.search(query, { kinds, limit: TOP });
				expect(result.total, query).toBe(expected.length);
				expectSameRanking(
					result.hits.map((hit) => ({ id: hit.entry.id, score: hit.score })),
					expected.slice(0, TOP),
				);
			}
		});

		it('multiplies scores by the weight or the kind weights before choosing the best', () => {
			const weight = (kind: string): number => (kind === 'passage' ? 5 : kind === 'document' ? 0.5 : 1);
			for (const query of ['memorandum on transport', 'trade turnover', 'cooperation']) {
				const expected = miniSearch
					.search(query, miniSearchOptions(SEARCH_OPTIONS, kindWeights))
					.map((result) => ({ id: String(result.id), score: result.score * weight(String(result['kind'])) }))
					.sort((a, b) => b.score - a.score);
				const result = index.search(query, { weight: (entry) => weight(entry.kind), limit: TOP });
				expectSameRanking(
					result.hits.map((hit) => ({ id: hit.entry.id, score: hit.score })),
					expected.slice(0, TOP),
				);
				const byKind = index.search(query, { kindWeights: { passage: 5, document: 0.5 }, limit: TOP });
				expectSameRanking(
					byKind.hits.map((hit) => ({ id: hit.entry.id, score: hit.score })),
					expected.slice(0, TOP),
				);
			}
		});
	});
}

describeCorpus('the real dataset', async () => buildEntries(await loadDataset()));
describeCorpus('a synthetic dataset of 3,000 records', () =>
	Promise.resolve(buildEntries(validateDataset(syntheticDataset(3000)))),
);
// The weights are the index's parameter, not its constants: other weights must rank as MiniSearch ranks with them.
describeCorpus('the real dataset with sentences weighed above records', async () => buildEntries(await loadDataset()), {
	...KIND_WEIGHT,
	passage: 2,
	source: 1.5,
	document: 0.6,
});

describe('SearchIndex', () => {
	let index: SearchIndex<Entry>;

	beforeAll(async () => {
		index = new SearchIndex(buildEntries(await loadDataset()), KIND_WEIGHT);
	});

	it('with informative coordination, lifts the sentence holding the rare words above records sharing common ones', () => {
		const question = 'Kazakhstan propose opening university branch Turkmenistan';
		// The proposal, person and organisation records hold the same rare words and answer too; this is about the
		// records that only share the common words (documents, visits, figures…).
		const kinds = ANSWER_KINDS.filter((kind) => !['proposal', 'person', 'organisation', 'follow-up'].includes(kind));
		const sentenceRank = (coordination: 'count' | 'informative'): number =>
			index
				.search(question, { options: QUESTION_OPTIONS, coordination, limit: 10, kinds })
				.hits.findIndex((hit) => hit.entry.kind === 'passage' && hit.entry.text.includes('branch'));
		expect(sentenceRank('informative')).toBeGreaterThanOrEqual(0);
		expect(sentenceRank('informative')).toBeLessThan(sentenceRank('count'));
	});

	it('scores as with count coordination when every query word is equally rare', () => {
		const byCount = index.search('memorandum', { limit: 10 });
		const informative = index.search('memorandum', { limit: 10, coordination: 'informative' });
		expect(informative.hits.map((hit) => [hit.entry.id, hit.score])).toEqual(
			byCount.hits.map((hit) => [hit.entry.id, hit.score]),
		);
	});

	it('finds nothing for an empty query, stop words only, or a limit of 0', () => {
		expect(index.search('')).toEqual({ hits: [], total: 0 });
		expect(index.search('   ')).toEqual({ hits: [], total: 0 });
		expect(index.search('the of and')).toEqual({ hits: [], total: 0 });
		const none = index.search('memorandum', { limit: 0 });
		expect(none.hits).toEqual([]);
		expect(none.total).toBeGreaterThan(0);
	});

	it('counts every match in total but ranks only up to the limit', () => {
		const all = index.search('cooperation');
		const top = index.search('cooperation', { limit: 3 });
		expect(top.total).toBe(all.total);
		expect(top.hits.map((hit) => hit.entry.id)).toEqual(all.hits.slice(0, 3).map((hit) => hit.entry.id));
	});

	it('takes a limit far beyond the matches (a page number typed by hand) without allocating for it', () => {
		const all = index.search('memorandum');
		const huge = index.search('memorandum', { limit: 3_000_000_000 });
		expect(huge.hits.map((hit) => hit.entry.id)).toEqual(all.hits.map((hit) => hit.entry.id));
		expect(index.search('memorandum', { limit: 100 }).hits.length).toBe(Math.min(100, all.total));
	});

	it('applies the filter to both the hits and the total', () => {
		const only2021 = index.search('memorandum', { filter: (entry) => entry.year === 2021 });
		expect(only2021.total).toBeGreaterThan(0);
		expect(only2021.total).toBe(only2021.hits.length);
		expect(only2021.hits.every((hit) => hit.entry.year === 2021)).toBe(true);
	});

	it('returns the same hits when the filter runs only on what could be returned, and calls it less', () => {
		for (const query of ['memorandum', 'border regime', 'Who awarded Tokayev the Bitaraplyk order?', 'trade']) {
			let calls = 0;
			const filter = (entry: Entry): boolean => {
				calls += 1;
				return entry.year === 2021;
			};
			const request = { filter, limit: 3, bestOfKind: 'passage' as const };
			const exact = index.search(query, request);
			const exactCalls = calls;
			calls = 0;
			const late = index.search(query, { ...request, exactTotal: false });
			expect(late.hits, query).toEqual(exact.hits);
			expect(late.bestOfKind, query).toEqual(exact.bestOfKind);
			expect(late.total > 0, query).toBe(exact.total > 0);
			expect(calls, query).toBeLessThanOrEqual(exactCalls);
		}
		const none = index.search('memorandum', { filter: () => false, limit: 3, exactTotal: false });
		expect([none.total, none.hits]).toEqual([0, []]);
	});

	it('gives the same answer when the same query is asked twice, whatever came between (scratch space is reset)', () => {
		const first = index.search('border regime', { limit: 5 });
		index.search('memorandum transport health culture', { limit: 50 });
		expect(index.search('border regime', { limit: 5 })).toEqual(first);
	});

	it('finds the best hit of a kind in the same pass, as a search of that kind alone would', () => {
		for (const query of [
			'border regime',
			'trade turnover',
			'memorandum',
			'Who awarded Tokayev the Bitaraplyk order?',
		]) {
			const { bestOfKind } = index.search(query, { limit: 1, bestOfKind: 'passage' });
			const alone = index.search(query, { kinds: ['passage'], limit: 1 }).hits[0];
			expect(bestOfKind, query).toEqual(alone);
		}
		expect(index.search('border regime', { bestOfKind: 'count', limit: 1 }).bestOfKind).toBeUndefined();
	});

	it('looks entries up by id', () => {
		const entry = index.entries[0];
		expect(entry && index.get(entry.id)).toBe(entry);
		expect(index.get('no-such-id')).toBeUndefined();
	});

	it('counts the entries that hold a term, as many as a search for it alone matches', () => {
		for (const term of ['turkic', 'border', 'kazakhstan']) {
			expect(index.entriesWith(term)).toBe(index.search(term, { options: {} }).total);
			expect(index.entriesWith(term)).toBeGreaterThan(0);
		}
		expect(index.entriesWith('qwxz')).toBe(0);
	});
});

describe('SearchIndex over documents of its own kinds', () => {
	interface Note extends Searchable<'note' | 'memo'> {
		author: string;
	}
	const notes: Note[] = [
		{ id: 'n1', kind: 'note', title: 'Border regime', names: '', text: 'The border regime was agreed.', author: 'A' },
		{ id: 'n2', kind: 'memo', title: 'Transport', names: '', text: 'A memo on the border crossing.', author: 'B' },
		{ id: 'n3', kind: 'note', title: 'Culture', names: 'Museum', text: 'Exhibitions were planned.', author: 'A' },
	];

	it('finds and weighs documents by the kinds and weights it was given', () => {
		const even = new SearchIndex(notes, { note: 1, memo: 1 });
		const memosFirst = new SearchIndex(notes, { note: 1, memo: 100 });
		expect(even.search('border').hits.map((hit) => hit.entry.id)).toEqual(['n1', 'n2']);
		expect(memosFirst.search('border').hits.map((hit) => hit.entry.id)).toEqual(['n2', 'n1']);
		expect(even.search('border', { kinds: ['memo'] }).hits.map((hit) => hit.entry.author)).toEqual(['B']);
	});

	it("finds a document by its context's words, below one whose own text holds them", () => {
		const sentences: Note[] = [
			{
				id: 's1',
				kind: 'note',
				title: '',
				names: '',
				text: 'Tokayev awarded him the Golden Eagle order.',
				author: 'A',
			},
			{
				id: 's2',
				kind: 'note',
				title: '',
				names: '',
				text: 'He regards it as a sign of high respect.',
				context: 'Tokayev awarded him the Golden Eagle order.',
				author: 'A',
			},
			{ id: 's3', kind: 'note', title: '', names: '', text: 'Trade grew by a third.', author: 'B' },
		];
		const index = new SearchIndex(sentences, { note: 1, memo: 1 });
		const [first, second] = index.search('golden eagle').hits;
		expect([first?.entry.id, second?.entry.id]).toEqual(['s1', 's2']);
		expect(second?.score ?? 0).toBeLessThan((first?.score ?? 0) / 2);
		expect(index.search('golden eagle: a sign of high respect').hits[0]?.entry.id).toBe('s2');
	});

	it('refuses a document whose kind has no weight, naming it', () => {
		const weights = { note: 1 } as KindWeights<Note['kind']>;
		expect(() => new SearchIndex(notes, weights)).toThrow(
			'SearchIndex: entry "n2" is of kind "memo", which has no weight',
		);
	});
});
