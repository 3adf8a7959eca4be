/**
 * What the claim readers and matchers share: the dataset's records by id, the lexicon of its names, the catalogue
 * of sources (for citations), and, per clause, what the clause names. Built once per engine (see `checker.ts`).
 */
import type { Country, Evidence, SourceRecord, VisitRecord } from '../../data/schema.js';
import type { PassageAnswer } from '../answer.js';
import type { Dataset } from '../../data/validateDataset.js';
import type { Engine } from '../engine.js';
import { foldText } from '../normalise.js';
import { type StatedDate, findDates } from './dates.js';
import { Lexicon, type OfficeMention, type PersonMention, type Token } from './mentions.js';
import { type Quantity, findQuantities } from './quantities.js';
import { type Facets, type MeetingScope, meetingScope, namesMeeting } from './scope.js';
import type { Sentence, Span } from './sentences.js';
import type { SourcedCitation } from './verdict.js';
import { stemmedWords } from './words.js';

/** A sentence of the sources, folded once for the checks that look for words in them. */
export interface SourceSentence {
	answer: PassageAnswer;
	/** Folded, padded with a space at each end. */
	folded: string;
	terms: ReadonlySet<string>;
}

export class CheckData {
	readonly dataset: Dataset;
	readonly lexicon: Lexicon;
	readonly visitsById: ReadonlyMap<string, VisitRecord>;
	/** Countries at every meeting: naming one chooses none. */
	readonly everywhere: ReadonlySet<Country>;
	/** The words that name a country, demonyms included: every record names its countries, so they tell none apart. */
	readonly countryTerms: ReadonlySet<string>;
	private readonly sources: ReadonlyMap<string, SourceRecord>;
	private sentences: readonly SourceSentence[] | undefined;

	constructor(readonly engine: Engine) {
		this.dataset = engine.dataset;
		this.lexicon = new Lexicon(engine.dataset, engine.vocabulary, engine.index);
		this.visitsById = new Map(engine.dataset.visits.map((visit) => [visit.id, visit]));
		this.everywhere = engine.vocabulary.everyVisitCountries;
		this.sources = new Map(engine.dataset.sources.map((source) => [source.id, source]));
		this.countryTerms = new Set(
			engine.dataset.places
				.filter((place) => place.kind === 'country')
				.flatMap((place) => stemmedWords([place.name, ...place.aliases].join(' '))),
		);
	}

	/** The words of a text that are not a country's name. */
	tellingTerms(text: string): string[] {
		return stemmedWords(text).filter((term) => !this.countryTerms.has(term));
	}

	/** Quotes with their article's outlet, date and title, duplicates dropped. */
	cite(evidence: readonly Evidence[]): SourcedCitation[] {
		const seen = new Set<string>();
		return evidence.flatMap((item) => {
			const key = `${item.source}\u0000${item.quote}`;
			if (seen.has(key)) return [];
			seen.add(key);
			const source = this.sources.get(item.source);
			return [
				{
					...item,
					outlet: source?.outlet ?? null,
					published: source?.published ?? null,
					title: source?.title ?? item.source,
				},
			];
		});
	}

	/** The sources' sentences (the engine's passages), folded on first use. */
	sourceSentences(): readonly SourceSentence[] {
		this.sentences ??= this.engine.index.entries.flatMap((entry) => {
			const { answer } = entry;
			if (answer.kind !== 'passage') return [];
			return [
				{ answer, folded: ` ${foldText(answer.record.text)} `, terms: new Set(stemmedWords(answer.record.text)) },
			];
		});
		return this.sentences;
	}

	/**
	 * The sentence of the sources that says what a claim says in most of its words, and names the people it names (the
	 * speaker, where the sentence stands in a quotation). For claims no record holds, but a sentence does ("Tokayev
	 * called for greater cooperation in logistics and transport").
	 *
	 * @param terms - the claim's telling words; fewer than `MIN_SENTENCE_TERMS` match nothing
	 * @param people - the people the claim names, of whom the sentence must name one; none: any sentence
	 */
	sentenceSaying(terms: ReadonlySet<string>, people: ReadonlySet<string>): PassageAnswer | undefined {
		if (terms.size < MIN_SENTENCE_TERMS) return undefined;
		let best: { answer: PassageAnswer; shared: number } | undefined;
		for (const sentence of this.sourceSentences()) {
			let shared = 0;
			for (const term of terms) if (sentence.terms.has(term)) shared += 1;
			if (shared / terms.size < SENTENCE_SHARE || (best && best.shared >= shared)) continue;
			if (people.size > 0 && !this.sentenceNames(sentence.answer, people)) continue;
			best = { answer: sentence.answer, shared };
		}
		return best?.answer;
	}

	/** Whether a sentence of the sources names one of the people: as its quotation's speaker, or by name. */
	sentenceNames(answer: PassageAnswer, people: ReadonlySet<string>): boolean {
		const { record } = answer;
		if (record.speakerPerson !== null && people.has(record.speakerPerson)) return true;
		const around = ` ${foldText([record.text, record.attribution ?? '', record.speaker ?? ''].join(' '))} `;
		return [...people].some((id) =>
			foldText(this.lexicon.personName(id))
				.split(' ')
				.some((word) => word.length >= 4 && around.includes(` ${word} `)),
		);
	}

	visit(id: string | null): VisitRecord | null {
		return id === null ? null : (this.visitsById.get(id) ?? null);
	}
}

/** A claim is said by a sentence of the sources holding this share of its telling words, of at least this many. */
const SENTENCE_SHARE = 0.75;
const MIN_SENTENCE_TERMS = 3;

/** Words that make the date after them a bound ("from 2022"), not a meeting's date. */
const BOUND_BEFORE = /\b(?:from|until|till|by|since|before|after|through|to|starting|beginning)\s+(?:the\s+)?$/iu;

/** How many words before a quantity can say what it is ("Kazakh investments in Türkiye exceeded …"). */
const WORDS_BEFORE = 4;

/** One clause of the text, and what it names. */
export class Clause {
	readonly tokens: readonly Token[];
	/** Stemmed search terms of the clause. */
	readonly terms: ReadonlySet<string>;
	/** The clause folded, words separated by single spaces, padded with a space at each end. */
	readonly folded: string;
	readonly dates: readonly StatedDate[];
	readonly quantities: readonly Quantity[];
	readonly people: readonly PersonMention[];
	readonly offices: readonly OfficeMention[];
	readonly countries: readonly Country[];
	readonly facets: Facets;
	private unknown: string[] | undefined;

	constructor(
		readonly text: string,
		readonly span: Span,
		readonly sentence: SentenceReading,
		private readonly data: CheckData,
	) {
		const { lexicon } = data;
		this.tokens = lexicon.tokens(text, span);
		this.terms = new Set(stemmedWords(text.slice(span.start, span.end)));
		this.folded = ` ${this.tokens.map((token) => token.folded).join(' ')} `;
		this.dates = findDates(text, span);
		this.quantities = findQuantities(text, span, this.dates);
		// "from 2022", "by 2030", "since 1992": a date a claim reaches to, not the meeting's.
		const meetingDates = this.dates.filter((date) => !BOUND_BEFORE.test(text.slice(span.start, date.start)));
		this.people = lexicon.people(text, this.tokens);
		this.offices = lexicon.offices(text, span);
		this.countries = lexicon.countries(this.tokens);
		this.facets = {
			dates: meetingDates,
			cities: lexicon.cities(this.tokens),
			leaders: lexicon.leaders(this.tokens),
			countries: this.countries,
			named: lexicon.namedVisits(text, span),
		};
	}

	/** The clause as written. */
	get words(): string {
		return this.text.slice(this.span.start, this.span.end);
	}

	/** Proper names in the clause the sources never mention. */
	unknownNames(): string[] {
		this.unknown ??= this.data.lexicon.unknownNames(this.text, this.span);
		return this.unknown;
	}

	/** Whether the folded clause holds the pattern. */
	says(pattern: RegExp): boolean {
		return pattern.test(this.folded);
	}

	/**
	 * The meeting the claim is about: what this clause names; else, if it names nothing, what its sentence names; else
	 * the meeting the sentence before was about ("… in Ashgabat. 20 documents were signed there.").
	 *
	 * @param options - `years: false` leaves dates out; `without` leaves out one date (the one a date claim checks);
	 *   `people: false` leaves out the leaders named (a claim that checks who gave or proposed); `topics: true` leaves
	 *   out countries no meeting was held with (see `meetingScope`); `cities: false` leaves out cities (a place can be
	 *   what a figure is about: "schools in Astana and Almaty"); `carry: false` does not reach back to the sentence
	 *   before (an award or a document named by its own name is not about the meeting the last sentence named)
	 */
	scope(
		options: {
			years?: boolean;
			without?: StatedDate;
			people?: boolean;
			topics?: boolean;
			cities?: boolean;
			carry?: boolean;
		} = {},
	): MeetingScope {
		const { visits } = this.data.dataset;
		const { everywhere } = this.data;
		const narrow = (facets: Facets): Facets => {
			const dated = withoutDate(facets, options.without);
			return {
				...dated,
				...(options.people === false ? { leaders: new Map() } : {}),
				...(options.cities === false ? { cities: [] } : {}),
			};
		};
		const own = narrow(this.facets);
		if (namesMeeting(own, everywhere) || (options.years === false && namesMeetingBesidesDates(own, everywhere)))
			return meetingScope(own, visits, everywhere, options);
		for (const other of this.sentence.clauses) {
			if (other === this) continue;
			const facets = narrow(other.facets);
			if (options.years === false ? namesMeetingBesidesDates(facets, everywhere) : namesMeeting(facets, everywhere))
				return meetingScope(facets, visits, everywhere, options);
		}
		return (options.carry !== false && this.sentence.previousScope) || { kind: 'none' };
	}

	/**
	 * The meetings this clause's own words name, if they name some: what the next sentence may be about ("… in
	 * Ashgabat. 20 documents were signed there."). A country no meeting was held with is a topic here, and parts that
	 * fit no meeting together carry nothing over.
	 */
	ownScope(): MeetingScope | undefined {
		const { everywhere } = this.data;
		if (!namesMeeting(this.facets, everywhere)) return undefined;
		const scope = meetingScope(this.facets, this.data.dataset.visits, everywhere, { topics: true });
		return scope.kind === 'meetings' ? scope : undefined;
	}

	/**
	 * Where a quantity's claim ends: at the last of the words after its number that `counts` says it counts ("20
	 * documents" of "20 documents were signed in"); at the value when none does.
	 */
	focusOf(quantity: Quantity, counts: (term: string) => boolean): Span {
		let end = quantity.number.end;
		for (const token of this.tokens) {
			if (token.start < quantity.number.end || token.end > quantity.end) continue;
			if (stemmedWords(this.text.slice(token.start, token.end)).some(counts)) end = token.end;
		}
		return { start: quantity.start, end: Math.max(end, quantity.number.end) };
	}

	/**
	 * The words about a quantity in particular, where a clause states several ("a quarter of its grain and 30% of its
	 * cotton", "trade grew 30% and investment reached $2.5 billion"): its own words, and those around it up to a
	 * conjunction, a comma or another quantity, a few before and any after.
	 */
	wordsAbout(quantity: Quantity): ReadonlySet<string> {
		const index = this.quantities.indexOf(quantity);
		const previousEnd = this.quantities[index - 1]?.end ?? this.span.start;
		const nextStart = this.quantities[index + 1]?.start ?? this.span.end;
		const breaks = (from: number, to: number): boolean =>
			/[,;]|\b(?:and|but|while|whereas)\b/u.test(this.text.slice(from, to));
		const words: Token[] = [];
		let edge = quantity.start;
		for (const token of [...this.tokens].reverse()) {
			if (token.end > quantity.start) continue;
			if (token.start < previousEnd || words.length >= WORDS_BEFORE || breaks(token.start, edge)) break;
			words.push(token);
			edge = token.start;
		}
		edge = quantity.end;
		for (const token of this.tokens) {
			if (token.start < quantity.end) continue;
			if (token.end > nextStart || breaks(edge, token.end)) break;
			words.push(token);
			edge = token.end;
		}
		const own = stemmedWords(this.text.slice(quantity.start, quantity.end));
		return new Set([...own, ...words.flatMap((token) => stemmedWords(this.text.slice(token.start, token.end)))]);
	}

	/** Years the clause states, as a figure's period or meeting's year. */
	years(): number[] {
		return [...new Set(this.dates.flatMap((date) => (date.year === null ? [] : [date.year])))];
	}
}

/** A sentence's clauses, and the meeting the sentence before it was about. */
export class SentenceReading {
	readonly clauses: Clause[] = [];

	constructor(
		readonly sentence: Sentence,
		readonly previousScope: MeetingScope | undefined,
	) {}

	/**
	 * The meeting this sentence is about, for the next one: what its first clause naming a meeting names, or, when none
	 * does, what the sentence before was about.
	 */
	scope(): MeetingScope | undefined {
		for (const clause of this.clauses) {
			const own = clause.ownScope();
			if (own) return own;
		}
		return this.previousScope;
	}
}

function withoutDate(facets: Facets, date: StatedDate | undefined): Facets {
	return date ? { ...facets, dates: facets.dates.filter((other) => other !== date) } : facets;
}

function namesMeetingBesidesDates(facets: Facets, everywhere: ReadonlySet<Country>): boolean {
	return namesMeeting({ ...facets, dates: [] }, everywhere);
}
