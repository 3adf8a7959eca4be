/**
 * Free-text questions: read what is asked, answer from the structured data
 * first (counts, figures, awards, dates), then from ranked search, and last
 * from the sentences of the sources.
 */
import type { Dataset } from '../data/validateDataset.js';
import type { Answer, AnswerKind, AskResult, CountAnswer } from './answer.js';
import type { DocumentSets } from './documentSets.js';
import { type Entry, sectorMask } from './entries.js';
import { type Intent, readQuestion } from './questionContext.js';
import { QUESTION_OPTIONS } from './search/options.js';
import type { Hit, SearchIndex, SearchResult } from './search/searchIndex.js';
import type { Vocabulary } from './vocabulary.js';

/** How many answers `ask` returns at most: the best first. */
export const MAX_ASK_ANSWERS = 5;

/** How strongly each intent favours each kind of answer. */
const INTENT_KIND_BOOST: Readonly<Partial<Record<Intent, Partial<Record<AnswerKind, number>>>>> = {
	count: { figure: 2, count: 2 },
	amount: { figure: 2.5 },
	when: { visit: 1.5, document: 1.5, event: 1.2 },
	where: { visit: 2, event: 1.2 },
	who: { award: 1.5, visit: 1.3, figure: 1.2 },
	award: { award: 4, event: 1.2 },
	document: { document: 2 },
	source: { source: 4 },
	// What someone said is a sentence: the visit's summary and the article's catalogue entry only name the occasion.
	statement: { passage: 3, visit: 0.5, source: 0.5 },
	visit: { visit: 2 },
};

/** How much better than the scope's best match the dataset's best must be for the scope to be doubted. */
const SCOPE_DOUBT = 3;

/** A document of the sector the question names ranks above one that only shares words. */
const SECTOR_BOOST = 2;

/**
 * @param dataset - the validated dataset
 * @param index - the search index over it
 * @param vocabulary - the dataset's names (see `buildVocabulary`)
 * @param question - the researcher's question
 * @param countAnswer - the document count of a visit
 * @param documentSets - the documents of a visit that match what a question names
 * @param suggest - "did you mean" titles for a question that finds nothing
 * @returns the best answers first, each with citations
 * @example
 * ask(dataset, index, 'Who awarded Tokayev the Bitaraplyk order?', suggest).answers[0].kind; // 'award'
 */
export function ask(
	dataset: Dataset,
	vocabulary: Vocabulary,
	index: SearchIndex<Entry>,
	question: string,
	countAnswer: (visitId: string) => CountAnswer | undefined,
	documentSets: DocumentSets,
	suggest: (query: string) => string[],
): AskResult {
	const query = question.trim();
	const context = readQuestion(query, vocabulary);
	const answers: Answer[] = [];

	const documentSet = documentSets.answer(context);
	if (documentSet) answers.push(documentSet);
	if (context.asksDocumentCount) {
		const visitIds = context.scope.length > 0 ? context.scope : dataset.visits.map((visit) => visit.id);
		for (const visitId of visitIds.slice(0, MAX_ASK_ANSWERS - answers.length)) {
			const count = countAnswer(visitId);
			if (count) answers.push(count);
		}
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
		for (const [kind, boost] of Object.entries(INTENT_KIND_BOOST[intent] ?? {}) as [AnswerKind, number][])
			kindWeights[kind] = (kindWeights[kind] ?? 1) * boost;
	}
	const askedSectors = sectorMask(context.sectors);
	const sectorWeight =
		context.sectors.length > 0
			? (entry: Entry): number => ((entry.sectorBits & askedSectors) !== 0n ? SECTOR_BOOST : 1)
			: undefined;
	const searchText = context.searchText || query;
	const search = (filter?: (entry: Entry) => boolean, text = searchText): SearchResult<Entry> =>
		index.search(text, {
			filter,
			kindWeights,
			weight: sectorWeight,
			limit: MAX_ASK_ANSWERS,
			bestOfKind: 'passage',
			options: QUESTION_OPTIONS,
			coordination: 'informative',
		});
	let found = search(context.scope.length > 0 ? inScope : undefined);
	if (found.total === 0 && context.scope.length > 0) found = search();
	else if (context.scope.length > 0) found = withBetterMatchOutsideScope(found, search(undefined, query));
	const ranked = withSentenceNearTop(found.hits, found.bestOfKind).map(({ entry }) => entry.answer);
	const seen = new Set(answers.map((answer) => answer.id));
	for (const answer of ranked) {
		if (answers.length >= MAX_ASK_ANSWERS) break;
		if (seen.has(answer.id)) continue;
		seen.add(answer.id);
		answers.push(answer);
	}
	return { query, answers, suggestions: answers.length === 0 ? suggest(query) : [] };
}

/**
 * A place or a year may be what a question is about rather than where it happened ("new schools for Astana and
 * Almaty" were announced in Ankara): when the whole dataset holds a far better match than the scope, it comes second,
 * after the scope's best.
 *
 * @param scoped - the search within the scope
 * @param unscoped - the same question searched over everything, scope words included
 */
function withBetterMatchOutsideScope(scoped: SearchResult<Entry>, unscoped: SearchResult<Entry>): SearchResult<Entry> {
	const [lead] = unscoped.hits;
	const best = scoped.hits[0]?.score ?? 0;
	if (!lead || lead.score <= SCOPE_DOUBT * best || scoped.hits.some((hit) => hit.entry === lead.entry)) return scoped;
	const hits = [...scoped.hits];
	hits.splice(1, 0, lead);
	return { ...scoped, hits };
}

/** A sentence scoring at least this share of the best answer is worth showing among the first answers. */
const SENTENCE_SHARE = 0.15;
const SENTENCE_POSITION = 2;

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
	if ((sentenceIndex !== -1 && sentenceIndex <= SENTENCE_POSITION) || sentence.score < best.score * SENTENCE_SHARE)
		return [...top];
	const ranked = top.filter((hit) => hit.entry !== sentence.entry);
	ranked.splice(SENTENCE_POSITION, 0, sentence);
	return ranked;
}
