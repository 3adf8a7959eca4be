/**
 * The typo lookups of one question, kept while it is answered.
 */
import type { FuzzyMatch, FuzzyTerms } from './fuzzyTerms.js';

/**
 * A question's searches (within its scope, outside it, by a name it uses) and its check for unknown words look up the
 * typos of the same words again, and each lookup walks the whole vocabulary: on the real dataset those walks were the
 * largest cost of a question. One memo serves one question and is dropped with it, so nothing is kept between
 * questions: a question costs the same the first time it is asked as the hundredth.
 */
export class TypoMemo {
	private readonly found = new Map<string, readonly FuzzyMatch[]>();

	/**
	 * @param terms - the vocabulary; one memo is only ever used with one
	 * @param word - the query word
	 * @param maxDistance - the largest edit distance accepted
	 * @returns what `terms.within(word, maxDistance)` returns, looked up once per word and distance
	 */
	within(terms: FuzzyTerms, word: string, maxDistance: number): readonly FuzzyMatch[] {
		const key = `${maxDistance} ${word}`;
		let matches = this.found.get(key);
		if (matches === undefined) {
			matches = terms.within(word, maxDistance);
			this.found.set(key, matches);
		}
		return matches;
	}
}
