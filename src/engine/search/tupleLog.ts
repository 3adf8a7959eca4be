/**
 * The column arrays the postings builder collects into: (term, document, field, frequency) tuples in the order the
 * documents are read, then sorted by term; and document frequencies by term id. Typed arrays that double as they
 * fill, so the millions of tuples of a 100k-record dataset are four allocations each time, not millions of objects.
 */

/** A growable array of small integers, indexed by term id. */
export class GrowableInts {
	private values = new Int32Array(1024);

	get(index: number): number {
		return this.values[index] ?? 0;
	}

	increment(index: number): void {
		if (index >= this.values.length) {
			const grown = new Int32Array(Math.max(index + 1, this.values.length * 2));
			grown.set(this.values);
			this.values = grown;
		}
		this.values[index] = (this.values[index] ?? 0) + 1;
	}
}

/** (term, doc, field, frequency) tuples in column arrays that double as they fill. */
export class TupleLog {
	term = new Int32Array(4096);
	doc = new Int32Array(4096);
	field = new Uint8Array(4096);
	frequency = new Uint16Array(4096);
	length = 0;

	push(term: number, doc: number, field: number, frequency: number): void {
		if (this.length === this.term.length) this.grow();
		this.term[this.length] = term;
		this.doc[this.length] = doc;
		this.field[this.length] = field;
		this.frequency[this.length] = Math.min(frequency, 0xffff);
		this.length += 1;
	}

	private grow(): void {
		const size = this.term.length * 2;
		const term = new Int32Array(size);
		term.set(this.term);
		const doc = new Int32Array(size);
		doc.set(this.doc);
		const field = new Uint8Array(size);
		field.set(this.field);
		const frequency = new Uint16Array(size);
		frequency.set(this.frequency);
		Object.assign(this, { term, doc, field, frequency });
	}
}

/** The tuples' documents, fields and frequencies, ordered by term; term t's are at `[tupleStart[t], tupleStart[t + 1])`. */
export interface TuplesByTerm {
	tupleStart: Int32Array;
	doc: Int32Array;
	field: Uint8Array;
	frequency: Uint16Array;
}

/**
 * Counting sort of the (term, doc, field) tuples by term; a stable one, so documents stay ascending per term and one
 * document's fields stay together. The tuples are copied into place rather than sorted as an index: laying out the
 * postings then reads them in order instead of jumping through millions of tuples at 100k records.
 */
export function sortByTerm(tuples: TupleLog, termCount: number): TuplesByTerm {
	const tupleStart = new Int32Array(termCount + 1);
	for (let index = 0; index < tuples.length; index += 1) {
		const next = (tuples.term[index] ?? 0) + 1;
		tupleStart[next] = (tupleStart[next] ?? 0) + 1;
	}
	for (let term = 0; term < termCount; term += 1)
		tupleStart[term + 1] = (tupleStart[term + 1] ?? 0) + (tupleStart[term] ?? 0);
	const doc = new Int32Array(tuples.length);
	const field = new Uint8Array(tuples.length);
	const frequency = new Uint16Array(tuples.length);
	const cursor = tupleStart.slice(0, termCount);
	for (let index = 0; index < tuples.length; index += 1) {
		const term = tuples.term[index] ?? 0;
		const position = cursor[term] ?? 0;
		cursor[term] = position + 1;
		doc[position] = tuples.doc[index] ?? 0;
		field[position] = tuples.field[index] ?? 0;
		frequency[position] = tuples.frequency[index] ?? 0;
	}
	return { tupleStart, doc, field, frequency };
}
