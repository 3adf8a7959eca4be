/**
 * Filters shared by the list functions and the commands: country, year,
 * document kind, sector, visit, metric. Raw user values are resolved here
 * into dataset values, or a reason the command layer turns into a message.
 */
import { Country, DocumentKind, FigureMetric, Sector } from '../data/schema.js';
import { foldText, normaliseTerms, processTerm, tokenize } from './normalise.js';

export interface Filters {
	country?: Country;
	year?: number;
	kind?: DocumentKind | 'memorandum';
	sector?: Sector;
	visit?: string;
	metric?: FigureMetric;
}

export interface RawFilters {
	country?: string | null;
	year?: number | string | null;
	kind?: string | null;
	sector?: string | null;
	visit?: string | null;
	metric?: string | null;
}

export type FilterProblem =
	| { reason: 'unknownCountry'; value: string }
	| { reason: 'badYear'; value: string }
	| { reason: 'unknownKind'; value: string }
	| { reason: 'unknownSector'; value: string }
	| { reason: 'unknownVisit'; value: string }
	| { reason: 'unknownMetric'; value: string };

export type FilterResult = { ok: true; filters: Filters } | { ok: false; problem: FilterProblem };

/** The years any record can carry; a filter outside them is a mistake, not an empty result. */
export const YEAR_RANGE = { min: 1991, max: 2100 } as const;

const COUNTRY_NAMES: ReadonlyMap<string, Country> = new Map(
	Country.options.flatMap((country) => {
		const folded = foldText(country);
		return [
			[folded, country],
			[normaliseTerms(country).join(' '), country],
		];
	}),
);
/**
 * "Türkiye" → Türkiye; and, once the dataset's names are installed (`useNameAliases`), its aliases too: "turkey",
 * "turkish", "TR".
 */
export function resolveCountry(value: string): Country | undefined {
	const folded = foldText(value);
	return COUNTRY_NAMES.get(folded) ?? COUNTRY_NAMES.get(normaliseTerms(value).join(' '));
}

/** An option or a value as its words' index forms: "Treaties" and "treaty" meet. */
function slugForms(value: string): string {
	return tokenize(value.replace(/-/g, ' '))
		.flatMap((token) => processTerm(token) ?? token)
		.join('-');
}

function resolveSlug<T extends string>(options: readonly T[], value: string): T | undefined {
	const slug = normaliseTerms(value, { keepStopWords: true }).join('-');
	const plain = foldText(value).replace(/ /g, '-');
	const forms = slugForms(value);
	return (
		options.find((option) => option === slug || option === plain) ??
		options.find((option) => slugForms(option) === forms)
	);
}

/**
 * Resolves raw filter values (from a slash command, the CLI or a question).
 *
 * @param raw - values as typed; empty ones are ignored
 * @param visitIds - the dataset's visit ids, for the visit filter
 * @returns the filters, or the first value that makes no sense
 * @example
 * resolveFilters({ country: 'turkey', year: '2025' }, []); // { ok: true, filters: { country: 'Türkiye', year: 2025 } }
 */
export function resolveFilters(raw: RawFilters, visitIds: readonly string[]): FilterResult {
	const filters: Filters = {};
	const present = (value: string | number | null | undefined): value is string | number =>
		value !== undefined && value !== null && String(value).trim() !== '';
	if (present(raw.country)) {
		const country = resolveCountry(String(raw.country));
		if (!country) return { ok: false, problem: { reason: 'unknownCountry', value: String(raw.country) } };
		filters.country = country;
	}
	if (present(raw.year)) {
		const year = Number(String(raw.year).trim());
		if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
			return { ok: false, problem: { reason: 'badYear', value: String(raw.year) } };
		}
		filters.year = year;
	}
	if (present(raw.kind)) {
		const kind = resolveSlug([...DocumentKind.options, 'memorandum' as const], String(raw.kind));
		if (!kind) return { ok: false, problem: { reason: 'unknownKind', value: String(raw.kind) } };
		filters.kind = kind;
	}
	if (present(raw.sector)) {
		const sector = resolveSlug(Sector.options, String(raw.sector));
		if (!sector) return { ok: false, problem: { reason: 'unknownSector', value: String(raw.sector) } };
		filters.sector = sector;
	}
	if (present(raw.visit)) {
		const visit = String(raw.visit).trim();
		if (!visitIds.includes(visit)) return { ok: false, problem: { reason: 'unknownVisit', value: visit } };
		filters.visit = visit;
	}
	if (present(raw.metric)) {
		const metric = resolveSlug(FigureMetric.options, String(raw.metric));
		if (!metric) return { ok: false, problem: { reason: 'unknownMetric', value: String(raw.metric) } };
		filters.metric = metric;
	}
	return { ok: true, filters };
}

/** Whether a document kind matches a kind filter; "memorandum" covers every kind of memorandum. */
export function kindMatches(kind: DocumentKind, filter: Filters['kind']): boolean {
	return filter === undefined || kind === filter || (filter === 'memorandum' && kind.startsWith('memorandum'));
}

/** A user-facing sentence for a filter problem. */
export function describeFilterProblem(problem: FilterProblem): string {
	switch (problem.reason) {
		case 'unknownCountry':
			return `There is no country called that in the dataset. Try ${Country.options.slice(0, 3).join(', ')}.`;
		case 'badYear':
			return `That year is outside what the dataset can hold (${YEAR_RANGE.min}–${YEAR_RANGE.max}).`;
		case 'unknownKind':
			return `That is not a document kind. Try one of: ${DocumentKind.options.slice(0, 8).join(', ')}, …`;
		case 'unknownSector':
			return `That is not a sector. Try one of: ${Sector.options.slice(0, 10).join(', ')}, …`;
		case 'unknownVisit':
			return 'There is no such visit. Pick one from the list.';
		case 'unknownMetric':
			return `That is not a figure metric. Try one of: ${FigureMetric.options.slice(0, 8).join(', ')}, …`;
	}
}
