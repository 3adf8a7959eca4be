/**
 * The meeting a claim is about, from what its words name: a city, a year or month, a leader, a country that is not a
 * party to every meeting, or the meeting's own words. Each part names the meetings it fits; the claim is about the
 * meetings that fit them all. A part that fits no meeting, or parts that fit none together, mean the sources hold no
 * such meeting.
 */
import type { Country, VisitRecord } from '../../data/schema.js';
import { foldText } from '../normalise.js';
import type { StatedDate } from './dates.js';

/** What a clause names that can choose a meeting. */
export interface Facets {
	/** Dates stated beside the claim (not the date a date claim checks). */
	dates: readonly StatedDate[];
	/** Folded city names. */
	cities: readonly string[];
	/** Leaders named by a word only they have, with their meetings. */
	leaders: ReadonlyMap<string, ReadonlySet<string>>;
	countries: readonly Country[];
	/** Meetings named by their own words. */
	named: readonly string[];
}

export type MeetingScope =
	/** The claim names nothing that chooses a meeting. */
	| { kind: 'none' }
	| { kind: 'meetings'; visits: readonly string[] }
	/** Each part fits some meeting, but no meeting fits them all; `parts` lists what each fits. */
	| { kind: 'conflict'; parts: readonly (readonly string[])[] };

export const NO_FACETS: Facets = { dates: [], cities: [], leaders: new Map(), countries: [], named: [] };

/** Whether the facets name anything that narrows (a country at every meeting narrows nothing). */
export function namesMeeting(facets: Facets, everywhere: ReadonlySet<Country>): boolean {
	return (
		facets.dates.length + facets.cities.length + facets.leaders.size + facets.named.length > 0 ||
		facets.countries.some((country) => !everywhere.has(country))
	);
}

/**
 * @param facets - what the claim's words name
 * @param visits - the dataset's meetings
 * @param everywhere - countries at every meeting (naming one narrows nothing)
 * @param options - `years: false` leaves dates out (a figure's year may be its period, not the meeting's);
 *   `topics: true` leaves out a country no meeting was held with ("freight on the Kazakhstan–Turkmenistan–Iran
 *   railway" names Iran as a topic, not as a party)
 * @example
 * meetingScope({ ...NO_FACETS, cities: ['ashgabat'] }, visits, new Set(['Kazakhstan'])); // { kind: 'meetings', visits: ['visit-2021-ashgabat'] }
 */
export function meetingScope(
	facets: Facets,
	visits: readonly VisitRecord[],
	everywhere: ReadonlySet<Country>,
	options: { years?: boolean; topics?: boolean } = {},
): MeetingScope {
	const parts: string[][] = [];
	const fitting = (test: (visit: VisitRecord) => boolean): string[] => visits.filter(test).map((visit) => visit.id);
	if (options.years !== false) {
		for (const date of facets.dates) {
			if (date.year === null && date.month === null) continue;
			parts.push(fitting((visit) => dateFits(date, visit)));
		}
	}
	if (facets.cities.length > 0) parts.push(fitting((visit) => facets.cities.includes(foldText(visit.city))));
	// Each leader named is a part: "Tokayev and Erdoğan" are at the meetings where both took part.
	for (const met of facets.leaders.values()) parts.push(fitting((visit) => met.has(visit.id)));
	for (const country of facets.countries) {
		if (everywhere.has(country)) continue;
		const part = fitting((visit) => visit.host.country === country || visit.guest.country === country);
		if (part.length > 0 || options.topics !== true) parts.push(part);
	}
	if (parts.length === 0 && facets.named.length > 0) parts.push([...facets.named]);
	if (parts.length === 0) return { kind: 'none' };
	const all = visits.filter((visit) => parts.every((part) => part.includes(visit.id))).map((visit) => visit.id);
	return all.length > 0 ? { kind: 'meetings', visits: all } : { kind: 'conflict', parts };
}

/** A stated date fits a meeting when the parts it states agree with the meeting's (a month unknown to it agrees). */
function dateFits(date: StatedDate, visit: VisitRecord): boolean {
	const [startYear = '0', startMonth] = visit.startDate.iso.split('-');
	const [endYear = startYear, endMonth = startMonth] = (visit.endDate?.iso ?? visit.startDate.iso).split('-');
	if (date.year !== null && (date.year < Number(startYear) || date.year > Number(endYear))) return false;
	if (date.month !== null && startMonth !== undefined && endMonth !== undefined) {
		const month = date.month;
		if (month < Number(startMonth) || month > Number(endMonth)) return false;
	}
	return true;
}
