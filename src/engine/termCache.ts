/**
 * The terms of the texts choice names are made of, kept between keystrokes, and whether they show a word typed.
 */
import { normaliseTerms } from './normalise.js';

/**
 * Whether a word shows a term typed: it starts with it, or is its plural ("ministries" shows "ministry", which the
 * shortened parties say in the plural).
 */
export function showsTerm(word: string, term: string): boolean {
	return word.startsWith(term) || (term.endsWith('y') && word.startsWith(`${term.slice(0, -1)}ies`));
}

/**
 * The terms of texts, other than stop words ("of", "between": they cannot show a word typed), kept for the texts
 * seen again: label parts, words and names recur from one keystroke to the next, and normalising them is most of
 * what naming the choices costs. One per engine, since the terms depend on the dataset's spellings.
 */
export class TermCache {
	private readonly terms = new Map<string, readonly string[]>();

	/** @param capacity - how many texts to keep; all are forgotten when it is reached (cheaper than tracking age) */
	constructor(private readonly capacity = 20_000) {}

	of(text: string): readonly string[] {
		let terms = this.terms.get(text);
		if (terms === undefined) {
			if (this.terms.size >= this.capacity) this.terms.clear();
			terms = normaliseTerms(text);
			this.terms.set(text, terms);
		}
		return terms;
	}

	/** Whether some word of the text starts with some term. */
	showsAny(text: string, terms: readonly string[]): boolean {
		const words = this.of(text);
		return terms.some((term) => words.some((word) => showsTerm(word, term)));
	}

	/** Whether some word of the text starts with each term (none: false). */
	shows(text: string, terms: readonly string[]): boolean {
		if (terms.length === 0) return false;
		const words = this.of(text);
		return terms.every((term) => words.some((word) => showsTerm(word, term)));
	}

	/** The first word of a text as written (without the punctuation around it) whose term starts with `term`. */
	firstWordStartingWith(text: string, term: string, skip: ReadonlySet<string> = new Set()): string | undefined {
		for (const raw of text.split(/\s+/u)) {
			const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
			if (word !== '' && this.of(word).some((candidate) => !skip.has(candidate) && candidate.startsWith(term)))
				return word;
		}
		return undefined;
	}
}
