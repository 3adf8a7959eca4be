import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/text/truncate.js';

/** True when the text has a high surrogate without its low half, or a low one without its high half. */
function hasLoneSurrogate(text: string): boolean {
	return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

describe('truncate', () => {
	it('returns text at or under the limit unchanged', () => {
		expect([truncate('Joint Statement', 15), truncate('Joint Statement', 100)]).toEqual([
			'Joint Statement',
			'Joint Statement',
		]);
	});

	it('cuts at a word boundary and adds an ellipsis', () => {
		expect(truncate('Memorandum of Understanding', 12)).toBe('Memorandum…');
	});

	it('cuts inside a word when the last space is too early', () => {
		expect(truncate('ab cdefghijkl', 6)).toBe('ab cd…');
	});

	it('drops trailing spaces before the ellipsis', () => {
		expect(truncate('abc   defghijkl', 6)).toBe('abc…');
	});

	it('never splits an emoji that straddles the cut', () => {
		expect(truncate('abc😀d', 5)).toBe('abc…');
	});

	it('keeps an emoji that fits whole before the cut', () => {
		expect(truncate('ab😀def', 5)).toBe('ab😀…');
	});

	it('returns only the ellipsis for a limit of one', () => {
		expect(truncate('Treaty', 1)).toBe('…');
	});

	it('returns an empty string for a limit of zero', () => {
		expect(truncate('Treaty', 0)).toBe('');
	});

	it('always fits the limit, ends with an ellipsis when it cuts, and leaves no half surrogate', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 120 }), (text, max) => {
				const result = truncate(text, max);
				expect(result.length).toBeLessThanOrEqual(max);
				if (text.length <= max) expect(result).toBe(text);
				else expect(result.endsWith('…')).toBe(true);
				if (!hasLoneSurrogate(text)) expect(hasLoneSurrogate(result)).toBe(false);
			}),
		);
	});
});
