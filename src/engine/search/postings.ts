/**
 * The postings of the search index: for every term, the documents that hold it, ascending, each with its score
 * contribution already worked out (Σ over fields of field boost × kind weight × BM25+), so that a query only adds
 * numbers. Laid out in flat typed arrays, term after term, with no object per posting: at 100k records there are
 * millions.
 */
import { bm25, bm25InverseFrequency, bm25LengthPart } from './bm25.js';
import { FieldAnalyser } from './fieldAnalyser.js';
import { FIELD_BOOST, FIELDS, type Field, type KindWeights, type Searchable } from './options.js';
import { GrowableInts, sortByTerm, TupleLog } from './tupleLog.js';

const FIELD_WEIGHTS = FIELDS.map((field) => FIELD_BOOST[field]);

/**
 * Longer titles and texts (full titles, sentences) are nearly always unique: remembering them would only cost memory.
 * Names (parties, participants, places) repeat across records however long they are, so any length is remembered.
 */
const MAX_SHARED_LENGTH: Readonly<Record<Field, number>> = {
	title: 120,
	names: Number.POSITIVE_INFINITY,
	text: 120,
	context: 120,
};

/** Postings of term t are `docs[start[t] .. start[t + 1])`, documents ascending, with their `impacts` alongside. */
export interface Postings {
	/** Term → term id. */
	termIds: Map<string, number>;
	start: Int32Array;
	docs: Int32Array;
	/** Each posting's score before the query's term weight: Σ fields boost × kind weight × BM25+. */
	impacts: Float64Array;
}

/**
 * Tokenises every field of every entry once and lays the postings out term by term. A term's contribution to a
 * document is fixed once the whole collection is known (BM25+ needs document frequencies and average lengths), so
 * it is computed here rather than at every query.
 *
 * @param entries - the documents, in the order their postings number them
 * @param kindWeights - multiplied into every contribution of a document of that kind
 * @returns the term ids and every term's postings
 * @example
 * const { termIds, start } = buildPostings(entries, { document: 1.2, passage: 0.9 });
 * const id = termIds.get('border') ?? 0;
 * start[id + 1] - start[id]; // how many documents hold 'border'
 */
export function buildPostings<K extends string>(
	entries: readonly Searchable<K>[],
	kindWeights: KindWeights<K>,
): Postings {
	const count = entries.length;
	const fieldLengths = FIELDS.map(() => new Int32Array(count));
	const tuples = new TupleLog();
	const documentFrequency = FIELDS.map(() => new GrowableInts());
	const analyser = new FieldAnalyser();

	for (let doc = 0; doc < count; doc += 1) {
		const entry = entries[doc] as Searchable<K>;
		for (let fieldId = 0; fieldId < FIELDS.length; fieldId += 1) {
			const field = FIELDS[fieldId] ?? 'text';
			analyser.analyse(entry[field] ?? '', MAX_SHARED_LENGTH[field]);
			(fieldLengths[fieldId] as Int32Array)[doc] = analyser.distinctTokens;
			const frequency = documentFrequency[fieldId] as GrowableInts;
			const { viewTerms, viewFrequencies, viewEnd } = analyser;
			for (let index = analyser.viewStart; index < viewEnd; index += 1) {
				const term = viewTerms[index] ?? 0;
				tuples.push(term, doc, fieldId, viewFrequencies[index] ?? 0);
				frequency.increment(term);
			}
		}
	}
	const { termIds } = analyser;

	const averageLength = fieldLengths.map((lengths) =>
		count === 0 ? 0 : lengths.reduce((sum, n) => sum + n, 0) / count,
	);
	// BM25+'s length part depends only on the document and field, its inverse frequency only on the term and field:
	// worked out once each rather than once per (term, document, field) tuple, of which 100k records have millions.
	const lengthParts = fieldLengths.map((lengths, fieldId) =>
		Float64Array.from(lengths, (length) => bm25LengthPart(length, averageLength[fieldId] ?? 1)),
	);
	const kindWeight = new Float64Array(count);
	for (let doc = 0; doc < count; doc += 1) kindWeight[doc] = kindWeights[(entries[doc] as Searchable<K>).kind];
	const termCount = termIds.size;
	const { tupleStart, doc: sortedDoc, field: sortedField, frequency: sortedFrequency } = sortByTerm(tuples, termCount);

	const start = new Int32Array(termCount + 1);
	const docs = new Int32Array(tuples.length);
	const impacts = new Float64Array(tuples.length);
	const inverseFrequency = new Float64Array(FIELDS.length);
	let postings = 0;
	for (let term = 0; term < termCount; term += 1) {
		start[term] = postings;
		for (let fieldId = 0; fieldId < FIELDS.length; fieldId += 1)
			inverseFrequency[fieldId] = bm25InverseFrequency((documentFrequency[fieldId] as GrowableInts).get(term), count);
		let previousDoc = -1;
		for (let position = tupleStart[term] ?? 0; position < (tupleStart[term + 1] ?? 0); position += 1) {
			const doc = sortedDoc[position] ?? 0;
			const fieldId = sortedField[position] ?? 0;
			const score =
				(FIELD_WEIGHTS[fieldId] ?? 1) *
				(kindWeight[doc] ?? 1) *
				bm25(
					inverseFrequency[fieldId] ?? 0,
					sortedFrequency[position] ?? 0,
					(lengthParts[fieldId] as Float64Array)[doc] ?? 0,
				);
			if (doc === previousDoc) {
				impacts[postings - 1] = (impacts[postings - 1] ?? 0) + score;
			} else {
				docs[postings] = doc;
				impacts[postings] = score;
				postings += 1;
				previousDoc = doc;
			}
		}
	}
	start[termCount] = postings;
	return { termIds, start, docs: docs.slice(0, postings), impacts: impacts.slice(0, postings) };
}
