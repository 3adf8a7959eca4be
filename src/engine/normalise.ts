/**
 * The one text normalisation shared by indexing and querying, so that what a
 * researcher types meets what the sources wrote: case, diacritics and Turkish
 * letters, every kind of dash, hyphenated names, and the aliases people use.
 */
import { stemTerm } from './language/wordForms.js';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
	ı: 'i',
	ł: 'l',
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	đ: 'd',
};

const SPECIAL_LETTER_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

/**
 * Single terms that researchers type for the same thing: language only. The dataset's own names and their spellings
 * (Zhomart, Garabogazköl, Turkey, HLSCC) are data, read by `buildVocabulary` and installed with `useNameAliases`.
 * Regular word forms are the stemmer's (`wordForms.ts`); these are abbreviations, spelling variants and the irregular
 * forms a stemmer cannot know. Keys and values are already normalised; a value may be several terms (`mou`).
 */
export const TERM_ALIASES: Readonly<Record<string, readonly string[]>> = {
	mou: ['memorandum', 'understanding'],
	mous: ['memorandum', 'understanding'],
	memoranda: ['memorandum'],
	docs: ['document'],
	defense: ['defence'],
	railroad: ['railway'],
	rail: ['railway'],
	neutral: ['neutrality'],
	healthcare: ['health'],
	medical: ['medicine'],
	telecommunication: ['telecom'],
	telecommunications: ['telecom'],
	telecommunicational: ['telecom'],
	// Irregular verb forms of the verbs questions use.
	said: ['say'],
	says: ['say'],
	gave: ['give'],
	given: ['give'],
	met: ['meet'],
	held: ['hold'],
	took: ['take'],
	made: ['make'],
	spoke: ['speak'],
	spoken: ['speak'],
	told: ['tell'],
};

/**
 * Verbs of reporting and diplomacy, in their base form: a question that uses one, in any form, asks what someone said
 * or did (see questionContext). "What did Tokayev propose?" where the article says "Tokayev proposed".
 */
const REPORTING_VERBS = [
	'say',
	'call',
	'propose',
	'stress',
	'emphasize',
	'note',
	'agree',
	'raise',
	'discuss',
	'invite',
	'announce',
	'praise',
	'welcome',
	'express',
	'urge',
	'suggest',
	'accompany',
	'congratulate',
	'instruct',
	'reaffirm',
	'underline',
	'mention',
	'cite',
	'reveal',
	'explain',
	'recall',
	'argue',
];

/**
 * Words that mean the same once stemmed, each to the first of its group: naming something ("What did Erdoğan call
 * Kazakhstan?" is answered by "referring to Kazakhstan as …"), and British and American spellings.
 */
const SAME_MEANING: readonly (readonly string[])[] = [
	['call', 'describe', 'refer', 'characterize', 'characterise'],
	['emphasize', 'emphasise'],
	['organization', 'organisation'],
];

/** Every stem of a group above, to its group's first stem. */
const STEM_SYNONYMS: ReadonlyMap<string, string> = new Map(
	SAME_MEANING.flatMap(([first = '', ...others]) =>
		others.map((word): [string, string] => [stemTerm(word), stemTerm(first)]),
	),
);

/** The index's form of a word: its stem, or the stem of the word its group stands for. */
function indexForm(word: string): string {
	const stemmed = stemTerm(word);
	return STEM_SYNONYMS.get(stemmed) ?? stemmed;
}

/** The index forms of the reporting verbs: a question term in any of their forms has one of these. */
export const REPORTING_STEMS: ReadonlySet<string> = new Set(REPORTING_VERBS.map(indexForm));

/**
 * @param term - a folded word of a question
 * @returns whether it is a form of a verb of reporting ("proposed", "describes", "said")
 */
export function isReportingVerb(term: string): boolean {
	return REPORTING_STEMS.has(indexForm(aliasesOf(term)?.[0] ?? term));
}

/** The aliases as a Map: indexing the object would find "constructor" and other Object.prototype keys. */
const ALIASES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(TERM_ALIASES));

/**
 * The dataset's name spellings (see `buildVocabulary`). Module state on purpose: the index and every reader of a
 * question must fold a name the same way, and a process serves one dataset; the engine installs them when it is built.
 */
let nameAliases: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * Installs the dataset's name spellings for indexing and searching alike.
 *
 * @example
 * useNameAliases(buildVocabulary(dataset).nameAliases); normaliseTerms('Tokaev'); // ['tokayev']
 */
export function useNameAliases(aliases: ReadonlyMap<string, readonly string[]>): void {
	nameAliases = aliases;
}

/** Whether the language already gives the word a meaning (an alias, what one stands for, or a reporting verb). */
export function isLanguageTerm(word: string): boolean {
	return ALIASES.has(word) || LANGUAGE_TARGETS.has(word) || isReportingVerb(word);
}

function aliasesOf(word: string): readonly string[] | undefined {
	return ALIASES.get(word) ?? nameAliases.get(word) ?? possessiveAliases(word);
}

/**
 * The spelling of a name whose possessive or plural this is ("KMG's" folds to "kmgs"): the stemmer leaves the "s" of
 * an abbreviation, which has no vowel, so it would otherwise name nothing.
 */
function possessiveAliases(word: string): readonly string[] | undefined {
	return word.length > 2 && word.endsWith('s') ? nameAliases.get(word.slice(0, -1)) : undefined;
}

const LANGUAGE_TARGETS: ReadonlySet<string> = new Set([...ALIASES.values()].flat());

/** Words that carry no meaning for search. Kept short: "on", "of" do matter in titles, but not for ranking. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'a',
	'an',
	'the',
	'of',
	'on',
	'in',
	'and',
	'or',
	'to',
	'for',
	'by',
	'with',
	'at',
	'as',
	'is',
	'are',
	'was',
	'were',
	'be',
	'been',
	'its',
	'it',
	'this',
	'that',
	'from',
	'between',
	'during',
	'into',
	'onto',
	'what',
	'which',
	'who',
	'whom',
	'how',
	'did',
	'does',
	'do',
	'has',
	'have',
	'had',
]);

/**
 * A question's words without their possessive endings: "Erdoğan's congratulations" names Erdoğan, whom "erdogans"
 * (the folded form) does not. Applied to questions, whose names are looked up word by word.
 *
 * @example
 * withoutPossessives('Erdoğan’s visit and Kazakhstans’ trade'); // 'Erdoğan visit and Kazakhstans trade'
 */
export function withoutPossessives(text: string): string {
	return text.replace(/(\p{L})['’]s\b/gu, '$1').replace(/(\p{L}s)['’](?!\p{L})/gu, '$1');
}

/**
 * Folds text to a comparable form: lower case, no diacritics, Turkish dotless
 * i as i, and every dash, hyphen, slash or punctuation mark as a space.
 *
 * @param text - any text
 * @returns the folded text, words separated by single spaces
 * @example
 * foldText('Türkiye’s Devlet Nişanı — Al-Farabi'); // 'turkiyes devlet nisani al farabi'
 */
export function foldText(text: string): string {
	return foldWords(text).join(' ');
}

/**
 * ASCII, plus the typographic quotes, dashes and no-break space the sources are full of: these fold to nothing (’ ‘)
 * or to a space, so the fast path handles them too. Any other character takes the general fold.
 */
const PLAIN_TEXT = /^(?:[^\u0080-\u{10ffff}]|[\u2018\u2019\u201c\u201d\u2013\u2014\u00ab\u00bb\u00a0])*$/u;

/** The general fold, for text with any Unicode in it. */
function foldUnicode(text: string): string {
	return (
		text
			.normalize('NFKD')
			.toLowerCase()
			// After lower-casing, so capitals (Ł, Ø, ẞ…) fold like their small letters.
			.replace(SPECIAL_LETTER_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
			.replace(/\p{M}+/gu, '')
			.replace(/['’‘`´]/gu, '')
			.replace(/[^\p{L}\p{N}.%$]+/gu, ' ')
			.replace(/(?<!\d)\.|\.(?!\d)/gu, ' ')
			.replace(/\s+/gu, ' ')
			.trim()
	);
}

/** Apostrophes vanish, joining what they separate ("Türkiye's" → "turkiyes"). */
const APOSTROPHES = /['`‘’]/gu;
/** A word: letters, digits, % and $, and dots inside numbers ("1.5"), judged once apostrophes are gone. */
const PLAIN_WORD = /(?:[a-z0-9%$]|(?<=[0-9])\.(?=[0-9]))+/gu;

/**
 * `foldText` for plain text (see PLAIN_TEXT), as words: two native regular expressions instead of seven, so it is
 * fast even before the JIT has warmed up (start-up). Same result as `foldUnicode(text).split(' ')`; a property test
 * checks.
 */
function foldPlainWords(text: string): string[] {
	const words = text.toLowerCase().replace(APOSTROPHES, '').match(PLAIN_WORD);
	return words ?? [''];
}

/**
 * Splits text into normalised search terms, with aliases expanded.
 *
 * @param text - any text
 * @param options - `keepStopWords` keeps "of", "the", … (for phrase matching); `nameAliases`, the spellings to use
 *   instead of those installed (a vocabulary is built before its spellings are installed)
 * @returns the terms in order
 * @example
 * normaliseTerms('MoU with Turkey'); // ['memorandum', 'understanding', 'turkiye']
 */
export function normaliseTerms(
	text: string,
	options: { keepStopWords?: boolean; nameAliases?: ReadonlyMap<string, readonly string[]> } = {},
): string[] {
	const terms: string[] = [];
	for (const word of tokenize(text)) {
		if (word === '' || (!options.keepStopWords && STOP_WORDS.has(word))) continue;
		const aliases = options.nameAliases ? (ALIASES.get(word) ?? options.nameAliases.get(word)) : aliasesOf(word);
		if (aliases) terms.push(...aliases);
		else terms.push(word);
	}
	return terms;
}

/**
 * The term processor handed to MiniSearch for both indexing and searching: stop words dropped, aliases expanded,
 * every word in its index form (its stem).
 *
 * @param term - one token as `tokenize` split it (already folded)
 * @returns null to drop it, one term, or several terms for an alias
 * @example
 * processTerm('mou'); // ['memorandum', 'understand']
 * processTerm('signed'); // 'sign'
 */
export function processTerm(term: string): string | string[] | null {
	// The tokenizer has already folded the text; stop words, aliases and word forms are left to apply.
	if (term === '' || STOP_WORDS.has(term)) return null;
	const aliases = aliasesOf(term);
	if (!aliases) return indexForm(term);
	return aliases.length === 1 ? indexForm(aliases[0] ?? term) : aliases.map(indexForm);
}

/** MiniSearch's tokenizer: split on whitespace and punctuation, including every kind of dash. */
export function tokenize(text: string): string[] {
	return foldWords(text);
}

/** Combining diacritical marks: what decomposing Latin letters with accents leaves beside the base letter. */
const LATIN_MARKS = /[\u0300-\u036f]+/g;

/**
 * The words of `foldUnicode(text)`, by the cheapest path that gives them. Plain text goes straight to
 * `foldPlainWords`. Text whose only other characters are Latin letters with diacritics ("Türkiye", "Nişanı") becomes
 * plain once decomposed, stripped of its marks and its special letters replaced, which are `foldUnicode`'s own first
 * steps. Anything else takes the general fold: its Unicode-class patterns are costly to compile, and start-up would
 * otherwise compile them for a few names.
 */
function foldWords(text: string): string[] {
	if (PLAIN_TEXT.test(text)) return foldPlainWords(text);
	const latin = text
		.normalize('NFKD')
		.toLowerCase()
		.replace(SPECIAL_LETTER_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
		.replace(LATIN_MARKS, '');
	return PLAIN_TEXT.test(latin) ? foldPlainWords(latin) : foldUnicode(text).split(' ');
}

/** The general fold, exported only so a test can hold the fast ASCII path to it. */
export const foldTextReference = foldUnicode;

/**
 * @param text - any text
 * @returns the index forms of its words, as a search would look them up
 * @example
 * wordTerms('Turkic bodies named'); // Set { 'turkic', 'bodi', 'name' }
 */
export function wordTerms(text: string): Set<string> {
	return new Set(tokenize(text).flatMap((token) => processTerm(token) ?? []));
}
