import { describe, expect, it } from 'vitest';
import { familyTerms } from '../../../src/engine/language/wordFamilies.js';

describe('familyTerms', () => {
	it('gives each word its own index form and the derived words that share its root', () => {
		const families = familyTerms('Kazakh investors');
		expect([...(families.get('investor') ?? [])]).toEqual(expect.arrayContaining(['investor', 'invest']));
	});

	it('leaves out derived words of another root, however WordNet links them', () => {
		// WordNet derives "investor" from "put" and "place" (to put money into something).
		const family = familyTerms('investors').get('investor') ?? new Set();
		expect(family.has('put')).toBe(false);
		expect(family.has('place')).toBe(false);
	});

	it('gives a word WordNet does not hold only itself', () => {
		expect([...(familyTerms('Berdimuhamedov').get('berdimuhamedov') ?? [])]).toEqual(['berdimuhamedov']);
	});
});
