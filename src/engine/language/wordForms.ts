/**
 * Word forms: "signed", "signing" and "signs" are one search term, as are "proposal" and "proposed". The Porter2
 * (Snowball English) stemmer does it, as search engines do, instead of a hand table of verb forms; a few irregular
 * forms the stemmer cannot know ("said", "memoranda") stay language aliases in `normalise.ts`.
 *
 * wink-porter2-stemmer is a maintained implementation of Martin Porter's published algorithm, tiny and fast to load
 * (a lemmatizer with a lexicon took 0.6 s and 47 MB to load, which start-up cannot afford).
 */
import stem from 'wink-porter2-stemmer';

/** Words shorter than this are left as they are: their stems collide ("us", "use"). */
const SHORTEST_STEMMED = 4;
/** Numbers, amounts and codes are not words. */
const NOT_A_WORD = /[^a-z]/;

/** A process folds the same few thousand words again and again: index and questions alike. */
const stems = new Map<string, string>();

/**
 * @param term - one folded word (lower case, ASCII)
 * @returns its stem, the form the index holds
 * @example
 * stemTerm('signing'); // 'sign'
 * stemTerm('proposal') === stemTerm('proposed'); // true
 */
export function stemTerm(term: string): string {
	if (term.length < SHORTEST_STEMMED || NOT_A_WORD.test(term)) return term;
	let stemmed = stems.get(term);
	if (stemmed === undefined) {
		stemmed = stem(term);
		stems.set(term, stemmed);
	}
	return stemmed;
}
