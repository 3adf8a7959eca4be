import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locatePhrases, quoteWindow, trimAround } from '../../src/text/trimAround.js';

/** The Joint Statement's sentence on the two nuclear-weapon-free texts (002_bb1a33c2bc12b1c8.txt). */
const DECLARATION_QUOTE =
	'The leaders of the two states noted the need to consolidate efforts in the field of nuclear disarmament and ' +
	'non-proliferation, expressed their readiness to further develop cooperation within the framework of the ' +
	'implementation of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia and the Universal Declaration on ' +
	'Building a Nuclear-Weapon-Free World, adopted by Resolution 70 / 57 of the UN General Assembly on the initiative ' +
	'of Kazakhstan on December 5, 2015.';
const DECLARATION = 'Universal Declaration on Building a Nuclear-Weapon-Free World';

/** Whether `result` is a piece of `text` with "…" only where it was cut (the ends it keeps have none). */
function isVerbatimPiece(text: string, result: string): boolean {
	for (const lead of ['', '…']) {
		for (const tail of ['', '…']) {
			if (!result.startsWith(lead) || !result.endsWith(tail) || result.length < lead.length + tail.length) continue;
			const piece = result.slice(lead.length, result.length - tail.length);
			if (!text.includes(piece)) continue;
			if (lead === '' && !text.startsWith(piece)) continue;
			if (tail === '' && !text.endsWith(piece)) continue;
			return true;
		}
	}
	return false;
}

/** Text of words, spaces, punctuation, accents and an emoji (a surrogate pair), as quotes hold them. */
const quoteText = fc.string({
	unit: fc.constantFrom(...'aAbBcdeé  ,.;$5 2015–-“”😀'.split(/(?=[\s\S])/u)),
	minLength: 1,
	maxLength: 400,
});

describe('trimAround', () => {
	it('returns a quote that fits unchanged', () => {
		expect(trimAround('It was signed.', 14, ['signed'])).toBe('It was signed.');
	});

	it("keeps the Universal Declaration's title and its date, cutting the quote's opening instead", () => {
		const trimmed = trimAround(DECLARATION_QUOTE, 300, [DECLARATION, 'December 5, 2015']);

		expect(trimmed).toBe(
			'…cooperation within the framework of the implementation of the Treaty on a Nuclear-Weapon-Free Zone in ' +
				'Central Asia and the Universal Declaration on Building a Nuclear-Weapon-Free World, adopted by Resolution ' +
				'70 / 57 of the UN General Assembly on the initiative of Kazakhstan on December 5, 2015.',
		);
	});

	it("keeps the quote's opening when what matters stands within it, and cuts the end at a word", () => {
		expect(trimAround(DECLARATION_QUOTE, 300, ['Treaty on a Nuclear-Weapon-Free Zone in Central Asia'])).toMatch(
			/^The leaders of the two states .* Zone in Central Asia and the…$/u,
		);
	});

	it('keeps the first phrase when the later ones do not fit beside it, cut at both ends', () => {
		const trimmed = trimAround(DECLARATION_QUOTE, 120, [DECLARATION, 'The leaders of the two states']);

		expect(trimmed).toContain(DECLARATION);
		expect(trimmed).not.toContain('The leaders');
		expect(trimmed).toMatch(/^….*…$/u);
	});

	it('finds a title written in another case and spacing, and one only some of whose words stand in the quote', () => {
		expect(trimAround(DECLARATION_QUOTE, 120, ['universal  declaration on building'])).toContain(
			'Universal Declaration on Building',
		);
		expect(trimAround(DECLARATION_QUOTE, 200, ['Declaration of the General Assembly on 2015'])).toContain('2015.');
	});

	it('cuts from the end, at a word, when there is nothing to keep', () => {
		expect(trimAround('Memorandum of Understanding on transport', 20)).toBe('Memorandum of…');
	});

	it('returns only an ellipsis when the room is smaller than three characters', () => {
		expect([trimAround('Treaty', 2), trimAround('Treaty', 0)]).toEqual(['…', '']);
	});

	it('never goes over the limit, and keeps a verbatim piece of the quote between ellipses', () => {
		fc.assert(
			fc.property(
				quoteText,
				fc.integer({ min: 1, max: 420 }),
				fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }),
				(text, limit, focus) => {
					const trimmed = trimAround(text, limit, focus);
					expect(trimmed.length).toBeLessThanOrEqual(limit);
					if (limit >= 3) expect(isVerbatimPiece(text, trimmed)).toBe(true);
				},
			),
		);
	});

	it('keeps the value words whenever they fit', () => {
		fc.assert(
			fc.property(
				quoteText,
				fc.integer({ min: 0, max: 400 }),
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 3, max: 420 }),
				(text, at, size, limit) => {
					const start = Math.min(at, text.length - 1);
					const phrase = text.slice(start, start + size).trim();
					fc.pre(phrase !== '' && phrase.length + 2 <= limit);
					const trimmed = trimAround(text, limit, [phrase]);
					expect(trimmed).toContain(phrase);
					expect(trimmed.length).toBeLessThanOrEqual(limit);
				},
			),
		);
	});
});

describe('locatePhrases', () => {
	it('finds a phrase at word boundaries before one inside a word', () => {
		expect(locatePhrases('the 20150 and 2015 figures', ['2015'])).toEqual([{ start: 14, end: 18 }]);
	});

	it("puts every phrase found whole before the words of a phrase that is not, and skips a title's frame words", () => {
		expect(
			locatePhrases('signed with Turkmenistan on transport in 2021', ['Agreement on transport with', '2021']),
		).toEqual([
			{ start: 41, end: 45 },
			{ start: 28, end: 37 },
		]);
	});
});

describe('quoteWindow', () => {
	it('counts one character for each ellipsis', () => {
		const text = 'a'.repeat(50) + ' value ' + 'b'.repeat(50);
		const window = quoteWindow(text, 21, [{ start: 51, end: 56 }]);

		expect(window.start).toBeGreaterThan(0);
		expect(window.end).toBeLessThan(text.length);
		expect(window.end - window.start + 2).toBeLessThanOrEqual(21);
		expect(text.slice(window.start, window.end)).toContain('value');
	});
});
