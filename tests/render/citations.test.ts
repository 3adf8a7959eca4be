/** Citations named by outlet and date, linked where the catalogue has an address, quotes trimmed around the value. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { citationFocus, citationName, citationQuote, moreCitations } from '../../src/render/citations.js';
import { fixtureCatalogue, fixtureRenderedAnswer } from '../support/datasetFixture.js';

const SOURCES = fixtureCatalogue(
	{ id: 'a.txt', outlet: 'nCa', published: { iso: '2025-11-26', precision: 'day' } },
	{ id: 'b.txt', outlet: null, title: 'Tokayev on the Turkmen president’s state visit, 25 November 2025' },
	{ id: 'c.txt', outlet: 'Turkmenistan Analytic magazine', published: { iso: '2022', precision: 'year' } },
	{
		id: 'd.txt',
		outlet: null,
		title: 'Tokayev and Erdoğan at the fifth High-Level Strategic Cooperation Council',
		published: null,
	},
	{ id: 'e.txt', outlet: 'The *Star* [weekly]', url: 'https://example.org/a(b)' },
	{
		id: 'f.txt',
		outlet: 'nCa',
		published: {
			iso: '2022-06',
			precision: 'month',
			inferred: {
				part: 'year',
				note: 'From the visit.',
				evidence: [{ source: 'f.txt', quote: 'In June of that year.' }],
			},
		},
	},
);

const answer = fixtureRenderedAnswer;

describe('citationName', () => {
	it('names a source by its outlet and publication date, as precise as the catalogue has it', () => {
		expect(citationName({ source: 'a.txt' }, SOURCES)).toEqual({ text: 'nCa, 26 November 2025', url: null });
		expect(citationName({ source: 'c.txt' }, SOURCES).text).toBe('Turkmenistan Analytic magazine, 2022');
		expect(citationName({ source: 'f.txt' }, SOURCES).text).toBe('nCa, June 2022 (year inferred)');
	});

	it('names an article that names no outlet by its title, without the date its title repeats', () => {
		expect(citationName({ source: 'b.txt' }, SOURCES).text).toBe(
			'Tokayev on the Turkmen president’s state visit, 25 November 2025',
		);
	});

	it('shortens a long title, and says when the article has no publication date', () => {
		expect(citationName({ source: 'd.txt' }, SOURCES).text).toBe(
			'Tokayev and Erdoğan at the fifth High-Level…, no publication date stated',
		);
	});

	it("gives the article's address where the catalogue has one", () => {
		expect(citationName({ source: 'e.txt' }, SOURCES).url).toBe('https://example.org/a(b)');
	});

	it('falls back to the file name for a source the catalogue does not hold', () => {
		expect(citationName({ source: 'missing.txt' }, SOURCES)).toEqual({ text: 'missing.txt', url: null });
	});
});

describe('citationFocus', () => {
	it("holds a figure's value as written, then its period", () => {
		const figure = answer({ kind: 'figure', fields: { valueText: '$5 billion', period: '2024' } });
		expect(citationFocus(figure, 'Trade reached $5 billion in 2024.')).toEqual(['$5 billion', '2024']);
	});

	it("holds a document's title and other names, then its date as the quote writes it", () => {
		const document = answer({ fields: { aliases: ['the Statement'], date: '2015-12-05' } });
		expect(citationFocus(document, 'It was adopted on December 5, 2015.')).toEqual([
			'Joint Statement',
			'the Statement',
			'December 5, 2015',
		]);
		expect(citationFocus(document, 'Adopted on 5 December 2015.')).toContain('5 December 2015');
		expect(citationFocus(document, 'Adopted in December 2015.')).toContain('December 2015');
		expect(citationFocus(document, 'Adopted in 2015.')).toContain('2015');
		expect(citationFocus(document, 'Adopted long ago.')).toEqual(['Joint Statement', 'the Statement']);
	});

	it("holds a visit's date and city, an award's names, a person's name", () => {
		expect(
			citationFocus(answer({ kind: 'visit', fields: { date: '2025-11', city: 'Astana' } }), 'In November 2025'),
		).toEqual(['November 2025', 'Astana']);
		expect(citationFocus(answer({ kind: 'award', fields: { names: ['Order of Friendship'] } }), 'x')).toEqual([
			'Order of Friendship',
		]);
		expect(citationFocus(answer({ kind: 'person', title: 'Serdar Berdimuhamedov', fields: {} }), 'x')).toEqual([
			'Serdar Berdimuhamedov',
		]);
	});

	it('holds nothing for a passage, which is its own quote', () => {
		expect(citationFocus(answer({ kind: 'passage', title: 'From the article' }), 'From the article.')).toEqual([]);
	});
});

describe('citationQuote', () => {
	it('keeps a quote that fits whole, and trims a longer one around the value', () => {
		const figure = answer({ kind: 'figure', fields: { valueText: '$5 billion' } });
		const quote = `${'The presidents discussed a wide agenda. '.repeat(5)}Trade reached $5 billion.`;

		expect(citationQuote({ source: 'a.txt', quote: 'Trade reached $5 billion.' }, figure, 40)).toBe(
			'Trade reached $5 billion.',
		);
		expect(citationQuote({ source: 'a.txt', quote }, figure, 60)).toBe(
			'…discussed a wide agenda. Trade reached $5 billion.',
		);
	});
});

describe('moreCitations', () => {
	it('says "citation" for one and "citations" for more', () => {
		expect([moreCitations(1), moreCitations(2), moreCitations(7)]).toEqual([
			'1 more citation',
			'2 more citations',
			'7 more citations',
		]);
	});
});

describe('citations on the dataset', () => {
	let engine: Engine;

	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it('names every source by an outlet or a title, never by its file', () => {
		for (const source of engine.dataset.sources) {
			expect(citationName({ source: source.id }, engine.sourceCatalogue).text).not.toMatch(/\.txt/u);
		}
		expect(citationName({ source: '000_60c27e27655f15d3.txt' }, engine.sourceCatalogue).text).toBe(
			'nCa, 26 November 2025',
		);
	});

	it("finds the Universal Declaration's title and date in its quote", () => {
		const declaration = engine.get('doc-2015-nuclear-weapon-free-world-declaration');
		const quote = declaration?.citations[0]?.quote ?? '';
		if (!declaration) throw new Error('the declaration is in the dataset');

		expect(citationFocus(declaration, quote)).toEqual([
			'Universal Declaration on Building a Nuclear-Weapon-Free World',
			'December 5, 2015',
		]);
	});
});
