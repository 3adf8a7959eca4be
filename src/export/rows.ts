/**
 * The rows of an export: one typed row per answer of a list, with its citations resolved to the source's outlet and
 * publication date (from `data/sources.json`) beside the verbatim quote. Knows no Discord and no file format:
 * `csv.ts` and `json.ts` write these tables, the bot attaches them and the CLI prints them.
 */
import type { SourceRecord, VisitRecord } from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import type { Answer, Citation, DocumentAnswer, FigureAnswer, VisitAnswer } from '../engine/answer.js';
import { renderAnswer } from '../render/answerProse.js';
import { formatDate, formatDateRange, formatFigureValue, visitLabel } from '../text/format.js';

/** One value of a row: text, a number, several texts (parties, sectors), or nothing known. */
export type Cell = string | number | null | readonly string[];

/** A citation as an export shows it: where the quote is from, who published it and when, and the quote itself. */
export interface ExportCitation {
	/** The source file in `data/sources/`. */
	source: string;
	/** The outlet the article names; null when it names none. */
	outlet: string | null;
	/** The publication date, ISO, as precise as the source states it; null when it states none. */
	published: string | null;
	/** Copied verbatim from the source. */
	quote: string;
}

/** A row: a cell for each of the table's columns, and the citations it rests on. */
export type ExportRow<C extends string> = { readonly [K in C]: Cell } & {
	readonly citations: readonly ExportCitation[];
};

/** What a table lists; also the stem of its file names. */
export type ExportList = 'documents' | 'figures' | 'timeline' | 'answers';

export interface ExportTable<C extends string> {
	list: ExportList;
	/** The columns before the citations, in order. */
	columns: readonly C[];
	rows: readonly ExportRow<C>[];
}

export const DOCUMENT_COLUMNS = [
	'id',
	'title',
	'kind',
	'date',
	'date_text',
	'place',
	'signing',
	'visit',
	'visit_id',
	'parties',
	'countries',
	'sectors',
	'list_position',
] as const;
export type DocumentColumn = (typeof DOCUMENT_COLUMNS)[number];

export const FIGURE_COLUMNS = [
	'id',
	'label',
	'metric',
	'value',
	'unit',
	'qualifier',
	'value_text',
	'as_stated',
	'period',
	'countries',
	'stated_by',
	'visit',
	'visit_id',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

export const TIMELINE_COLUMNS = [
	'id',
	'kind',
	'date',
	'end_date',
	'date_text',
	'title',
	'place',
	'countries',
	'documents_listed',
] as const;
export type TimelineColumn = (typeof TIMELINE_COLUMNS)[number];

export const ANSWER_COLUMNS = ['rank', 'kind', 'id', 'title', 'text'] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];

/** The records rows refer to by id: sources for citations, visits for their titles. */
export interface RowLookup {
	sources: ReadonlyMap<string, SourceRecord>;
	visits: ReadonlyMap<string, VisitRecord>;
}

/** @returns the lookup tables of a dataset, built once per export */
export function rowLookup(dataset: Pick<Dataset, 'sources' | 'visits'>): RowLookup {
	return {
		sources: new Map(dataset.sources.map((source) => [source.id, source])),
		visits: new Map(dataset.visits.map((visit) => [visit.id, visit])),
	};
}

/**
 * @param citations - an answer's citations
 * @param lookup - the dataset's sources
 * @returns each with the outlet and publication date of its source
 * @example
 * exportCitations([{ source: '002_bb1a33c2bc12b1c8.txt', quote: '…' }], lookup)[0]?.outlet; // 'nCa'
 */
export function exportCitations(citations: readonly Citation[], lookup: RowLookup): ExportCitation[] {
	return citations.map(({ source, quote }) => {
		const record = lookup.sources.get(source);
		return { source, outlet: record?.outlet ?? null, published: record?.published?.iso ?? null, quote };
	});
}

/**
 * @param answers - documents, in the list's order (answers of other kinds are left out)
 * @returns one row per document
 * @example
 * documentTable(engine.agreements(undefined, { year: 2021 }).results, rowLookup(engine.dataset)).rows[0]?.title;
 */
export function documentTable(answers: readonly Answer[], lookup: RowLookup): ExportTable<DocumentColumn> {
	const rows = answers
		.filter((answer): answer is DocumentAnswer => answer.kind === 'document')
		.map((answer) => documentRow(answer, lookup));
	return { list: 'documents', columns: DOCUMENT_COLUMNS, rows };
}

function documentRow(answer: DocumentAnswer, lookup: RowLookup): ExportRow<DocumentColumn> {
	const { record: document, visit } = answer;
	return {
		id: document.id,
		title: document.title,
		kind: document.kind,
		date: document.signedDate?.iso ?? null,
		date_text: document.signedDate ? formatDate(document.signedDate) : null,
		place: document.signedPlace,
		signing: document.signing,
		visit: visit ? visitLabel(visit) : null,
		visit_id: visit?.id ?? null,
		parties: document.parties.map((party) => party.body),
		countries: unique(document.parties.flatMap((party) => (party.country ? [party.country] : []))),
		sectors: document.sectors,
		list_position: document.list ? `${document.list.name} #${document.list.position}` : null,
		citations: exportCitations(answer.citations, lookup),
	};
}

/**
 * @param answers - figures, in the list's order (answers of other kinds are left out)
 * @returns one row per figure: the value as a number with its unit, and as the source states it
 */
export function figureTable(answers: readonly Answer[], lookup: RowLookup): ExportTable<FigureColumn> {
	const rows = answers
		.filter((answer): answer is FigureAnswer => answer.kind === 'figure')
		.map((answer) => figureRow(answer, lookup));
	return { list: 'figures', columns: FIGURE_COLUMNS, rows };
}

function figureRow(answer: FigureAnswer, lookup: RowLookup): ExportRow<FigureColumn> {
	const { record: figure } = answer;
	const visit = figure.visit ? lookup.visits.get(figure.visit) : undefined;
	return {
		id: figure.id,
		label: figure.label,
		metric: figure.metric,
		value: figure.value,
		unit: figure.unit,
		qualifier: figure.qualifier,
		value_text: figure.valueText,
		as_stated: formatFigureValue(figure),
		period: figure.period,
		countries: figure.countries,
		stated_by: answer.statedBy,
		visit: visit ? visitLabel(visit) : null,
		visit_id: figure.visit,
		citations: exportCitations(answer.citations, lookup),
	};
}

/**
 * @param answers - the timeline: visits and documents signed outside them, in date order
 * @returns one row per entry, a visit with the number of documents its lists name
 */
export function timelineTable(answers: readonly Answer[], lookup: RowLookup): ExportTable<TimelineColumn> {
	const rows = answers.flatMap((answer): ExportRow<TimelineColumn>[] => {
		if (answer.kind === 'visit') return [timelineVisitRow(answer, lookup)];
		if (answer.kind !== 'document') return [];
		const { record: document } = answer;
		return [
			{
				id: document.id,
				kind: 'document',
				date: document.signedDate?.iso ?? null,
				end_date: null,
				date_text: document.signedDate ? formatDate(document.signedDate) : null,
				title: document.title,
				place: document.signedPlace,
				countries: unique(document.parties.flatMap((party) => (party.country ? [party.country] : []))),
				documents_listed: null,
				citations: exportCitations(answer.citations, lookup),
			},
		];
	});
	return { list: 'timeline', columns: TIMELINE_COLUMNS, rows };
}

function timelineVisitRow(answer: VisitAnswer, lookup: RowLookup): ExportRow<TimelineColumn> {
	const { record: visit } = answer;
	return {
		id: visit.id,
		kind: 'visit',
		date: visit.startDate.iso,
		end_date: visit.endDate?.iso ?? null,
		date_text: formatDateRange(visit.startDate, visit.endDate),
		title: visit.title,
		place: `${visit.city}, ${visit.country}`,
		countries: unique([visit.host.country, visit.guest.country]),
		documents_listed: answer.documentsListed ?? null,
		citations: exportCitations(answer.citations, lookup),
	};
}

/**
 * @param answers - the answers to a question, best first, of any kind
 * @returns one row per answer: its rank, kind, title and the text that answers
 */
export function answerTable(answers: readonly Answer[], lookup: RowLookup): ExportTable<AnswerColumn> {
	const rows = answers.map((answer, index): ExportRow<AnswerColumn> => {
		const { title, text } = renderAnswer(answer);
		return {
			rank: index + 1,
			kind: answer.kind,
			id: answer.id,
			title,
			text,
			citations: exportCitations(answer.citations, lookup),
		};
	});
	return { list: 'answers', columns: ANSWER_COLUMNS, rows };
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values)];
}
