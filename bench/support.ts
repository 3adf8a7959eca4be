/**
 * What every benchmark scenario shares, so that they draw from the same generator, ask the same questions and read
 * their samples the same way: the seeded random generator, the question mix, percentiles and medians.
 */

/**
 * mulberry32: small, fast, good enough to make a repeatable mix or dataset.
 *
 * @param seed - the same seed gives the same sequence
 * @returns a generator of numbers in [0, 1)
 * @example
 * const random = seededRandom(1);
 * random(); // 0.6270739405881613, on every run
 */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** The free-text questions every scenario asks: counts, figures, awards, typos, what was said and agreed. */
export const QUESTIONS: readonly string[] = [
	'How many documents were signed in Ashgabat in October 2021?',
	'What is the trade turnover with Türkiye?',
	'Who awarded Tokayev the Bitaraplyk order?',
	'memorandum between the national museums',
	'How much are the projects of Turkish companies in Kazakhstan worth?',
	'When was the Joint Statement of the 2021 visit signed?',
	'Kazakhstn Turkmenstan memorandum on sport',
	'Which pipeline will carry more Kazakh oil exports?',
	'What did the presidents agree about the Caspian Sea?',
	'Is there a visa-free regime between Kazakhstan and Turkmenistan?',
];

/**
 * The nearest-rank percentile: the smallest sample that at least `fraction` of the samples are at or below.
 *
 * @param sorted - samples in ascending order
 * @param fraction - 0.5 for the median, 0.99 for p99
 * @returns that sample, or 0 when there are none
 * @example
 * percentile([1, 2, 3, 4], 0.5); // 2
 */
export function percentile(sorted: readonly number[], fraction: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))] ?? 0;
}

/**
 * @param values - samples in any order
 * @returns their median (the mean of the middle two for an even count), 0 when there are none
 * @example
 * median([3, 1, 4, 2]); // 2.5
 */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const BENCH_START = performance.now();

/**
 * One line on stderr saying how far a run is, seconds since it started: a full run takes minutes, and stdout is the
 * report alone (`--json` must stay parseable).
 *
 * @param step - what has just been done
 * @example
 * progress('cold starts of synthetic 100000 done'); // "bench 41.2 s: cold starts of synthetic 100000 done"
 */
export function progress(step: string): void {
	process.stderr.write(`bench ${((performance.now() - BENCH_START) / 1000).toFixed(1)} s: ${step}\n`);
}
