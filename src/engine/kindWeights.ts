/**
 * How much each kind of entry weighs in the engine's search index: multiplied into every score of an entry of that
 * kind, before any question's own preferences. Structured records answer better than a bare sentence of a source.
 */
import type { AnswerKind } from './answer.js';
import type { KindWeights } from './search/options.js';

/** Awards, documents, figures and counts first; a sentence or a source's description only when nothing better matches. */
export const KIND_WEIGHT: KindWeights<AnswerKind> = {
	award: 1.3,
	document: 1.2,
	visit: 1.0,
	figure: 1.2,
	count: 1.2,
	// Built for a question, never indexed.
	comparison: 1,
	figures: 1,
	awards: 1,
	meetings: 1,
	event: 1,
	discrepancy: 0.9,
	person: 1.1,
	organisation: 1.1,
	proposal: 1.2,
	'follow-up': 1.1,
	source: 0.8,
	passage: 0.9,
};
