/**
 * How many documents were signed at a visit: the count of the titled lists in
 * the dataset, beside any count the source states, with the difference shown.
 */
import type { DiscrepancyRecord, DocumentRecord, FigureRecord, VisitRecord } from '../../data/schema.js';
import type { Dataset } from '../../data/validateDataset.js';
import type { Citation, CountAnswer } from '../answer.js';

/** How documents signed at a visit came about; `earlier` and `proposed` ones were not signed there. */
export const SIGNED_AT_VISIT: ReadonlySet<DocumentRecord['signing']> = new Set([
	'heads-of-state',
	'exchanged-in-presence',
	'sidelines',
	'signed-at-talks',
]);

/** Citations a count answer shows: enough to check, not every list item. */
const MAX_COUNT_CITATIONS = 4;

/** The records attached to one visit. */
export interface VisitRecords {
	documents: DocumentRecord[];
	figures: FigureRecord[];
	discrepancies: DiscrepancyRecord[];
}

/**
 * Groups documents, figures and discrepancies by visit in one pass, so counting
 * stays linear however many visits there are.
 *
 * @example
 * groupByVisit(dataset).get('visit-2021-ashgabat')?.documents.length; // 20
 */
export function groupByVisit(dataset: Dataset): Map<string, VisitRecords> {
	const groups = new Map<string, VisitRecords>(
		dataset.visits.map((visit) => [visit.id, { documents: [], figures: [], discrepancies: [] }]),
	);
	for (const document of dataset.documents) if (document.visit) groups.get(document.visit)?.documents.push(document);
	for (const figure of dataset.figures) if (figure.visit) groups.get(figure.visit)?.figures.push(figure);
	for (const discrepancy of dataset.discrepancies) {
		if (discrepancy.visit) groups.get(discrepancy.visit)?.discrepancies.push(discrepancy);
	}
	return groups;
}

/**
 * @param visit - the visit to count for
 * @param records - the records attached to it (see `groupByVisit`)
 * @returns a `count` answer with the listed documents, the figures stating a count and any discrepancy about them
 * @example
 * documentCountAnswer(ashgabat2021, groups.get(ashgabat2021.id)).value.listed.length; // 20
 */
export function documentCountAnswer(visit: VisitRecord, records: VisitRecords): CountAnswer {
	const listed = records.documents.filter((document) => SIGNED_AT_VISIT.has(document.signing));
	const stated = records.figures.filter((figure) => figure.metric === 'documents-signed');
	const discrepancies = records.discrepancies.filter((discrepancy) =>
		stated.some((figure) => discrepancy.about.includes(figure.id)),
	);
	const citations: Citation[] = [
		...stated.flatMap((figure) => figure.evidence.slice(0, 1)),
		...listed.flatMap((document) => document.evidence.slice(0, 1)),
	];
	return {
		kind: 'count',
		id: `count-${visit.id}`,
		value: { of: 'visit', visit, listed, stated, discrepancies },
		citations: dedupeCitations(citations.length > 0 ? citations : visit.evidence).slice(0, MAX_COUNT_CITATIONS),
	};
}

export function dedupeCitations(citations: readonly Citation[]): Citation[] {
	const seen = new Set<string>();
	return citations.filter((citation) => {
		const key = `${citation.source}\u0000${citation.quote}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * The document count of each visit, grouped on the first count asked for (start-up groups nothing).
 *
 * @example
 * new VisitCounts(dataset).answer('visit-2021-ashgabat')?.value.listed.length; // 20
 */
export class VisitCounts {
	private readonly dataset: Dataset;
	private groups: ReadonlyMap<string, VisitRecords> | undefined;
	private visits: ReadonlyMap<string, VisitRecord> | undefined;

	constructor(dataset: Dataset) {
		this.dataset = dataset;
	}

	answer(visitId: string): CountAnswer | undefined {
		this.groups ??= groupByVisit(this.dataset);
		this.visits ??= new Map(this.dataset.visits.map((visit) => [visit.id, visit]));
		const visit = this.visits.get(visitId);
		const records = this.groups.get(visitId);
		return visit && records ? documentCountAnswer(visit, records) : undefined;
	}
}
