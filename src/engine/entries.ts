/**
 * One searchable entry per record and per source sentence: the answer it
 * yields, the text MiniSearch indexes, and the facets filters use.
 */
import type { Country, Sector, VisitRecord } from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import type { Answer, AnswerKind } from './answer.js';
import { yearOf } from './format.js';
import { splitPassages } from './passages.js';
import { AnswerBuilder } from './recordAnswers.js';

export interface Entry {
	id: string;
	kind: AnswerKind;
	answer: Answer;
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
	/** A document's sectors; empty for other kinds. */
	sectors: readonly Sector[];
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
	const visitFacets = (visitId: string | null): Pick<Entry, 'year' | 'date' | 'countries' | 'visit' | 'sectors'> => {
		const visit = visitId === null ? undefined : visits.get(visitId);
		return {
			year: yearOf(visit?.startDate),
			date: visit?.startDate.iso ?? null,
			countries: visit ? visitCountries(visit) : [],
			visit: visitId,
			sectors: [],
		};
	};
	const entries: Entry[] = [];

	for (const visit of dataset.visits) {
		entries.push({
			...visitFacets(visit.id),
			id: visit.id,
			kind: 'visit',
			answer: builder.visit(visit),
			title: [visit.title, ...visit.aliases].join(' '),
			names: [visit.host.name, visit.guest.name, visit.city, visit.venue ?? '', visit.country].join(' '),
			text: [visit.summary, ...visit.topics].join(' '),
		});
	}
	for (const document of dataset.documents) {
		const countries = [...new Set(document.parties.flatMap((party) => (party.country ? [party.country] : [])))];
		entries.push({
			id: document.id,
			kind: 'document',
			answer: builder.document(document),
			title: [document.title, ...document.aliases].join(' '),
			names: document.parties.map((party) => party.body).join(' '),
			text: [document.kind, ...document.sectors, document.signedPlace ?? '', document.note ?? ''].join(' '),
			year: yearOf(document.signedDate),
			date: document.signedDate?.iso ?? null,
			countries: countries.length > 0 ? countries : visitFacets(document.visit ?? document.mentionedAt).countries,
			visit: document.visit,
			sectors: document.sectors,
		});
	}
	for (const figure of dataset.figures) {
		entries.push({
			...visitFacets(figure.visit),
			id: figure.id,
			kind: 'figure',
			answer: builder.figure(figure),
			title: figure.label,
			names: [figure.metric, figure.statedBy ?? '', figure.valueText].join(' '),
			text: [figure.text, figure.period ?? '', ...figure.evidence.map((evidence) => evidence.quote)].join(' '),
			countries: figure.countries,
		});
	}
	for (const award of dataset.awards) {
		entries.push({
			...visitFacets(award.visit),
			id: award.id,
			kind: 'award',
			answer: builder.award(award),
			title: award.names.join(' '),
			names: [award.giver.person ?? '', award.giver.country, award.recipient.person, award.recipient.country].join(' '),
			text: `award order honour ${award.description} ${award.reason ?? ''}`,
		});
	}
	for (const event of dataset.events) {
		entries.push({
			...visitFacets(event.visit),
			id: event.id,
			kind: 'event',
			answer: builder.event(event),
			title: event.title,
			names: [...event.participants, event.place ?? ''].join(' '),
			text: `${event.kind} ${event.description}`,
		});
	}
	for (const source of dataset.sources) {
		const covered = dataset.visits.filter((visit) => visit.sources.includes(source.id));
		entries.push({
			id: source.id,
			kind: 'source',
			answer: builder.source(source),
			title: source.title,
			names: [source.outlet ?? '', source.id].join(' '),
			text: source.covers,
			year: yearOf(source.published) ?? yearOf(covered[0]?.startDate),
			date: source.published?.iso ?? null,
			countries: [...new Set(covered.flatMap(visitCountries))],
			visit: covered.length === 1 ? (covered[0]?.id ?? null) : null,
			sectors: [],
		});
	}
	for (const discrepancy of dataset.discrepancies) {
		entries.push({
			...visitFacets(discrepancy.visit),
			id: discrepancy.id,
			kind: 'discrepancy',
			answer: builder.discrepancy(discrepancy),
			title: discrepancy.summary,
			names: 'discrepancy disagreement',
			text: [discrepancy.note, ...discrepancy.statements.map((statement) => statement.says)].join(' '),
		});
	}
	for (const passage of splitPassages(dataset)) {
		entries.push({
			...visitFacets(passage.visit),
			id: passage.id,
			kind: 'passage',
			answer: builder.passage(passage),
			title: '',
			names: '',
			text: passage.text,
		});
	}
	return entries;
}

function visitCountries(visit: VisitRecord): Country[] {
	return [...new Set([visit.host.country, visit.guest.country])];
}
