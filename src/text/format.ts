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
 * A visit named for a reader: its title, when and where. A title that ends with its city in parentheses ("… Council
 * (Ankara)") gives that place to the label's parentheses, so the city is named once and no parentheses stand side by
 * side; an inferred part of the date is bracketed inside them.
 *
 * @example
 * visitLabel(ashgabat2021); // 'State visit of … (25 October 2021, Ashgabat)'
 * visitLabel(ankara2025); // 'Fifth meeting of the … Council (29 July 2025 [year inferred], Ankara)'
 */
export function visitLabel(visit: Pick<VisitRecord, 'title' | 'startDate' | 'endDate' | 'city'>): string {
	const cityClose = ` (${visit.city})`;
	const title = visit.title.endsWith(cityClose) ? visit.title.slice(0, -cityClose.length) : visit.title;
	return `${title} ${parenthetical(`${formatDateRange(visit.startDate, visit.endDate)}, ${visit.city}`)}`;
}

/**
 * Text in parentheses, with the parentheses it holds turned to brackets, as nested parentheses are written.
 *
 * @example
 * parenthetical('29 July 2025 (year inferred), Ankara'); // '(29 July 2025 [year inferred], Ankara)'
 */
export function parenthetical(text: string): string {
	return `(${text.replace(/\(/gu, '[').replace(/\)/gu, ']')})`;
}

/** How a sentence may end: a full stop, a question or exclamation mark or an ellipsis, then closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** Punctuation that cannot close a sentence and gives way to its full stop. */
const OPEN_END = /[\s,;:–—-]+$/u;

/**
 * A part as a sentence: ending in exactly one full stop (or its own ! ? …), whatever the part ended with.
 *
 * @example
 * asSentence('Agreed'); // 'Agreed.'
 * asSentence('in Ashgabat.'); // 'in Ashgabat.'
 * asSentence('said “yes”'); // 'said “yes”.'
 */
export function asSentence(part: string): string {
	const text = part.trim().replace(OPEN_END, '');
	if (text === '') return '';
	return SENTENCE_END.test(text) ? text : `${text}.`;
}

/**
 * Joins parts into sentences, each ending in one full stop, skipping empty parts: the one way answers join sentences,
 * so a part that already ends in a full stop is never given a second.
 *
 * @example
 * joinSentences(['Agreed', '', 'Signed in Ashgabat.', 'Done']); // 'Agreed. Signed in Ashgabat. Done.'
 */
export function joinSentences(parts: readonly string[]): string {
	return parts
		.map(asSentence)
		.filter((part) => part !== '')
		.join(' ');
}

/**
 * "A", "A and B", "A, B and C".
 *
 * @example
 * listOf(['Tokayev', 'Berdimuhamedov'], 'and'); // 'Tokayev and Berdimuhamedov'
 */
export function listOf(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

/**
 * The text with its first letter in upper case, as a label or a row opens.
 *
 * @example
 * capitalise('memorandum of understanding'); // 'Memorandum of understanding'
 */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
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
