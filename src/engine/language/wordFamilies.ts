/**
 * A word's morphological family: the words WordNet derives from it that share its root ("investors" → "invest",
 * "leader" → "lead"). WordNet's derivation links alone reach much further ("investor" → "put", "place"); a family
 * keeps only the derived words whose stem and the word's stem begin the same, the shorter being the other's start.
 */
import { processTerm, tokenize } from '../normalise.js';
import { relatedWords } from './wordnet.js';

/** A shared start shorter than this is no root: "in" begins "invest" and "index" alike. */
const MIN_ROOT = 4;

/** The index forms of one word. */
function stemsOf(word: string): string[] {
	const terms = processTerm(word);
	return terms === null ? [] : typeof terms === 'string' ? [terms] : terms;
}

/** Whether one stem is the start of the other, long enough to be a root. */
function shareRoot(a: string, b: string): boolean {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	return short.length >= MIN_ROOT && long.startsWith(short);
}

/**
 * @param text - a question's words
 * @returns each of its index forms with the index forms of its family, itself included
 * @example
 * familyTerms('Kazakh investors').get('investor')?.has('invest'); // true
 */
export function familyTerms(text: string): ReadonlyMap<string, ReadonlySet<string>> {
	const families = new Map<string, Set<string>>();
	for (const word of tokenize(text)) {
		const own = stemsOf(word);
		const derived = relatedWords(word)
			.filter(({ relation }) => relation === 'derived')
			.flatMap(({ word: related }) => stemsOf(related));
		for (const stem of own) {
			const family = families.get(stem) ?? new Set([stem]);
			for (const other of derived) if (shareRoot(stem, other)) family.add(other);
			families.set(stem, family);
		}
	}
	return families;
}
