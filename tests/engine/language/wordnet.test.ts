import { describe, expect, it } from 'vitest';
import { isWordNetWord, phraseRelatedWords, relatedWords } from '../../../src/engine/language/wordnet.js';

const related = (word: string): Map<string, string> =>
	new Map(relatedWords(word).map(({ word: other, relation }) => [other, relation]));

describe('relatedWords', () => {
	it('finds the synonyms of a word in its most frequent senses', () => {
		expect(related('cereals').get('grain')).toBe('synonym');
		expect(related('quake').get('earthquake')).toBe('synonym');
		expect(related('atomic').get('nuclear')).toBe('synonym');
	});

	it('reaches a base form by WordNet’s own suffix rules, and follows derivations and broader terms', () => {
		expect(related('cereals').get('cereal')).toBe('synonym');
		expect(related('ecological').get('ecology')).toBe('derived');
		expect(related('lorry').get('truck')).toBe('broader');
	});

	it('gives single words only, never the word itself, each once', () => {
		const words = relatedWords('commerce').map(({ word }) => word);
		expect(words).not.toContain('commerce');
		expect(words.every((word) => !word.includes('_'))).toBe(true);
		expect(new Set(words).size).toBe(words.length);
	});

	it('gives nothing for a word WordNet does not hold', () => {
		expect(relatedWords('berdimuhamedov')).toEqual([]);
		expect(relatedWords('qwxz')).toEqual([]);
	});
});

describe('phraseRelatedWords', () => {
	it('finds the words related to a phrase of two words, the first in any form, the second as written', () => {
		const words = (first: string, second: string): string[] =>
			phraseRelatedWords(first, second).map(({ word }) => word);
		expect(words('turned', 'down')).toContain('decline');
		expect(words('retirement', 'benefits')).toContain('pension');
	});

	it("leaves out the phrase's own words, and finds nothing for words that make no phrase", () => {
		expect(phraseRelatedWords('higher', 'education').map(({ word }) => word)).not.toContain('education');
		expect(phraseRelatedWords('the', 'talks')).toEqual([]);
	});
});

describe('isWordNetWord', () => {
	it('holds the words of the language in any form, and not the names of the sources', () => {
		expect(isWordNetWord('development')).toBe(true);
		expect(isWordNetWord('industries')).toBe(true);
		expect(isWordNetWord('jusan')).toBe(false);
		expect(isWordNetWord('berdimuhamedov')).toBe(false);
	});
});
