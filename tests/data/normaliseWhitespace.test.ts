import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWhitespace } from '../../src/data/normaliseWhitespace.js';

describe('normaliseWhitespace', () => {
	it('collapses a run of spaces to one space', () => {
		expect(normaliseWhitespace('Joint   Statement')).toBe('Joint Statement');
	});

	it('turns tabs and line breaks into single spaces', () => {
		expect(normaliseWhitespace('Joint\tStatement\r\nof the\n\nPresidents')).toBe('Joint Statement of the Presidents');
	});

	it('treats non-breaking and other Unicode spaces as whitespace', () => {
		expect(normaliseWhitespace('15\u00a0documents\u202fwere\u2009signed')).toBe('15 documents were signed');
	});

	it('trims whitespace at both ends', () => {
		expect(normaliseWhitespace(' \n\tAstana\u00a0 ')).toBe('Astana');
	});

	it('leaves text that is already normalised unchanged', () => {
		const text = 'Order of the Golden Eagle (“Altyn Qyran”) — 24–25 November';

		expect(normaliseWhitespace(text)).toBe(text);
	});

	it('returns an empty string for whitespace only', () => {
		expect(normaliseWhitespace(' \n\t\u00a0')).toBe('');
	});

	it('gives the same result as collapsing and trimming every time, tidy input or not', () => {
		const unit = fc.constantFrom(...'ab ', ' ', '\n', '\t', '\u00a0', '\u2009', 'x');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
				expect(normaliseWhitespace(text)).toBe(text.replace(/\s+/gu, ' ').trim());
			}),
			{ numRuns: 2000 },
		);
	});
});
