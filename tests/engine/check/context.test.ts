import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { CheckData } from '../../../src/engine/check/context.js';
import { Engine } from '../../../src/engine/engine.js';

let data: CheckData;
beforeAll(async () => {
	data = new CheckData(new Engine(await loadDataset()));
});

describe('CheckData', () => {
	it('cites a quote with its article’s outlet, date and title, once', () => {
		const quote = { source: '002_bb1a33c2bc12b1c8.txt', quote: 'Then the parties signed a package of documents.' };
		expect(data.cite([quote, quote])).toEqual([
			{
				...quote,
				outlet: 'nCa',
				published: { iso: '2021-10-26', precision: 'day' },
				title: 'State visit of President Kassym-Jomart Tokayev to Turkmenistan, 25 October 2021',
			},
		]);
	});

	it('leaves out country names from telling words', () => {
		expect(data.tellingTerms('Kazakh investments in Türkiye')).toEqual(['investment']);
	});

	it('finds the sentence of the sources that says a claim’s words and names its person', () => {
		const terms = new Set(data.tellingTerms('greater cooperation in logistics and transport'));
		expect([
			data.sentenceSaying(terms, new Set(['person-kassym-jomart-tokayev']))?.id,
			data.sentenceSaying(terms, new Set(['person-recep-tayyip-erdogan']))?.id,
		]).toEqual(['passage-004_c7ebae0e9b69a8fa-11', undefined]);
	});
});
