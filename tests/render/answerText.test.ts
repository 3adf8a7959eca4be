import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import type { RenderedAnswer } from '../../src/render/answerProse.js';
import {
	TEXT_QUOTE_LIMIT,
	renderAnswerListText,
	renderAnswerText,
	renderCitationText,
} from '../../src/render/answerText.js';
import { fixtureCatalogue } from '../support/datasetFixture.js';

/** Three articles: one naming its outlet, one naming none and dated by its title, one with the article's address. */
const SOURCES = fixtureCatalogue(
	{ id: 'a.txt', outlet: 'nCa', published: { iso: '2021-10-26', precision: 'day' } },
	{ id: 'b.txt', outlet: null, title: 'Tokayev on the visit, 25 November 2025' },
	{ id: 'c.txt', outlet: 'Kazinform', published: { iso: '2025', precision: 'year' }, url: 'https://example.org/c' },
);

function answer(overrides: Partial<RenderedAnswer> = {}): RenderedAnswer {
	return {
		kind: 'document',
		id: 'doc-1',
		title: 'Agreement on the Border Regime',
		text: 'Agreement on the Border Regime: agreement, signed at the talks on 25 October 2021 in Ashgabat.',
		fields: {},
		citations: [{ source: 'a.txt', quote: 'The border regime agreement was signed.' }],
		...overrides,
	};
}

const THREE_CITATIONS = [
	{ source: 'a.txt', quote: 'The first quote.' },
	{ source: 'b.txt', quote: 'The second quote.' },
	{ source: 'c.txt', quote: 'The third quote.' },
];

describe('renderCitationText', () => {
	it("shows the quote in curly quotes followed by the source's outlet and publication date", () => {
		expect(renderCitationText({ source: 'a.txt', quote: 'It was signed.' }, answer(), SOURCES)).toBe(
			'  > “It was signed.” — nCa, 26 October 2021',
		);
	});

	it('names an article that names no outlet by its title, and gives the address of one the catalogue has', () => {
		expect(renderCitationText({ source: 'b.txt', quote: 'It was signed.' }, answer(), SOURCES)).toBe(
			'  > “It was signed.” — Tokayev on the visit, 25 November 2025',
		);
		expect(renderCitationText({ source: 'c.txt', quote: 'It was signed.' }, answer(), SOURCES)).toBe(
			'  > “It was signed.” — Kazinform, 2025 <https://example.org/c>',
		);
	});

	it('shortens a quote longer than the text limit', () => {
		const line = renderCitationText({ source: 'a.txt', quote: 'word '.repeat(100) }, answer(), SOURCES);
		const quote = line.slice('  > “'.length, line.indexOf('” — nCa'));
		expect([quote.length <= TEXT_QUOTE_LIMIT, quote.endsWith('…')]).toEqual([true, true]);
	});

	it("keeps the words of a long quote that hold the answer's value, with an ellipsis where it is cut", () => {
		const quote = `${'The sides discussed the agenda at length. '.repeat(8)}They signed the Agreement on the Border Regime.`;

		const line = renderCitationText({ source: 'a.txt', quote }, answer(), SOURCES);

		expect(line).toMatch(/^ {2}> “….* They signed the Agreement on the Border Regime\.” — nCa, 26 October 2021$/u);
	});
});

describe('renderCitationText on the dataset', () => {
	let engine: Engine;

	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it("keeps the Universal Declaration's date, which ends its long quote", () => {
		const declaration = engine.get('doc-2015-nuclear-weapon-free-world-declaration');
		const citation = declaration?.citations[0];
		if (!declaration || !citation) throw new Error('the declaration is in the dataset');

		const line = renderCitationText(citation, declaration, engine.sourceCatalogue);

		expect(citation.quote.length).toBeGreaterThan(TEXT_QUOTE_LIMIT);
		expect(line).toContain('Universal Declaration on Building a Nuclear-Weapon-Free World');
		expect(line).toMatch(/on December 5, 2015\.” — nCa, 26 October 2021$/u);
	});
});

describe('renderAnswerText', () => {
	it('shows the kind and title, the text, then the citation with its outlet and date', () => {
		expect(renderAnswerText(answer(), SOURCES)).toBe(
			[
				'[document] Agreement on the Border Regime',
				'Agreement on the Border Regime: agreement, signed at the talks on 25 October 2021 in Ashgabat.',
				'  > “The border regime agreement was signed.” — nCa, 26 October 2021',
			].join('\n'),
		);
	});

	it('shows two citations by default and counts the rest, in the singular for one', () => {
		expect(
			renderAnswerText(answer({ citations: THREE_CITATIONS }), SOURCES)
				.split('\n')
				.slice(2),
		).toEqual([
			'  > “The first quote.” — nCa, 26 October 2021',
			'  > “The second quote.” — Tokayev on the visit, 25 November 2025',
			'  (1 more citation)',
		]);
		expect(renderAnswerText(answer({ citations: THREE_CITATIONS }), SOURCES, { citations: 1 })).toMatch(
			/\n {2}\(2 more citations\)$/u,
		);
	});

	it('shows as many citations as asked', () => {
		expect(
			renderAnswerText(answer({ citations: THREE_CITATIONS }), SOURCES, { citations: 3 })
				.split('\n')
				.slice(2),
		).toEqual([
			'  > “The first quote.” — nCa, 26 October 2021',
			'  > “The second quote.” — Tokayev on the visit, 25 November 2025',
			'  > “The third quote.” — Kazinform, 2025 <https://example.org/c>',
		]);
	});
});

describe('renderAnswerListText', () => {
	it('numbers the answers and separates them with a blank line', () => {
		const second = answer({ kind: 'visit', id: 'visit-1', title: 'State visit', text: 'A visit.', citations: [] });
		expect(renderAnswerListText([answer(), second], SOURCES, [], 'None.')).toBe(
			`1. ${renderAnswerText(answer(), SOURCES)}\n\n2. [visit] State visit\nA visit.`,
		);
	});

	it('shows the empty message and the suggestions when there are no answers', () => {
		expect(renderAnswerListText([], SOURCES, ['Joint Statement', 'Treaty'], 'No answer found.')).toBe(
			'No answer found.\nDid you mean: “Joint Statement”, “Treaty”?',
		);
	});

	it('shows only the empty message when there are no suggestions either', () => {
		expect(renderAnswerListText([], SOURCES, [], 'No answer found.')).toBe('No answer found.');
	});
});
