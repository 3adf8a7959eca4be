/**
 * Dates and values as words: shared by `src/render/` (answer sentences) and the engine's display labels (autocomplete
 * names and "did you mean" titles, see `labels.ts`), so a date reads the same everywhere. The date phrases are here,
 * one table per concept; every other phrase table is in `src/render/phrases.ts`.
 */
import type { FigureRecord, PartialDate, VisitRecord } from '../data/schema.js';

/** Month names, January first. */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** The preposition a date takes by its precision: "on 25 October 2021", "in October 2021", "in 2021". */
export const DATE_PRECISION_PREPOSITIONS: Readonly<Record<PartialDate['precision'], string>> = {
	day: 'on',
	month: 'in',
	year: 'in',
};

/** What is said of a date that is missing or partly inferred. */
export const DATE_QUALIFIERS = {
	notStated: 'date not stated',
	inferred: (part: string): string => `(${part} inferred)`,
} as const;

/**
 * A date as precise as it is known, flagged when part of it is inferred.
 *
 * @example
 * formatDate({ iso: '2021-10-25', precision: 'day' }); // '25 October 2021'
 * formatDate({ iso: '2022', precision: 'year', inferred: { part: 'year', … } }); // '2022 (year inferred)'
 */
export function formatDate(date: PartialDate | null | undefined): string {
	if (!date) return DATE_QUALIFIERS.notStated;
	const [year, month, day] = date.iso.split('-');
	const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
	const text = day ? `${Number(day)} ${monthName} ${year}` : monthName ? `${monthName} ${year}` : `${year}`;
	return date.inferred ? `${text} ${DATE_QUALIFIERS.inferred(date.inferred.part)}` : text;
}

/**
 * A date with its preposition: "on 25 October 2021", "in 2021".
 *
 * @example
 * formatDateWithPreposition({ iso: '2021-10', precision: 'month' }); // 'in October 2021'
 */
export function formatDateWithPreposition(date: PartialDate): string {
	return `${DATE_PRECISION_PREPOSITIONS[date.precision]} ${formatDate(date)}`;
}

/**
 * A date range such as "24–25 November 2025".
 *
 * @example
 * formatDateRange({ iso: '2025-11-24', precision: 'day' }, { iso: '2025-11-25', precision: 'day' }); // '24–25 November 2025'
 */
export function formatDateRange(start: PartialDate, end: PartialDate | undefined): string {
	if (!end || end.iso === start.iso) return formatDate(start);
	if (start.precision === 'day' && end.precision === 'day' && start.iso.slice(0, 7) === end.iso.slice(0, 7)) {
		return `${Number(start.iso.slice(8))}–${formatDate(end)}`;
	}
	return `${formatDate(start)} – ${formatDate(end)}`;
}

/**
 * A visit named for a reader: its title, when and where.
 *
 * @example
 * visitLabel(ashgabat2021); // 'State visit of … (25 October 2021, Ashgabat)'
 */
export function visitLabel(visit: Pick<VisitRecord, 'title' | 'startDate' | 'endDate' | 'city'>): string {
	return `${visit.title} (${formatDateRange(visit.startDate, visit.endDate)}, ${visit.city})`;
}

/**
 * A figure's value as the source states it, with its qualifier ("more than fourfold").
 *
 * @example
 * formatFigureValue(figure); // 'steadily exceeds US $ 500 million'
 */
export function formatFigureValue(figure: Pick<FigureRecord, 'qualifier' | 'valueText'>): string {
	const qualifier = figure.qualifier ?? '';
	const alreadyQualified = qualifier !== '' && figure.valueText.toLowerCase().startsWith(qualifier.toLowerCase());
	return alreadyQualified || qualifier === '' ? figure.valueText : `${qualifier} ${figure.valueText}`;
}

/** Human words for enum-like slugs: `memorandum-of-understanding` → `memorandum of understanding`. */
export function humanise(slug: string): string {
	return slug.replace(/-/g, ' ');
}
