import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/chart/chartStyle.js';

describe('wrapWords', () => {
	it('breaks a label between words into lines of at most the width', () => {
		expect(wrapWords('Kazakhstan–Türkiye bilateral trade turnover', 20)).toEqual([
			'Kazakhstan–Türkiye',
			'bilateral trade',
			'turnover',
		]);
	});

	it('puts a word longer than a line on a line of its own, uncut', () => {
		expect(wrapWords('a Kazakhstan–Turkmenistan–Iran b', 10)).toEqual(['a', 'Kazakhstan–Turkmenistan–Iran', 'b']);
	});

	it('keeps every word, in order, and no line longer than the width unless it is one word', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[a-zü–]{1,12}$/u), { maxLength: 12 }),
				fc.integer({ min: 1, max: 30 }),
				(words, width) => {
					const lines = wrapWords(words.join(' '), width);
					expect(
						lines
							.join(' ')
							.split(' ')
							.filter((word) => word !== ''),
					).toEqual(words);
					for (const line of lines) expect(line.length <= width || !line.includes(' ')).toBe(true);
				},
			),
		);
	});
});
