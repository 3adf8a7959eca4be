/**
 * Answers as embeds: the chosen fields in order, up to two citations (named by outlet and date, trimmed around the
 * value) and how many more, the kind's colour, fitted.
 */
import { describe, expect, it } from 'vitest';
import { answerEmbed, citationField, formatFieldValue } from '../../src/render/answerEmbed.js';
import type { RenderedAnswer } from '../../src/render/answerProse.js';
import { fixtureEngine } from '../support/commandHarness.js';
import { fixtureCatalogue, fixtureDocument } from '../support/datasetFixture.js';

const SOURCES = fixtureCatalogue(
	{ id: 'a.txt', outlet: 'nCa', published: { iso: '2021-10-26', precision: 'day' } },
	{
		id: 'b.txt',
		outlet: null,
		title: 'A very long title of an article that names no outlet of its own',
		published: null,
	},
	{ id: 'c.txt', outlet: 'Kazinform', url: 'https://example.org/c_(1)' },
	{ id: 'd.txt', outlet: 'Trend' },
);

function documentAnswer(overrides: Partial<RenderedAnswer> = {}): RenderedAnswer {
	return {
		kind: 'document',
		id: 'doc-1',
		title: 'Agreement on the Border Regime',
		text: 'Agreement on the Border Regime: agreement, signed at the talks.',
		// Out of order and with one the embed does not show, to see that it picks and orders them.
		fields: {
			sectors: ['border', 'security'],
			kindText: 'memorandum of understanding',
			internal: 'not shown',
			dateText: '25 October 2021',
			parties: [],
		},
		citations: [{ source: 'a.txt', quote: 'The agreement was signed.' }],
		...overrides,
	};
}

describe('formatFieldValue', () => {
	it('shows nothing for an empty value', () => {
		for (const value of [undefined, null, '', []]) expect(formatFieldValue(value)).toBeUndefined();
	});

	it('puts each item of a list on its own line', () => {
		expect(formatFieldValue(['Kazakhstan', 'Turkmenistan'])).toBe('Kazakhstan\nTurkmenistan');
	});

	it('writes slugs as words but keeps the hyphens of names and numbers as they are', () => {
		expect(formatFieldValue('memorandum-of-understanding')).toBe('memorandum of understanding');
		expect(formatFieldValue('Kassym-Jomart Tokayev')).toBe('Kassym-Jomart Tokayev');
		expect(formatFieldValue(2021)).toBe('2021');
	});
});

describe('citationField', () => {
	it('names the source by its outlet and publication date and quotes the sentence', () => {
		expect(citationField({ source: 'a.txt', quote: 'It was signed.' }, documentAnswer(), SOURCES)).toEqual({
			name: 'Source: nCa, 26 October 2021',
			value: '> It was signed.',
		});
	});

	it('names an article without an outlet by its shortened title, and says it has no publication date', () => {
		expect(citationField({ source: 'b.txt', quote: 'It was signed.' }, documentAnswer(), SOURCES).name).toBe(
			'Source: A very long title of an article that names no…, no publication date stated',
		);
	});

	it('links to the article where the catalogue has its address', () => {
		expect(citationField({ source: 'c.txt', quote: 'It was signed.' }, documentAnswer(), SOURCES).value).toBe(
			'> It was signed.\n[Kazinform, 25 November 2025](https://example.org/c_%281%29)',
		);
	});

	it('cuts a long quote to 900 characters with an ellipsis', () => {
		const { value } = citationField({ source: 'a.txt', quote: 'x'.repeat(2000) }, documentAnswer(), SOURCES);

		expect(value).toBe(`> ${'x'.repeat(899)}…`);
	});

	it("keeps the part of a long quote around the answer's title rather than its opening", () => {
		const quote = `${'Many other things were discussed. '.repeat(40)}The Agreement on the Border Regime was signed. ${'More. '.repeat(20)}`;

		const { value } = citationField({ source: 'a.txt', quote }, documentAnswer(), SOURCES);

		expect(value).toMatch(/^> …[\w .]+ The Agreement on the Border Regime was signed\. More\./u);
		expect(value.length).toBeLessThanOrEqual(902);
	});

	it('escapes markdown in the quote', () => {
		expect(
			citationField({ source: 'a.txt', quote: 'It was *signed* by @everyone.' }, documentAnswer(), SOURCES).value,
		).toBe('> It was \\*signed\\* by @\u200beveryone.');
	});
});

describe('answerEmbed', () => {
	it("shows the kind's fields in their order, short ones inline, then the extra fields, then the citation", () => {
		const embed = answerEmbed(documentAnswer(), SOURCES, [{ name: 'Visit', value: 'Ashgabat visit' }]);

		expect(embed.title).toBe('Agreement on the Border Regime');
		expect(embed.description).toBe('Agreement on the Border Regime: agreement, signed at the talks.');
		expect(embed.color).toBe(0x2f6fde);
		expect(embed.fields).toEqual([
			{ name: 'Kind', value: 'memorandum of understanding', inline: true },
			{ name: 'Date', value: '25 October 2021', inline: true },
			{ name: 'Sectors', value: 'border\nsecurity', inline: false },
			{ name: 'Visit', value: 'Ashgabat visit' },
			{ name: 'Source: nCa, 26 October 2021', value: '> The agreement was signed.' },
		]);
		// The kind as a word, never the record's id.
		expect(embed.footer).toEqual({ text: 'Document' });
	});

	it('shows two citations and says how many more there are', () => {
		const citations = ['a', 'b', 'c', 'd'].map((name) => ({ source: `${name}.txt`, quote: `Quote ${name}.` }));

		const embed = answerEmbed(documentAnswer({ citations }), SOURCES);

		expect(embed.fields?.filter((field) => field.name.startsWith('Source: ')).map((field) => field.name)).toEqual([
			'Source: nCa, 26 October 2021',
			'Source: A very long title of an article that names no…, no publication date stated',
		]);
		expect(embed.footer?.text).toBe('Document · 2 more citations');
		expect(answerEmbed(documentAnswer({ citations: citations.slice(0, 3) }), SOURCES).footer?.text).toBe(
			'Document · 1 more citation',
		);
	});

	it("keeps Discord's limits whatever the answer holds", () => {
		const embed = answerEmbed(documentAnswer({ title: 'T'.repeat(400), text: 'x'.repeat(5000) }), SOURCES);

		expect(embed.title).toHaveLength(256);
		expect(embed.description).toHaveLength(4096);
	});

	it("renders an engine answer itself, in that kind's colour", () => {
		const answer = fixtureEngine({ documents: [fixtureDocument()] }).get('visit-test');
		if (!answer) throw new Error('no visit in the fixture');

		const embed = answerEmbed(answer, fixtureCatalogue());

		expect([embed.title, embed.color, embed.footer?.text]).toEqual(['Test visit', 0x1f9d55, 'Visit']);
		expect(embed.fields?.map((field) => field.name)).toEqual([
			'Date',
			'City',
			'Venue',
			'Host',
			'Guest',
			'Formats',
			'Source: Test Agency, 25 November 2025',
		]);
	});
});
