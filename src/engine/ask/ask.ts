/**
 * Free-text questions: read what is asked, answer from the structured data
 * first (counts, figures, awards, dates), then from ranked search, and last
 * from the sentences of the sources.
 */
import type { Country } from '../../data/schema.js';
import type { Dataset } from '../../data/validateDataset.js';
import type { Answer, AnswerKind, AskResult, VisitRef } from '../answer.js';
import { DocumentSets } from './documentSets.js';
import { RANKING } from './ranking.js';
import type { VisitCounts } from './documentCounts.js';
import type { Suggestions } from '../suggestions.js';
import { type Entry, sectorMask } from '../entries.js';
import { type AskNotice, type NoticeMeeting, noticeWithholds } from './notice.js';
import { type FitNames, fitNamesOf, type MeasureFit, measureFit } from './answerFit.js';
import { awardMeant, awardNotInSources, gatherAwards } from './awardSets.js';
import { compareFigures } from './comparisons.js';
import { gatherFigures } from './figureSets.js';
import { type CountryForms, otherDirection } from './figureDirection.js';
import { countsSideBySide, meetingsAskedAbout, meetingSides, sideAnswers } from './meetingSides.js';
import { withAnsweringLead, withFirst } from './leadOrder.js';
import { entryTerms, tellingTerm, termsOf } from './tellingWord.js';
import { measuresAsked, measureTerms } from './measures.js';
import { type KnownTerms, unknownWords } from './unknownWords.js';
import { withoutFrame } from './questionFrame.js';
import { namedElsewhere } from './namedElsewhere.js';
import { heldElsewhere } from './heldElsewhere.js';
import { otherOrdinal } from './ordinals.js';
import { unfollowedProposal } from './outcomes.js';
import { personName, personNames } from '../names.js';
import { foldText, withoutPossessives } from '../normalise.js';
import { MONTHS, type QuestionContext, readQuestion, type ScopeFacet } from './questionContext.js';
import { QUESTION_OPTIONS, type QueryOptions } from '../search/options.js';
import { phraseRelatedWords, relatedWords } from '../language/wordnet.js';
import type { Hit, SearchIndex, SearchResult } from '../search/searchIndex.js';
import { TypoMemo } from '../search/typoMemo.js';
import type { Vocabulary } from '../vocabulary.js';

/** Questions meet the sources' words through WordNet where they use others. */
const ASK_OPTIONS: QueryOptions = {
	...QUESTION_OPTIONS,
	related: (word) =>
		relatedWords(word).map(({ word: related, relation }) => ({ word: related, weight: RANKING.paraphrase[relation] })),
	relatedPhrase: (first, second) =>
		phraseRelatedWords(first, second).map(({ word: related, relation }) => ({
			word: related,
			weight: RANKING.paraphrase[relation],
		})),
};

/** How many answers `ask` returns at most: the best first. */
export const MAX_ASK_ANSWERS = 5;

/**
 * Answers free-text questions. It owns what answering needs: the question reader's vocabulary, the index, the
 * document sets and counts of the visits, and the "did you mean" titles; the engine builds one and asks it.
 */
export class Asker {
	private readonly dataset: Dataset;
	private readonly vocabulary: Vocabulary;
	private readonly index: SearchIndex<Entry>;
	private readonly counts: VisitCounts;
	private readonly suggestions: Suggestions;
	private documentSets: DocumentSets | undefined;
	private fitNames: FitNames | undefined;

	constructor(
		dataset: Dataset,
		vocabulary: Vocabulary,
		index: SearchIndex<Entry>,
		counts: VisitCounts,
		suggestions: Suggestions,
	) {
		this.dataset = dataset;
		this.vocabulary = vocabulary;
		this.index = index;
		this.counts = counts;
		this.suggestions = suggestions;
	}

	/**
	 * @param question - the researcher's question
	 * @returns whether the sources answer it (and why not), and the best answers first, each with citations
	 * @example
	 * asker.ask('Who awarded Tokayev the Bitaraplyk order?').answers[0]?.kind; // 'award'
	 */
	ask(question: string): AskResult {
		// Built on the first question: start-up builds no document sets.
		this.documentSets ??= new DocumentSets(this.dataset);
		this.fitNames ??= fitNamesOf(this.dataset);
		return answerQuestion(
			this.fitNames,
			this.dataset,
			this.vocabulary,
			this.index,
			question,
			this.counts,
			this.documentSets,
			this.suggestions,
		);
	}
}

function answerQuestion(
	fitNames: FitNames,
	dataset: Dataset,
	vocabulary: Vocabulary,
	index: SearchIndex<Entry>,
	question: string,
	counts: VisitCounts,
	documentSets: DocumentSets,
	suggestions: Suggestions,
): AskResult {
	const query = question.trim();
	// Read without its frame ("any idea …", "… thanks") and its possessives ("Erdoğan's"); answered as asked.
	const asked = withoutPossessives(withoutFrame(query));
	const context = readQuestion(asked, vocabulary);
	const answers: Answer[] = [];
	const typos = new TypoMemo();

	const documentSet = documentSets.answer(context);
	if (documentSet) answers.push(documentSet);
	const awardSet = gatherAwards(asked, context, dataset, vocabulary, (id) => index.get(id)?.answer);
	if (awardSet) answers.push(awardSet);
	if (context.asksDocumentCount) {
		const visitIds = context.scope.length > 0 ? context.scope : dataset.visits.map((visit) => visit.id);
		const found = visitIds
			.slice(0, MAX_ASK_ANSWERS - answers.length)
			.flatMap((visitId) => counts.answer(visitId) ?? []);
		// Meetings compared ("docs signed: Astana vs Ankara") get their counts side by side in one answer.
		const compared = context.compares && context.scope.length > 0 ? countsSideBySide(found) : undefined;
		answers.push(...(compared ? [compared] : found));
	}

	// Records outside any visit (earlier treaties, sources) stay in scope when the visit's source mentions them or they
	// share a named country or year.
	const scope = new Set(context.scope);
	const inScope = (entry: Entry): boolean =>
		entry.visit !== null
			? scope.has(entry.visit)
			: (entry.mentionedAt !== null && scope.has(entry.mentionedAt)) ||
				context.countries.some((country) => entry.countries.includes(country)) ||
				(entry.year !== null && context.years.includes(entry.year));
	const kindWeights: Partial<Record<AnswerKind, number>> = {};
	for (const intent of context.intents) {
		for (const [kind, boost] of Object.entries(RANKING.intentKindBoost[intent] ?? {}) as [AnswerKind, number][])
			kindWeights[kind] = (kindWeights[kind] ?? 1) * boost;
	}
	const askedSectors = sectorMask(context.sectors);
	const sectorWeight =
		context.sectors.length > 0
			? (entry: Entry): number => ((entry.sectorBits & askedSectors) !== 0n ? RANKING.sectorBoost : 1)
			: undefined;
	const searchText = context.searchText || asked;
	// Within the scope, the names that chose it weigh less: every record of the scope is about them.
	const scopedOptions: QueryOptions = {
		...ASK_OPTIONS,
		boostTerm: (term) => (context.scopeNameTerms.has(term) ? RANKING.scopeNameWeight : 1),
	};
	const search = (filter?: (entry: Entry) => boolean, text = searchText): SearchResult<Entry> =>
		index.search(text, {
			filter,
			kindWeights,
			weight: sectorWeight,
			limit: MAX_ASK_ANSWERS,
			bestOfKind: 'passage',
			options: filter ? scopedOptions : ASK_OPTIONS,
			coordination: 'informative',
			// Only whether the scope holds a match is read (`scopeEmpty`), never how many.
			exactTotal: false,
			typos,
		});
	let found = search(context.scope.length > 0 ? inScope : undefined);
	let outside: Hit<Entry> | undefined;
	// Whether nothing in the scope holds the words by which the question names the record found outside it.
	let placedElsewhere = false;
	// Nothing in the scope matches: what matches elsewhere is shown, and said to be elsewhere.
	const scopeEmpty = found.total === 0 && context.scope.length > 0;
	if (scopeEmpty) found = search();
	else if (context.scope.length > 0) {
		outside = betterMatchOutsideScope(found, search(undefined, asked));
		if (outside) {
			placedElsewhere = !found.hits.some(({ entry }) => holdsWordsOf(entry, outside?.entry, context.searchText));
			found = { ...found, hits: [...found.hits.slice(0, 1), outside, ...found.hits.slice(1)] };
		}
	}
	const nearTop = withSentenceNearTop(found.hits, found.bestOfKind);
	const telling = tellingTerm(nearTop, searchText, (term) => index.entriesWith(term));
	let rankedHits = withAnsweringLead(nearTop, telling, context, kindWeights);
	// Meetings asked who, where or when are answered by their own records, which lead.
	const meetings = meetingsAskedAbout(context).flatMap((id) => index.get(id) ?? []);
	if (meetings.length > 0) {
		const score = rankedHits[0]?.score ?? 1;
		rankedHits = [
			...meetings.map((entry) => ({ entry, score })),
			...rankedHits.filter(({ entry }) => !meetings.includes(entry)),
		].slice(0, MAX_ASK_ANSWERS);
	}
	// An award question naming the leaders in their roles, or the award by name, is answered by that award's record;
	// what someone said of it is a sentence (rule 3 of leadOrder.ts).
	const meantAward =
		context.asksWhatWasSaid || context.intents.has('statement')
			? undefined
			: awardMeant(asked, context, dataset, vocabulary);
	const awardHit = rankedHits.slice(0, RANKING.specificLeadWithin).find(({ entry }) => entry.id === meantAward);
	if (awardHit) rankedHits = withFirst(rankedHits, awardHit);
	const fit = measureFit(
		{
			query: asked,
			searchText: context.searchText,
			asksDocuments: context.asksDocumentCount || context.asksDocumentList,
		},
		rankedHits,
		(term) => index.entriesWith(term),
		dataset,
		fitNames,
	);
	// A question asking for a measure is answered first by the match that gives it.
	const giver = fit.giver === undefined ? undefined : rankedHits[fit.giver];
	if (giver) rankedHits = withFirst(rankedHits, giver);
	let notice =
		noticeFor(asked, context, rankedHits, answers, fit, fitNames, dataset, vocabulary, {
			knowsTerm: (term, maxDistance) => index.knowsTerm(term, maxDistance, typos),
		}) ??
		unlistedDocuments(context, counts, vocabulary) ??
		// A count or a list from the records answers within the scope: a record elsewhere only shares its words.
		(answers.length === 0 && (outside || scopeEmpty) && (placedElsewhere || scopeEmpty)
			? elsewhereNotice(
					(scopeEmpty ? rankedHits[0]?.entry : outside?.entry) ?? found.hits[0]?.entry,
					context,
					vocabulary,
				)
			: undefined);
	// A name the scope never writes places the record that holds it elsewhere: that record leads, corrected.
	const named =
		notice === undefined && answers.length === 0 && context.scope.length > 0 && !scopeEmpty && !context.compares
			? namedElsewhere(asked, index, inScope, NAMING_RECORDS, ASK_OPTIONS, typos)
			: undefined;
	const namedNotice = named ? elsewhereNotice(named.hit.entry, context, vocabulary, named.name) : undefined;
	if (named && namedNotice) {
		notice = namedNotice;
		const { hit } = named;
		rankedHits = [hit, ...rankedHits.filter(({ entry }) => entry !== hit.entry)].slice(0, MAX_ASK_ANSWERS);
	}
	const ranked = rankedHits.map(({ entry }) => entry.answer);
	const counted = countedElsewhere(context, rankedHits[0]?.entry, telling, index);
	if (counted) answers.unshift(counted.answer);
	const visitOf = (id: string | null): VisitRef | undefined => vocabulary.visits.find((visit) => visit.id === id);
	const comparison =
		answers.length === 0
			? compareFigures(
					asked,
					{
						compares: context.compares,
						offersAlternatives: context.offersAlternatives,
						years: context.years,
						yearOf: (figure) => {
							const visit = visitOf(figure.record.visit);
							return visit && Number(visit.startDate.iso.slice(0, 4));
						},
						countries: context.countries,
						figureOf: (metric, country) => {
							const figure = dataset.figures.find(
								(candidate) => candidate.metric === metric && candidate.countries.includes(country),
							);
							const answer = figure && index.get(figure.id)?.answer;
							return answer?.kind === 'figure' ? answer : undefined;
						},
					},
					context.intents.has('document') && !context.intents.has('amount'),
					ranked,
				)
			: undefined;
	if (comparison) answers.push(comparison);
	const sideBySide = answers.length === 0 ? meetingSides(context, rankedHits, visitOf) : undefined;
	if (sideBySide) answers.push(sideBySide);
	const figureSet = answers.length === 0 ? gatherFigures(asked, context.compares, ranked) : undefined;
	if (figureSet) answers.push(figureSet);
	// A record set beside the others in a comparison is not shown again on its own.
	const seen = new Set([
		...answers.map((answer) => answer.id),
		...(comparison?.sides.map((side) => side.id) ?? []),
		...sideAnswers(sideBySide).map((side) => side.id),
		...(awardSet?.awards.map((award) => award.id) ?? []),
		...(figureSet?.figures.map((figure) => figure.id) ?? []),
	]);
	for (const answer of ranked) {
		if (answers.length >= MAX_ASK_ANSWERS) break;
		if (seen.has(answer.id)) continue;
		seen.add(answer.id);
		answers.push(answer);
	}
	return {
		query,
		answered: (notice === undefined || !noticeWithholds(notice)) && answers.length > 0,
		...(notice ? { notice } : {}),
		answers,
		suggestions: answers.length === 0 ? suggestions.for(asked) : [],
	};
}

/** Why the sources do not answer the question, when they plainly do not (see `AskNotice`). */
function noticeFor(
	query: string,
	context: QuestionContext,
	hits: readonly Hit<Entry>[],
	structured: readonly Answer[],
	fit: MeasureFit,
	fitNames: FitNames,
	dataset: Dataset,
	vocabulary: Vocabulary,
	vocabularyOfIndex: KnownTerms,
): AskNotice | undefined {
	const words = unknownWords(query, vocabulary.nameWords, vocabularyOfIndex);
	if (words.length > 0) return { kind: 'not-in-sources', words };
	const noAward = awardNotInSources(query, context, dataset, vocabulary);
	if (noAward) return noAward;
	if (fit.missing.length > 0) return { kind: 'no-measure', measures: fit.missing };
	const empty = structured.filter(
		(answer) =>
			answer.kind === 'count' &&
			answer.value.of === 'visit' &&
			answer.value.listed.length === 0 &&
			answer.value.stated.length === 0,
	);
	if (empty.length > 0 && empty.length === structured.length)
		return {
			kind: 'no-documents',
			meetings: empty.flatMap((answer) =>
				answer.kind === 'count' && answer.value.of === 'visit'
					? (meetingOf(answer.value.visit.id, vocabulary) ?? [])
					: [],
			),
		};
	const lead = hits[0]?.entry;
	const ordinal = lead ? otherOrdinal(query, `${lead.title} ${lead.names}`) : undefined;
	if (lead && ordinal) return { kind: 'other-ordinal', ...ordinal, title: lead.label };
	// A count or a list from the records leads: a figure among the matches is not the answer given.
	const otherScope =
		lead && structured.length === 0 && asksFigure(query, context)
			? figureOfOtherScope(query, lead, hits, context, fitNames.countries)
			: undefined;
	if (otherScope) return otherScope;
	const unfollowed = lead ? unfollowedProposal(query, lead, dataset) : undefined;
	if (unfollowed) return unfollowed;
	const placed = lead ? heldElsewhere(query, lead, fitNames) : undefined;
	if (placed) return placed;
	const conflict = context.scopeConflict;
	// A question that sets two meetings side by side names each on its own ("Ankara or the Astana visit"): its parts
	// match no one meeting because they were never meant to.
	if (!conflict || context.compares) return undefined;
	// A record or sentence that itself holds every part answers the question: the parts then describe it, not a
	// meeting ("the Caspian Summit held in Ashgabat in June 2022", which a 2022 article recalls).
	if (hits.slice(0, RANKING.conflictCheckedHits).some(({ entry }) => holdsEvery(entry, conflict, dataset)))
		return undefined;
	return {
		kind: 'scope-conflict',
		parts: conflict.map((facet) => ({
			...facet,
			meetings: facet.visits.flatMap((id) => meetingOf(id, vocabulary) ?? []),
			...(facet.kind === 'leader' ? { names: facet.values.map((id) => personName(dataset, String(id))) } : {}),
		})),
	};
}

/**
 * A place or a year may be what a question is about rather than where it happened ("new schools for Astana and
 * Almaty" were announced in Ankara): when the whole dataset holds a far better match than the scope, it comes second,
 * after the scope's best.
 *
 * @param scoped - the search within the scope
 * @param unscoped - the same question searched over everything, scope words included
 * @returns the better match, if there is one the scoped search lacks
 */
function betterMatchOutsideScope(scoped: SearchResult<Entry>, unscoped: SearchResult<Entry>): Hit<Entry> | undefined {
	const [lead] = unscoped.hits;
	const best = scoped.hits[0]?.score ?? 0;
	if (!lead || lead.score <= RANKING.scopeDoubt * best || scoped.hits.some((hit) => hit.entry === lead.entry))
		return undefined;
	return lead;
}

/**
 * A question counting documents answers from the meetings' lists, unless it counts documents of something else: the
 * best match is a figure that holds the question's telling word, which no meeting of the scope holds ("How many
 * agreements and treaties make up the legal framework …": more than 60, not the Ankara meeting's list). That figure
 * then leads, before the counts.
 */
function countedElsewhere(
	context: QuestionContext,
	lead: Entry | undefined,
	telling: string | undefined,
	index: SearchIndex<Entry>,
): Entry | undefined {
	if (!context.asksDocumentCount || context.compares || lead?.kind !== 'figure' || telling === undefined)
		return undefined;
	// "Number of docs" asks for the count: a figure holding "number" ("ordinal number") is not of other documents.
	if (measureTerms(context.searchText).has(telling)) return undefined;
	const meetings = context.scope.flatMap((id) => index.get(id) ?? []);
	return lead.terms.has(telling) && !meetings.some((meeting) => meeting.terms.has(telling)) ? lead : undefined;
}

/**
 * Whether an entry holds every word of the question that a record elsewhere holds: then the scope answers the
 * question in the same words ("environmental cooperation in the 2022 talks"), and the record elsewhere does not
 * show the question placed it at the wrong meeting.
 */
function holdsWordsOf(entry: Entry, elsewhere: Entry | undefined, searchText: string): boolean {
	if (!elsewhere) return false;
	const asked = termsOf(searchText);
	const there = entryTerms(elsewhere);
	const here = entryTerms(entry);
	const naming = [...asked].filter((term) => there.has(term));
	return naming.length > 0 && naming.every((term) => here.has(term));
}

/**
 * The notice for a question about a figure of other countries or another year than the best figure's, when no other
 * of the best figures fits both ("Turkish companies operating in Turkmenistan": the sources count those in
 * Kazakhstan; "Kazakh–Turkmen trade in 2020": they give its growth in 2021).
 */
function figureOfOtherScope(
	query: string,
	lead: Entry,
	hits: readonly Hit<Entry>[],
	context: QuestionContext,
	countries: readonly CountryForms[],
): AskNotice | undefined {
	if (lead.kind !== 'figure' || context.compares) return undefined;
	const reversal = otherDirection(query, lead, hits, countries);
	if (reversal) return reversal;
	// A figure of one country is not about a pair ("Abai's anniversary", asked of "the Turkish president").
	const covers = (entry: Entry): boolean =>
		entry.countries.length < 2 || context.countries.every((country) => entry.countries.includes(country));
	const inYear = (entry: Entry): boolean =>
		context.years.length === 0 ||
		context.years.some((year) => entry.year === year || figurePeriod(entry).includes(String(year)));
	const figures = hits.slice(0, RANKING.measureCheckedHits).filter(({ entry }) => entry.kind === 'figure');
	if (figures.some(({ entry }) => covers(entry) && inYear(entry))) return undefined;
	if (!covers(lead))
		return {
			kind: 'other-countries',
			title: lead.label,
			countries: lead.countries,
			missing: context.countries.filter((country) => !lead.countries.includes(country)),
		};
	const period = figurePeriod(lead) || (lead.year === null ? '' : String(lead.year));
	return period === '' ? undefined : { kind: 'other-period', title: lead.label, period, asked: context.years };
}

/**
 * Whether a question is about a figure: it asks how many or how much, for a measure or a quantity ("turnover",
 * "share"), or states an amount ("trade of $5 billion"). "What is Kazakhstan's role in moving Turkmen gas to China?"
 * is not, though a figure of Kazakhstan and China matches it best.
 */
function asksFigure(query: string, context: QuestionContext): boolean {
	return (
		context.intents.has('count') ||
		context.intents.has('amount') ||
		measuresAsked(query).length > 0 ||
		STATED_AMOUNT.test(query)
	);
}

/** An amount written in a question: "$5 billion", "1.5 million tons", "14%". */
const STATED_AMOUNT = /\$\s?\d|\d\s?(%|per ?cent\b|million\b|billion\b|thousand\b)/iu;

/** The period a figure's record gives, or nothing. */
function figurePeriod(entry: Entry): string {
	return entry.answer.kind === 'figure' ? (entry.answer.record.period ?? '') : '';
}

/**
 * The notice beside the answers to a question asking which documents were signed at a meeting whose source states
 * more documents than it names ("a joint declaration and 18 agreements", none of them titled): the sources cannot
 * say which, beyond the ones named.
 */
function unlistedDocuments(
	context: QuestionContext,
	counts: VisitCounts,
	vocabulary: Vocabulary,
): AskNotice | undefined {
	const [visitId] = context.scope;
	if (!context.asksDocumentList || context.scope.length !== 1 || visitId === undefined) return undefined;
	const count = counts.answer(visitId);
	if (count?.value.of !== 'visit') return undefined;
	const { listed, stated } = count.value;
	const meeting = meetingOf(visitId, vocabulary);
	// Asked what was signed at a meeting whose source neither lists nor counts its documents ("an impressive set …
	// was signed"): the sources name none. A question about a document it mentions asks about that document.
	if (listed.length === 0 && stated.length === 0)
		return meeting && SIGNED.test(context.searchText) ? { kind: 'no-documents', meetings: [meeting] } : undefined;
	const most = Math.max(0, ...stated.map((figure) => figure.value));
	// Counts that leave out what the heads of state signed ("15 documents" beside the Joint Statement) are covered.
	if (most <= listed.length) return undefined;
	return meeting ? { kind: 'not-listed', meeting, stated: most, listed: listed.length } : undefined;
}

/** Words of signing documents, which a question about the documents of a meeting uses. */
const SIGNED = /\b(sign|signs|signed|signing|concluded|exchanged)\b/u;

/** A meeting as a notice names it. */
function meetingOf(id: string, vocabulary: Vocabulary): NoticeMeeting | undefined {
	const visit = vocabulary.visits.find((candidate) => candidate.id === id);
	return visit ? { id, city: visit.city, date: visit.startDate } : undefined;
}

/** Records that belong to one meeting: a question naming one at another meeting has the meeting wrong. */
const MEETING_RECORDS: ReadonlySet<AnswerKind> = new Set(['document', 'award', 'event', 'proposal', 'figure']);
/** What a name can place at another meeting: its records, and the sentences of its reports ("Azerbaijan"). */
const NAMING_RECORDS: ReadonlySet<AnswerKind> = new Set([...MEETING_RECORDS, 'passage']);

/**
 * The notice for a question that names a record at a meeting it does not belong to: the record far outmatches
 * everything the named meeting holds ("the Jusan Mobile memorandum signed in Astana in 2025"). A year or a place the
 * record's own words name is its topic, not its meeting ("Days of Culture in 2022"; "schools for Astana and Almaty",
 * announced in Ankara). A sentence placed by a name the question uses is told by that name.
 */
function elsewhereNotice(
	entry: Entry | undefined,
	context: QuestionContext,
	vocabulary: Vocabulary,
	name?: string,
): AskNotice | undefined {
	if (!entry) return undefined;
	const { scope } = context;
	// A sentence is placed by the name it holds: its report's label names the meeting, not the thing.
	const byName = entry.kind === 'passage' && name !== undefined;
	if (!(MEETING_RECORDS.has(entry.kind) || byName) || entry.visit === null || scope.includes(entry.visit))
		return undefined;
	const words = ` ${foldText(`${entry.title} ${entry.names} ${entry.text}`)} `;
	const asked = scope.flatMap((id) => meetingOf(id, vocabulary) ?? []);
	// Only a year or a city that chose the scope: "for 2026–2027" in a plan's title names no meeting.
	const chose = new Set(asked.flatMap(({ city, date }) => [foldText(city), date.iso.slice(0, 4)]));
	const topical = context.scopeFacets.some(
		(facet) =>
			(facet.kind === 'city' || facet.kind === 'year') &&
			facet.values.some((value) => chose.has(String(value)) && words.includes(` ${String(value)} `)),
	);
	if (topical) return undefined;
	const meeting = meetingOf(entry.visit, vocabulary);
	if (!meeting || asked.length === 0) return undefined;
	return {
		kind: 'elsewhere',
		title: byName ? name : entry.label,
		meeting,
		asked,
	};
}

/**
 * Makes sure the best matching source sentence is among the first three: a
 * visit or document record is broad, and the sentence often holds the specific
 * fact that was asked about.
 *
 * @param top - the best hits, best first
 * @param sentence - the best passage hit, scored the same way
 */
function withSentenceNearTop(top: readonly Hit<Entry>[], sentence: Hit<Entry> | undefined): Hit<Entry>[] {
	const best = top[0];
	if (!best || !sentence) return [...top];
	const sentenceIndex = top.findIndex((hit) => hit.entry === sentence.entry);
	if (
		(sentenceIndex !== -1 && sentenceIndex <= RANKING.sentencePosition) ||
		sentence.score < best.score * RANKING.sentenceShare
	)
		return [...top];
	const ranked = top.filter((hit) => hit.entry !== sentence.entry);
	ranked.splice(RANKING.sentencePosition, 0, sentence);
	return ranked;
}

/**
 * A news report's dateline ("ASTANA – President Tokayev … met in Ankara"): where the report was filed, not where
 * anything it tells of happened.
 */
const DATELINE = /(?<!\S)\p{Lu}{3,}(?: \p{Lu}{3,})* [–—-] /gu;

/** Kinds whose records can recall something other than their meeting, judged by their words. */
const TEXTUAL_KINDS: ReadonlySet<AnswerKind> = new Set(['passage', 'document', 'proposal', 'event', 'figure']);

/**
 * Whether an entry's own words and facets hold every part of a scope (see `noticeFor`): a sentence or a record that
 * recalls something (a summit, a treaty) may. A visit, a count, a person's or an organisation's record cannot: they
 * are the meetings themselves or span them.
 */
function holdsEvery(entry: Entry, parts: readonly ScopeFacet[], dataset: Dataset): boolean {
	if (!TEXTUAL_KINDS.has(entry.kind)) return false;
	const words = ` ${foldText(`${entry.title} ${entry.names} ${entry.text}`.replace(DATELINE, ' '))} `;
	const says = (text: string): boolean => words.includes(` ${foldText(text)} `);
	return parts.every((part) => {
		switch (part.kind) {
			case 'year':
				// A meeting's record has its meeting's year; only a record of no meeting may name another.
				return part.values.some((year) => entry.year === year || (entry.visit === null && says(String(year))));
			case 'month':
				return part.values.some((month) => says(MONTHS[Number(month) - 1] ?? ''));
			case 'city':
				return part.values.some((city) => says(String(city)));
			case 'leader':
				// Full names only: a surname alone may be another leader's ("Berdimuhamedov").
				return part.values.some((id) =>
					personNames(dataset, String(id)).some((name) => name.includes(' ') && says(name)),
				);
			case 'country':
				return part.values.some((country) => entry.countries.includes(country as Country) || says(String(country)));
			case 'meeting':
				return entry.visit !== null && part.visits.includes(entry.visit);
		}
	});
}
