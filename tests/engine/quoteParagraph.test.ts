import { describe, expect, it } from 'vitest';
import { quoteParagraph } from '../../src/engine/quoteParagraph.js';

const ARTICLE =
	'A title\n\nThe talks were held. The sides  signed\tten documents.\n\n“We agree,” said Tokayev.\nLast line.';

describe('quoteParagraph', () => {
	it('returns the paragraph a quote stands in, whitespace normalised, and where the quote is in it', () => {
		expect(quoteParagraph('a.txt', ARTICLE, 'The sides signed ten documents.')).toEqual({
			source: 'a.txt',
			text: 'The talks were held. The sides signed ten documents.',
			start: 21,
			end: 52,
		});
	});

	it('matches a quote whose whitespace differs from the text', () => {
		const found = quoteParagraph('a.txt', ARTICLE, '  The talks were\nheld. ');

		expect(found?.text.slice(found.start, found.end)).toBe('The talks were held.');
	});

	it('gives every paragraph a quote runs across, joined by a line break', () => {
		const found = quoteParagraph('a.txt', ARTICLE, 'said Tokayev. Last line');

		expect(found).toEqual({ source: 'a.txt', text: '“We agree,” said Tokayev.\nLast line.', start: 12, end: 35 });
	});

	it('finds a quote that is a whole paragraph, the first or the last', () => {
		expect(quoteParagraph('a.txt', ARTICLE, 'A title')).toMatchObject({ text: 'A title', start: 0, end: 7 });
		expect(quoteParagraph('a.txt', ARTICLE, 'Last line.')).toMatchObject({ text: 'Last line.', start: 0, end: 10 });
	});

	it('returns undefined for a quote the text does not hold, or an empty one', () => {
		expect([quoteParagraph('a.txt', ARTICLE, 'never said'), quoteParagraph('a.txt', ARTICLE, ' ')]).toEqual([
			undefined,
			undefined,
		]);
	});
});
