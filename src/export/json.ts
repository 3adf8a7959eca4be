/**
 * An export table as JSON: what was listed (the list, the filters or the question that chose it), how many rows,
 * the columns, and the rows with their values typed (numbers as numbers, lists as arrays) and their citations as
 * objects, `{ source, outlet, published, quote }`.
 */
import type { ExportList, ExportTable } from './rows.js';

/** What chose the rows: a list's query and filters, a visit, or a question. Only what was given is written. */
export type ExportQuery = Readonly<Record<string, string | number>>;

export interface ExportJson<C extends string> {
	list: ExportList;
	query: ExportQuery;
	total: number;
	columns: readonly C[];
	rows: ExportTable<C>['rows'];
}

/**
 * @param table - an export table
 * @param query - what chose its rows (`{ year: 2021, kind: 'memorandum' }`, `{ visit: 'visit-2021-ashgabat' }`)
 * @returns the JSON text, indented, ending with a line break
 * @example
 * JSON.parse(toJson(table, { year: 2021 })).total === table.rows.length; // true
 */
export function toJson<C extends string>(table: ExportTable<C>, query: ExportQuery): string {
	const json: ExportJson<C> = {
		list: table.list,
		query,
		total: table.rows.length,
		columns: table.columns,
		rows: table.rows,
	};
	return `${JSON.stringify(json, null, 2)}\n`;
}
