/**
 * "How many memoranda did X sign?", "Which transport documents were signed in
 * 2021?": the documents of the visits a question narrows to that match the
 * kinds, sectors, signing and parties it names, counted and listed from the
 * records rather than ranked by keywords.
 */
import { Country, type DocumentRecord, Sector, type Signing, type VisitRecord } from '../../data/schema.js';
import type { Dataset } from '../../data/validateDataset.js';
import { documentSetLabel } from '../../text/labels.js';
import type { Citation, CountAnswer } from '../answer.js';
import { SIGNED_AT_VISIT, dedupeCitations } from './documentCounts.js';
import { kindMatches } from '../filters.js';
import { personNames } from '../names.js';
import { stemTerm } from '../language/wordForms.js';
import { normaliseTerms } from '../normalise.js';
import { MONTHS, type NamedDocumentKind, type QuestionContext, SECTOR_WORDS } from './questionContext.js';

/** Words of a party's name that do not tell it apart: countries and the words around them. */
const GENERIC_PARTY_TERMS: ReadonlySet<string> = new Set([
	'republic',
	...Country.options.flatMap((country) => normaliseTerms(country)),
]);

/**
 * Words a question may hold and still ask for nothing but a set of documents: "Which memoranda were signed on the
 * sidelines of the visit?" lists them; "Which agreement were the governments asked to accelerate?" does not.
 */
const LIST_QUESTION_WORDS =
	'which what list name show all were was been signed sign signing concluded adopted exchanged exchange sidelines ' +
	'sideline presence heads presidents president leaders during visit visits state official summit meeting ' +
	'meetings talks council document documents agreement agreements memorandum memoranda memorandums mou ' +
	'understanding cooperation intent treaty treaties statement statements joint declaration declarations plan ' +
	'plans field fields sphere spheres area areas related concerning regarding about bilateral intergovernmental ' +
	'interdepartmental interagency there many number total count';

/** A party name must have this many telling words, all in the question, to count as named by it. */
const MIN_PARTY_TERMS = 2;

/** Citations a set answer shows: enough to check, not every document. */
const MAX_SET_CITATIONS = 4;

/** What a question asks of the documents, besides the visits it narrows to. */
interface Criteria {
	kinds: readonly NamedDocumentKind[];
	sectors: readonly Sector[];
	signings: readonly Signing[];
	parties: readonly string[];
}

/** The documents signed at visits, with each party's telling words, to answer set questions. */
export class DocumentSets {
	private readonly visits: readonly VisitRecord[];
	private readonly signed: readonly DocumentRecord[];
	/** Party name → its telling words. */
	private readonly partyTerms: ReadonlyMap<string, readonly string[]>;
	/**
	 * Party names by the rarest of their telling words: a question names a party only if it holds all of them, so
	 * only the parties keyed by one of its words need checking (thousands of parties at 100k records).
	 */
	private readonly partiesByRarestTerm: ReadonlyMap<string, readonly string[]>;
	/** Terms that ask for documents or narrow to a visit: what a bare list question is made of. */
	private readonly listTerms: ReadonlySet<string>;
	private readonly listStems: ReadonlySet<string>;

	constructor(dataset: Dataset) {
		this.visits = dataset.visits;
		this.signed = dataset.documents.filter(
			(document) => document.visit !== null && SIGNED_AT_VISIT.has(document.signing),
		);
		const bodies = new Set(this.signed.flatMap((document) => document.parties.map((party) => party.body)));
		this.partyTerms = new Map(
			[...bodies].map((body) => [
				body,
				[...new Set(normaliseTerms(body))].filter((term) => !GENERIC_PARTY_TERMS.has(term)),
			]),
		);
		this.partiesByRarestTerm = groupByRarestTerm(this.partyTerms);
		this.listTerms = new Set(
			normaliseTerms(
				[
					LIST_QUESTION_WORDS,
					...Sector.options.map((sector) => sector.replace(/-/g, ' ')),
					...Object.values(SECTOR_WORDS).flat(),
					...MONTHS,
					...Country.options,
					// Demonyms and other names of the countries ("Kazakh", "Turkey") are the places' aliases.
					...dataset.places.filter((place) => place.kind === 'country').flatMap((place) => place.aliases),
					...dataset.visits.flatMap((visit) => [
						visit.city,
						...personNames(dataset, visit.host.person),
						...personNames(dataset, visit.guest.person),
					]),
				].join(' '),
			),
		);
		this.listStems = new Set([...this.listTerms].map(stemTerm));
	}

	/**
	 * @param context - what `readQuestion` read in the question
	 * @returns a `count` answer holding the matching documents, or undefined when the question names no set of
	 *   documents or none matches
	 * @example
	 * sets.answer(readQuestion('Which transport documents were signed in 2021?', visits))?.value.documents.length; // 3
	 */
	answer(context: QuestionContext): CountAnswer | undefined {
		if (!context.asksDocumentCount && !context.asksDocumentList) return undefined;
		const criteria = this.criteria(context);
		const narrowed =
			criteria.kinds.length + criteria.sectors.length + criteria.signings.length + criteria.parties.length > 0;
		// A bare count ("How many documents were signed in Ashgabat?") is the visit's count answer, with the stated count.
		if (context.asksDocumentCount && !narrowed) return undefined;
		if (!narrowed && context.scope.length === 0) return undefined;
		// "Which …" asks for a list only when every other word narrows it; otherwise it asks about something else.
		if (context.asksDocumentList && this.hasOtherWords(context.terms, criteria)) return undefined;
		const scope = new Set(context.scope);
		const matched = this.signed.filter(
			(document) => (scope.size === 0 || scope.has(document.visit ?? '')) && matchesCriteria(document, criteria),
		);
		if (matched.length === 0) return undefined;
		const visitsOfMatched = new Set(matched.map((document) => document.visit));
		return setAnswer(
			matched,
			criteria,
			this.visits.filter((visit) => visitsOfMatched.has(visit.id)),
		);
	}

	private hasOtherWords(terms: ReadonlySet<string>, criteria: Criteria): boolean {
		const partyTerms = new Set(criteria.parties.flatMap((party) => this.partyTerms.get(party) ?? []));
		// By stem as well: "Berdimuhamedov's" folds to "berdimuhamedovs", "visits" to "visit".
		const listed = (term: string): boolean => this.listTerms.has(term) || this.listStems.has(stemTerm(term));
		return [...terms].some((term) => !listed(term) && !partyTerms.has(term) && !/^\d+$/.test(term));
	}

	private criteria(context: QuestionContext): Criteria {
		const asked = context.terms;
		const parties = [...asked]
			.flatMap((term) => this.partiesByRarestTerm.get(term) ?? [])
			.filter((body) => (this.partyTerms.get(body) ?? []).every((term) => asked.has(term)));
		// A party's name often names its sector too ("… University"): the party already says which documents.
		return {
			kinds: context.documentKinds,
			sectors: parties.length > 0 ? [] : context.sectors,
			signings: context.signings,
			parties,
		};
	}
}

function groupByRarestTerm(partyTerms: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
	const frequency = new Map<string, number>();
	for (const terms of partyTerms.values())
		for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
	const groups = new Map<string, string[]>();
	for (const [body, terms] of partyTerms) {
		if (terms.length < MIN_PARTY_TERMS) continue;
		const rarest = terms.reduce((best, term) =>
			(frequency.get(term) ?? 0) < (frequency.get(best) ?? 0) ? term : best,
		);
		const group = groups.get(rarest);
		if (group) group.push(body);
		else groups.set(rarest, [body]);
	}
	return groups;
}

function matchesCriteria(document: DocumentRecord, criteria: Criteria): boolean {
	return (
		(criteria.kinds.length === 0 || criteria.kinds.some((kind) => namedKindMatches(document, kind))) &&
		(criteria.sectors.length === 0 || criteria.sectors.some((sector) => document.sectors.includes(sector))) &&
		(criteria.signings.length === 0 || criteria.signings.includes(document.signing)) &&
		(criteria.parties.length === 0 || document.parties.some((party) => criteria.parties.includes(party.body)))
	);
}

function namedKindMatches(document: DocumentRecord, kind: NamedDocumentKind): boolean {
	if (kind === 'declaration') return document.kind === 'declaration' || document.kind === 'joint-declaration';
	return kindMatches(document.kind, kind);
}

function setAnswer(
	documents: readonly DocumentRecord[],
	criteria: Criteria,
	visits: readonly VisitRecord[],
): CountAnswer {
	const what = documentSetLabel(criteria, documents.length);
	const [only] = visits;
	return {
		kind: 'count',
		id: `documents-${visits.length === 1 && only ? only.id : 'all'}-${slug(what)}${criteria.signings.length > 0 ? `-${criteria.signings.join('-')}` : ''}`,
		value: { of: 'set', documents, ...criteria, visits },
		citations: dedupeCitations(documents.map(listItemQuote)).slice(0, MAX_SET_CITATIONS),
	};
}

/** The quote that names the document (its line in the list), rather than the sentence introducing the list. */
function listItemQuote(document: DocumentRecord): Citation {
	const start = document.title.slice(0, TITLE_PREFIX_LENGTH);
	return document.evidence.find((evidence) => evidence.quote.includes(start)) ?? (document.evidence[0] as Citation);
}

/** Enough of a title to recognise it in a quote, short enough to survive a quote cut at its end. */
const TITLE_PREFIX_LENGTH = 40;

function slug(text: string): string {
	return normaliseTerms(text).join('-').slice(0, 60);
}
