/**
 * The names a question uses that the sources never mention. Only capitalised words inside the question count (a
 * proper noun; the first word is usually "What" or "How"), of four letters or more and not all capitals (acronyms
 * are often paraphrases: COVID for the coronavirus; "KMG's" is an acronym too). A word is known when it is a word of any name or alias in the
 * dataset, or the index holds it or a misspelling of it within the edits a search would allow.
 */
import { foldText, processTerm } from '../normalise.js';
import { MONTHS } from './questionContext.js';

/** Months and their short forms are language, whether or not a source writes them ("Jan-Oct"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(MONTHS.flatMap((month) => [month, month.slice(0, 3)]));

/** A proper noun inside a question: a capital after a space or an opening quote, then at least three letters. */
const PROPER_NOUN = /(?<=[\s“"(])\p{Lu}[\p{L}\p{M}’'-]{3,}/gu;
/**
 * `PROPER_NOUN` on a question of ASCII characters only, where `\s` is these six, `\p{Lu}` is A–Z and letters and marks
 * are a–z and A–Z. The same matches, without compiling Unicode's letter tables into a regular expression on a
 * process's first question (a CLI run asks one).
 */
const ASCII_PROPER_NOUN = /(?<=[\t\n\v\f\r "(])[A-Z][A-Za-z'-]{3,}/g;
const ASCII = /^[\0-\x7f]*$/;

/**
 * @returns the proper nouns of a question, as `PROPER_NOUN` finds them (exported so that a test can hold the ASCII
 *   path to it)
 */
export function properNouns(question: string): string[] {
	return Array.from(question.matchAll(ASCII.test(question) ? ASCII_PROPER_NOUN : PROPER_NOUN), ([word]) => word);
}

/** `properNouns` by `PROPER_NOUN` alone, for that test. */
export function properNounsReference(question: string): string[] {
	return Array.from(question.matchAll(PROPER_NOUN), ([word]) => word);
}
/** Edits a word of this length may differ by and still be the word: as a search's fuzzy expansion allows. */
function allowedEdits(word: string): number {
	return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Shortest part of a compound that may shorten a name ("Kaz-Turkiye"), or a name that may begin a longer word. */
const SHORTENED = 3;

/**
 * Whether a part of a compound name shortens a name ("kaz" for Kazakhstan, "turks" for Turkish) or lengthens one
 * ("iranian" from Iran): researchers write "Kaz-Turkmen-Iranian" for the Kazakhstan–Turkmenistan–Iran railway.
 */
function shortensName(part: string, nameWords: ReadonlySet<string>): boolean {
	if (part.length < SHORTENED) return false;
	const stem = part.replace(/s$/u, '');
	for (const name of nameWords) {
		if (name.length >= SHORTENED + 1 && (name.startsWith(stem) || (part.startsWith(name) && name.length >= 4)))
			return true;
	}
	return false;
}

/** What the check needs of the index: whether it holds a term, or one a few edits from it. */
export interface KnownTerms {
	knowsTerm(term: string, maxDistance: number): boolean;
}

/**
 * @example
 * unknownWords('What did Kazakhstan agree with Uzbekistan?', nameWords, index); // ['Uzbekistan']
 */
export function unknownWords(question: string, nameWords: ReadonlySet<string>, index: KnownTerms): string[] {
	const unknown: string[] = [];
	for (const written of properNouns(question)) {
		const word = written.replace(/[’']s$/u, '');
		if (word === word.toUpperCase()) continue;
		const parts = foldText(word).split(' ');
		const known = parts.every((part) => {
			if (part === '' || nameWords.has(part) || CALENDAR_WORDS.has(part) || shortensName(part, nameWords)) return true;
			const processed = processTerm(part);
			const terms = processed === null ? [] : Array.isArray(processed) ? processed : [processed];
			return terms.every((term) => nameWords.has(term) || index.knowsTerm(term, allowedEdits(term)));
		});
		if (!known && !unknown.includes(word)) unknown.push(word);
	}
	return unknown;
}
