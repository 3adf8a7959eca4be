import { describe, expect, it } from 'vitest';
import type { RenderedAnswer } from '../../src/render/answerProse.js';
import {
	TEXT_QUOTE_LIMIT,
	renderAnswerListText,
	renderAnswerText,
	renderCitationText,
} from '../../src/render/answerText.js';

function answer(overrides: Partial<RenderedAnswer> = {}): RenderedAnswer {
	return {
		kind: 'document',
		id: 'doc-1',
		title: 'Agreement on the Border Regime',
		text: 'Agreement on the Border Regime: agreement, signed at the talks on 25 October 2021 in Ashgabat.',
		fields: {},
		citations: [{ source: '002_bb1a33c2bc12b1c8.txt', quote: 'The border regime agreement was signed.' }],
		...overrides,
	};
}

const THREE_CITATIONS = [
	{ source: 'a.txt', quote: 'The first quote.' },
	{ source: 'b.txt', quote: 'The second quote.' },
	{ source: 'c.txt', quote: 'The third quote.' },
];

describe('renderCitationText', () => {
	it('shows the quote in curly quotes followed by the source file', () => {
		expect(renderCitationText({ source: 'a.txt', quote: 'It was signed.' })).toBe('  > “It was signed.” — a.txt');
	});

	it('shortens a quote longer than the text limit', () => {
		const line = renderCitationText({ source: 'a.txt', quote: 'word '.repeat(100) });
		const quote = line.slice('  > “'.length, line.indexOf('” — a.txt'));
		expect([quote.length <= TEXT_QUOTE_LIMIT, quote.endsWith('…')]).toEqual([true, true]);
	});
});

describe('renderAnswerText', () => {
	it('shows the kind and title, the text, then the citation with its source file', () => {
		expect(renderAnswerText(answer())).toBe(
			[
				'[document] Agreement on the Border Regime',
				'Agreement on the Border Regime: agreement, signed at the talks on 25 October 2021 in Ashgabat.',
				'  > “The border regime agreement was signed.” — 002_bb1a33c2bc12b1c8.txt',
			].join('\n'),
		);
	});

	it('shows two citations by default and counts the rest', () => {
		expect(
			renderAnswerText(answer({ citations: THREE_CITATIONS }))
				.split('\n')
				.slice(2),
		).toEqual(['  > “The first quote.” — a.txt', '  > “The second quote.” — b.txt', '  (+1 more citations)']);
	});

	it('shows as many citations as asked', () => {
		expect(
			renderAnswerText(answer({ citations: THREE_CITATIONS }), { citations: 3 })
				.split('\n')
				.slice(2),
		).toEqual(['  > “The first quote.” — a.txt', '  > “The second quote.” — b.txt', '  > “The third quote.” — c.txt']);
	});
});

describe('renderAnswerListText', () => {
	it('numbers the answers and separates them with a blank line', () => {
		const second = answer({ kind: 'visit', id: 'visit-1', title: 'State visit', text: 'A visit.', citations: [] });
		expect(renderAnswerListText([answer(), second], [], 'None.')).toBe(
			`1. ${renderAnswerText(answer())}\n\n2. [visit] State visit\nA visit.`,
		);
	});

	it('shows the empty message and the suggestions when there are no answers', () => {
		expect(renderAnswerListText([], ['Joint Statement', 'Treaty'], 'No answer found.')).toBe(
			'No answer found.\nDid you mean: “Joint Statement”, “Treaty”?',
		);
	});

	it('shows only the empty message when there are no suggestions either', () => {
		expect(renderAnswerListText([], [], 'No answer found.')).toBe('No answer found.');
	});
});
