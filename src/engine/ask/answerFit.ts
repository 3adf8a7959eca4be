/**
 * Whether the best matches give what a question asks for. A question that asks for a measure (a cost, a tonnage, a
 * date, a number, a person, a place) is answered only by a record or a sentence that is about what the question is
 * about and gives a value of that measure: "How many tonnes of wheat…" is not answered by the railway's 1.5 million
 * tons of freight, "Who signed the migration agreement?" not by an agreement the source lists without its signatories,
 * "When was the Alem.AI centre opened?" not by the day the president visited it.
 *
 * What a question is about is its topic: its rarest word in the index (see `topicTerm`). The words that ask for a
 * measure are language and live in `measures.ts`; the names of people and places come from the dataset.
 */
import type { PartialDate } from '../../data/schema.js';
import type { Dataset } from '../../data/validateDataset.js';
import type { Answer, AnswerKind } from '../answer.js';
import type { Entry } from '../entries.js';
import { foldText, REPORTING_STEMS } from '../normalise.js';
import type { Hit } from '../search/searchIndex.js';
import { givesMeasure, type Measure, measuresAsked, measureTerms, organisationNounAsked } from './measures.js';
import { RANKING } from './ranking.js';
import { entryTerms, termsOf } from './tellingWord.js';
import { familyTerms } from '../language/wordFamilies.js';
import { relatedWords } from '../language/wordnet.js';
import type { CountryForms } from './figureDirection.js';

/** What the fit of the best matches is judged on. */
export interface FitQuestion {
	/** The question as asked. */
	query: string;
	/** Its words to search for (question and scope words removed). */
	searchText: string;
	/** It asks how many documents were signed, or which: counts and lists of the records answer those. */
	asksDocuments: boolean;
}

/** The names the fit reads from the dataset: people by their words, places by their folded names. */
export interface FitNames {
	/** Each person's id with the folded names and surnames that name them in a text. */
	people: readonly { id: string; names: readonly string[] }[];
	/** Each folded name or alias of a place, with the place's name. */
	placeNames: ReadonlyMap<string, string>;
	/** Folded names and aliases of places (cities, regions, ports, sites). */
	places: readonly string[];
	/** Each country with the folded names and adjectives that name it ("kazakh", "kazakhstani"). */
	countries: readonly CountryForms[];
	/** Folded names and aliases of organisations. */
	organisations: readonly string[];
	/** The index forms of the words of people's and places' names: a match that shares only those is not about it. */
	nameTerms: ReadonlySet<string>;
}

/** Measures of how much: a value of one is only an answer when it is a value of what the question is about. */
const QUANTITIES: ReadonlySet<Measure> = new Set(['money', 'mass', 'volume', 'length', 'capacity', 'share', 'number']);

/** Records that summarise a meeting, an article, a person or an organisation: they span many things. */
const SUMMARY_KINDS: ReadonlySet<AnswerKind> = new Set(['visit', 'source', 'person', 'organisation', 'count']);

/** Words that name a meeting: a question with one may ask where or when the meeting was. */
const MEETING_WORDS = /\b(visits?|talks|summits?|meetings?|council|trips?|negotiations)\b/u;

/** Words that ask about what is still to come ("When will … open?", "By what year do they aim to …"). */
const FUTURE =
	/\b(will|going to|planned|plans?|supposed|expected|due|aim|aims|aiming|by (what|which) (year|date)|by when|deadline)\b/u;

/**
 * Words that ask who is or was put at the head of a body ("Who heads the Alem.AI centre?", "Who was appointed
 * director?"), not who took part in something or proposed it.
 */
const HEADS =
	/\bwho (heads|headed|runs|ran|chairs|chaired|directs|directed|manages|managed)\b|\bwho (is|was|were|will be) (appointed|elected|nominated|named|chosen)\b/u;

/**
 * Words that ask who holds a post ("Who was Kazakhstan's ambassador in Ashgabat?"): answered only by words that name
 * someone in that post, not by a meeting's leaders.
 */
const POST_ASKED =
	/\bwho (?:is|was|were|will be) (?:the |[\p{L}]+s )?(?:[\p{L}-]+ )?(official|representative|envoy|ambassador|consul|director|minister|spokes(?:man|woman|person))s?\b/u;

/**
 * Words that ask for people honoured or remembered ("Which outstanding figures were the monuments dedicated to?"):
 * answered only by words that name someone other than the meetings' own leaders, who unveil and recall them.
 */
const FIGURES_ASKED =
	/\b(outstanding|historical|historic|prominent|famous|eminent|great|literary|cultural) (figures|personalities)\b/u;

/**
 * The things a question counts ("How many Maarif students …"): the first plural after "how many", skipping up to two
 * words before it. When no record or sentence names them, nor any of their WordNet synonyms, no number in the
 * sources counts them (the two Maarif schools are no count of students). A word the sources do use may be counted in
 * other words ("firms": "4,000 Turkish companies"), so it is not checked. "How many times" asks how much something
 * grew, which a figure gives in any words.
 */
const COUNTED = /\bhow many (?:[\p{L}-]+ ){0,2}?(?!times\b)(\p{L}{3,}s)\b/u;

/** Words that give someone's place at the head of a body. */
const HEAD_ROLE =
	/\b(head|heads|headed|chair|chairs|chaired|chairman|chairwoman|chairperson|director|chief|rector|ceo|manager)\b/u;

/**
 * Words of something coming into being or into effect: "When was the centre opened?" asks for that moment, which a
 * record's own date (a visit to the centre, the signing of an agreement) does not give unless its words name it.
 */
const ONSET =
	/\b(open|opens|opened|opening|found|founded|establish|established|built|build|construct|constructed|launch|launched|complete|completed|finish|finished|commission|commissioned|inaugurated?|ratif(y|ied)|force|effect|operational|start|started|begin|began|begun)\b/u;

/**
 * The index forms of words that frame a quantity: comparatives ("more", "larger") say how the sides relate, periods
 * ("each year", "annually") over what time, and neither what the question is about ("Where has Kazakhstan invested
 * more money?" is about investment; "How many tonnes of wheat does Turkmenistan import each year?" about wheat).
 */
const FRAMING_TERMS: ReadonlySet<string> = termsOf(
	'more most less least fewer fewest larger largest bigger biggest greater greatest higher highest smaller smallest lower lowest ' +
		'each every per year years yearly annual annually month months monthly',
);

/**
 * @param searchText - the question's words to search for
 * @param hits - the best matches, best first
 * @param entriesWith - how many entries of the index hold a term
 * @param families - each word's family (see `familyTerms`): a word counts as held in any of its forms
 * @returns the question's rarest word in the index that one of the best matches holds, leaving out the words that
 *   ask for a measure: what the question is about ("wheat" in "How many tonnes of wheat …")
 */
export function topicTerm(
	searchText: string,
	hits: readonly Hit<Entry>[],
	entriesWith: (term: string) => number,
	families: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): string | undefined {
	const asking = measureTerms(searchText);
	const held = hits.map(({ entry }) => entryTerms(entry));
	// A word counts in any form of its family, as rare as the rarest form a match holds ("investors": "invest").
	const forms = (term: string): string[] => [...(families.get(term) ?? [term])];
	const rarity = (term: string): number =>
		Math.min(...forms(term).map((form) => (held.some((terms) => terms.has(form)) ? entriesWith(form) : Infinity)));
	// A verb of reporting ("cited", "noted") says how the fact was told, not what it is about.
	return [...termsOf(searchText)]
		.filter(
			(term) =>
				!asking.has(term) && !REPORTING_STEMS.has(term) && !FRAMING_TERMS.has(term) && Number.isFinite(rarity(term)),
		)
		.sort((a, b) => rarity(a) - rarity(b) || a.localeCompare(b))[0];
}

/** How the best matches fit a question that asks for measures (see `measureFit`). */
export interface MeasureFit {
	/** The measures the question asks for that none of the best matches about its topic gives. */
	missing: Measure[];
	/**
	 * The rank of the first of the best matches that gives a measure asked for, when the best match gives none: the
	 * match that answers what was asked ("the 24–25 November visit" over a visit the sources date only by its year).
	 */
	giver: number | undefined;
}

/**
 * @param question - the question, its search words and whether it asks for documents
 * @param hits - the best matches, best first
 * @param entriesWith - how many entries of the index hold a term, for the question's topic (see `topicTerm`)
 * @param dataset - for the dates of meetings
 * @param names - the people and places a text may name
 * @returns the measures the question asks for that none of the best matches about its topic gives, and which match
 *   gives one when the best does not
 */
export function measureFit(
	question: FitQuestion,
	hits: readonly Hit<Entry>[],
	entriesWith: (term: string) => number,
	dataset: Dataset,
	names: FitNames,
): MeasureFit {
	const folded = foldText(question.query);
	const asked = measuresAsked(question.query).filter((measure) => measure !== 'number' || !question.asksDocuments);
	if (asked.length === 0) return { missing: [], giver: undefined };
	// Only a question that asks for a measure needs its topic: most ask for none.
	// A word is held in any form of its family: "investors" by a record of "investments".
	const families = familyTerms(question.searchText || question.query);
	const topic = topicTerm(question.searchText || question.query, hits, entriesWith, families);
	// A match is about the question when it holds its topic, or at least half its words other than names: the rarest
	// word may be one of the question's own frame ("cited", "named") rather than its subject.
	const asking = measureTerms(question.searchText);
	const words = [...termsOf(question.searchText)].filter(
		(term) => !asking.has(term) && !names.nameTerms.has(term) && !FRAMING_TERMS.has(term),
	);
	// When the best match holds the topic, the topic tells what the question is about; and when it holds every word,
	// it is the very thing named ("the Treaty on a Nuclear-Weapon-Free Zone"), which a match sharing a few is not.
	const holds = (terms: ReadonlySet<string>, term: string): boolean =>
		[...(families.get(term) ?? [term])].some((form) => terms.has(form));
	const leadTerms = hits[0] === undefined ? new Set<string>() : entryTerms(hits[0].entry);
	const leadHoldsTopic = topic !== undefined && holds(leadTerms, topic);
	const named = words.length >= 2 && words.every((term) => holds(leadTerms, term));
	const about = (entry: Entry): boolean => {
		const terms = entryTerms(entry);
		const held = words.filter((term) => holds(terms, term)).length;
		if (named) return held === words.length;
		return (topic !== undefined && holds(terms, topic)) || (!leadHoldsTopic && held * 2 >= Math.max(1, words.length));
	};
	const checked = hits.slice(0, RANKING.measureCheckedHits);
	// A quantity must be of the thing asked about: the railway's tonnage is no tonnage of wheat. A name, a place or a
	// date is judged on the best match as well, which a paraphrase may reach without sharing the question's words.
	const candidate = (measure: Measure, entry: Entry, rank: number): boolean =>
		about(entry) || (!QUANTITIES.has(measure) && rank === 0);
	const future = FUTURE.test(folded);
	const onset = folded.match(ONSET)?.[0];
	const onsetTerm = onset === undefined ? undefined : ([...termsOf(onset)][0] ?? onset);
	const asker = new Set(peopleNamedIn(folded, names));
	const heading = HEADS.test(folded);
	const post = folded.match(POST_ASKED)?.[1];
	const figures = FIGURES_ASKED.test(folded);
	const counted = folded.match(COUNTED)?.[1];
	const bodyAsked = organisationNounAsked(question.query);
	const unheard = (word: string): boolean => [...termsOf(word)].every((term) => entriesWith(term) === 0);
	const countsNothingHeld =
		counted !== undefined &&
		unheard(counted) &&
		relatedWords(counted).every(({ word, relation }) => relation !== 'synonym' || unheard(word));
	const leaders = new Set(
		dataset.visits.flatMap((visit) => [visit.host.person, visit.guest.person]).filter((id) => id !== null),
	);
	// A meeting's city, days and leaders answer where, when and with whom it was held, not where or when a thing
	// discussed at it will be, or who runs it (the trade houses, the flights, the Alem.AI centre): when one of the best
	// matches is a record of one thing about the question, the meeting's summary gives no measure.
	const aboutOneThing =
		!MEETING_WORDS.test(folded) && checked.some(({ entry }) => !SUMMARY_KINDS.has(entry.kind) && about(entry));
	const gives = (measure: Measure, entry: Entry): boolean => {
		if (entry.kind === 'visit' && aboutOneThing) return false;
		switch (measure) {
			case 'date':
			case 'day': {
				// The moment something opened or came into force is a date only a record that names it gives.
				if (onsetTerm !== undefined && entry.kind !== 'visit' && !entryTerms(entry).has(onsetTerm)) return false;
				const date = recordDate(entry.answer, dataset, future || onsetTerm !== undefined);
				if (date !== undefined) return measure === 'date' || date.precision === 'day';
				break;
			}
			case 'person':
				// Who heads a body is someone words name in that place: a visitor to it, a meeting's leaders or those who
				// proposed the post are not.
				if (heading) {
					const own = foldText(ownWords(entry));
					return HEAD_ROLE.test(own) && peopleNamedIn(own, names).some((person) => !asker.has(person));
				}
				if (figures)
					return peopleNamedIn(foldText(ownWords(entry)), names).some(
						(person) => !asker.has(person) && !leaders.has(person),
					);
				if (post !== undefined) {
					const own = foldText(ownWords(entry));
					return (
						new RegExp(`\\b${post}s?\\b`, 'u').test(own) &&
						peopleNamedIn(own, names).some((person) => !asker.has(person))
					);
				}
				return peopleGiven(entry, dataset, names).some((person) => !asker.has(person));
			case 'place':
				return placeGiven(entry, names);
			case 'organisation':
				return organisationGiven(entry, names) || (bodyAsked !== undefined && namesBody(entry.title, bodyAsked));
			case 'number':
				if (countsNothingHeld) return false;
				if (entry.kind === 'figure') return true;
				break;
			default:
				break;
		}
		// A visit's or an article's summary spans everything said at it: its words give no measure of one thing.
		if (SUMMARY_KINDS.has(entry.kind)) return false;
		const own = ownWords(entry);
		// "By what year …" asks for a date still to come: a date no later than the record's meeting is a past one.
		if ((measure === 'date' || measure === 'day') && future && entry.year !== null && !laterYear(own, entry.year))
			return false;
		return givesMeasure(measure, own);
	};
	const given = checked.map(({ entry }, rank) =>
		asked.filter((measure) => candidate(measure, entry, rank) && gives(measure, entry)),
	);
	const missing = asked.filter((measure) => !given.some((measures) => measures.includes(measure)));
	const first = given.findIndex((measures) => measures.length > 0);
	return { missing, giver: first > 0 ? first : undefined };
}

/**
 * When the thing an answer records happened: a meeting, a document's signing, an award, an event, each by its own
 * date or else its meeting's; a proposal's meeting, unless the question asks when it will be done.
 */
function recordDate(answer: Answer, dataset: Dataset, later: boolean): PartialDate | undefined {
	switch (answer.kind) {
		case 'proposal':
			// When something was proposed or agreed is its meeting's date; when it will be done, the sources rarely say.
			return later ? undefined : (answer.visit?.startDate ?? undefined);
		case 'visit':
			return answer.record.startDate;
		case 'document':
			// A document signed earlier and only mentioned at a meeting was not signed on the meeting's days.
			return answer.record.signedDate ?? (answer.record.visit === null ? undefined : answer.visit?.startDate);
		case 'event':
			// An event recalled at a meeting ("recently held in Avaza") did not happen on the meeting's days.
			return answer.record.date ?? (answer.record.timing === 'earlier' ? undefined : answer.visit?.startDate);
		case 'award':
			return answer.record.date ?? dataset.visits.find((visit) => visit.id === answer.record.visit)?.startDate;
		default:
			return undefined;
	}
}

/** The people a question's folded text names. */
function peopleNamedIn(folded: string, names: FitNames): string[] {
	const padded = ` ${folded} `;
	return names.people
		.filter(({ names: forms }) => forms.some((form) => padded.includes(` ${form} `)))
		.map(({ id }) => id);
}

/**
 * The people a record gives by its fields (an award's giver and recipient, a visit's leaders, a document's signing
 * heads of state, a proposal's proposers, a figure's speaker, an event's participants), or a sentence by the names
 * in its words.
 */
function peopleGiven(entry: Entry, dataset: Dataset, names: FitNames): string[] {
	const answer = entry.answer;
	const ids = (values: readonly (string | null | undefined)[]): string[] =>
		values.filter((value): value is string => typeof value === 'string');
	switch (answer.kind) {
		case 'award':
			return ids([answer.record.giver.person, answer.record.recipient.person]);
		case 'visit':
			return ids([answer.record.host.person, answer.record.guest.person]);
		case 'document':
			return ids(answer.record.parties.map((party) => party.person));
		case 'proposal':
			return [...answer.record.proposedBy.people, ...answer.record.supportedBy.people];
		case 'figure':
			return ids([answer.record.statedBy]).filter((id) => dataset.personById.has(id));
		case 'event':
			return [...answer.record.participants];
		case 'person':
			return [answer.record.id];
		case 'passage':
			return peopleNamedIn(foldText(entry.text), names);
		default:
			return [];
	}
}

/** Whether a record gives a place: its own (a meeting's city, a document's place of signing) or one its words name. */
function placeGiven(entry: Entry, names: FitNames): boolean {
	const answer = entry.answer;
	if (answer.kind === 'visit') return true;
	// A document signed at a meeting was signed in its city; one only mentioned there names no place of signing.
	if (answer.kind === 'document') return answer.record.signedPlace !== null || answer.record.visit !== null;
	if (answer.kind === 'event' && answer.record.place !== null) return true;
	if (SUMMARY_KINDS.has(entry.kind)) return false;
	const padded = ` ${foldText(ownWords(entry))} `;
	return names.places.some((place) => padded.includes(` ${place} `));
}

/**
 * @param dataset - its people and places
 * @returns the folded names a text may name them by: full names, aliases and, for people, their last names
 */
export function fitNamesOf(dataset: Dataset): FitNames {
	const forms = (names: readonly string[]): string[] => [
		...new Set(names.map(foldText).filter((name) => name.length > 2)),
	];
	return {
		people: dataset.people.map((person) => ({
			id: person.id,
			names: forms([person.name, ...person.aliases, ...person.name.split(' ').slice(-1)]),
		})),
		placeNames: new Map(
			dataset.places.flatMap((place) =>
				forms([place.name, ...place.aliases]).map((form): [string, string] => [form, place.name]),
			),
		),
		// A country is no answer to "which city …": only the places within one.
		places: forms(
			dataset.places.filter((place) => place.kind !== 'country').flatMap((place) => [place.name, ...place.aliases]),
		),
		countries: dataset.places
			.filter((place) => place.kind === 'country')
			.map((place) => ({ country: place.country ?? place.name, forms: forms([place.name, ...place.aliases]) })),
		organisations: forms(dataset.organisations.flatMap((organisation) => [organisation.name, ...organisation.aliases])),
		nameTerms: termsOf(
			[
				...dataset.places.flatMap((place) => [place.name, ...place.aliases]),
				...dataset.people.flatMap((person) => [person.name, ...person.aliases]),
			].join(' '),
		),
	};
}

const STATE_PARTIES: ReadonlySet<string> = new Set(['head-of-state', 'state', 'government']);

/** Whether a record names a body: an organisation's own record, a document's parties, or a name in its words. */
function organisationGiven(entry: Entry, names: FitNames): boolean {
	const answer = entry.answer;
	if (answer.kind === 'organisation' || answer.kind === 'source') return true;
	// A body below the state: a ministry, an agency, a company, a university (a government is the state's).
	if (answer.kind === 'document') return answer.record.parties.some((party) => !STATE_PARTIES.has(party.type));
	if (answer.kind === 'proposal' && answer.record.organisations.length > 0) return true;
	if (SUMMARY_KINDS.has(entry.kind)) return false;
	const padded = ` ${foldText(ownWords(entry))} `;
	return names.organisations.some((organisation) => padded.includes(` ${organisation} `));
}

/** Whether a text names a year after `year` ("for 2026–2028" in a plan agreed in 2025). */
function laterYear(text: string, year: number): boolean {
	return [...text.matchAll(/\b(?:19|20)\d{2}\b/gu)].some(([found]) => Number(found) > year);
}

/**
 * Whether a title is the proper name of a body of the kind asked ("International Biological Safety Agency" for
 * "which agency"): the kind's noun capitalised after capitalised words. "A branch of a leading Kazakh university"
 * names a kind of body, not one.
 */
function namesBody(title: string, noun: string): boolean {
	const capitalised = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
	return new RegExp(`(?:\\p{Lu}[\\p{L}-]* )+${capitalised}\\b`, 'u').test(title);
}

/**
 * A record's own words, without its meeting's: an entry's text names the meeting a proposal was made at ("… Astana"),
 * which says nothing of the cities the proposal concerns.
 */
export function ownWords(entry: Entry): string {
	const answer = entry.answer;
	switch (answer.kind) {
		case 'proposal':
			return `${answer.record.title} ${answer.record.description}`;
		case 'event':
			return `${answer.record.title} ${answer.record.description}`;
		case 'figure':
			return `${answer.record.label} ${answer.record.text}`;
		case 'document':
			return [answer.record.title, ...answer.record.aliases].join(' ');
		default:
			return `${entry.title} ${entry.text}`;
	}
}
