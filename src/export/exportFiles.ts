/**
 * A whole list as export files: asks the engine for every result of a list (not one page), a visit's documents or a
 * question's answers, builds the rows and writes them as CSV and JSON. The bot's Export button and the CLI's `--csv`
 * both come here, so they export the same rows.
 */
import type { Answer } from '../engine/answer.js';
import type { Engine, ListOutcome } from '../engine/engine.js';
import type { FilterProblem } from '../engine/filters.js';
import { toCsv } from './csv.js';
import { type ExportQuery, toJson } from './json.js';
import { type ExportTable, answerTable, documentTable, figureTable, rowLookup, timelineTable } from './rows.js';

/** A list's query and filters, as the commands and the CLI take them. */
export interface ListFilters {
	query?: string;
	country?: string;
	year?: number | string;
	kind?: string;
	sector?: string;
	visit?: string;
	metric?: string;
}

/** What to export: a list by its filters, the documents of one visit, or the answers to a question. */
export type ExportTarget =
	| { of: 'agreement' | 'figure' | 'timeline'; filters: ListFilters }
	| { of: 'visit'; visit: string }
	| { of: 'ask'; question: string };

/** The files of one export. */
export interface ExportFiles {
	/** The file name without its extension (`documents`, `visit-2021-ashgabat-documents`). */
	stem: string;
	/** How many rows: every result of the list. */
	rows: number;
	csv: string;
	json: string;
}

export type ExportOutcome =
	| { ok: true; files: ExportFiles }
	| { ok: false; problem: FilterProblem }
	| { ok: false; problem?: undefined; missing: string };

/**
 * @param engine - the engine
 * @param target - what to export
 * @returns the CSV and JSON of every row, a filter that makes no sense, or the visit that is not in the dataset
 * @example
 * exportFiles(engine, { of: 'agreement', filters: { year: 2021, sector: 'transport' } }); // { ok: true, files: { stem: 'documents', rows: 5, … } }
 */
export function exportFiles(engine: Engine, target: ExportTarget): ExportOutcome {
	const lookup = rowLookup(engine.dataset);
	switch (target.of) {
		case 'agreement': {
			const { query, country, year, kind, sector, visit } = target.filters;
			const outcome = engine.agreements(query, { country, year, kind, sector, visit });
			return fromList(outcome, 'documents', queryOf(target.filters), (results) => documentTable(results, lookup));
		}
		case 'figure': {
			const { query, country, year, visit, metric } = target.filters;
			const outcome = engine.figures(query, { country, year, visit, metric });
			return fromList(outcome, 'figures', queryOf(target.filters), (results) => figureTable(results, lookup));
		}
		case 'timeline': {
			const { country, year } = target.filters;
			const outcome = engine.timeline({ country, year });
			return fromList(outcome, 'timeline', queryOf(target.filters), (results) => timelineTable(results, lookup));
		}
		case 'visit': {
			if (engine.get(target.visit)?.kind !== 'visit') return { ok: false, missing: target.visit };
			const table = documentTable(engine.visitDocuments(target.visit), lookup);
			return done(`${target.visit}-documents`, table.rows.length, toCsv(table), toJson(table, { visit: target.visit }));
		}
		case 'ask': {
			const table = answerTable(engine.ask(target.question).answers, lookup);
			return done('answers', table.rows.length, toCsv(table), toJson(table, { question: target.question }));
		}
	}
}

function fromList<C extends string>(
	outcome: ListOutcome,
	stem: string,
	query: ExportQuery,
	build: (results: readonly Answer[]) => ExportTable<C>,
): ExportOutcome {
	if (!outcome.ok) return outcome;
	const table = build(outcome.results);
	return done(stem, table.rows.length, toCsv(table), toJson(table, query));
}

function done(stem: string, rows: number, csv: string, json: string): ExportOutcome {
	return { ok: true, files: { stem, rows, csv, json } };
}

/** The filters that were given, for the JSON's `query`. */
function queryOf(filters: ListFilters): ExportQuery {
	return Object.fromEntries(
		Object.entries(filters).filter(
			(entry): entry is [string, string | number] => entry[1] !== undefined && String(entry[1]).trim() !== '',
		),
	);
}
