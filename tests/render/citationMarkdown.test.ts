/** Citations as Discord markdown: a masked link to the article where there is an address, the quote escaped. */
import { describe, expect, it } from 'vitest';
import { citationLink, escapedQuote } from '../../src/render/citationMarkdown.js';
import { fixtureCatalogue, fixtureRenderedAnswer } from '../support/datasetFixture.js';

const SOURCES = fixtureCatalogue(
	{ id: 'a.txt', outlet: 'nCa', published: { iso: '2025-11-26', precision: 'day' } },
	{ id: 'e.txt', outlet: 'The *Star* [weekly]', url: 'https://example.org/a(b)' },
);

const answer = fixtureRenderedAnswer;

describe('citationLink', () => {
	it('links the escaped name to the address, its brackets encoded so the link does not end early', () => {
		expect(citationLink({ source: 'e.txt' }, SOURCES)).toBe(
			'[The \\*Star\\* [weekly], 25 November 2025](https://example.org/a%28b%29)',
		);
	});

	it('is the plain name where there is no address', () => {
		expect(citationLink({ source: 'a.txt' }, SOURCES)).toBe('nCa, 26 November 2025');
	});
});

describe('escapedQuote', () => {
	it('escapes markdown and mentions in the quote', () => {
		expect(escapedQuote({ source: 'a.txt', quote: 'It was *signed* by @everyone.' }, answer({}), 100)).toBe(
			'It was \\*signed\\* by @\u200beveryone.',
		);
	});

	it('stays within the limit once escaped', () => {
		const quote = `${'*'.repeat(50)} and more words`;
		const escaped = escapedQuote({ source: 'a.txt', quote }, answer({}), 40);

		expect(escaped.length).toBeLessThanOrEqual(40);
		expect(escaped).toMatch(/^(\\\*)+/u);
	});
});
