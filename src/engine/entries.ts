/**
 * One searchable entry per record and per source sentence: the answer it
 * yields, the text MiniSearch indexes, and the facets filters use.
 */
import { type Country, Sector, type VisitRecord } from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import type { Answer, AnswerKind } from './answer.js';
import { yearOf } from './format.js';
import { splitPassages } from './passages.js';
import { AnswerBuilder, figureTitle } from './recordAnswers.js';

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
	/** Facets for filtering and ordering. */
	year: number | null;
	/** ISO date for ordering; null when unknown. */
	date: string | null;
	countries: readonly Country[];
	visit: string | null;
	/** The visit whose source mentions a document signed elsewhere or proposed; null otherwise. */
	mentionedAt: string | null;
	/** A document's sectors; empty for other kinds. */
	sectors: readonly Sector[];
	/** The same sectors as bits (see `sectorMask`), for checks in the ranking loop. */
	sectorBits: number;
	/** Where a document stands in its visit's lists (heads of state, exchanged, signed, sidelines); others last. */
	listOrder: number;
}

type EntryFields = Omit<Entry, 'answer' | 'listOrder' | 'sectorBits' | 'mentionedAt'> & {
	listOrder?: number;
	mentionedAt?: string | null;
};

/** Sectors as bits: one per sector, in the schema's order. */
export function sectorMask(sectors: readonly Sector[]): number {
	let mask = 0;
	for (const sector of sectors) mask |= 1 << Sector.options.indexOf(sector);
	return mask;
}

/** An entry whose answer is built once, when first asked for. */
class LazyEntry implements Entry {
	readonly id: string;
	readonly kind: AnswerKind;
	readonly label: string;
	readonly title: string;
	readonly names: string;
	readonly text: string;
	readonly year: number | null;
	readonly date: string | null;
	readonly countries: readonly Country[];
	readonly visit: string | null;
	readonly mentionedAt: string | null;
	readonly sectors: readonly Sector[];
	readonly sectorBits: number;
	readonly listOrder: number;
	private built: Answer | undefined;
	private readonly build: () => Answer;

	constructor(fields: EntryFields, build: () => Answer) {
		this.id = fields.id;
		this.kind = fields.kind;
		this.label = fields.label;
		this.title = fields.title;
		this.names = fields.names;
		this.text = fields.text;
		this.year = fields.year;
		this.date = fields.date;
		this.countries = fields.countries;
		this.visit = fields.visit;
		this.mentionedAt = fields.mentionedAt ?? null;
		this.sectors = fields.sectors;
		this.sectorBits = sectorMask(fields.sectors);
		this.listOrder = fields.listOrder ?? UNLISTED;
		this.build = build;
	}

	get answer(): Answer {
		this.built ??= this.build();
		return this.built;
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
	const visits = new Map(dataset.visits.map((visit) => [visit.id, visit]));
	// One facets object per visit, shared by its records: at 100k records, building one per record added up.
	const facetsByVisit = new Map<string | null, Pick<Entry, 'year' | 'date' | 'countries' | 'visit' | 'sectors'>>();
	const visitFacets = (visitId: string | null): Pick<Entry, 'year' | 'date' | 'countries' | 'visit' | 'sectors'> => {
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
	const entries: Entry[] = [];
	const add = (fields: EntryFields, build: () => Answer): void => {
		entries.push(new LazyEntry(fields, build));
	};

	for (const visit of dataset.visits) {
		add(
			{
				...visitFacets(visit.id),
				id: visit.id,
				label: visit.title,
				kind: 'visit',
				title: [visit.title, ...visit.aliases].join(' '),
				names: [visit.host.name, visit.guest.name, visit.city, visit.venue ?? '', visit.country].join(' '),
				text: [visit.summary, ...visit.topics].join(' '),
			},
			() => builder.visit(visit),
		);
	}
	for (const document of dataset.documents) {
		const countries = [...new Set(document.parties.flatMap((party) => (party.country ? [party.country] : [])))];
		add(
			{
				id: document.id,
				label: document.title,
				kind: 'document',
				title: [document.title, ...document.aliases].join(' '),
				names: document.parties.map((party) => party.body).join(' '),
				text: [document.kind, ...document.sectors, document.signedPlace ?? '', document.note ?? ''].join(' '),
				year: yearOf(document.signedDate),
				date: document.signedDate?.iso ?? null,
				countries: countries.length > 0 ? countries : visitFacets(document.visit ?? document.mentionedAt).countries,
				visit: document.visit,
				mentionedAt: document.mentionedAt,
				sectors: document.sectors,
				listOrder: listOrder(document.list),
			},
			() => builder.document(document),
		);
	}
	for (const figure of dataset.figures) {
		add(
			{
				...visitFacets(figure.visit),
				id: figure.id,
				label: figureTitle(figure),
				kind: 'figure',
				title: figure.label,
				names: [figure.metric, figure.statedBy ?? '', figure.valueText].join(' '),
				text: [figure.text, figure.period ?? '', ...figure.evidence.map((evidence) => evidence.quote)].join(' '),
				countries: figure.countries,
			},
			() => builder.figure(figure),
		);
	}
	for (const award of dataset.awards) {
		add(
			{
				...visitFacets(award.visit),
				id: award.id,
				label: award.names[0] ?? 'award',
				kind: 'award',
				title: award.names.join(' '),
				names: [award.giver.person ?? '', award.giver.country, award.recipient.person, award.recipient.country].join(
					' ',
				),
				text: `award order honour ${award.description} ${award.reason ?? ''}`,
			},
			() => builder.award(award),
		);
	}
	for (const event of dataset.events) {
		add(
			{
				...visitFacets(event.visit),
				id: event.id,
				label: event.title,
				kind: 'event',
				title: event.title,
				names: [...event.participants, event.place ?? ''].join(' '),
				text: `${event.kind} ${event.description}`,
			},
			() => builder.event(event),
		);
	}
	for (const source of dataset.sources) {
		const covered = dataset.visits.filter((visit) => visit.sources.includes(source.id));
		add(
			{
				id: source.id,
				label: source.title,
				kind: 'source',
				title: source.title,
				names: [source.outlet ?? '', source.id].join(' '),
				text: source.covers,
				year: yearOf(source.published) ?? yearOf(covered[0]?.startDate),
				date: source.published?.iso ?? null,
				countries: [...new Set(covered.flatMap(visitCountries))],
				visit: covered.length === 1 ? (covered[0]?.id ?? null) : null,
				sectors: [],
			},
			() => builder.source(source),
		);
	}
	for (const discrepancy of dataset.discrepancies) {
		add(
			{
				...visitFacets(discrepancy.visit),
				id: discrepancy.id,
				label: `Discrepancy: ${discrepancy.summary}`,
				kind: 'discrepancy',
				title: discrepancy.summary,
				names: 'discrepancy disagreement',
				text: [discrepancy.note, ...discrepancy.statements.map((statement) => statement.says)].join(' '),
			},
			() => builder.discrepancy(discrepancy),
		);
	}
	for (const passage of splitPassages(dataset)) {
		add(
			{
				...visitFacets(passage.visit),
				id: passage.id,
				label: `From ${passage.source}`,
				kind: 'passage',
				title: '',
				names: '',
				text: passage.text,
			},
			() => builder.passage(passage),
		);
	}
	return entries;
}

function visitCountries(visit: VisitRecord): Country[] {
	return [...new Set([visit.host.country, visit.guest.country])];
}
