import { describe, expect, it } from 'vitest';
import { stemTerm } from '../../../src/engine/language/wordForms.js';

describe('stemTerm', () => {
	it('gives the forms of a word one stem', () => {
		expect(stemTerm('signing')).toBe('sign');
		expect(stemTerm('signed')).toBe(stemTerm('signs'));
		expect(stemTerm('proposal')).toBe(stemTerm('proposed'));
	});

	it('leaves short words, numbers and amounts as they are', () => {
		for (const term of ['us', 'use', 'gas', '2025', '1.5', '60%', 'c5']) expect(stemTerm(term)).toBe(term);
	});

	it('gives the same stem the second time (remembered)', () => {
		expect(stemTerm('agreements')).toBe(stemTerm('agreements'));
		expect(stemTerm('agreements')).toBe('agreement');
	});
});
