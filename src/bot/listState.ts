/** Turns a list's raw filters into the dataset's own values, so a page button can carry them exactly. */
import type { ListState } from '../discord/customIds.js';
import { type FilterProblem, resolveFilters } from '../engine/filters.js';

/**
 * @param state - query and filters as the user gave them ("turkey", "healthcare")
 * @returns the state with canonical filter values (Türkiye, health), or the filter that makes no sense
 */
export function canonicalState(
	state: ListState,
): { ok: true; state: ListState } | { ok: false; problem: FilterProblem } {
	const resolved = resolveFilters({ country: state.c, year: state.y, kind: state.k, sector: state.s }, []);
	if (!resolved.ok) return resolved;
	const { country, year, kind, sector } = resolved.filters;
	return { ok: true, state: { q: state.q, c: country, y: year, k: kind, s: sector } };
}
