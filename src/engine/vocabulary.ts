/**
 * The dataset's own names, read from its records: how people, places, organisations and awards are spelled, which
 * leader met at which visit, which words name an award. The code keeps only the language (question words, verbs,
 * kinds of document); every name a researcher may type comes from here.
 */
import type { Dataset } from '../data/validateDataset.js';
import type { PersonRecord, VisitRecord } from '../data/schema.js';
import { distance } from './editDistance.js';
import { Country, Sector } from '../data/schema.js';
import { foldText, isLanguageTerm, normaliseTerms, STOP_WORDS } from './normalise.js';

export interface Vocabulary {
	visits: readonly VisitRecord[];
	/** A word of a leader's name or alias that only that leader has, and the visits at which they were host or guest. */
	leaderVisits: ReadonlyMap<string, ReadonlySet<string>>;
	/** The same words, and the person each names. */
	leaderOf: ReadonlyMap<string, string>;
	/** The words of the names the index does not hold (places): with the index's terms, every name the dataset knows. */
	nameWords: ReadonlySet<string>;
	/** A city's folded name or alias ("nur sultan"), and the folded city a visit records ("astana"). */
	cityNames: ReadonlyMap<string, string>;
	/** The countries that are host or guest at every visit: naming one narrows nothing. */
	everyVisitCountries: ReadonlySet<Country>;
	/** Words that name an award and little else ("bitaraplyk", "qyran"). */
	awardWords: ReadonlySet<string>;
	/** Spellings that stand for a name's own words, for indexing and searching alike ("zhomart" → "jomart"). */
	nameAliases: ReadonlyMap<string, readonly string[]>;
	/** Each visit's telling words: terms of its title and aliases that no other visit's use ("fifth", "hlscc"). */
	visitWords: ReadonlyMap<string, ReadonlySet<string>>;
	/** The folded words of the outlets that published the sources ("turkmenistan", "analytic", "magazine", "nca"). */
	outletWords: ReadonlySet<string>;
}

/** Two spellings of one word differ by at most this many edits ("tokaev" / "tokayev", "berdymukhamedov"). */
const MAX_SPELLING_EDITS = 2;
/** A word that another word extends is its stem only from this length ("garabogaz" in "garabogazkol"). */
const MIN_STEM_LENGTH = 6;
/** A word of an award's name that stands in more source sentences than this names other things too ("neutrality"). */
const MAX_AWARD_WORD_SENTENCES = 3;

/**
 * @example
 * buildVocabulary(dataset).nameAliases.get('zhomart'); // ['jomart']
 */
export function buildVocabulary(dataset: Dataset): Vocabulary {
	const aliases = nameAliases(dataset);
	return {
		visits: dataset.visits,
		...leaderWords(dataset),
		nameWords: nameWords(dataset),
		cityNames: cityNames(dataset),
		everyVisitCountries: new Set(
			Country.options.filter((country) =>
				dataset.visits.every((visit) => visit.host.country === country || visit.guest.country === country),
			),
		),
		awardWords: awardWords(dataset),
		nameAliases: aliases,
		visitWords: visitWords(dataset.visits, aliases),
		outletWords: new Set(
			dataset.sources.flatMap((source) => (source.outlet ? foldText(source.outlet).split(' ') : [])),
		),
	};
}

/** Each visit's title and alias terms that no other visit's use. */
function visitWords(
	visits: readonly VisitRecord[],
	aliases: ReadonlyMap<string, readonly string[]>,
): Map<string, ReadonlySet<string>> {
	const termsOf = new Map(
		visits.map((visit) => [
			visit.id,
			new Set(normaliseTerms([visit.title, ...visit.aliases].join(' '), { nameAliases: aliases })),
		]),
	);
	const visitsWith = new Map<string, number>();
	for (const terms of termsOf.values()) for (const term of terms) visitsWith.set(term, (visitsWith.get(term) ?? 0) + 1);
	return new Map(
		[...termsOf].map(([id, terms]) => [id, new Set([...terms].filter((term) => visitsWith.get(term) === 1))]),
	);
}

function words(text: string): string[] {
	return foldText(text)
		.split(' ')
		.filter((word) => word !== '' && !STOP_WORDS.has(word));
}

/**
 * The words of the leaders' names and aliases that only one leader has, with that leader and the visits at which they
 * were host or guest: a shared surname ("Berdimuhamedov") tells no visit apart; a given name ("Serdar") does.
 */
function leaderWords(dataset: Dataset): { leaderOf: Map<string, string>; leaderVisits: Map<string, Set<string>> } {
	const peopleWith = new Map<string, Set<string>>();
	const visitsOf = new Map<string, Set<string>>();
	const add = (person: PersonRecord, visitId: string): void => {
		for (const word of [person.name, ...person.aliases].flatMap(words)) {
			peopleWith.set(word, (peopleWith.get(word) ?? new Set()).add(person.id));
			visitsOf.set(word, (visitsOf.get(word) ?? new Set()).add(visitId));
		}
	};
	const leadersOf = new Map<string, Set<PersonRecord>>();
	for (const visit of dataset.visits) {
		for (const leader of [visit.host, visit.guest]) {
			const person = leader.person === null ? undefined : dataset.personById.get(leader.person);
			if (!person) continue;
			add(person, visit.id);
			leadersOf.set(leader.country, (leadersOf.get(leader.country) ?? new Set()).add(person));
		}
	}
	// A side the source leaves unnamed ("the head of state of Kazakhstan") was led by one of that country's leaders:
	// the meeting is theirs too, so a question naming one of them does not exclude it.
	for (const visit of dataset.visits)
		for (const leader of [visit.host, visit.guest])
			if (leader.person === null) for (const person of leadersOf.get(leader.country) ?? []) add(person, visit.id);
	const leaderOf = new Map<string, string>();
	for (const [word, people] of peopleWith) if (people.size === 1) leaderOf.set(word, [...people][0] ?? '');
	return { leaderOf, leaderVisits: new Map([...visitsOf].filter(([word]) => leaderOf.has(word))) };
}

/** The words of places' names and aliases: places are not indexed, and every other name is (with its aliases). */
function nameWords(dataset: Dataset): Set<string> {
	return new Set(dataset.places.flatMap((place) => [place.name, ...place.aliases]).flatMap(words));
}

function cityNames(dataset: Dataset): Map<string, string> {
	const cities = new Set(dataset.visits.map((visit) => foldText(visit.city)));
	const names = new Map<string, string>([...cities].map((city) => [city, city]));
	for (const place of dataset.places) {
		const city = foldText(place.name);
		if (!cities.has(city)) continue;
		for (const alias of place.aliases) names.set(foldText(alias), city);
	}
	return names;
}

function awardWords(dataset: Dataset): Set<string> {
	const candidates = new Set(dataset.awards.flatMap((award) => award.names.flatMap(words)));
	// Without awards nothing is folded: at 100k records, folding every source sentence was a second's work.
	if (candidates.size === 0) return candidates;
	const sentenceCount = new Map<string, number>();
	for (const text of dataset.sourceTexts.values()) {
		for (const sentence of text.split(/[.!?]\s+/u)) {
			for (const word of new Set(words(sentence)))
				if (candidates.has(word)) sentenceCount.set(word, (sentenceCount.get(word) ?? 0) + 1);
		}
	}
	return new Set([...candidates].filter((word) => (sentenceCount.get(word) ?? 0) <= MAX_AWARD_WORD_SENTENCES));
}

/**
 * Each alias that spells a name's words differently stands for them:
 * - word by word, where alias and name have as many words and each differing word is a respelling
 *   ("Kassym-Zhomart Tokayev"), or only one word differs and the sources never write it ("Magtymguly …");
 * - a one-word alias of a one-word name ("Turkish" for Türkiye, "Ashkhabad" for Ashgabat);
 * - a one-word respelling of one of the name's words ("Tokaev");
 * - a one-word alias the sources never write, for all the name's words ("HLSCC").
 * Stop words ("WHO") and the language's own words (aliases, verb forms, sectors) are never aliases, nor what one
 * stands for, and a word claimed by two names keeps the first.
 */
function nameAliases(dataset: Dataset): Map<string, string[]> {
	// Whether the sources write a word, asked only of the few aliases that need it: folding every source up front was
	// a second of a 100k-record start-up.
	let sourceWords: ReadonlySet<string> | undefined;
	const inSources = (word: string): boolean => {
		sourceWords ??= new Set([...dataset.sourceTexts.values()].flatMap(words));
		return sourceWords.has(word);
	};
	const named: { name: string; aliases: readonly string[] }[] = [
		...dataset.people,
		...dataset.places,
		...dataset.organisations,
		...dataset.awards.map((award) => ({ name: award.names[0] ?? '', aliases: award.names.slice(1) })),
		...dataset.visits.map((visit) => ({ name: visit.title, aliases: visit.aliases })),
	];
	const aliases = new Map<string, string[]>();
	const sectorWords = new Set(Sector.options.flatMap((sector) => sector.split('-')));
	// The language's own words keep their meaning: "defence" is already an alias, "labour" names a sector.
	const reserved = (word: string): boolean => STOP_WORDS.has(word) || isLanguageTerm(word) || sectorWords.has(word);
	const claim = (alias: string, terms: string[]): void => {
		if (reserved(alias) || terms.some(reserved) || terms.includes(alias) || aliases.has(alias)) return;
		aliases.set(alias, terms);
	};
	// "Kazakhstan's" folds to "kazakhstans".
	for (const place of dataset.places)
		if (place.kind === 'country') for (const word of words(place.name)) claim(`${word}s`, [word]);
	for (const { name, aliases: spellings } of named) {
		const nameWords = words(name);
		for (const spelling of spellings) {
			const aliasWords = words(spelling);
			if (aliasWords.length === nameWords.length && aliasWords.length > 1) {
				const differing = aliasWords.flatMap((word, index) =>
					word === nameWords[index] ? [] : [[word, nameWords[index] ?? word] as const],
				);
				const respelled = differing.every(([a, b]) => isRespelling(a, b));
				// One other word is a respelling only where the sources never write it: "region" is a word of its own.
				const renamed = differing.length === 1 && differing.every(([a]) => !inSources(a));
				if (respelled || renamed) for (const [a, b] of differing) claim(a, [b]);
			} else if (aliasWords.length === 1) {
				const [alias = ''] = aliasWords;
				if (nameWords.includes(alias)) continue;
				const respelling = nameWords.find((word) => isRespelling(alias, word));
				if (nameWords.length === 1) claim(alias, nameWords);
				else if (respelling) claim(alias, [respelling]);
				else if (!inSources(alias)) claim(alias, nameWords);
			}
		}
	}
	return aliases;
}

/** A respelling of a word: a couple of edits apart ("tokaev"), or the word with a suffix ("garabogazkol"). */
function isRespelling(a: string, b: string): boolean {
	const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
	return distance(a, b) <= MAX_SPELLING_EDITS || (shorter.length >= MIN_STEM_LENGTH && longer.startsWith(shorter));
}
