/**
 * What tells one document from another, read from its record: the subject of its title (what is left once the kind
 * it opens with, the parties it names and the frame words around them are gone) and its parties, shortened. Forty
 * titles open "Memorandum of Understanding between the Ministry of …": a label that shows their first hundred
 * characters shows the same words for all of them.
 */
import { Country, type DocumentRecord, type Party } from '../data/schema.js';
import {
	LABEL_JOINERS,
	PARTY_HEAD_NOUNS,
	PARTY_TYPE_PLURALS,
	SUBJECT_FRAME_WORDS,
	SUBJECT_OPENING_WORDS,
	TITLE_KIND_OPENINGS,
} from './labelWords.js';
import { humanise } from './format.js';

/** Stands where a party's name was cut out of a title. */
const PARTY_MARK = '\u0001';
/** Quotation marks the titles put around names. */
const QUOTES = /[“”"«»]/gu;
/** Country names and the word that precedes them in official names ("the Republic of …"). */
const COUNTRY_WORDS: ReadonlySet<string> = new Set([...Country.options.map((name) => name.toLowerCase()), 'republic']);
/** Capitalised words that stay capitalised in a lower-cased subject: the names of regions and waters. */
const PROPER_WORDS: ReadonlySet<string> = new Set([
	'asia',
	'asian',
	'caspian',
	'europe',
	'european',
	'afghan',
	'gulf',
	'ocean',
	'sea',
	'bay',
	'un',
]);

/**
 * The subject of a document's title; its sectors when the title names only its kind and parties.
 *
 * @param document - the record's title, parties and sectors
 * @returns the subject words, lower-cased where the title capitalises every word
 * @example
 * documentSubject(veterinaryMemorandum); // 'veterinary medicine'
 * documentSubject(academiesMemorandum); // 'public administration, education' (the title names no subject)
 */
export function documentSubject(document: Pick<DocumentRecord, 'title' | 'parties' | 'sectors'>): string {
	let title = document.title;
	// Longest first: one party's name can hold another's ("Turkmenistan" in "State Customs Service of Turkmenistan").
	const bodies = document.parties.map((party) => party.body).sort((a, b) => b.length - a.length);
	for (const body of bodies) title = replaceWhole(title, body, PARTY_MARK);
	title = title.replace(QUOTES, '');
	title = stripOpening(title);
	const titleCase = isTitleCase(document.title);
	const pieces = title
		.split(PARTY_MARK)
		.map((piece) => trimFrame(piece.split(/\s+/u).filter((word) => word !== '')))
		.filter((words) => words.length > 0)
		.map((words) => (titleCase ? lowerCaseWords(words) : lowerFirst(words)).join(' '));
	const sectors = document.sectors.map(humanise).join(', ');
	if (pieces.length === 0) return sectors;
	const subject = pieces.join(', ');
	// "Plan of Main Measures … for 2026–2027" leaves only the years: say what the plan is about first.
	return /\p{L}/u.test(subject) ? subject : `${sectors}, ${subject}`;
}

/**
 * A document's parties, shortened: "agriculture ministries" for the Ministries of Agriculture of two countries,
 * "Kazakhstan and Turkmenistan" for two states, a company by its quoted name.
 *
 * @example
 * shortParties(veterinaryMemorandum.parties); // 'agriculture ministries'
 * shortParties(roadTransportMemorandum.parties); // 'industry ministry and Turkmenautoulaglary'
 */
export function shortParties(parties: readonly Pick<Party, 'body' | 'type' | 'country'>[]): string {
	if (parties.length === 0) return '';
	const [first] = parties;
	if (first && parties.every((party) => party.type === first.type)) {
		const plural = PARTY_TYPE_PLURALS[first.type];
		if (plural) return plural;
		if (first.type === 'state') return joinParties(parties.map((party) => party.country ?? party.body));
	}
	const shortened = parties.map(shortParty);
	const [head] = shortened;
	if (head && head.noun && shortened.every((party) => party.noun === head.noun)) {
		const common = commonLeadingWords(shortened.map((party) => party.what));
		if (common !== '') return `${common} ${PARTY_HEAD_NOUNS.get(head.noun) ?? head.noun}`;
	}
	return joinParties([...new Set(shortened.map((party) => party.text))]);
}

/** A party's short name: its quoted name, or its name without the country and the body above it. */
interface ShortParty {
	text: string;
	/** The noun it is headed by ("ministry"), when it is one of `PARTY_HEAD_NOUNS`. */
	noun?: string;
	/** What it is the body of ("agriculture", for the Ministry of Agriculture). */
	what: string;
}

function shortParty(party: Pick<Party, 'body' | 'country'>): ShortParty {
	const quoted = [...party.body.matchAll(/[“"]([^“”"]+)[”"]/gu)].at(-1)?.[1]?.trim();
	if (quoted) return { text: quoted, what: quoted };
	const name =
		withoutCountries(party.body)
			// The body it belongs to or works under: "… of the Agency for …", "… under the Cabinet of Ministers".
			.split(/\s+(?:of the|under(?: the)?)\s+|,\s*/u)[0]
			?.trim() ?? '';
	if (name === '') return { text: party.country ?? party.body, what: '' };
	const headed = /^(\p{L}+)(?:\s+(?:of|for|on)\s+(.+))?$/u.exec(name);
	const noun = headed?.[1]?.toLowerCase();
	if (!headed || noun === undefined || !PARTY_HEAD_NOUNS.has(noun)) return { text: name, what: name };
	// The first thing it is the body of: "Industry" of "Industry and Infrastructure Development".
	const what = (headed[2] ?? '').split(/\s+and\s+|,\s*/u)[0]?.toLowerCase() ?? '';
	return { text: what === '' ? noun : `${what} ${noun}`, noun, what };
}

/** A country's name in an official name, with what leads up to it ("of the Republic of Kazakhstan"). */
const COUNTRY_PHRASE = new RegExp(
	`\\s*\\b(?:of\\s+|under\\s+)?(?:the\\s+)?(?:Republic\\s+of\\s+)?(?:${Country.options.map(escapeRegExp).join('|')})\\b`,
	'gu',
);

/** A name without the countries it names ("Ministry of Agriculture of the Republic of Kazakhstan" → "Ministry of Agriculture"). */
function withoutCountries(body: string): string {
	return body.replace(COUNTRY_PHRASE, '').replace(/\s+/gu, ' ').trim();
}

function joinParties(names: readonly string[]): string {
	return names.join(LABEL_JOINERS.parties);
}

/** The words every text starts with, without a trailing "and" or "of". */
function commonLeadingWords(texts: readonly string[]): string {
	const split = texts.map((text) => text.split(' ').filter((word) => word !== ''));
	const [first = []] = split;
	let length = 0;
	while (length < first.length && split.every((words) => words[length] === first[length])) length += 1;
	return trimFrame(first.slice(0, length)).join(' ');
}

/**
 * Every whole-word occurrence of `part` in `text` (case aside) replaced. By search rather than by a pattern made from
 * the part: every party's name would compile a Unicode pattern of its own, and at 100k records that is most of the
 * time a label takes.
 */
function replaceWhole(text: string, part: string, by: string): string {
	if (part.trim() === '') return text;
	const lowerText = text.toLowerCase();
	const lowerPart = part.toLowerCase();
	// Lower-casing can change lengths (İ); then positions in the lower-cased text are not positions in the text.
	if (lowerText.length !== text.length || lowerPart.length !== part.length) return text;
	let result = '';
	let from = 0;
	for (let at = lowerText.indexOf(lowerPart); at >= 0; at = lowerText.indexOf(lowerPart, at + 1)) {
		const end = at + part.length;
		if (at < from || isWordCharacter(text.charAt(at - 1)) || isWordCharacter(text.charAt(end))) continue;
		result += text.slice(from, at) + by;
		from = end;
	}
	return result + text.slice(from);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(character: string): boolean {
	return character !== '' && WORD_CHARACTER.test(character);
}

/** The title without the kind it opens with ("Memorandum of Understanding between …" → "between …"). */
function stripOpening(title: string): string {
	const lower = title.toLowerCase();
	const opening = TITLE_KIND_OPENINGS.find(
		(candidate) => lower.startsWith(candidate) && !/[\p{L}\p{N}]/u.test(lower.charAt(candidate.length)),
	);
	return opening ? title.slice(opening.length) : title;
}

/** Words without the frame words at either end ("on cooperation in the field of veterinary medicine" → "veterinary medicine"). */
function trimFrame(words: readonly string[]): string[] {
	let start = 0;
	let end = words.length;
	while (start < end && (isFrame(words[start] ?? '') || SUBJECT_OPENING_WORDS.has(bare(words[start] ?? ''))))
		start += 1;
	while (end > start && isFrame(words[end - 1] ?? '')) end -= 1;
	return words.slice(start, end);
}

/** A word in lower case without the punctuation after it. */
function bare(word: string): string {
	return word.toLowerCase().replace(/[.,;:()]+$/u, '');
}

/** A frame word, or a country's name at the edge of a subject ("… transported between the Republic of Kazakhstan and Turkmenistan"). */
function isFrame(word: string): boolean {
	const parts = bare(word)
		.split(/[–—/]/u)
		.filter((part) => part !== '');
	return parts.length > 0 && parts.every((part) => SUBJECT_FRAME_WORDS.has(part) || COUNTRY_WORDS.has(part));
}

/**
 * Whether a title capitalises its words ("Cooperation in the Field of Veterinary Medicine"), not only its names.
 * Words of four letters or more are counted, so "of" and "the" do not; by hand, since it runs for every label shown.
 */
function isTitleCase(title: string): boolean {
	let words = 0;
	let capitalised = 0;
	for (const word of title.split(' ')) {
		if (word.length < 4 || !isLetter(word.charAt(0)) || !isLetter(word.charAt(3))) continue;
		words += 1;
		const first = word.charAt(0);
		if (first === first.toUpperCase()) capitalised += 1;
	}
	return words > 0 && capitalised / words >= 0.7;
}

/** A letter of a cased script (Latin, Cyrillic, Greek…): one that has a lower and an upper case. */
function isLetter(character: string): boolean {
	return character.toLowerCase() !== character.toUpperCase();
}

/** Title-cased words in lower case, but for names: countries, their peoples, regions, seas, acronyms. */
function lowerCaseWords(words: readonly string[]): string[] {
	return words.map((word, index) => (keepsCapital(word, words[index + 1]) ? word : word.toLowerCase()));
}

/** The first word in lower case unless it is a name ("Role and the significance …" → "role and the significance …"). */
function lowerFirst(words: readonly string[]): string[] {
	const [first, ...rest] = words;
	if (first === undefined) return [];
	return [keepsCapital(first, rest[0]) ? first : first.toLowerCase(), ...rest];
}

function keepsCapital(word: string, next: string | undefined): boolean {
	if (!/^\p{Lu}/u.test(word)) return true;
	// An acronym (UN, MABB) or a word capitalised inside (TNS-Plus).
	if (/^\p{Lu}{2,}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return true;
	const parts = word.toLowerCase().split(/[-–—/]/u);
	if (parts.some((part) => isCountryWord(part) || PROPER_WORDS.has(part))) return true;
	// "Central" before "Asia", "Persian" before "Gulf".
	return next !== undefined && /^\p{Lu}/u.test(next) && PROPER_WORDS.has(next.toLowerCase().replace(/[.,;:]+$/u, ''));
}

/** A country's name, the start of one ("Kazakh", "Turkmen") or a word made of one ("Turkmenistani"). */
function isCountryWord(word: string): boolean {
	if (word.length < 4) return false;
	for (const country of COUNTRY_WORDS)
		if (country !== 'republic' && (country.startsWith(word) || word.startsWith(country))) return true;
	return false;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
