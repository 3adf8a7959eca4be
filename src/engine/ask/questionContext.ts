/**
 * What a free-text question is about and what it asks: the intent (how many,
 * how much, when, where, who, which award, which document) and the scope
 * (country, year, month, city, leader) that narrows the answer.
 */
import { type Country, Sector, type Signing, type VisitRecord } from '../../data/schema.js';
import { isReportingVerb, normaliseTerms, wordTerms } from '../normalise.js';
import type { Vocabulary } from '../vocabulary.js';
import { resolveCountry } from '../filters.js';
import { foldText } from '../normalise.js';

export type Intent =
	| 'count'
	| 'amount'
	| 'when'
	| 'where'
	| 'who'
	| 'person'
	| 'organisation'
	| 'award'
	| 'document'
	| 'source'
	| 'statement'
	| 'visit'
	| 'general';

export interface QuestionContext {
	intents: ReadonlySet<Intent>;
	/** The question sets two things side by side ("2021 or 2025", "vs", "both", "each time"). */
	compares: boolean;
	/**
	 * It compares by "or" alone ("the North–South corridor or the East–West one?"): it asks which of two things holds,
	 * not how two figures compare, unless it also asks for a measure.
	 */
	offersAlternatives: boolean;
	/** The question asks how many documents or agreements were signed. */
	asksDocumentCount: boolean;
	/** The question asks which documents were signed ("Which transport documents were signed in 2021?"). */
	asksDocumentList: boolean;
	/** The question asks what someone said, or how they saw or took something ("How did Tokayev react …"). */
	asksWhatWasSaid: boolean;
	/** Kinds of document the question names ("memoranda", "plans"); "agreement" and "document" name no kind. */
	documentKinds: readonly NamedDocumentKind[];
	/** How the documents asked about were signed ("on the sidelines", "exchanged"). */
	signings: readonly Signing[];
	years: readonly number[];
	countries: readonly Country[];
	/** Sectors the question names ("transport documents"), to favour documents of that sector. */
	sectors: readonly Sector[];
	/** Visits the question narrows to; empty when it names nothing that narrows. */
	scope: readonly string[];
	/**
	 * The parts of the scope, when each matches a visit but together they match none ("Ashgabat in 2025"): what the
	 * question got wrong, for a notice that corrects it. Null when the scope is consistent or names nothing.
	 */
	scopeConflict: readonly ScopeFacet[] | null;
	/** Every part of the scope the question names, each with the visits it matches. */
	scopeFacets: readonly ScopeFacet[];
	/** The question with question words and scope words removed: what to search for. */
	searchText: string;
	/** The question's normalised search terms (see `normaliseTerms`). */
	terms: ReadonlySet<string>;
	/**
	 * The index forms of the words that named the scope's leaders and countries ("Erdoğan", "Kazakh"), and of the
	 * outlets named ("Turkmenistan Analytic"), when the scope narrows: they stay in the search, but within the scope
	 * they tell its records apart only a little.
	 */
	scopeNameTerms: ReadonlySet<string>;
}

/** One part of a question's scope (its years, its cities, one leader, one country) and the visits it matches. */
export interface ScopeFacet {
	kind: 'year' | 'month' | 'city' | 'leader' | 'country' | 'meeting';
	/** What the question named: years and months as numbers, folded city names, person ids, countries. */
	values: readonly (string | number)[];
	visits: readonly string[];
}

export const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

/**
 * Words that set two things side by side: two sides, a change, a larger one. "More" alone is not one ("could be
 * exported more"); "more than" is.
 */
const COMPARES =
	/\b(vs|versus|compar\w*|contrast\w*|respectively|and with|or|than|bigger|larger|higher|lower|greater|smaller|change[sd]?|differ\w*|against|each|both)\b/u;
/** A second question after the first: "…, and who led …", "… and by what percentage …". */
const SECOND_QUESTION = /(?:,|\band\b)\s*(?:by\s+)?(?:how|what|which|who|when|where)\b/u;
/** The words of `COMPARES` but "or": with none of them, "or" offers alternatives. */
const COMPARES_BESIDES_OR = new RegExp(COMPARES.source.replace('|or|', '|'), 'u');

/** Words that shape a question but name nothing to search for. */
const QUESTION_WORDS = new Set([
	'how',
	'many',
	'much',
	'when',
	'where',
	'why',
	'will',
	'would',
	'could',
	'can',
	'according',
	'report',
	'please',
	'tell',
	'me',
	'about',
	'there',
	'take',
	'place',
	'held',
	'get',
	'got',
	'receive',
	'received',
	'give',
	'given',
	'goes',
	'go',
	'visit',
	// "so far", "yet", "ever": when, not what
	'so',
	'far',
	'yet',
	'ever',
]);

const DOCUMENT_WORDS =
	/\b(documents?|docs?|agreements?|memorand\w*|mous?|treat(y|ies)|statements?|declarations?|plans?)\b/;
/**
 * Document kinds a question can name, by the words that name them. Researchers say "agreements" and "documents"
 * for any signed document, so those name no kind.
 */
const KIND_WORDS = {
	memorandum: /\b(memorand\w*|mous?)\b/,
	plan: /\bplans?\b/,
	treaty: /\btreat(y|ies)\b/,
	'joint-statement': /\bjoint statements?\b/,
	declaration: /\bdeclarations?\b/,
} as const;
export type NamedDocumentKind = keyof typeof KIND_WORDS;

/** Words just before a name that leave it out: "apart from the joint declaration", "(not memoranda or plans)". */
const LEFT_OUT = /\b(apart from|aside from|besides|other than|except|excluding|not counting|not)( [\p{L}-]+){0,3} $/u;

/** Whether a question names something by `words` other than to leave it out. */
function namedNotLeftOut(folded: string, words: RegExp): boolean {
	const everywhere = new RegExp(words.source, `${words.flags}g`);
	return [...folded.matchAll(everywhere)].some((match) => !LEFT_OUT.test(folded.slice(0, match.index)));
}

/** Words that ask for the documents themselves: "which …", "list …" (asked politely or not), "the titles of …". */
const LISTING = /^((can|could|would) you |please |pls )?(which|what|list|name|show|give)\b|\b(titles?|names?) of\b/u;

const SIGNING_WORDS: ReadonlyArray<[Signing, RegExp]> = [
	['sidelines', /\bsidelines?\b/],
	['exchanged-in-presence', /\bexchang\w*\b/],
];
/** "including those signed on the sidelines" widens rather than narrows. */
const WIDENING = /\b(including|incl|plus)\b/;

/**
 * What someone said, called for, proposed or agreed: the answer is a sentence of a source, rarely a whole record.
 * Besides the verbs of reporting (`isReportingVerb`, in any form), these words ask for it.
 */
const STATEMENT_WORDS = /\b(stance|position|views?|opinion|attitude|wants?|wanted)\b/;

/**
 * Words that ask what someone said, or how they saw or took something ("What did Tokayev say the documents
 * achieved?", "How did the Turkmen president react …", "Tokayev's view"): the sentence that reports it answers, not
 * the record of the thing it was said about. Proposing and agreeing are not saying: a proposal answers those.
 */
const SAYING =
	/\b(what|how) (did|does|do|has|have|had|would) ([\p{L}-]+ ){1,6}?(say|stress|note|emphasi[sz]e|underline|express|describe|characteri[sz]e|react|respond|reply|regard|view|see|consider|think|thank|remark|comment|assess|interpret|reveal|tell|explain|recall|mention|argue)\b|\b(views?|opinion|reaction|response|stance|attitude)\b/u;

const OTHER_COUNTED = /\b(compan\w*|categor\w*|projects?|schools?|items?|days?|tons?|tonnes|years?|times|percent)\b/;
/**
 * Words that ask for a source. A source's noun asks for one after "which" or "what" ("Which outlet …", "what sources
 * …") or opening the question ("sources on the Caspian"); elsewhere it names the source whose content is asked for
 * ("which organisations does the 2022 magazine article list"). "Reported" asks which outlet only after "who" or
 * "which …" ("Which news agency reported …"); "the freight result reported in 2025" asks for the result.
 */
const SOURCE_WORDS =
	/\b(which|what)( [\p{L}-]+){0,3} (outlets?|articles?|sources?|magazines?|news agency|publications?)\b|^((list|show|give)( me)? (the |all )?)?(outlets?|articles?|sources?|magazines?)\b|\bpublish\w*|\b(who|which( [\p{L}-]+){0,2}) reported\b/u;
/** "Which Kazakh figure …", "what official …": a person, asked for by a noun that names one. */
const PERSON_ASKED =
	/\b(which|what)( [\p{L}-]+){0,2} (figure|person|people|leaders?|officials?|ministers?|politicians?|statesm[ae]n)\b|\bwhom\b/u;
/** "Which Kazakh company …", "which university …", "what body …": a body, asked for by a noun that names one. */
export const ORGANISATION_ASKED =
	/\b(which|what) ([\p{L}&-]+ ){0,5}(company|companies|firm|firms|university|universities|agency|agencies|ministry|ministries|bank|banks|organisation|organisations|organization|organizations|institution|institutions|body|bodies|operator|operators)\b/u;
const AWARD_WORDS = /\b(award\w*|orders?|honou?rs?|medals?|decorat\w*)\b/;

/** Words that name a sector without its enum name. */
export const SECTOR_WORDS: Readonly<Partial<Record<Sector, readonly string[]>>> = {
	transport: ['railway', 'road', 'transit', 'logistics'],
	health: ['medicine', 'healthcare'],
	culture: ['cultural', 'museum', 'museums'],
	education: ['university', 'universities'],
	science: ['scientific', 'academy', 'academies'],
	telecom: ['cable', 'telecommunication'],
	border: ['delimitation'],
	media: ['television', 'broadcasting'],
	sport: ['sports'],
	environment: ['environmental', 'ecology'],
};

/**
 * Phrases that join a sentence's parts and name nothing ("in order to", "when it comes to"): their nouns are no topic
 * ("order" would find the Order of Bitaraplyk).
 */
const CONNECTIVES =
	/\b(in order (to|for)|so as to|when it comes to|as well as|in terms of|with (regard|respect) to)\b/gu;

/** Words that ask how many. "The number of the meeting" asks which one. */
const COUNT_ASKED = /\b(how many|number of(?! the\b)|count of)\b/u;

/**
 * Reads a question.
 *
 * @param question - the researcher's words
 * @param vocabulary - the dataset's visits and names (see `buildVocabulary`), to resolve the scope
 * @returns intents, scope and the text to search for
 * @example
 * readQuestion('How many documents were signed in Ashgabat?', vocabulary).scope; // ['visit-2021-ashgabat']
 */
export function readQuestion(question: string, vocabulary: Vocabulary): QuestionContext {
	const { visits } = vocabulary;
	const folded = foldText(question);
	const intents = new Set<Intent>();
	if (COUNT_ASKED.test(folded)) intents.add('count');
	if (/\b(how much|worth|value|volume|share|turnover|invest\w*|percent\w*)\b|\d ?%/.test(folded)) intents.add('amount');
	if (/^(when|what date|which date|what day|what year|in what year|which year)\b|\bwhen\b/.test(folded))
		intents.add('when');
	if (/^(where|in which city|which city|what city|what venue)\b|\bwhere\b/.test(folded)) intents.add('where');
	if (/^(who|whom)\b/.test(folded)) intents.add('who');
	if (PERSON_ASKED.test(folded)) intents.add('person');
	if (ORGANISATION_ASKED.test(folded)) intents.add('organisation');
	const words = folded.split(' ');
	if (AWARD_WORDS.test(folded) || words.some((word) => vocabulary.awardWords.has(word))) intents.add('award');
	if (DOCUMENT_WORDS.test(folded)) intents.add('document');
	if (SOURCE_WORDS.test(folded)) intents.add('source');
	const questionTerms = new Set(normaliseTerms(question));
	if (STATEMENT_WORDS.test(folded) || [...questionTerms].some(isReportingVerb)) intents.add('statement');
	if (/\b(which|what) (state )?(visit|meeting|summit|council|talks)\b/.test(folded)) intents.add('visit');
	if (intents.size === 0) intents.add('general');
	// "documents signed 2021 vs 2025" and "total documents" ask for counts without saying "how many".
	const comparesTotals = /\b(vs|versus|compar\w*|totals?)\b/.test(folded);
	const asksDocumentCount =
		(intents.has('count') || comparesTotals) && DOCUMENT_WORDS.test(folded) && !OTHER_COUNTED.test(folded);
	// "What was signed on the sidelines…" asks for documents without naming them.
	const asksWhatWasSigned = /^what (was|were|did)\b.*\b(signed?|exchanged?)\b/.test(folded);
	const asksDocumentList =
		!asksDocumentCount && ((LISTING.test(folded) && DOCUMENT_WORDS.test(folded)) || asksWhatWasSigned);
	const documentKinds = (Object.keys(KIND_WORDS) as NamedDocumentKind[]).filter((kind) =>
		namedNotLeftOut(folded, KIND_WORDS[kind]),
	);
	const signings = SIGNING_WORDS.flatMap(([signing, pattern]) => {
		const match = pattern.exec(folded);
		return match && !WIDENING.test(folded.slice(0, match.index)) ? [signing] : [];
	});

	const years = [...folded.matchAll(/\b(19|20)\d{2}\b/g)].map((match) => Number(match[0]));
	const wordCountries = words.map((word) => resolveCountryWord(word, vocabulary.everyVisitCountries));
	const countries = [...new Set(wordCountries.flat())];
	const months = MONTHS.flatMap((month, index) => (namesMonth(folded, month) ? [index + 1] : []));
	const padded = ` ${folded} `;
	const cities = [
		...new Set([...vocabulary.cityNames].flatMap(([name, city]) => (padded.includes(` ${name} `) ? [city] : []))),
	];
	const cityWords = new Set(
		[...vocabulary.cityNames.keys()].filter((name) => padded.includes(` ${name} `)).flatMap((name) => name.split(' ')),
	);
	// One facet per leader named, however many of their words the question uses ("Kassym-Jomart Tokayev"): each of
	// a leader's telling words has that leader's visits.
	const leaders = new Map<string, ReadonlySet<string>>();
	for (const word of words) {
		const person = vocabulary.leaderOf.get(word);
		const met = vocabulary.leaderVisits.get(word);
		if (person && met && !leaders.has(person)) leaders.set(person, met);
	}
	const facets = years.length + months.length + cities.length + leaders.size + countries.length;
	// A meeting named by its own words narrows only when nothing else does: "in Ashgabat in 2021 and in Ankara in
	// 2025" names two visits by their facets, and the words of one of them must not drop the other.
	const named = facets === 0 ? namedVisits(vocabulary.visitWords, questionTerms, MIN_VISIT_WORDS) : new Set<string>();
	const namedSurely = namedVisits(vocabulary.visitWords, questionTerms, MIN_CONFLICTING_VISIT_WORDS);

	const matching = (test: (visit: VisitRecord) => boolean): string[] => visits.filter(test).map((visit) => visit.id);
	const scopeFacets: ScopeFacet[] = [
		...(years.length > 0
			? [{ kind: 'year' as const, values: years, visits: matching((visit) => years.includes(yearOfVisit(visit))) }]
			: []),
		...(months.length > 0
			? [
					{
						kind: 'month' as const,
						values: months,
						visits: matching((visit) => {
							const month = monthOfVisit(visit);
							return month === undefined || months.includes(month);
						}),
					},
				]
			: []),
		...(cities.length > 0
			? [{ kind: 'city' as const, values: cities, visits: matching((visit) => cities.includes(foldText(visit.city))) }]
			: []),
		...[...leaders].map(([person, met]) => ({
			kind: 'leader' as const,
			values: [person],
			visits: matching((visit) => met.has(visit.id)),
		})),
		...countries.map((country) => ({
			kind: 'country' as const,
			values: [country],
			visits: matching((visit) => visit.host.country === country || visit.guest.country === country),
		})),
	];
	// Two questions in one, each of its own year ("who hosted in 2021, and who came in 2025?"), set them side by side.
	const comparing = COMPARES.test(folded);
	const compares = comparing || (new Set(years).size >= 2 && SECOND_QUESTION.test(folded));
	const offersAlternatives = comparing && !COMPARES_BESIDES_OR.test(folded);
	const sides = compares ? anyOfLeadersAndCountries(scopeFacets) : scopeFacets;
	const within = (facets: readonly ScopeFacet[]): VisitRecord[] =>
		visits.filter(
			(visit) => facets.every((facet) => facet.visits.includes(visit.id)) && (named.size === 0 || named.has(visit.id)),
		);
	// A country no meeting involves (Azerbaijan, China) is what the question is about, not where or between whom.
	const every = within(scopeFacets.filter((facet) => facet.kind !== 'country' || facet.visits.length > 0));
	// Years compared are each a side: a city or a month of one side ("in Ashgabat in 2021, and … in 2025") must not
	// drop the other year's meeting.
	const namedYears = new Set(years);
	const yearsLeftOut = [...namedYears].some((year) => !every.some((visit) => yearOfVisit(visit) === year));
	const eachYear =
		compares && namedYears.size >= 2 && yearsLeftOut
			? within(sides.filter((facet) => facet.kind !== 'city' && facet.kind !== 'month'))
			: [];
	// Leaders or countries set side by side ("Serdar Berdimuhamedov's Astana visit vs the Tokayev–Erdoğan council")
	// are one part that any of their meetings satisfies, as in a conflict (below): when no meeting has every part, the
	// scope is the meetings set side by side, if there are two or more of them.
	const sideBySide = compares && every.length === 0 ? within(sides) : [];
	const inFacets =
		new Set(eachYear.map(yearOfVisit)).size >= 2 ? eachYear : sideBySide.length >= 2 ? sideBySide : every;
	// "Tokayev's first state visit to Turkmenistan": a visit to a country is one that country hosted, where both
	// countries take part in every meeting the question's other words name.
	const destination = visitedCountry(folded);
	const hosted = destination ? inFacets.filter((visit) => visit.country === destination) : [];
	const scope = (hosted.length > 0 ? hosted : inFacets).map((visit) => visit.id);
	const narrows = facets + named.size > 0;
	// Each part names a meeting the sources hold, yet no meeting has them all: the question mixes two meetings up. A
	// part that matches no meeting at all (a year like 2024, of a figure) is not a mistake about the meetings. Leaders
	// or countries set side by side ("Türkiye vs Turkmenistan") are one part that any of their meetings satisfies;
	// otherwise each is at the meeting ("what Gurbanguly Berdimuhamedov told Tokayev").
	// Several months name a period ("between January and October"), not a meeting.
	// A meeting named by its own words is a part too: "the fifth HLSCC meeting held in Astana" (it was in Ankara).
	const meetingFacet: ScopeFacet[] =
		namedSurely.size > 0 && facets > 0 ? [{ kind: 'meeting', values: [...namedSurely], visits: [...namedSurely] }] : [];
	const existing = [...sides, ...meetingFacet].filter(
		(facet) => facet.visits.length > 0 && !(facet.kind === 'month' && facet.values.length > 1),
	);
	const scopeConflict =
		existing.length >= 2 && !visits.some((visit) => existing.every((facet) => facet.visits.includes(visit.id)))
			? existing
			: null;

	const sectors = Sector.options.filter(
		(sector) => questionTerms.has(sector) || (SECTOR_WORDS[sector] ?? []).some((word) => questionTerms.has(word)),
	);
	const narrowed = narrows && scope.length > 0 && scope.length < visits.length;
	// Once the scope holds the visits, the year, month and city that chose them name nothing more: left in the search,
	// they favour records and sentences that merely name the visit over the one on the topic asked about ("What did
	// Tokayev say about Afghanistan after the 2021 Ashgabat talks?"). Leaders' names stay: "Serdar" tells his own visit
	// apart, and names the speaker of a quotation.
	const scopeWords = new Set(
		narrowed ? [...years.map(String), ...MONTHS.filter((_, index) => months.includes(index + 1)), ...cityWords] : [],
	);
	// "Number of Turkish firms" asks how many, as "how many" does: the words of asking are not the topic (a figure's
	// "ordinal number" is not a count).
	const searchText = folded
		.replace(COUNT_ASKED, ' ')
		.replace(CONNECTIVES, ' ')
		.split(' ')
		.filter((word) => word !== '' && !QUESTION_WORDS.has(word) && !scopeWords.has(word))
		.join(' ');
	return {
		intents,
		compares,
		offersAlternatives,
		asksDocumentCount,
		asksDocumentList,
		asksWhatWasSaid: SAYING.test(folded),
		documentKinds,
		signings,
		years,
		countries,
		sectors,
		scope: narrowed ? scope : [],
		scopeConflict,
		scopeFacets,
		searchText,
		terms: questionTerms,
		// An outlet named ("the Turkmenistan Analytic article") says where a fact was read, not what it is.
		scopeNameTerms: narrowed
			? wordTerms(
					words
						.filter(
							(word, position) =>
								vocabulary.leaderOf.has(word) ||
								(wordCountries[position] ?? []).length > 0 ||
								vocabulary.outletWords.has(word),
						)
						.join(' '),
				)
			: new Set(),
	};
}

/** Months that are also common words ("may", "march") count as months only beside a day, a year or "in"/"of". */
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);

function namesMonth(folded: string, month: string): boolean {
	if (!AMBIGUOUS_MONTHS.has(month)) return ` ${folded} `.includes(` ${month} `);
	return new RegExp(`\\b(?:in|of|on|early|late|mid|\\d{1,2}) ${month}\\b|\\b${month} (?:\\d{1,4}|of)\\b`, 'u').test(
		folded,
	);
}

function anyOfLeadersAndCountries(facets: readonly ScopeFacet[]): ScopeFacet[] {
	const merged: ScopeFacet[] = [];
	for (const facet of facets) {
		const same = merged.findIndex((other) => other.kind === facet.kind);
		const earlier = merged[same];
		if (earlier && (facet.kind === 'leader' || facet.kind === 'country')) {
			merged[same] = {
				kind: facet.kind,
				values: [...earlier.values, ...facet.values],
				visits: [...new Set([...earlier.visits, ...facet.visits])],
			};
		} else merged.push(facet);
	}
	return merged;
}

function yearOfVisit(visit: VisitRecord): number {
	return Number(visit.startDate.iso.slice(0, 4));
}

function monthOfVisit(visit: VisitRecord): number | undefined {
	return visit.startDate.precision === 'year' ? undefined : Number(visit.startDate.iso.slice(5, 7));
}

/** A question names a meeting by this many of the words only its title and aliases use ("fifth HLSCC"). */
const MIN_VISIT_WORDS = 2;

/**
 * A meeting a question names by this many of its own words is one the question's other parts (a city, a year) can
 * contradict. Two are too few: "the Agreement on Strategic Cooperation in the Gas Industry" shares "strategic
 * cooperation" with the High-Level Strategic Cooperation Council without naming it.
 */
const MIN_CONFLICTING_VISIT_WORDS = 3;

/** The visits a question names by their own words ("the fifth High-Level Strategic Cooperation Council"). */
function namedVisits(
	visitWords: ReadonlyMap<string, ReadonlySet<string>>,
	questionTerms: ReadonlySet<string>,
	least: number,
): Set<string> {
	const named = new Set<string>();
	for (const [id, words] of visitWords) {
		let shared = 0;
		for (const word of words) if (questionTerms.has(word)) shared += 1;
		if (shared >= least) named.add(id);
	}
	return named;
}

/** A country narrows the scope unless it is a party to every visit (it would then name no visit in particular). */
/** Words of going somewhere, before "to" and the place gone to (language). */
const VISITING =
	/\b(visits?|visited|visiting|trip|trips|came|come|comes|travel(?:l)?ed|went|goes|arrived|journey)\b(?: [^ ]+){0,3}? to ([^ ]+)/u;

/**
 * @param folded - the question, folded
 * @returns the country a question says a visit went to ("visit to Turkmenistan", "came to Kazakhstan"), if it says
 */
function visitedCountry(folded: string): Country | undefined {
	const word = VISITING.exec(folded)?.[2];
	return word === undefined || word.length < 4 ? undefined : resolveCountry(word);
}

/** A country a word of the question names, by name or alias ("Turkmen", "KZ": the dataset's places declare both). */
function resolveCountryWord(word: string, everywhere: ReadonlySet<Country>): Country[] {
	const country = resolveCountry(word);
	return country && !everywhere.has(country) ? [country] : [];
}
