import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Completion } from '../../src/engine/prefixCompleter.js';
import { PrefixCompleter } from '../../src/engine/prefixCompleter.js';

/** Items in rank order, best first; each is found by its name. */
const NAMES = [
	'Joint Statement',
	'Memorandum of Understanding on Culture',
	'Agreement on the Border Regime',
	'Memorandum on Transport and Transit',
	'Agreement on Defence',
	'Treaty with Türkiye',
];
const ITEMS: Completion[] = NAMES.map((name, index) => ({ name, value: `item-${index}` }));

function completer(limit = 25): PrefixCompleter {
	return new PrefixCompleter(ITEMS, NAMES, limit);
}

function values(completions: readonly Completion[]): string[] {
	return completions.map((completion) => completion.value);
}

describe('PrefixCompleter.size', () => {
	it('counts the items', () => {
		expect(completer().size).toBe(6);
	});
});

describe('PrefixCompleter.defaults', () => {
	it('returns the first items in rank order, up to the limit', () => {
		expect(values(completer(4).defaults())).toEqual(['item-0', 'item-1', 'item-2', 'item-3']);
	});
});

describe('PrefixCompleter.complete', () => {
	it('returns the defaults for an empty partial', () => {
		expect(completer(3).complete('')).toEqual(completer(3).defaults());
	});

	it('returns the defaults for a partial of spaces and punctuation', () => {
		expect(values(completer(2).complete('  — ,'))).toEqual(['item-0', 'item-1']);
	});

	it('finds items by a word prefix longer than three letters', () => {
		expect(values(completer().complete('memor'))).toEqual(['item-1', 'item-3']);
	});

	it('finds items by a word prefix of one letter from the precomputed table', () => {
		expect(values(completer().complete('t'))).toEqual(['item-2', 'item-3', 'item-5']);
	});

	it('keeps rank order rather than the order words appear in the vocabulary', () => {
		expect(values(completer().complete('agre'))).toEqual(['item-2', 'item-4']);
	});

	it('requires every term to start a word of the item', () => {
		expect(values(completer().complete('memo trans'))).toEqual(['item-3']);
	});

	it('matches the terms in any order', () => {
		expect(values(completer().complete('trans memo'))).toEqual(['item-3']);
	});

	it('matches a prefix in the middle of the name', () => {
		expect(values(completer().complete('bord'))).toEqual(['item-2']);
	});

	it('folds case and diacritics in both the partial and the texts', () => {
		expect(values(completer().complete('TURKI'))).toEqual(['item-5']);
	});

	it('expands an alias in the partial', () => {
		expect(values(completer().complete('mou'))).toEqual(['item-1']);
	});

	it('keeps stop words so that "of" narrows', () => {
		expect(values(completer().complete('memorandum of'))).toEqual(['item-1']);
	});

	it('returns nothing when no word starts with the partial', () => {
		expect(completer().complete('zebra')).toEqual([]);
	});

	it('returns nothing when one of several terms matches nothing', () => {
		expect(completer().complete('memorandum zebra')).toEqual([]);
	});

	it('respects the limit for a precomputed short prefix', () => {
		expect(values(completer(2).complete('o'))).toEqual(['item-1', 'item-2']);
	});

	it('respects the limit for a precomputed three-letter prefix', () => {
		expect(values(completer(1).complete('mem'))).toEqual(['item-1']);
	});

	it('respects the limit for a scanned longer prefix', () => {
		expect(values(completer(1).complete('agreement'))).toEqual(['item-2']);
	});

	it('returns the item objects it was given', () => {
		expect(completer().complete('joint')[0]).toBe(ITEMS[0]);
	});

	it('returns fewer than its limit when asked, from the precomputed table too', () => {
		expect(values(completer().complete('t', 2))).toEqual(['item-2', 'item-3']);
		expect(values(completer().complete('', 1))).toEqual(['item-0']);
	});

	it('returns more than its limit when asked, by scanning a short prefix', () => {
		expect(values(completer(1).complete('t', 3))).toEqual(['item-2', 'item-3', 'item-5']);
		expect(values(completer(1).defaults(2))).toEqual(['item-0', 'item-1']);
	});

	it('agrees with a plain scan for any items and any partial', () => {
		const word = fc.string({ unit: fc.constantFrom('x', 'y', 'z', 'q'), minLength: 1, maxLength: 5 });
		const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
		fc.assert(
			fc.property(
				fc.array(text, { minLength: 1, maxLength: 30 }),
				fc.array(word, { minLength: 1, maxLength: 2 }),
				fc.integer({ min: 1, max: 8 }),
				(texts, terms, limit) => {
					const items = texts.map((name, index) => ({ name, value: `v${index}` }));
					const expected = items
						.filter((item) => terms.every((term) => item.name.split(' ').some((part) => part.startsWith(term))))
						.slice(0, limit);
					expect(new PrefixCompleter(items, texts, limit).complete(terms.join(' '))).toEqual(expected);
				},
			),
		);
	});
});
