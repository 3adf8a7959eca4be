/**
 * An export table as CSV that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the
 * accents of Türkiye and the dashes of titles as UTF-8), RFC 4180 quoting and CRLF line ends. The quoting is
 * csv-stringify's, not ours: a field holding a comma, a quote or a line break is quoted, quotes are doubled.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell, ExportCitation, ExportTable } from './rows.js';

/**
 * The citation columns after every table's own: how many quotes are cited; the outlet, publication date and file of
 * each source article cited, one line per article; and the quotes, one line each, verbatim. When a row cites several
 * articles, each quote starts with the line of its article: "(2) …" is from the second.
 */
export const CITATION_COLUMNS = ['citations', 'outlet', 'published', 'source', 'quote'] as const;

/** Several values in one cell (parties, sectors, countries). */
const LIST_SEPARATOR = '; ';
/** Several citations in one cell: a line each, so the four citation cells of a row line up. */
const CITATION_SEPARATOR = '\n';

/**
 * @param records - the header and the rows, as text
 * @returns the CSV: BOM, RFC 4180 quoting, CRLF after every record
 * @example
 * csvText([['title'], ['Agreement, "border"']]); // '\uFEFFtitle\r\n"Agreement, ""border"""\r\n'
 */
export function csvText(records: readonly (readonly string[])[]): string {
	// With a record delimiter of its own, csv-stringify quotes a lone \n or \r only when asked to: RFC 4180 wants both.
	return stringify(
		records.map((record) => [...record]),
		{ bom: true, record_delimiter: 'windows', quote_record_delimiter: true },
	);
}

/**
 * @param table - an export table
 * @returns its header and rows as text, citations flattened into `CITATION_COLUMNS`
 */
export function csvRecords<C extends string>(table: ExportTable<C>): string[][] {
	const header = [...table.columns, ...CITATION_COLUMNS];
	const rows = table.rows.map((row) => [
		...table.columns.map((column) => cellText(row[column])),
		...citationCells(row.citations),
	]);
	return [header, ...rows];
}

/**
 * @param table - an export table
 * @returns the whole table as CSV
 * @example
 * toCsv(documentTable(answers, lookup)).startsWith('\uFEFFid,title,kind,'); // true
 */
export function toCsv<C extends string>(table: ExportTable<C>): string {
	return csvText(csvRecords(table));
}

/** A cell as text: nothing for null, numbers as JavaScript writes them (no thousands separators), lists joined. */
export function cellText(value: Cell): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return value;
	return value.join(LIST_SEPARATOR);
}

function citationCells(citations: readonly ExportCitation[]): string[] {
	// Outlet, date and file are the article's: one line per article cited. The quotes are one line each (a quote is
	// one whitespace-normalised sentence), marked with their article's line when there are several articles.
	const sources = [...new Map(citations.map((citation) => [citation.source, citation])).values()];
	const oneLine = (text: string | null): string => (text ?? '').replace(/\s+/gu, ' ');
	const lines = (pick: (citation: ExportCitation) => string | null): string =>
		sources.map((source) => oneLine(pick(source))).join(CITATION_SEPARATOR);
	const quotes = citations.map((citation) => {
		const quote = oneLine(citation.quote);
		return sources.length > 1
			? `(${sources.findIndex((source) => source.source === citation.source) + 1}) ${quote}`
			: quote;
	});
	return [
		String(citations.length),
		lines((citation) => citation.outlet),
		lines((citation) => citation.published),
		lines((citation) => citation.source),
		quotes.join(CITATION_SEPARATOR),
	];
}
