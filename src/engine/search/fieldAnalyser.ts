/**
 * Field analysis: one field value in, its terms and their frequencies out, as MiniSearch's tokenize and processTerm
 * would make them, with the field length MiniSearch counts. The postings builder calls it for every field of every
 * document, so it is written for start-up time; see the class comment for how.
 */
import { processTerm, tokenize } from '../normalise.js';

/** What a token stands for when it is not one term: a stop word, or an alias of several terms (see `manyTerms`). */
const NO_TERM = -1;
const MANY_TERMS = -2;

/**
 * Splits field values into terms with their frequencies, as MiniSearch does. Raw tokens are interned with their
 * processed term ids, so stop words and aliases are worked out once per distinct token; per-value counting uses
 * stamped arrays instead of a Map and a Set per value; and values that repeat across records (the same parties, kinds
 * and places; see MAX_SHARED_LENGTH) are analysed once. The result of `analyse` is a view into shared arrays, not a new
 * object: at 100k records, two typed arrays per field value were a large share of the start-up's garbage.
 */
export class FieldAnalyser {
	readonly termIds = new Map<string, number>();
	/** The last value's terms are `viewTerms[viewStart .. viewEnd)`, with frequencies at the same positions. */
	viewTerms: number[] = [];
	viewFrequencies: number[] = [];
	viewStart = 0;
	viewEnd = 0;
	/** MiniSearch's field length: the last value's distinct tokens, stop words included. */
	distinctTokens = 0;

	private readonly tokenIds = new Map<string, number>();
	/** The term a token stands for; NO_TERM for a stop word, MANY_TERMS for an alias of several (see `manyTerms`). */
	private readonly termOfToken: number[] = [];
	private readonly manyTerms = new Map<number, number[]>();
	private readonly tokenStamp: number[] = [];
	private readonly termStamp: number[] = [];
	private readonly termFrequency: number[] = [];
	private stamp = 0;
	private readonly scratchTerms: number[] = [];
	private readonly scratchFrequencies: number[] = [];
	/** Remembered short values: their terms are `poolTerms[poolStart[i] .. poolStart[i + 1])`. */
	private readonly remembered = new Map<string, number>();
	private readonly poolStart: number[] = [0];
	private readonly poolDistinct: number[] = [];
	private readonly poolTerms: number[] = [];
	private readonly poolFrequencies: number[] = [];

	/**
	 * Analyses one value; the result is in `viewTerms`/`viewFrequencies` from `viewStart` to `viewEnd`, and `distinctTokens`.
	 *
	 * @param text - a field value
	 * @param maxSharedLength - values up to this length are remembered, and analysed only once however often they recur
	 * @example
	 * const analyser = new FieldAnalyser();
	 * analyser.analyse('Border regime, border', 120);
	 * analyser.viewFrequencies.slice(analyser.viewStart, analyser.viewEnd); // [2, 1]
	 */
	analyse(text: string, maxSharedLength: number): void {
		const shared = text.length <= maxSharedLength;
		const known = shared ? this.remembered.get(text) : undefined;
		if (known !== undefined) {
			this.view(this.poolTerms, this.poolFrequencies, this.poolStart[known] ?? 0, this.poolStart[known + 1] ?? 0);
			this.distinctTokens = this.poolDistinct[known] ?? 0;
			return;
		}
		this.count(text);
		this.view(this.scratchTerms, this.scratchFrequencies, 0, this.scratchTerms.length);
		if (shared) this.remember(text);
	}

	/**
	 * Counts the terms of one value into the scratch arrays. Written as one flat loop, without a call or a closure per
	 * token: start-up runs it before V8 has optimised anything, and in the interpreter every call costs.
	 */
	private count(text: string): void {
		const { tokenIds, termOfToken, tokenStamp, termStamp, termFrequency, scratchTerms } = this;
		const stamp = (this.stamp += 1);
		let distinctTokens = 0;
		scratchTerms.length = 0;
		const tokens = tokenize(text);
		for (let position = 0; position < tokens.length; position += 1) {
			const token = tokens[position] as string;
			const id = tokenIds.get(token) ?? this.addToken(token);
			if (tokenStamp[id] !== stamp) {
				tokenStamp[id] = stamp;
				distinctTokens += 1;
			}
			const term = termOfToken[id] ?? NO_TERM;
			if (term >= 0) {
				if (termStamp[term] !== stamp) {
					termStamp[term] = stamp;
					termFrequency[term] = 0;
					scratchTerms.push(term);
				}
				termFrequency[term] = (termFrequency[term] ?? 0) + 1;
			} else if (term === MANY_TERMS) {
				for (const each of this.manyTerms.get(id) ?? []) {
					if (termStamp[each] !== stamp) {
						termStamp[each] = stamp;
						termFrequency[each] = 0;
						scratchTerms.push(each);
					}
					termFrequency[each] = (termFrequency[each] ?? 0) + 1;
				}
			}
		}
		this.distinctTokens = distinctTokens;
		const frequencies = this.scratchFrequencies;
		frequencies.length = scratchTerms.length;
		for (let index = 0; index < scratchTerms.length; index += 1)
			frequencies[index] = termFrequency[scratchTerms[index] ?? 0] ?? 0;
	}

	private remember(text: string): void {
		this.remembered.set(text, this.poolDistinct.length);
		this.poolDistinct.push(this.distinctTokens);
		for (let index = 0; index < this.scratchTerms.length; index += 1) {
			this.poolTerms.push(this.scratchTerms[index] ?? 0);
			this.poolFrequencies.push(this.scratchFrequencies[index] ?? 0);
		}
		this.poolStart.push(this.poolTerms.length);
	}

	private view(terms: number[], frequencies: number[], start: number, end: number): void {
		this.viewTerms = terms;
		this.viewFrequencies = frequencies;
		this.viewStart = start;
		this.viewEnd = end;
	}

	/** Gives a token seen for the first time its id, and works out the terms it stands for. */
	private addToken(token: string): number {
		const id = this.termOfToken.length;
		this.tokenIds.set(token, id);
		this.tokenStamp.push(0);
		const processed = processTerm(token);
		if (processed === null || processed === '') this.termOfToken.push(NO_TERM);
		else if (typeof processed === 'string') this.termOfToken.push(this.termId(processed));
		else {
			this.termOfToken.push(MANY_TERMS);
			this.manyTerms.set(
				id,
				processed.filter((term) => term !== '').map((term) => this.termId(term)),
			);
		}
		return id;
	}

	private termId(term: string): number {
		let id = this.termIds.get(term);
		if (id === undefined) {
			id = this.termIds.size;
			this.termIds.set(term, id);
			this.termStamp.push(0);
			this.termFrequency.push(0);
		}
		return id;
	}
}
