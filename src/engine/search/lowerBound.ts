/** Binary search over sorted strings: where the terms that start with a prefix begin (prefix lookup, autocomplete). */

/**
 * @param sorted - strings in ascending code-unit order
 * @param value - what to look for
 * @returns the first position whose string is >= `value` (`sorted.length` when none is): where the strings that
 *   start with `value`, if any, begin
 * @example
 * lowerBound(['border', 'trade', 'transit'], 'tra'); // 1
 */
export function lowerBound(sorted: readonly string[], value: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((sorted[middle] ?? '') < value) low = middle + 1;
		else high = middle;
	}
	return low;
}
