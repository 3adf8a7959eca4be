/** One page of a ranked list: pages of five, numbered from where the page starts, each with its kind, date and source. */
import { describe, expect, it } from 'vitest';
import type { RenderedAnswer } from '../../src/render/answerProse.js';
import { PAGE_SIZE, listEmbed, pageCount, pageIndex, pageRequest } from '../../src/render/listEmbed.js';
import { fixtureCatalogue } from '../support/datasetFixture.js';

const SOURCES = fixtureCatalogue(
	{ id: 'a.txt', outlet: 'nCa', published: { iso: '2021-10-26', precision: 'day' } },
	{ id: 'b.txt', outlet: 'Kazinform', url: 'https://example.org/b' },
);

function answer(index: number, overrides: Partial<RenderedAnswer> = {}): RenderedAnswer {
	return {
		kind: 'visit',
		id: `visit-${index}`,
		title: `Visit ${index}`,
		text: `Text ${index}`,
		fields: { dateText: `${index} May 2021` },
		citations: [{ source: 'a.txt', quote: `Quote ${index}.` }],
		...overrides,
	};
}

describe('paging', () => {
	it('shows five to a page', () => {
		expect(PAGE_SIZE).toBe(5);
	});

	it('counts at least one page, and a page for every five results or part of five', () => {
		expect([0, 1, 5, 6, 10, 11].map(pageCount)).toEqual([1, 1, 1, 2, 2, 3]);
	});

	it('asks for the five results of a page, from the first page for a negative one', () => {
		expect(pageRequest(2)).toEqual({ offset: 10, limit: 5 });
		expect(pageRequest(-3)).toEqual({ offset: 0, limit: 5 });
	});

	it('tells the page a list page is from its offset', () => {
		expect(pageIndex({ total: 12, offset: 10, results: [] })).toBe(2);
	});
});

describe('listEmbed', () => {
	it("numbers the results from where the page starts, each with its kind as a word, date, quote and source's outlet and date", () => {
		const embed = listEmbed('12 visits', { total: 12, offset: 10, results: [answer(11), answer(12)] }, SOURCES);

		expect(embed.title).toBe('12 visits');
		expect(embed.fields).toEqual([
			{ name: '11. Visit 11', value: 'Visit · 11 May 2021\n> Quote 11.\n— nCa, 26 October 2021' },
			{ name: '12. Visit 12', value: 'Visit · 12 May 2021\n> Quote 12.\n— nCa, 26 October 2021' },
		]);
		expect(embed.footer?.text).toBe('Page 3 of 3 · 12 results');
	});

	it('leaves out the date and the source a result does not have, and says "1 result"', () => {
		const embed = listEmbed(
			'1 figure',
			{ total: 1, offset: 0, results: [answer(1, { fields: {}, citations: [] })] },
			SOURCES,
		);

		expect(embed.fields).toEqual([{ name: '1. Visit 1', value: 'Visit' }]);
		expect(embed.footer?.text).toBe('Page 1 of 1 · 1 result');
	});

	it('cuts a long quote to 200 characters', () => {
		const embed = listEmbed(
			'1 visit',
			{ total: 1, offset: 0, results: [answer(1, { citations: [{ source: 'a.txt', quote: 'q'.repeat(500) }] })] },
			SOURCES,
		);

		expect(embed.fields?.[0]?.value).toBe(`Visit · 1 May 2021\n> ${'q'.repeat(199)}…\n— nCa, 26 October 2021`);
	});

	it("keeps the words of a long quote that hold a figure's value, and links to an article the catalogue has", () => {
		const quote = `${'The sides reviewed their cooperation in many fields. '.repeat(6)}Trade reached $5 billion in 2024.`;
		const figure = answer(1, {
			kind: 'figure',
			fields: { valueText: '$5 billion' },
			citations: [{ source: 'b.txt', quote }],
		});

		const value = listEmbed('1 figure', { total: 1, offset: 0, results: [figure] }, SOURCES).fields?.[0]?.value;

		expect(value).toMatch(
			/^Figure[^\n]*\n> …[\w .]+ Trade reached \$5 billion in 2024\.\n— \[Kazinform, 25 November 2025\]\(https:\/\/example\.org\/b\)$/u,
		);
	});

	it('says of a document row its kind and how it was signed, and never its id', () => {
		const document = answer(1, {
			kind: 'document',
			id: 'doc-2021-border-regime',
			fields: { kindText: 'agreement', signingText: 'signed by the heads of state', dateText: '25 October 2021' },
			citations: [],
		});

		expect(listEmbed('1 document', { total: 1, offset: 0, results: [document] }, SOURCES).fields?.[0]?.value).toBe(
			'Agreement · signed by the heads of state · 25 October 2021',
		);
	});

	it('never cuts a title too long for a field name: it opens the value, whole, under the bare number', () => {
		const title = `Memorandum of Understanding ${'between the ministries of the two republics '.repeat(6)}`.trim();
		expect(`6. ${title}`.length).toBeGreaterThan(256);

		const embed = listEmbed('7 documents', { total: 7, offset: 5, results: [answer(6, { title })] }, SOURCES);

		expect(embed.fields?.[0]).toEqual({
			name: '6.',
			value: `${title}\nVisit · 6 May 2021\n> Quote 6.\n— nCa, 26 October 2021`,
		});
	});

	it('shortens the quote, not the title, when a long title leaves a row little room', () => {
		const title = 't '.repeat(450).trim();
		const embed = listEmbed(
			'1 visit',
			{
				total: 1,
				offset: 0,
				results: [answer(1, { title, citations: [{ source: 'a.txt', quote: 'q '.repeat(300) }] })],
			},
			SOURCES,
		);

		const value = embed.fields?.[0]?.value ?? '';
		expect(value.length).toBeLessThanOrEqual(1024);
		expect(value.startsWith(`${title}\nVisit · 1 May 2021\n> q`)).toBe(true);
		expect(value.endsWith('…\n— nCa, 26 October 2021')).toBe(true);
	});

	it('shows no more than a page of results', () => {
		const results = Array.from({ length: 7 }, (_, index) => answer(index + 1));

		expect(listEmbed('7 visits', { total: 7, offset: 0, results }, SOURCES).fields).toHaveLength(5);
	});
});
