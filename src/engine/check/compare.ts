/**
 * How a stated value compares with the sources': it matches, it differs, or the sources are less precise than the
 * claim (they give a bound, or a coarser date) so they neither bear it out nor contradict it.
 *
 * Numbers are read as the ranges their qualifiers allow, and a claim matches when every value the source allows lies
 * in the claim's range:
 * - a flat number allows itself within `EXACT_TOLERANCE` (1%): "33%" for "one-third", "1.5 million" for 1,500,000; it
 *   does not stretch to a rounding ("2 billion" is not 2.1 billion), nor past a bound ("60" is not "more than 60");
 * - "about", "around", "approximately", "some", "roughly" allow `APPROXIMATE_TOLERANCE` (10%) either side: "about 2
 *   billion" matches 2.1 billion; "nearly", "almost" allow up to 10% below and nothing above;
 * - "more than", "over", "exceeded" are open bounds, "at least", "up to" closed ones: "more than 50" matches a source's
 *   "more than 60" and its 65; "more than 60" does not match 60;
 * - a source's approximate figure is taken at its stated value ("approximately 4,000" bears out "4,000"), but it
 *   contradicts only values outside its 10%.
 * A claim that contradicts nothing but is not borne out either ("65" against "more than 60") is `less-precise`.
 */
import type { PartialDate } from '../../data/schema.js';
import type { StatedDate } from './dates.js';
import type { Qualifier } from './quantities.js';

/** How far an approximate value may be from the true one: 10% either side. */
export const APPROXIMATE_TOLERANCE = 0.1;
/** How far a flat value may be from the true one: 1%, for fractions written as percentages and conversions. */
export const EXACT_TOLERANCE = 0.01;

/** Room for floating-point rounding at the edge of a tolerance. */
const FLOAT_SLACK = 1e-9;

export type Comparison = 'match' | 'differs' | 'less-precise';

interface Range {
	low: number;
	high: number;
	/** Whether the bound itself is excluded ("more than 60" excludes 60). */
	lowOpen: boolean;
	highOpen: boolean;
}

function range(low: number, high: number, lowOpen = false, highOpen = false): Range {
	return { low, high, lowOpen, highOpen };
}

/** The values a stated number allows, by its qualifier. */
function allowed(value: number, qualifier: Qualifier, exactTolerance: number): Range {
	const spread = (share: number): number => Math.abs(value) * share;
	switch (qualifier) {
		case 'exact':
			return range(value - spread(exactTolerance), value + spread(exactTolerance));
		case 'approximately':
			return range(value - spread(APPROXIMATE_TOLERANCE), value + spread(APPROXIMATE_TOLERANCE));
		case 'nearly':
			return range(value - spread(APPROXIMATE_TOLERANCE), value, false, true);
		case 'more-than':
			return range(value, Infinity, true);
		case 'at-least':
			return range(value, Infinity);
		case 'less-than':
			return range(-Infinity, value, false, true);
		case 'at-most':
			return range(-Infinity, value);
	}
}

function contains(outer: Range, inner: Range): boolean {
	const lowOk = outer.low < inner.low || (outer.low === inner.low && (!outer.lowOpen || inner.lowOpen));
	const highOk = outer.high > inner.high || (outer.high === inner.high && (!outer.highOpen || inner.highOpen));
	return lowOk && highOk;
}

function disjoint(a: Range, b: Range): boolean {
	const aBelow = a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));
	const bBelow = b.high < a.low || (b.high === a.low && (b.highOpen || a.lowOpen));
	return aBelow || bBelow;
}

/**
 * @param claimed - the value a claim states and its qualifier
 * @param recorded - the value the source states and its qualifier
 * @example
 * compareValues({ value: 2e9, qualifier: 'approximately' }, { value: 2.1e9, qualifier: 'exact' }); // 'match'
 * compareValues({ value: 60, qualifier: 'exact' }, { value: 60, qualifier: 'more-than' }); // 'differs'
 * compareValues({ value: 65, qualifier: 'exact' }, { value: 60, qualifier: 'more-than' }); // 'less-precise'
 */
export function compareValues(
	claimed: { value: number; qualifier: Qualifier },
	recorded: { value: number; qualifier: Qualifier },
): Comparison {
	const claim = allowed(claimed.value, claimed.qualifier, EXACT_TOLERANCE);
	// What the source states, taken at its word: an approximate figure at its value, a bound as a bound.
	const stated =
		recorded.qualifier === 'approximately' || recorded.qualifier === 'exact'
			? range(recorded.value, recorded.value)
			: allowed(recorded.value, recorded.qualifier, 0);
	// A flat value against a point: within 1% of the larger of the two, so "33%" is "one-third" (33.3…) either way round.
	const point = recorded.qualifier === 'exact' || recorded.qualifier === 'approximately';
	if (claimed.qualifier === 'exact' && point) {
		const larger = Math.max(Math.abs(claimed.value), Math.abs(recorded.value));
		// The float's last digits must not decide: 33 against 33.333… is exactly 1%.
		if (Math.abs(claimed.value - recorded.value) <= (EXACT_TOLERANCE + FLOAT_SLACK) * larger) return 'match';
	} else if (contains(claim, stated)) return 'match';
	// What the source leaves possible (an approximate figure's 10%), against what the claim says at its word: the 1%
	// a flat number is allowed is for matching a fraction, not for slipping past a bound ("60" is not "more than 60").
	const possible = allowed(recorded.value, recorded.qualifier, 0);
	const said = claimed.qualifier === 'exact' ? range(claimed.value, claimed.value) : claim;
	return disjoint(said, possible) ? 'differs' : 'less-precise';
}

/**
 * Compares a stated date with a record's, part by part, on the parts the claim states: a year the claim does not
 * write is not compared ("July 29" matches 29 July 2025); a part the record does not know makes the sources less
 * precise ("October 2022" against a visit dated only 2022). A claim's day matches when it falls within the record's
 * days ("25 November" within 24–25 November).
 *
 * @example
 * compareDate({ year: 2025, month: 11, day: null, endDay: null }, { iso: '2025-11-24', precision: 'day' }); // 'match'
 * compareDate({ year: 2025, month: null, day: null, endDay: null }, { iso: '2021-10-25', precision: 'day' }); // 'differs'
 */
export function compareDate(
	claimed: Pick<StatedDate, 'year' | 'month' | 'day' | 'endDay'>,
	start: PartialDate,
	end?: PartialDate,
): Comparison {
	const from = parts(start);
	const to = end ? parts(end) : from;
	let lessPrecise = false;
	if (claimed.year !== null && (claimed.year < from.year || claimed.year > to.year)) return 'differs';
	if (claimed.month !== null) {
		if (from.month === null || to.month === null) lessPrecise = true;
		else if (
			!within(
				monthIndex(claimed.year ?? from.year, claimed.month),
				monthIndex(from.year, from.month),
				monthIndex(to.year, to.month),
			)
		)
			return 'differs';
	}
	if (claimed.day !== null) {
		if (from.day === null || to.day === null || from.month === null || to.month === null) lessPrecise = true;
		else {
			const month = claimed.month ?? from.month;
			const year = claimed.year ?? from.year;
			const first = dayIndex(year, month, claimed.day);
			const last = dayIndex(year, month, claimed.endDay ?? claimed.day);
			const recordFirst = dayIndex(from.year, from.month, from.day);
			const recordLast = dayIndex(to.year, to.month, to.day);
			if (!within(first, recordFirst, recordLast) || !within(last, recordFirst, recordLast)) return 'differs';
		}
	}
	return lessPrecise ? 'less-precise' : 'match';
}

function parts(date: PartialDate): { year: number; month: number | null; day: number | null } {
	const [year = '0', month, day] = date.iso.split('-');
	return { year: Number(year), month: month ? Number(month) : null, day: day ? Number(day) : null };
}

function within(value: number, low: number, high: number): boolean {
	return value >= low && value <= high;
}

function monthIndex(year: number, month: number): number {
	return year * 12 + month;
}

function dayIndex(year: number, month: number, day: number): number {
	return monthIndex(year, month) * 31 + day;
}
