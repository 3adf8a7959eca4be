/**
 * The engine: dataset → index → answers. It knows nothing of Discord; the
 * bot, the local console, the CLI and the tests all call these methods.
 */
import type { DocumentRecord, FigureRecord, Signing, SourceRecord } from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import type { Answer, AskResult, Citation, CountAnswer } from './answer.js';
import { Asker } from './ask/ask.js';
import { VisitCounts } from './ask/documentCounts.js';
import { Suggestions } from './suggestions.js';
import { buildEntries, type Entry } from './entries.js';
import { type FactCandidate, type FactRequest, type FactResult, orderFacts, pickFact } from './fact.js';
import { type FilterProblem, type Filters, type RawFilters, kindMatches, resolveFilters } from './filters.js';
import { type Completable, Completions, type ListKind } from './completions.js';
import type { Completion } from './prefixCompleter.js';
import { KIND_WEIGHT } from './kindWeights.js';
import { type QuoteParagraph, quoteParagraph } from './quoteParagraph.js';
import { useNameAliases } from './normalise.js';
import { SEARCH_OPTIONS, typedWordTypos } from './search/options.js';
import { SearchIndex } from './search/searchIndex.js';
import { visitsNamedBy } from './visitChoice.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

/** Lookups judge typos by the word as typed, not by its shorter stem. */
const TYPED_SEARCH = typedWordTypos(SEARCH_OPTIONS);

/** Which results of a list to build: `limit` of them from `offset`. Without one, every result. */
export interface PageRequest {
	offset: number;
	limit: number;
}

export type ListOutcome =
	| {
			ok: true;
			/** How many results match in all. */
			total: number;
			/** Position of `results[0]` among them (a page past the end is moved to the last page). */
			offset: number;
			results: Answer[];
			suggestions: string[];
	  }
	| { ok: false; problem: FilterProblem };

export type { Completable } from './completions.js';

export class Engine {
	/** The dataset's names and spellings (see `buildVocabulary`). */
	readonly vocabulary: Vocabulary;
	readonly dataset: Dataset;
	readonly index: SearchIndex<Entry>;
	/** The source articles' catalogue entries (outlet, publication date, title), by file name. */
	readonly sourceCatalogue: ReadonlyMap<string, SourceRecord>;
	private readonly completions: Completions;
	private readonly visitIds: readonly string[];
	/** Built on first use: only document counts need it, and start-up need not wait for it. */
	private readonly counts: VisitCounts;
	private readonly suggestions: Suggestions;
	private readonly asker: Asker;
	private readonly documentsById: ReadonlyMap<string, DocumentRecord>;
	private readonly figuresById: ReadonlyMap<string, FigureRecord>;
	private readonly dateOrder = new Map<Entry['kind'], Entry[]>();
	/** The facts in their fixed order, worked out on the first fact asked for. */
	private facts: readonly FactCandidate[] | undefined;

	/**
	 * Builds the index. Call once at startup; lookup and autocomplete tables follow on first use or `warmUp()`.
	 *
	 * @param dataset - a validated dataset (see `loadDataset`)
	 * @example
	 * const engine = new Engine(await loadDataset());
	 * engine.agreements('border regime').results[0]?.id; // 'doc-2021-border-regime'
	 */
	constructor(dataset: Dataset) {
		this.dataset = dataset;
		// Before the index: it folds names with the dataset's spellings, as every question will be.
		this.vocabulary = buildVocabulary(dataset);
		useNameAliases(this.vocabulary.nameAliases);
		this.index = new SearchIndex(buildEntries(dataset), KIND_WEIGHT);
		this.visitIds = dataset.visits.map((visit) => visit.id);
		this.counts = new VisitCounts(dataset);
		this.suggestions = new Suggestions(this.index);
		this.asker = new Asker(dataset, this.vocabulary, this.index, this.counts, this.suggestions);
		this.documentsById = new Map(dataset.documents.map((document) => [document.id, document]));
		this.figuresById = new Map(dataset.figures.map((figure) => [figure.id, figure]));
		this.completions = new Completions(dataset, this.index);
		this.sourceCatalogue = new Map(dataset.sources.map((source) => [source.id, source]));
	}

	/** The answer for one record id, or undefined. */
	get(id: string): Answer | undefined {
		return (
			this.index.get(id)?.answer ?? (id.startsWith('count-') ? this.countAnswer(id.slice('count-'.length)) : undefined)
		);
	}

	/**
	 * Documents, ranked by relevance to the query, or listed in date order when there is no query.
	 *
	 * @param query - free text or a document id (as autocomplete sends); optional
	 * @param raw - filters: country, year, kind, sector, visit
	 * @returns every match, or the filter value that makes no sense
	 * @example
	 * engine.agreements(undefined, { year: 2021, kind: 'memorandum', sector: 'transport' });
	 */
	agreements(query?: string | null, raw: RawFilters = {}, page?: PageRequest): ListOutcome {
		return this.list('document', query, raw, page, (entry, filters) => {
			const document = this.documentsById.get(entry.id);
			return (
				document !== undefined &&
				kindMatches(document.kind, filters.kind) &&
				(filters.sector === undefined || document.sectors.includes(filters.sector)) &&
				(filters.visit === undefined || document.visit === filters.visit || document.mentionedAt === filters.visit)
			);
		});
	}

	/** Visits and meetings, by relevance or in date order. */
	visits(query?: string | null, raw: RawFilters = {}, page?: PageRequest): ListOutcome {
		return this.list(
			'visit',
			query,
			raw,
			page,
			(entry, filters) => filters.visit === undefined || entry.id === filters.visit,
		);
	}

	/**
	 * People the sources name, by any name or alias.
	 *
	 * @example
	 * engine.people('Tokaev').results[0]?.id; // 'person-kassym-jomart-tokayev'
	 */
	people(query?: string | null, page?: PageRequest): ListOutcome {
		return this.list('person', query, {}, page, () => true);
	}

	/**
	 * Proposals and initiatives, with what became of them.
	 *
	 * @example
	 * engine.proposals('Garabogaz bridge').results[0]?.kind; // 'proposal'
	 */
	proposals(query?: string | null, page?: PageRequest): ListOutcome {
		return this.list('proposal', query, {}, page, () => true);
	}

	/** A visit's proposals and the follow-ups that lead to or from its records. */
	visitProposals(visitId: string): { proposals: Answer[]; followUps: Answer[] } {
		const ownIds = new Set([
			visitId,
			...this.dataset.proposals.filter((proposal) => proposal.visit === visitId).map((proposal) => proposal.id),
			...this.dataset.documents.filter((document) => document.visit === visitId).map((document) => document.id),
			...this.dataset.events.filter((event) => event.visit === visitId).map((event) => event.id),
		]);
		const answerOf = (id: string): Answer[] => {
			const answer = this.get(id);
			return answer ? [answer] : [];
		};
		return {
			proposals: this.dataset.proposals.filter((proposal) => proposal.visit === visitId).flatMap((p) => answerOf(p.id)),
			followUps: this.dataset.followUps
				.filter((followUp) => ownIds.has(followUp.earlier) || ownIds.has(followUp.later))
				.flatMap((followUp) => answerOf(followUp.id)),
		};
	}

	/** Figures, by relevance or in date order; `metric` narrows to one measure across years. */
	figures(query?: string | null, raw: RawFilters = {}, page?: PageRequest): ListOutcome {
		return this.list('figure', query, raw, page, (entry, filters) => {
			const figure = this.figuresById.get(entry.id);
			return (
				figure !== undefined &&
				(filters.metric === undefined || figure.metric === filters.metric) &&
				(filters.visit === undefined || figure.visit === filters.visit)
			);
		});
	}

	/** Other figures measuring the same thing, for "related figures". */
	relatedFigures(id: string): Answer[] {
		const figure = this.figuresById.get(id);
		if (!figure) return [];
		return this.dataset.figures
			.filter((other) => other.id !== id && (other.metric === figure.metric || other.visit === figure.visit))
			.sort((a, b) => Number(b.metric === figure.metric) - Number(a.metric === figure.metric))
			.flatMap((other) => this.index.get(other.id)?.answer ?? []);
	}

	/**
	 * The documents of a visit: what the heads of state signed first, then what was exchanged or signed at the talks,
	 * then what was signed on the sidelines, each in the order of the source's list.
	 *
	 * @example
	 * engine.visitDocuments('visit-2025-astana')[0]?.id; // 'doc-2025-joint-statement'
	 */
	visitDocuments(visitId: string): Answer[] {
		return this.dataset.documents
			.filter((document) => document.visit === visitId)
			.sort(
				(a, b) =>
					SIGNING_ORDER[a.signing] - SIGNING_ORDER[b.signing] ||
					compareText(a.list?.name ?? '~', b.list?.name ?? '~') ||
					(a.list?.position ?? 0) - (b.list?.position ?? 0),
			)
			.flatMap((document) => this.index.get(document.id)?.answer ?? []);
	}

	/**
	 * The visit a value names, or every visit it names equally: a record id (as autocomplete sends) or a value with
	 * one best match names one; a value made only of what several visits share (a year with two visits, a city, a
	 * leader, a country: see `visitsNamedBy`) names each of them, in date order, for the front end to ask which.
	 *
	 * @param which - what was typed or chosen
	 * @returns the visits named (none when nothing matches, with "did you mean" titles)
	 * @example
	 * engine.whichVisit('2025').visits.map((visit) => visit.id); // ['visit-2025-ankara-hlscc', 'visit-2025-astana']
	 * engine.whichVisit('Ashgabat').visits.map((visit) => visit.id); // ['visit-2021-ashgabat']
	 */
	whichVisit(which: string): { visits: Answer[]; suggestions: string[] } {
		const text = which.trim();
		const exact = text === '' ? undefined : this.index.get(text);
		if (exact?.kind === 'visit') return { visits: [exact.answer], suggestions: [] };
		const named = visitsNamedBy(text, this.vocabulary);
		if (named) return { visits: named.flatMap((id) => this.index.get(id)?.answer ?? []), suggestions: [] };
		const outcome = this.visits(text, {}, { offset: 0, limit: 1 });
		if (!outcome.ok) return { visits: [], suggestions: [] };
		return { visits: outcome.results.slice(0, 1), suggestions: outcome.suggestions };
	}

	/** Everything attached to a visit: documents count, figures, awards, side events. */
	visitDetails(visitId: string): { count: Answer; figures: Answer[]; awards: Answer[]; events: Answer[] } | undefined {
		const count = this.countAnswer(visitId);
		if (!count) return undefined;
		const answersOf = (records: readonly { id: string; visit: string | null }[]): Answer[] =>
			records.filter((record) => record.visit === visitId).flatMap((record) => this.index.get(record.id)?.answer ?? []);
		return {
			count,
			figures: answersOf(this.dataset.figures),
			awards: answersOf(this.dataset.awards),
			events: answersOf(this.dataset.events),
		};
	}

	/**
	 * Visits and dated documents signed outside them, in date order.
	 *
	 * @example
	 * engine.timeline({ country: 'Türkiye' }).results.map((answer) => answer.id);
	 */
	timeline(raw: RawFilters = {}, page?: PageRequest): ListOutcome {
		const resolved = resolveFilters(raw, this.visitIds);
		if (!resolved.ok) return resolved;
		const { filters } = resolved;
		const entries = this.index.entries.filter(
			(entry) =>
				entry.date !== null &&
				(entry.kind === 'visit' || (entry.kind === 'document' && entry.visit === null)) &&
				matchesCommon(entry, filters),
		);
		entries.sort((a, b) => compareText(a.date ?? '', b.date ?? '') || compareText(a.id, b.id));
		const window = pageWindow(entries.length, page);
		const results = entries
			.slice(window.offset, window.end)
			.map((entry) => (entry.kind === 'visit' ? this.timelineVisit(entry) : entry.answer));
		return { ok: true, total: entries.length, offset: window.offset, results, suggestions: [] };
	}

	/** The source articles and what each covers. */
	sources(): Answer[] {
		return this.dataset.sources.flatMap((source) => this.index.get(source.id)?.answer ?? []);
	}

	/**
	 * The paragraph of its source a citation's quote stands in, as data.
	 *
	 * @returns the paragraph and the quote's place in it, or undefined for a source or quote the dataset does not hold
	 * @example
	 * engine.quoteParagraph(engine.get('doc-2021-border-regime')!.citations[0]!)?.text.slice(0, 40);
	 */
	quoteParagraph(citation: Citation): QuoteParagraph | undefined {
		const text = this.dataset.sourceTexts.get(citation.source);
		return text === undefined ? undefined : quoteParagraph(citation.source, text, citation.quote);
	}

	/** Answers a free-text question; see `ask`. */
	ask(question: string): AskResult {
		return this.asker.ask(question);
	}

	/**
	 * A self-contained fact with its citation, preferring an anniversary of `date`.
	 *
	 * @example
	 * engine.fact({ exclude: ['fig-2021-trade-growth'], date: '2026-10-25' }).anniversary; // 5
	 */
	fact(request: FactRequest = {}): FactResult {
		this.facts ??= orderFacts(this.dataset);
		return pickFact(this.facts, this.index, request);
	}

	/**
	 * Choices for what someone is typing: records of a kind, or values of a fixed list. Useful from the first letter
	 * and for an empty partial. A record's name leads with what tells it apart, always shows the words typed and is
	 * fitted to `nameLength` (the front end's limit); no two names of one answer are alike.
	 *
	 * @param what - what is being completed: `document`, `visit`, `figure`, `person`, `proposal`, `country`, `kind`,
	 *   `sector` or `year`
	 * @param partial - what the user has typed
	 * @param limit - how many choices at most
	 * @param nameLength - the longest name the front end takes; no limit by default
	 * @returns at most `limit` choices, best first, each with the record id (or list value) as its value
	 * @example
	 * engine.autocomplete('document', 'vet', 25, 100); // [{ name: '2025 · MoU · veterinary medicine · agriculture ministries', value: 'doc-2025-veterinary' }]
	 */
	autocomplete(what: Completable, partial: string, limit: number, nameLength?: number): Completion[] {
		return this.completions.complete(what, partial, limit, nameLength);
	}

	/**
	 * How many choices `autocomplete` would offer with no limit, for a front end to say how many it does not show.
	 *
	 * @example
	 * engine.countCompletions('sector', ''); // 31
	 */
	countCompletions(what: Completable, partial: string): number {
		return this.completions.count(what, partial);
	}

	/** "Did you mean" titles for a query that found nothing; never empty while the dataset has records. */
	suggest(query: string, kinds?: readonly Entry['kind'][]): string[] {
		return this.suggestions.for(query, kinds);
	}

	private list(
		kind: ListKind,
		query: string | null | undefined,
		raw: RawFilters,
		page: PageRequest | undefined,
		matches: (entry: Entry, filters: Filters) => boolean,
	): ListOutcome {
		const resolved = resolveFilters(raw, this.visitIds);
		if (!resolved.ok) return resolved;
		const { filters } = resolved;
		const accept = (entry: Entry): boolean =>
			entry.kind === kind && matchesCommon(entry, filters) && matches(entry, filters);
		const text = query?.trim() ?? '';
		const exact = text === '' ? undefined : this.index.get(text);
		if (exact && accept(exact)) return { ok: true, total: 1, offset: 0, results: [exact.answer], suggestions: [] };
		let entries: readonly Entry[];
		let total: number;
		if (text === '') {
			entries = this.inDateOrder(kind).filter(accept);
			total = entries.length;
		} else {
			// Only the hits up to the page's end are ranked: the rest are counted, never sorted.
			const limit = page ? page.offset + page.limit : undefined;
			// Without filters every entry of the kind is accepted: leave the filter out rather than call it per hit.
			const filtered = Object.values(filters).some((value) => value !== undefined);
			const found = this.index.search(text, {
				kinds: [kind],
				filter: filtered ? accept : undefined,
				limit,
				options: TYPED_SEARCH,
			});
			entries = found.hits.map((hit) => hit.entry);
			total = found.total;
		}
		const window = pageWindow(total, page);
		const results = entries.slice(window.offset, window.end).map((entry) => entry.answer);
		const suggestions = total === 0 ? this.suggest(text || kind, [kind]) : [];
		return { ok: true, total, offset: window.offset, results, suggestions };
	}

	/** Entries of one kind in date order, sorted once on first use. */
	private inDateOrder(kind: Entry['kind']): readonly Entry[] {
		let ordered = this.dateOrder.get(kind);
		if (!ordered) {
			ordered = this.index.entries.filter((entry) => entry.kind === kind).sort(byDateThenList);
			this.dateOrder.set(kind, ordered);
		}
		return ordered;
	}

	private timelineVisit(entry: Entry): Answer {
		const { answer } = entry;
		if (answer.kind !== 'visit') return answer;
		const count = this.countAnswer(entry.id)?.value;
		return { ...answer, documentsListed: count?.of === 'visit' ? count.listed.length : 0 };
	}

	/** The document count of a visit, as an answer. */
	countAnswer(visitId: string): CountAnswer | undefined {
		return this.counts.answer(visitId);
	}

	/** Builds the term lookup and every autocomplete table now, so that no user waits for one (the bot calls this after start-up). */
	warmUp(): void {
		this.index.warmUp();
		this.completions.warmUp();
	}
}

/** The slice of `total` results a page asks for; a page past the end becomes the last one. */
function pageWindow(total: number, page: PageRequest | undefined): { offset: number; end: number } {
	if (!page) return { offset: 0, end: total };
	const limit = Math.max(1, Math.floor(page.limit));
	const lastPageStart = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
	const offset = Math.min(Math.max(0, Math.floor(page.offset)), lastPageStart);
	return { offset, end: offset + limit };
}

function matchesCommon(entry: Entry, filters: Filters): boolean {
	return (
		(filters.country === undefined || entry.countries.includes(filters.country)) &&
		(filters.year === undefined || entry.year === filters.year)
	);
}

/** How a visit's documents are ordered by how they were signed: the heads of state's first. */
const SIGNING_ORDER: Readonly<Record<Signing, number>> = {
	'heads-of-state': 0,
	'exchanged-in-presence': 1,
	'signed-at-talks': 1,
	sidelines: 2,
	earlier: 3,
};

/**
 * `localeCompare` with one collator made once: sorting 100k entries with `localeCompare` builds a collator per call.
 * Made at the first comparison, not at import: the first collator of a process loads ICU's collation data (~5 ms), and
 * a CLI question never sorts by text.
 */
let collator: Intl.Collator | undefined;
function compareText(a: string, b: string): number {
	collator ??= new Intl.Collator();
	return collator.compare(a, b);
}

function byDateThenList(a: Entry, b: Entry): number {
	return compareText(a.date ?? '9999', b.date ?? '9999') || a.listOrder - b.listOrder || compareText(a.id, b.id);
}
