/**
 * The top-k of a query: the best `limit` documents by score, kept in a heap while the scores are read, so that a
 * query never builds and sorts one result per match (at 100k records most queries match thousands).
 */

/**
 * The best `limit` (doc, score) pairs: a min-heap in two typed arrays whose root is the weakest kept; ties favour
 * lower docs (dataset order). Without a limit it keeps everything and sorts once at the end.
 */
export class TopK {
	private readonly limit: number;
	private readonly bounded: boolean;
	private docs: Int32Array;
	private scores: Float64Array;
	private size = 0;

	/**
	 * @param limit - how many pairs to keep; Infinity keeps every one
	 * @example
	 * const top = new TopK(2);
	 * top.offer(0, 1);
	 * top.offer(1, 3);
	 * top.offer(2, 2);
	 * top.sorted(); // [{ doc: 1, score: 3 }, { doc: 2, score: 2 }]
	 */
	constructor(limit: number) {
		this.limit = Math.max(0, limit);
		this.bounded = Number.isFinite(this.limit);
		// Grown on demand: a limit can be far larger than the matches (a page number typed by hand).
		const capacity = Math.min(this.limit, 64);
		this.docs = new Int32Array(capacity);
		this.scores = new Float64Array(capacity);
	}

	/** The score a candidate must beat (or tie with a lower doc) to be kept; -Infinity while there is room. */
	get threshold(): number {
		return this.bounded && this.size >= this.limit ? (this.scores[0] ?? 0) : Number.NEGATIVE_INFINITY;
	}

	offer(doc: number, score: number): void {
		if (!this.bounded) {
			if (this.size === this.docs.length) this.grow();
			this.docs[this.size] = doc;
			this.scores[this.size] = score;
			this.size += 1;
			return;
		}
		if (this.limit === 0) return;
		if (this.size < this.limit) {
			if (this.size === this.docs.length) this.grow();
			this.docs[this.size] = doc;
			this.scores[this.size] = score;
			this.size += 1;
			this.siftUp(this.size - 1);
			return;
		}
		if (!better(doc, score, this.docs[0] ?? 0, this.scores[0] ?? 0)) return;
		this.docs[0] = doc;
		this.scores[0] = score;
		this.siftDown(0);
	}

	/** Best first. */
	sorted(): { doc: number; score: number }[] {
		const pairs = Array.from({ length: this.size }, (_, index) => ({
			doc: this.docs[index] ?? 0,
			score: this.scores[index] ?? 0,
		}));
		return pairs.sort((a, b) => b.score - a.score || a.doc - b.doc);
	}

	private grow(): void {
		const docs = new Int32Array(Math.max(1, this.docs.length * 2));
		docs.set(this.docs);
		const scores = new Float64Array(Math.max(1, this.scores.length * 2));
		scores.set(this.scores);
		this.docs = docs;
		this.scores = scores;
	}

	/** Whether the pair at `a` should sit above the pair at `b` in the min-heap (it ranks lower). */
	private weaker(a: number, b: number): boolean {
		return better(this.docs[b] ?? 0, this.scores[b] ?? 0, this.docs[a] ?? 0, this.scores[a] ?? 0);
	}

	private swap(a: number, b: number): void {
		const doc = this.docs[a] ?? 0;
		const score = this.scores[a] ?? 0;
		this.docs[a] = this.docs[b] ?? 0;
		this.scores[a] = this.scores[b] ?? 0;
		this.docs[b] = doc;
		this.scores[b] = score;
	}

	private siftUp(position: number): void {
		let child = position;
		while (child > 0) {
			const parent = (child - 1) >> 1;
			if (!this.weaker(child, parent)) return;
			this.swap(child, parent);
			child = parent;
		}
	}

	private siftDown(position: number): void {
		let parent = position;
		for (;;) {
			const left = 2 * parent + 1;
			const right = left + 1;
			let weakest = parent;
			if (left < this.size && this.weaker(left, weakest)) weakest = left;
			if (right < this.size && this.weaker(right, weakest)) weakest = right;
			if (weakest === parent) return;
			this.swap(parent, weakest);
			parent = weakest;
		}
	}
}

/** Whether (docA, scoreA) ranks above (docB, scoreB). */
function better(docA: number, scoreA: number, docB: number, scoreB: number): boolean {
	return scoreA > scoreB || (scoreA === scoreB && docA < docB);
}
