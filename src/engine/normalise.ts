/**
 * The one text normalisation shared by indexing and querying, so that what a
 * researcher types meets what the sources wrote: case, diacritics and Turkish
 * letters, every kind of dash, hyphenated names, and the aliases people use.
 */

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
 * Single terms that researchers type for the same thing. Keys and values are
 * already normalised; a value may be several terms (`mou`).
 */
export const TERM_ALIASES: Readonly<Record<string, readonly string[]>> = {
	turkey: ['turkiye'],
	turkish: ['turkiye'],
	kazakh: ['kazakhstan'],
	kazakhstani: ['kazakhstan'],
	kazakhstans: ['kazakhstan'],
	turkmen: ['turkmenistan'],
	turkmenistans: ['turkmenistan'],
	mou: ['memorandum', 'understanding'],
	mous: ['memorandum', 'understanding'],
	memorandums: ['memorandum'],
	memoranda: ['memorandum'],
	agreements: ['agreement'],
	treaties: ['treaty'],
	documents: ['document'],
	defense: ['defence'],
	zhomart: ['jomart'],
	garabogazkol: ['garabogaz'],
	ashkhabad: ['ashgabat'],
	ashgabad: ['ashgabat'],
	hlscc: ['high', 'level', 'strategic', 'cooperation', 'council'],
	railroad: ['railway'],
	rail: ['railway'],
	neutral: ['neutrality'],
	healthcare: ['health'],
	medical: ['medicine'],
	telecommunication: ['telecom'],
	telecommunications: ['telecom'],
	telecommunicational: ['telecom'],
	sports: ['sport'],
};

/** The aliases as a Map: indexing the object would find "constructor" and other Object.prototype keys. */
const ALIASES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(TERM_ALIASES));

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
 * Folds text to a comparable form: lower case, no diacritics, Turkish dotless
 * i as i, and every dash, hyphen, slash or punctuation mark as a space.
 *
 * @param text - any text
 * @returns the folded text, words separated by single spaces
 * @example
 * foldText('Türkiye’s Devlet Nişanı — Al-Farabi'); // 'turkiyes devlet nisani al farabi'
 */
export function foldText(text: string): string {
	return PLAIN_TEXT.test(text) ? foldPlainWords(text).join(' ') : foldUnicode(text);
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

/**
 * `foldText` for plain text (see PLAIN_TEXT), as words, in one pass over the characters instead of seven regular expressions: it
 * indexes 100k records several times faster. Same result as `foldUnicode(text).split(' ')` (a property test checks).
 */
function foldPlainWords(text: string): string[] {
	const lower = text.toLowerCase();
	const words: string[] = [];
	let start = -1;
	let apostrophes = false;
	let previous = 0;
	const end = (at: number): void => {
		if (start < 0) return;
		const word = lower.slice(start, at);
		words.push(apostrophes ? word.replace(/['`‘’]/gu, '') : word);
		start = -1;
		apostrophes = false;
	};
	for (let index = 0; index < lower.length; index += 1) {
		const code = lower.charCodeAt(index);
		if (isApostrophe(code)) {
			// Apostrophes vanish, joining what they separate ("Türkiye's" → "turkiyes").
			if (start >= 0) apostrophes = true;
			continue;
		}
		let keep = isWordCode(code);
		if (code === DOT) {
			// A dot stays only inside a number ("1.5"), judged without apostrophes, as the general fold does.
			let next = index + 1;
			while (next < lower.length && isApostrophe(lower.charCodeAt(next))) next += 1;
			keep = isDigitCode(previous) && next < lower.length && isDigitCode(lower.charCodeAt(next));
		}
		if (keep && start < 0) start = index;
		else if (!keep) end(index);
		previous = code;
	}
	end(lower.length);
	return words.length > 0 ? words : [''];
}

const APOSTROPHE = 0x27;
const LEFT_SINGLE_QUOTE = 0x2018;
const RIGHT_SINGLE_QUOTE = 0x2019;
const BACKTICK = 0x60;
const DOT = 0x2e;

function isApostrophe(code: number): boolean {
	return code === APOSTROPHE || code === BACKTICK || code === LEFT_SINGLE_QUOTE || code === RIGHT_SINGLE_QUOTE;
}

function isDigitCode(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** a–z, 0–9, % and $: what the general fold keeps (besides dots in numbers). */
function isWordCode(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || isDigitCode(code) || code === 0x25 || code === 0x24;
}

/**
 * Splits text into normalised search terms, with aliases expanded.
 *
 * @param text - any text
 * @param options - `keepStopWords` keeps "of", "the", … (for phrase matching)
 * @returns the terms in order
 * @example
 * normaliseTerms('MoU with Turkey'); // ['memorandum', 'understanding', 'turkiye']
 */
export function normaliseTerms(text: string, options: { keepStopWords?: boolean } = {}): string[] {
	const terms: string[] = [];
	for (const word of tokenize(text)) {
		if (word === '' || (!options.keepStopWords && STOP_WORDS.has(word))) continue;
		const aliases = ALIASES.get(word);
		if (aliases) terms.push(...aliases);
		else terms.push(word);
	}
	return terms;
}

/**
 * The term processor handed to MiniSearch for both indexing and searching.
 *
 * @param term - one token as `tokenize` split it (already folded)
 * @returns null to drop it, one term, or several terms for an alias
 * @example
 * processTerm('mou'); // ['memorandum', 'understanding']
 */
export function processTerm(term: string): string | string[] | null {
	// The tokenizer has already folded the text; only stop words and aliases are left to apply.
	if (term === '' || STOP_WORDS.has(term)) return null;
	const aliases = ALIASES.get(term);
	if (!aliases) return term;
	return aliases.length === 1 ? (aliases[0] ?? null) : [...aliases];
}

/** MiniSearch's tokenizer: split on whitespace and punctuation, including every kind of dash. */
export function tokenize(text: string): string[] {
	return PLAIN_TEXT.test(text) ? foldPlainWords(text) : foldUnicode(text).split(' ');
}

/** The general fold, exported only so a test can hold the fast ASCII path to it. */
export const foldTextReference = foldUnicode;
