import { describe, expect, it } from 'vitest';
import { FieldAnalyser } from '../../../src/engine/search/fieldAnalyser.js';

/** The last analysed value's terms, by name, with their frequencies. */
function termsOf(analyser: FieldAnalyser): Record<string, number> {
	const names = new Map([...analyser.termIds].map(([term, id]) => [id, term]));
	const terms: Record<string, number> = {};
	for (let index = analyser.viewStart; index < analyser.viewEnd; index += 1)
		terms[names.get(analyser.viewTerms[index] ?? -1) ?? '?'] = analyser.viewFrequencies[index] ?? 0;
	return terms;
}

describe('FieldAnalyser', () => {
	it('counts each term of a value in its index form, expanding aliases and dropping stop words', () => {
		const analyser = new FieldAnalyser();
		analyser.analyse('The MoU, border regime; Border', 120);
		expect(termsOf(analyser)).toEqual({ memorandum: 1, understand: 1, border: 2, regim: 1 });
	});

	it('counts the field length as MiniSearch does: distinct tokens, stop words included', () => {
		const analyser = new FieldAnalyser();
		analyser.analyse('The MoU, border regime; Border', 120);
		expect(analyser.distinctTokens).toBe(4);
	});

	it('gives a remembered value and a value too long to remember the same terms as the first time', () => {
		const analyser = new FieldAnalyser();
		for (const maxSharedLength of [120, 0]) {
			analyser.analyse('Kazakhstan, Turkmenistan', maxSharedLength);
			const first = [termsOf(analyser), analyser.distinctTokens];
			analyser.analyse('an unrelated value in between', maxSharedLength);
			analyser.analyse('Kazakhstan, Turkmenistan', maxSharedLength);
			expect([termsOf(analyser), analyser.distinctTokens]).toEqual(first);
		}
	});
});
