/**
 * Who and what a clause names, in the dataset's own names: people (by any spelling; a surname two people share names
 * both), countries (and their demonyms), the cities of the meetings, the meetings by their own words, awards, and the
 * proper names the sources never mention. Built once per dataset from the records and the engine's vocabulary.
 */
import type { Country, VisitRecord } from '../../data/schema.js';
import type { Dataset } from '../../data/validateDataset.js';
import { unknownWords } from '../ask/unknownWords.js';
import { resolveCountry } from '../filters.js';
import { personName } from '../names.js';
import { foldText, normaliseTerms, STOP_WORDS } from '../normalise.js';
import type { Vocabulary } from '../vocabulary.js';
import type { Span } from './sentences.js';

/** A word of the text, where it stands, and its folded form. */
export interface Token extends Span {
	folded: string;
}

/** People a run of name words names; several when the words fit several ("Berdimuhamedov"). */
export interface PersonMention extends Span {
	people: ReadonlySet<string>;
}

/** A leader named by office ("the Turkmen president", "President of Kazakhstan"). */
export interface OfficeMention extends Span {
	country: Country;
}

export interface AwardMention extends Span {
	awards: ReadonlySet<string>;
}

/**
 * Words that open a sentence in prose and name nobody (linking words, pronouns, numbers and the words that qualify
 * them), so a capital there is not taken for an unknown name. An adverb in -ly is one too.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
	(
		'however meanwhile moreover furthermore additionally also overall both during according later earlier finally ' +
		'then today yesterday last this these that there since while after before although despite following under ' +
		'among besides indeed instead next once such thus therefore hence still yet whereas when where which what who ' +
		'notably separately previously subsequently initially altogether nevertheless nonetheless likewise similarly ' +
		'about around approximately roughly some nearly almost over more less fewer up exactly just only all each every ' +
		'most many several few no not either neither another other we they he she it our their his her its you my ' +
		'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
		'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred half quarter third'
	).split(' '),
);

/** Offices that name a leader. */
const OFFICE = String.raw`(?:president|leader|head of state|counterpart)`;

export class Lexicon {
	private readonly personWords = new Map<string, Set<string>>();
	private readonly awardPhrases: readonly { phrase: string; award: string }[];
	private readonly awardsByWord = new Map<string, Set<string>>();
	private readonly visitWords: ReadonlyMap<string, ReadonlySet<string>>;
	private readonly countryWords = new Map<string, Country>();

	constructor(
		private readonly dataset: Dataset,
		private readonly vocabulary: Vocabulary,
		private readonly index: { knowsTerm(term: string, maxDistance: number): boolean },
	) {
		for (const person of dataset.people) {
			for (const word of [person.name, ...person.aliases].flatMap(nameWords)) {
				const people = this.personWords.get(word) ?? new Set<string>();
				people.add(person.id);
				this.personWords.set(word, people);
			}
		}
		this.awardPhrases = dataset.awards
			.flatMap((award) => award.names.map((name) => ({ phrase: foldText(name), award: award.id })))
			.filter(({ phrase }) => phrase.length >= 4)
			.sort((a, b) => b.phrase.length - a.phrase.length);
		for (const award of dataset.awards) {
			for (const word of award.names.flatMap((name) => foldText(name).split(' '))) {
				if (!vocabulary.awardWords.has(word)) continue;
				const awards = this.awardsByWord.get(word) ?? new Set<string>();
				awards.add(award.id);
				this.awardsByWord.set(word, awards);
			}
		}
		this.visitWords = tellingVisitWords(dataset.visits);
		for (const place of dataset.places) {
			if (place.kind !== 'country' || place.country === null) continue;
			for (const name of [place.name, ...place.aliases]) {
				const folded = foldText(name);
				// Two-letter codes ("TR", "KZ") are too often something else in prose.
				if (folded.length > 2) this.countryWords.set(folded, place.country);
			}
		}
	}

	/** The words of a span of the text, folded. */
	tokens(text: string, span: Span): Token[] {
		const tokens: Token[] = [];
		for (const match of text.slice(span.start, span.end).matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
			const folded = foldText(match[0]);
			if (folded === '') continue;
			const start = span.start + match.index;
			tokens.push({ start, end: start + match[0].length, folded });
		}
		return tokens;
	}

	/** Runs of name words (next to each other, or joined by a hyphen), each with the people all its words name. */
	people(text: string, tokens: readonly Token[]): PersonMention[] {
		const mentions: PersonMention[] = [];
		let run: { start: number; end: number; people: Set<string> } | undefined;
		for (const token of tokens) {
			const people = this.personWords.get(token.folded);
			if (!people) {
				// A possessive "s" ("Tokayev’s") belongs to the name before it.
				if (run && token.folded === 's' && token.start === run.end + 1) run.end = token.end;
				else run = undefined;
				continue;
			}
			if (run && /^[\s-]*$/u.test(text.slice(run.end, token.start))) {
				const both = new Set([...run.people].filter((person) => people.has(person)));
				if (both.size > 0) {
					run.people = both;
					run.end = token.end;
					continue;
				}
			}
			run = { start: token.start, end: token.end, people: new Set(people) };
			mentions.push(run);
		}
		return mentions;
	}

	/** Leaders named by their office and country. */
	offices(text: string, span: Span): OfficeMention[] {
		const clause = text.slice(span.start, span.end);
		const found: OfficeMention[] = [];
		const patterns = [
			new RegExp(String.raw`\b${OFFICE}\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([\p{L}]+)`, 'giu'),
			new RegExp(String.raw`\b([\p{L}]+)\s+${OFFICE}\b`, 'giu'),
		];
		for (const pattern of patterns) {
			for (const match of clause.matchAll(pattern)) {
				const country = this.country(match[1] ?? '');
				if (country)
					found.push({ start: span.start + match.index, end: span.start + match.index + match[0].length, country });
			}
		}
		return found;
	}

	/** The countries the words name, demonyms included ("Kazakh" → Kazakhstan). */
	countries(tokens: readonly Token[]): Country[] {
		const found = new Set<Country>();
		for (const token of tokens) {
			const country = this.country(token.folded);
			if (country) found.add(country);
		}
		return [...found];
	}

	private country(word: string): Country | undefined {
		const folded = foldText(word);
		if (folded.length < 3) return undefined;
		return this.countryWords.get(folded) ?? resolveCountry(folded);
	}

	/** The folded names of the meetings' cities the text names ("nur sultan" → "astana"). */
	cities(tokens: readonly Token[]): string[] {
		const padded = ` ${tokens.map((token) => token.folded).join(' ')} `;
		return [
			...new Set(
				[...this.vocabulary.cityNames].flatMap(([name, city]) => (padded.includes(` ${name} `) ? [city] : [])),
			),
		];
	}

	/** The meetings whose leaders the words name by a word only that leader has ("Serdar"), by person. */
	leaders(tokens: readonly Token[]): Map<string, ReadonlySet<string>> {
		const leaders = new Map<string, ReadonlySet<string>>();
		for (const token of tokens) {
			const person = this.vocabulary.leaderOf.get(token.folded);
			const visits = this.vocabulary.leaderVisits.get(token.folded);
			if (person && visits && !leaders.has(person)) leaders.set(person, visits);
		}
		return leaders;
	}

	/** Meetings named by at least two words only their title and aliases use ("fifth High-Level … Council"). */
	namedVisits(text: string, span: Span): string[] {
		const terms = new Set(normaliseTerms(text.slice(span.start, span.end)));
		return [...this.visitWords].flatMap(([id, words]) => {
			let shared = 0;
			for (const word of words) if (terms.has(word)) shared += 1;
			return shared >= 2 ? [id] : [];
		});
	}

	/** Awards named by any of their names, or by a word only award names use ("Bitaraplyk", "Qyran"). */
	awards(tokens: readonly Token[]): AwardMention[] {
		const mentions: AwardMention[] = [];
		const folded = tokens.map((token) => token.folded);
		for (let index = 0; index < tokens.length; index += 1) {
			const rest = ` ${folded.slice(index).join(' ')} `;
			const byName = this.awardPhrases.find(({ phrase }) => rest.startsWith(` ${phrase} `));
			const start = tokens[index];
			if (byName && start) {
				const length = byName.phrase.split(' ').length;
				const end = tokens[index + length - 1] ?? start;
				mentions.push({ start: start.start, end: end.end, awards: new Set([byName.award]) });
				index += length - 1;
				continue;
			}
			const byWord = this.awardsByWord.get(folded[index] ?? '');
			if (byWord && start) mentions.push({ start: start.start, end: start.end, awards: byWord });
		}
		return mentions;
	}

	/**
	 * Proper names in the clause the sources never mention (see `unknownWords`): a first word counts too, unless it is
	 * a word prose opens sentences with.
	 */
	unknownNames(text: string, span: Span): string[] {
		const clause = text.slice(span.start, span.end);
		const first = /^[“"(]?(\p{Lu}[\p{L}\p{M}’'-]+)/u.exec(clause)?.[1];
		const opener = first !== undefined && (SENTENCE_OPENERS.has(foldText(first)) || /ly$/iu.test(first));
		// The words prose opens sentences with are no names wherever they stand ("…, and About 20 …" in a heading).
		return unknownWords(opener ? clause : ` ${clause}`, this.vocabulary.nameWords, this.index).filter(
			(word) => !this.personWords.has(foldText(word)) && !SENTENCE_OPENERS.has(foldText(word)),
		);
	}

	/** A person's name as the dataset writes it (see `names.ts`). */
	personName(id: string): string {
		return personName(this.dataset, id);
	}
}

/** The words of a name that can tell it in prose: not stop words, not a single letter. */
function nameWords(name: string): string[] {
	return foldText(name)
		.split(' ')
		.filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
}

/** Each meeting's words that no other meeting's title or aliases use, numbers left out. */
function tellingVisitWords(visits: readonly VisitRecord[]): Map<string, ReadonlySet<string>> {
	const termsOf = new Map(
		visits.map((visit) => [visit.id, new Set(normaliseTerms([visit.title, ...visit.aliases].join(' ')))]),
	);
	const visitsWith = new Map<string, number>();
	for (const terms of termsOf.values()) for (const term of terms) visitsWith.set(term, (visitsWith.get(term) ?? 0) + 1);
	// A year in a title or alias is a date, which a claim states as one: it is compared as a date, not as a name.
	return new Map(
		[...termsOf].map(([id, terms]) => [
			id,
			new Set([...terms].filter((term) => visitsWith.get(term) === 1 && !/^\d+$/u.test(term))),
		]),
	);
}
