/**
 * One searchable entry per record and per source sentence: the answer it
 * yields, the text MiniSearch indexes, and the facets filters use.
 */
import {
	type AwardRecord,
	type Country,
	type DiscrepancyRecord,
	type DocumentRecord,
	type EventRecord,
	type FigureRecord,
	type FollowUpRecord,
	type OrganisationRecord,
	type PersonRecord,
	type ProposalRecord,
	type Party,
	type PartialDate,
	Sector,
	type SourceRecord,
	type VisitRecord,
} from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import { awardLabel, discrepancyLabel, figureLabel, followUpLabel, passageLabel } from '../text/labels.js';
import type { Answer, AnswerKind } from './answer.js';
import { personNames, statedByName } from './names.js';
import { wordTerms } from './normalise.js';
import { type Passage, splitPassages } from './passages.js';
import { AnswerBuilder } from './recordAnswers.js';

export interface Entry {
	id: string;
	kind: AnswerKind;
	/** Built on first use: at 100k records, building every answer up front would double the start-up time. */
	readonly answer: Answer;
	/** The answer's title, known without building the answer (autocomplete lists every record by it). */
	label: string;
	/** Indexed fields, strongest first. */
	title: string;
	names: string;
	text: string;
	/** What the text continues (a sentence's predecessor), searched at the least weight; empty for records. */
	context: string;
	/** Facets for filtering and ordering. */
	year: number | null;
	/** ISO date for ordering; null when unknown. */
	date: string | null;
	countries: readonly Country[];
	visit: string | null;
	/**
	 * The visit whose source mentions a document signed elsewhere or proposed, or the one meeting a person belongs to
	 * (see `onlyVisitOf`); null otherwise.
	 */
	mentionedAt: string | null;
	/** A document's sectors; empty for other kinds. */
	sectors: readonly Sector[];
	/** The same sectors as bits (see `sectorMask`), for checks in the ranking loop. */
	sectorBits: bigint;
	/** Where a document stands in its visit's lists (heads of state, exchanged, signed, sidelines); others last. */
	listOrder: number;
	/**
	 * The index forms of its title's, names' and text's words, for the rules of `ask` that read which words an answer
	 * holds. Built on first use: a question reads those of its best few matches, several times over.
	 */
	readonly terms: ReadonlySet<string>;
}

/** Facets a record usually shares with its visit. */
type Facets = Pick<Entry, 'year' | 'date' | 'countries' | 'visit' | 'sectors'>;
/** What an entry knows of itself, besides its facets. */
type OwnFields = Pick<Entry, 'id' | 'kind' | 'label' | 'title' | 'names' | 'text'> & {
	context?: string;
	listOrder?: number;
	mentionedAt?: string | null;
};
/** Builds the answer of a record; one function per kind, shared by every entry of that kind. */
type BuildAnswer<R> = (builder: AnswerBuilder, record: R) => Answer;

/** The year of a partial date, as a number. */
function yearOf(date: PartialDate | null | undefined): number | null {
	return date ? Number(date.iso.slice(0, 4)) : null;
}

/** Sectors as bits: one per sector, in the schema's order. A bigint, so the list of sectors may grow past 32. */
export function sectorMask(sectors: readonly Sector[]): bigint {
	let mask = 0n;
	for (const sector of sectors) mask |= 1n << BigInt(Sector.options.indexOf(sector));
	return mask;
}

/**
 * An entry whose answer is built once, when first asked for. It keeps its record and a per-kind build function
 * rather than a closure per entry: at 100k records, 200k closures and their contexts were a sizeable share of the
 * start-up's garbage collection.
 */
class LazyEntry<R> implements Entry {
	readonly id: string;
	readonly kind: AnswerKind;
	readonly label: string;
	readonly title: string;
	readonly names: string;
	readonly text: string;
	readonly context: string;
	readonly year: number | null;
	readonly date: string | null;
	readonly countries: readonly Country[];
	readonly visit: string | null;
	readonly mentionedAt: string | null;
	readonly sectors: readonly Sector[];
	readonly sectorBits: bigint;
	readonly listOrder: number;
	private built: Answer | undefined;
	private words: ReadonlySet<string> | undefined;
	private readonly record: R;
	private readonly builder: AnswerBuilder;
	private readonly build: BuildAnswer<R>;

	constructor(facets: Facets, fields: OwnFields, record: R, builder: AnswerBuilder, build: BuildAnswer<R>) {
		this.id = fields.id;
		this.kind = fields.kind;
		this.label = fields.label;
		this.title = fields.title;
		this.names = fields.names;
		this.text = fields.text;
		this.context = fields.context ?? '';
		this.year = facets.year;
		this.date = facets.date;
		this.countries = facets.countries;
		this.visit = facets.visit;
		this.mentionedAt = fields.mentionedAt ?? null;
		this.sectors = facets.sectors;
		this.sectorBits = facets.sectors.length === 0 ? 0n : sectorMask(facets.sectors);
		this.listOrder = fields.listOrder ?? UNLISTED;
		this.record = record;
		this.builder = builder;
		this.build = build;
	}

	get answer(): Answer {
		this.built ??= this.build(this.builder, this.record);
		return this.built;
	}

	get terms(): ReadonlySet<string> {
		this.words ??= wordTerms(`${this.title} ${this.names} ${this.text}`);
		return this.words;
	}
}

const UNLISTED = Number.MAX_SAFE_INTEGER;
/** Heads-of-state documents first, then exchanged, then signed at talks, then sidelines. */
const LIST_ORDER = ['heads-of-state', 'exchanged', 'signed', 'sidelines'] as const;

function listOrder(list: { name: string; position: number } | null | undefined): number {
	if (!list) return UNLISTED;
	const rank = LIST_ORDER.findIndex((part) => list.name.endsWith(part));
	return (rank < 0 ? LIST_ORDER.length : rank) * 1000 + list.position;
}

/**
 * Builds every entry of the dataset.
 *
 * @param dataset - the validated dataset
 * @returns entries for records of every kind, then for source sentences
 * @example
 * buildEntries(dataset).find((entry) => entry.id === 'visit-2021-ashgabat')?.year; // 2021
 */
export function buildEntries(dataset: Dataset): Entry[] {
	const builder = new AnswerBuilder(dataset);
	const facetsOf = visitFacets(dataset);
	const coveredBy = visitsBySource(dataset);
	// Many records share the same short field values and country lists: keep one copy of each (heap and GC time).
	const intern = new Interner();
	const entries: Entry[] = [];
	const add = <R>(facets: Facets, fields: OwnFields, record: R, build: BuildAnswer<R>): void => {
		entries.push(new LazyEntry(facets, fields, record, builder, build));
	};

	for (const visit of dataset.visits) {
		add(
			facetsOf(visit.id),
			{
				id: visit.id,
				label: visit.title,
				kind: 'visit',
				title: joinWords(visit.title, visit.aliases),
				names: [
					...personNames(dataset, visit.host.person),
					...personNames(dataset, visit.guest.person),
					visit.city,
					visit.venue ?? '',
					visit.country,
				].join(' '),
				text: [visit.summary, ...visit.topics].join(' '),
			},
			visit,
			BUILD.visit,
		);
	}
	for (const document of dataset.documents) {
		const countries = intern.list(partyCountries(document.parties));
		add(
			{
				year: yearOf(document.signedDate),
				date: document.signedDate?.iso ?? null,
				countries: countries.length > 0 ? countries : facetsOf(document.visit ?? document.mentionedAt).countries,
				visit: document.visit,
				sectors: document.sectors,
			},
			{
				id: document.id,
				label: document.title,
				kind: 'document',
				title: joinWords(document.title, document.aliases),
				names: intern.text(document.parties.map((party) => party.body).join(' ')),
				text: intern.text(
					[document.kind, ...document.sectors, document.signedPlace ?? '', document.note ?? ''].join(' '),
				),
				listOrder: listOrder(document.list),
				mentionedAt: document.mentionedAt,
			},
			document,
			BUILD.document,
		);
	}
	for (const figure of dataset.figures) {
		add(
			{ ...facetsOf(figure.visit), countries: intern.list(figure.countries) },
			{
				id: figure.id,
				label: figureLabel(figure),
				kind: 'figure',
				title: figure.label,
				names: intern.text([figure.metric, statedByName(dataset, figure.statedBy) ?? '', figure.valueText].join(' ')),
				text: [figure.text, figure.period ?? '', ...figure.evidence.map((evidence) => evidence.quote)].join(' '),
			},
			figure,
			BUILD.figure,
		);
	}
	for (const award of dataset.awards) {
		add(
			facetsOf(award.visit),
			{
				id: award.id,
				label: awardLabel(award.names),
				kind: 'award',
				title: award.names.join(' '),
				names: [
					...personNames(dataset, award.giver.person),
					award.giver.country,
					...personNames(dataset, award.recipient.person),
					award.recipient.country,
				].join(' '),
				text: `award order honour ${award.description} ${award.reason ?? ''}`,
			},
			award,
			BUILD.award,
		);
	}
	for (const event of dataset.events) {
		add(
			facetsOf(event.visit),
			{
				id: event.id,
				label: event.title,
				kind: 'event',
				title: event.title,
				names: intern.text(
					[...event.participants.flatMap((id) => personNames(dataset, id)), event.place ?? ''].join(' '),
				),
				text: intern.text(`${event.kind} ${event.description}`),
			},
			event,
			BUILD.event,
		);
	}
	for (const source of dataset.sources) {
		const covered = coveredBy.get(source.id) ?? [];
		add(
			{
				year: yearOf(source.published) ?? yearOf(covered[0]?.startDate),
				date: source.published?.iso ?? null,
				countries: [...new Set(covered.flatMap(visitCountries))],
				visit: covered.length === 1 ? (covered[0]?.id ?? null) : null,
				sectors: [],
			},
			{
				id: source.id,
				label: source.title,
				kind: 'source',
				title: source.title,
				names: [source.outlet ?? '', source.id].join(' '),
				text: source.outletNote ? `${source.covers} ${source.outletNote}` : source.covers,
			},
			source,
			BUILD.source,
		);
	}
	for (const discrepancy of dataset.discrepancies) {
		add(
			facetsOf(discrepancy.visit),
			{
				id: discrepancy.id,
				label: discrepancyLabel(discrepancy),
				kind: 'discrepancy',
				title: discrepancy.summary,
				names: 'discrepancy disagreement',
				text: [discrepancy.note, ...discrepancy.statements.map((statement) => statement.says)].join(' '),
			},
			discrepancy,
			BUILD.discrepancy,
		);
	}
	for (const person of dataset.people) {
		add(
			{ year: null, date: null, countries: person.country ? [person.country] : [], visit: null, sectors: [] },
			{
				id: person.id,
				label: person.name,
				kind: 'person',
				title: joinWords(person.name, person.aliases),
				names: person.roles.map((role) => role.title).join(' '),
				text: [person.note ?? '', ...person.evidence.map((evidence) => evidence.quote)].join(' '),
				mentionedAt: onlyVisitOf(person, coveredBy),
			},
			person,
			BUILD.person,
		);
	}
	for (const organisation of dataset.organisations) {
		add(
			{
				year: null,
				date: null,
				countries: organisation.country ? [organisation.country] : [],
				visit: null,
				sectors: [],
			},
			{
				id: organisation.id,
				label: organisation.name,
				kind: 'organisation',
				title: joinWords(organisation.name, organisation.aliases),
				names: organisation.type.replace(/-/g, ' '),
				text: [organisation.note ?? '', ...organisation.evidence.map((evidence) => evidence.quote)].join(' '),
			},
			organisation,
			BUILD.organisation,
		);
	}
	for (const proposal of dataset.proposals) {
		add(
			{ ...facetsOf(proposal.visit), sectors: proposal.sectors },
			{
				id: proposal.id,
				label: proposal.title,
				kind: 'proposal',
				title: joinWords(proposal.title, proposal.aliases),
				names: [
					...proposal.proposedBy.people.flatMap((id) => personNames(dataset, id)),
					...proposal.proposedBy.countries,
				].join(' '),
				text: `${proposal.kind} ${proposal.status} proposal ${proposal.description} ${proposal.note ?? ''}`,
			},
			proposal,
			BUILD.proposal,
		);
	}
	for (const followUp of dataset.followUps) {
		add(
			{ year: null, date: null, countries: [], visit: null, sectors: [] },
			{
				id: followUp.id,
				label: followUpLabel(builder.recordTitle(followUp.earlier), builder.recordTitle(followUp.later)),
				kind: 'follow-up',
				title: followUp.summary,
				names: 'follow up later outcome',
				text: followUp.note ?? '',
			},
			followUp,
			BUILD.followUp,
		);
	}
	const passageLabels = new Map<string, string>();
	for (const { passage, context } of splitPassages(dataset, coveredBy)) {
		let label = passageLabels.get(passage.source);
		if (label === undefined) {
			label = passageLabel(builder.visitRef(passage.visit));
			passageLabels.set(passage.source, label);
		}
		add(
			facetsOf(passage.visit),
			{
				id: passage.id,
				label,
				kind: 'passage',
				title: '',
				// The speaker of a quotation, so that "who said …" and "what did Tokayev say …" find it.
				names: [passage.speaker ?? '', passage.speakerName ?? ''].join(' ').trim(),
				text: passage.text,
				context: context ?? '',
			},
			passage,
			BUILD.passage,
		);
	}
	return entries;
}

/** One build function per kind, shared by all its entries (see `LazyEntry`). */
const BUILD = {
	visit: (builder: AnswerBuilder, visit: VisitRecord) => builder.visit(visit),
	document: (builder: AnswerBuilder, document: DocumentRecord) => builder.document(document),
	figure: (builder: AnswerBuilder, figure: FigureRecord) => builder.figure(figure),
	award: (builder: AnswerBuilder, award: AwardRecord) => builder.award(award),
	event: (builder: AnswerBuilder, event: EventRecord) => builder.event(event),
	source: (builder: AnswerBuilder, source: SourceRecord) => builder.source(source),
	discrepancy: (builder: AnswerBuilder, discrepancy: DiscrepancyRecord) => builder.discrepancy(discrepancy),
	passage: (builder: AnswerBuilder, passage: Passage) => builder.passage(passage),
	person: (builder: AnswerBuilder, person: PersonRecord) => builder.person(person),
	organisation: (builder: AnswerBuilder, organisation: OrganisationRecord) => builder.organisation(organisation),
	proposal: (builder: AnswerBuilder, proposal: ProposalRecord) => builder.proposal(proposal),
	followUp: (builder: AnswerBuilder, followUp: FollowUpRecord) => builder.followUp(followUp),
} as const;

/** The facets of a visit's records, one shared object per visit: at 100k records, one per record added up. */
function visitFacets(dataset: Dataset): (visitId: string | null) => Facets {
	const visits = new Map(dataset.visits.map((visit) => [visit.id, visit]));
	const facetsByVisit = new Map<string | null, Facets>();
	return (visitId) => {
		let facets = facetsByVisit.get(visitId);
		if (!facets) {
			const visit = visitId === null ? undefined : visits.get(visitId);
			facets = {
				year: yearOf(visit?.startDate),
				date: visit?.startDate.iso ?? null,
				countries: visit ? visitCountries(visit) : [],
				visit: visitId,
				sectors: [],
			};
			facetsByVisit.set(visitId, facets);
		}
		return facets;
	};
}

/**
 * The visits each source reports, in dataset order.
 *
 * @param dataset - the validated dataset
 * @returns visits by source id; a source that reports none is absent
 * @example
 * visitsBySource(dataset).get('001_kazinform.txt')?.map((visit) => visit.id); // ['visit-2021-ashgabat']
 */
export function visitsBySource(dataset: Dataset): Map<string, VisitRecord[]> {
	const bySource = new Map<string, VisitRecord[]>();
	for (const visit of dataset.visits) {
		// A visit may list a source twice; it is still one visit of that source.
		for (const source of new Set(visit.sources)) {
			const visits = bySource.get(source);
			if (visits) visits.push(visit);
			else bySource.set(source, [visit]);
		}
	}
	return bySource;
}

/**
 * The one meeting a person belongs to, by the meetings of their roles and of the sources quoted on them: a person the
 * sources name at one meeting only belongs to that meeting's questions ("which Kazakh figure did the 2021 joint
 * statement credit").
 *
 * @returns that visit's id, or null when they belong to several meetings or to none
 */
function onlyVisitOf(person: PersonRecord, coveredBy: Map<string, VisitRecord[]>): string | null {
	const quoted = [...person.evidence, ...person.roles.flatMap((role) => role.evidence)].flatMap(
		({ source }) => coveredBy.get(source) ?? [],
	);
	const visits = new Set([...quoted.map((visit) => visit.id), ...person.roles.flatMap((role) => role.visits)]);
	const [only] = visits;
	return visits.size === 1 && only !== undefined ? only : null;
}

/** The distinct countries of a document's parties, in order. */
function partyCountries(parties: readonly Party[]): Country[] {
	const countries: Country[] = [];
	for (const party of parties) if (party.country && !countries.includes(party.country)) countries.push(party.country);
	return countries;
}

/** `first` and `rest` joined by spaces; `first` itself when there is no rest (most titles have no aliases). */
function joinWords(first: string, rest: readonly string[]): string {
	return rest.length === 0 ? first : [first, ...rest].join(' ');
}

/** Hands out one shared copy of equal strings and lists. */
class Interner {
	private readonly texts = new Map<string, string>();
	private readonly lists = new Map<string, readonly Country[]>();

	text(value: string): string {
		const shared = this.texts.get(value);
		if (shared !== undefined) return shared;
		this.texts.set(value, value);
		return value;
	}

	list(values: readonly Country[]): readonly Country[] {
		const key = values.join('\u0000');
		const shared = this.lists.get(key);
		if (shared !== undefined) return shared;
		this.lists.set(key, values);
		return values;
	}
}

function visitCountries(visit: VisitRecord): Country[] {
	return [...new Set([visit.host.country, visit.guest.country])];
}
