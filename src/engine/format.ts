/** Plain-text formatting of dates and values, shared by every answer builder. */
import type { FigureRecord, PartialDate } from '../data/schema.js';

const MONTHS = [
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
];

/**
 * A date as precise as it is known, flagged when part of it is inferred.
 *
 * @example
 * formatDate({ iso: '2021-10-25', precision: 'day' }); // '25 October 2021'
 * formatDate({ iso: '2022', precision: 'year', inferred: { part: 'year', … } }); // '2022 (year inferred)'
 */
export function formatDate(date: PartialDate | null | undefined): string {
	if (!date) return 'date not stated';
	const [year, month, day] = date.iso.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	const text = day ? `${Number(day)} ${monthName} ${year}` : monthName ? `${monthName} ${year}` : `${year}`;
	return date.inferred ? `${text} (${date.inferred.part} inferred)` : text;
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

/** The year of a partial date, as a number. */
export function yearOf(date: PartialDate | null | undefined): number | null {
	return date ? Number(date.iso.slice(0, 4)) : null;
}

/**
 * A figure's value as the source states it, with its qualifier ("more than fourfold").
 *
 * @example
 * formatFigureValue(figure); // 'steadily exceeds US $ 500 million'
 */
export function formatFigureValue(figure: FigureRecord): string {
	const qualifier = figure.qualifier ?? '';
	const alreadyQualified = qualifier !== '' && figure.valueText.toLowerCase().startsWith(qualifier.toLowerCase());
	return alreadyQualified || qualifier === '' ? figure.valueText : `${qualifier} ${figure.valueText}`;
}

/** Human words for enum-like slugs: `memorandum-of-understanding` → `memorandum of understanding`. */
export function humanise(slug: string): string {
	return slug.replace(/-/g, ' ');
}
