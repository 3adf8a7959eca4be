/** What Show source and More citations open: the quote's paragraph in bold, every citation in pages within limits. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import type { RenderedAnswer } from '../../src/render/answerProse.js';
import { boldedParagraph, citationPages, sourceEmbed } from '../../src/render/citationReplies.js';
import { embedLength } from '../../src/render/fitEmbed.js';
import { fixtureCatalogue } from '../support/datasetFixture.js';

const SOURCES = fixtureCatalogue(
	{ id: 'a.txt', outlet: 'nCa', published: { iso: '2021-10-26', precision: 'day' }, title: 'State visit' },
	{ id: 'b.txt', outlet: 'Kazinform', url: 'https://example.org/b' },
);

function answer(citations: RenderedAnswer['citations']): RenderedAnswer {
	return { kind: 'visit', id: 'visit-1', title: 'State visit to Ashgabat', text: '…', fields: {}, citations };
}

describe('boldedParagraph', () => {
	it('puts the quote in bold and escapes the markdown of the text around it', () => {
		const text = 'It was *signed* by _both_. It came into force. Then @everyone left.';

		expect(boldedParagraph({ source: 'a.txt', text, start: 27, end: 46 }, 4096)).toBe(
			'It was \\*signed\\* by \\_both\\_. **It came into force.** Then @\u200beveryone left.',
		);
	});

	it('escapes markdown inside the quote too, keeping only its own bold', () => {
		expect(boldedParagraph({ source: 'a.txt', text: 'A **b** c.', start: 0, end: 10 }, 100)).toBe(
			'**A \\*\\*b\\*\\* c.**',
		);
	});

	it('bolds each line of a quote that runs across paragraphs, and keeps the line break', () => {
		const text = '“We agree,” said Tokayev.\nLast line.';

		expect(boldedParagraph({ source: 'a.txt', text, start: 12, end: 35 }, 4096)).toBe(
			'“We agree,” **said Tokayev.**\n**Last line**.',
		);
	});

	it('trims a paragraph too long for the room around the quote, with an ellipsis at each cut', () => {
		const text = `${'Before the quote. '.repeat(50)}The quote itself. ${'After the quote. '.repeat(50)}`;
		const start = text.indexOf('The quote itself.');

		const shown = boldedParagraph({ source: 'a.txt', text, start, end: start + 17 }, 200);

		expect(shown.length).toBeLessThanOrEqual(200);
		expect(shown).toMatch(/^….*\*\*The quote itself\.\*\*.*…$/u);
	});

	it('keeps the opening of a quote longer than the room', () => {
		const text = `Before. ${'word '.repeat(100)}`;

		const shown = boldedParagraph({ source: 'a.txt', text, start: 8, end: text.length - 1 }, 60);

		expect(shown.length).toBeLessThanOrEqual(60);
		expect(shown).toMatch(/^…?\*\*word word .*\*\*…$/u);
	});
});

describe('sourceEmbed', () => {
	it('titles the paragraph with the outlet and date, and names the article and its file below', () => {
		const embed = sourceEmbed(
			{ source: 'a.txt', quote: 'It came into force.' },
			{ source: 'a.txt', text: 'It was signed. It came into force.', start: 15, end: 34 },
			SOURCES,
		);

		expect(embed).toEqual({
			title: 'nCa, 26 October 2021',
			description: 'It was signed. **It came into force.**',
			color: 0x4b5563,
			footer: { text: 'State visit · a.txt' },
		});
	});

	it('links the title to the article where the catalogue has its address, and shows the quote alone without a paragraph', () => {
		const embed = sourceEmbed({ source: 'b.txt', quote: 'It was signed.' }, undefined, SOURCES);

		expect([embed.title, embed.url, embed.description]).toEqual([
			'Kazinform, 25 November 2025',
			'https://example.org/b',
			'**It was signed.**',
		]);
	});
});

describe('citationPages', () => {
	it('lists every citation, numbered, named by outlet and date, on one page when they fit', () => {
		const pages = citationPages(
			answer([
				{ source: 'a.txt', quote: 'The first quote.' },
				{ source: 'b.txt', quote: 'The second quote.' },
			]),
			SOURCES,
		);

		expect(pages).toEqual([
			{
				title: 'Citations: State visit to Ashgabat',
				color: 0x4b5563,
				fields: [
					{ name: '1. nCa, 26 October 2021', value: '> The first quote.' },
					{
						name: '2. Kazinform, 25 November 2025',
						value: '> The second quote.\n[Kazinform, 25 November 2025](https://example.org/b)',
					},
				],
				footer: { text: 'Citations 1–2 of 2' },
			},
		]);
	});

	it('starts a new page rather than cut a citation, each page within 25 fields and 6,000 characters', () => {
		const citations = Array.from({ length: 40 }, (_, index) => ({
			source: 'a.txt',
			quote: `Quote ${index + 1}: ${'a long sentence of the article '.repeat(15)}`,
		}));

		const pages = citationPages(answer(citations), SOURCES);

		expect(pages.length).toBeGreaterThan(1);
		expect(pages.flatMap((page) => page.fields ?? []).map((field) => field.name)).toEqual(
			citations.map((_, index) => `${index + 1}. nCa, 26 October 2021`),
		);
		for (const page of pages) {
			expect(embedLength(page)).toBeLessThanOrEqual(6000);
			expect(page.fields?.length).toBeLessThanOrEqual(25);
		}
		expect(pages[0]?.footer?.text).toMatch(/^Citations 1–\d+ of 40 · page 1 of \d$/u);
		expect(pages.at(-1)?.footer?.text).toMatch(/^Citations \d+–40 of 40 · page (\d) of \1$/u);
	});

	it('trims each long quote, never past a field', () => {
		const pages = citationPages(answer([{ source: 'a.txt', quote: 'word '.repeat(400) }]), SOURCES);

		const value = pages[0]?.fields?.[0]?.value ?? '';
		expect(value.length).toBeLessThanOrEqual(502);
		expect(value.endsWith('…')).toBe(true);
	});

	it('says "Citation 1 of 1" for a single citation', () => {
		expect(citationPages(answer([{ source: 'a.txt', quote: 'Only one.' }]), SOURCES)[0]?.footer?.text).toBe(
			'Citation 1 of 1',
		);
	});
});

describe('citation replies on the dataset', () => {
	let engine: Engine;

	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it("shows the Universal Declaration's whole paragraph with its quote in bold", () => {
		const citation = engine.get('doc-2015-nuclear-weapon-free-world-declaration')?.citations[0];
		if (!citation) throw new Error('the declaration is cited');

		const embed = sourceEmbed(citation, engine.quoteParagraph(citation), engine.sourceCatalogue);

		expect(embed.title).toBe('nCa, 26 October 2021');
		expect(embed.description).toContain(`**${citation.quote}**`);
		expect(embed.footer?.text).toBe(
			'State visit of President Kassym-Jomart Tokayev to Turkmenistan, 25 October 2021 · 002_bb1a33c2bc12b1c8.txt',
		);
	});

	it('lists all eleven citations of the 2022 visit, each named by its source', () => {
		const visit = engine.get('visit-2022-kazakhstan');
		if (!visit) throw new Error('the visit is in the dataset');

		const fields = citationPages(visit, engine.sourceCatalogue).flatMap((page) => page.fields ?? []);

		expect(fields).toHaveLength(visit.citations.length);
		expect(fields.every((field) => !field.name.includes('.txt'))).toBe(true);
	});
});
