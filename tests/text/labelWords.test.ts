import { describe, expect, it } from 'vitest';
import { DocumentKind } from '../../src/data/schema.js';
import {
	CHOICE_LIST_WORDS,
	DOCUMENT_KIND_CHOICES,
	DOCUMENT_KIND_SHORT,
	TITLE_KIND_OPENINGS,
} from '../../src/text/labelWords.js';

describe('DOCUMENT_KIND_CHOICES', () => {
	it('offers every kind once, "any memorandum" first', () => {
		expect(DOCUMENT_KIND_CHOICES[0]).toEqual({ name: 'any memorandum', value: 'memorandum' });
		expect(DOCUMENT_KIND_CHOICES.map((choice) => choice.value).sort()).toEqual([...DocumentKind.options].sort());
		expect(new Set(DOCUMENT_KIND_CHOICES.map((choice) => choice.name)).size).toBe(DocumentKind.options.length);
	});
});

describe('DOCUMENT_KIND_SHORT', () => {
	it('is short enough to lead a label, and tells every kind apart', () => {
		const shorts = Object.values(DOCUMENT_KIND_SHORT);
		expect(Math.max(...shorts.map((short) => short.length))).toBeLessThanOrEqual(25);
		expect(new Set(shorts).size).toBe(DocumentKind.options.length);
	});
});

describe('TITLE_KIND_OPENINGS', () => {
	it('puts every opening before the shorter openings it starts with, so the longest is taken', () => {
		TITLE_KIND_OPENINGS.forEach((opening, index) => {
			const earlierPrefix = TITLE_KIND_OPENINGS.slice(0, index).find((other) => opening.startsWith(`${other} `));
			expect(earlierPrefix, `${opening} comes after ${earlierPrefix}`).toBeUndefined();
		});
	});
});

describe('CHOICE_LIST_WORDS', () => {
	it('says how many more choices there are and how to reach them', () => {
		expect(CHOICE_LIST_WORDS.more(6)).toBe('… and 6 more: type to narrow');
	});
});
