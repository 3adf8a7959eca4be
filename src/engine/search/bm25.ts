/**
 * BM25+ exactly as MiniSearch computes it, in three parts that together give the same number, bit for bit:
 * `bm25(bm25InverseFrequency(matching, total), frequency, bm25LengthPart(length, averageLength))`. Split so that the
 * postings builder works out the inverse frequency once per term and field and the length part once per document and
 * field, rather than both once per (term, document, field) tuple, of which 100k records have millions.
 */
import { BM25 } from './options.js';

/**
 * @param inverseFrequency - `bm25InverseFrequency` of the term in the field
 * @param frequency - how often the term occurs in the document's field
 * @param lengthPart - `bm25LengthPart` of the document's field
 * @returns the term's BM25+ score in that field, before boosts
 * @example
 * bm25(bm25InverseFrequency(1, 10), 1, bm25LengthPart(4, 4)); // ≈ 2.99
 */
export function bm25(inverseFrequency: number, frequency: number, lengthPart: number): number {
	const { k, d } = BM25;
	return inverseFrequency * (d + (frequency * (k + 1)) / (frequency + lengthPart));
}

/**
 * @param matching - how many documents hold the term
 * @param total - how many documents there are
 * @returns the term's inverse document frequency, as BM25+ weighs it (rarer is higher)
 * @example
 * bm25InverseFrequency(1, 10) > bm25InverseFrequency(5, 10); // true
 */
export function bm25InverseFrequency(matching: number, total: number): number {
	return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/**
 * @param length - the document's field length (its distinct tokens)
 * @param averageLength - the mean of that field's lengths over every document
 * @returns the length normalisation of BM25+: longer than average weighs a match less
 * @example
 * bm25LengthPart(4, 4); // 1.2 (k, for a field of average length)
 */
export function bm25LengthPart(length: number, averageLength: number): number {
	const { k, b } = BM25;
	return k * (1 - b + (b * length) / averageLength);
}
