/**
 * The one answer model. The CLI prints it, the bot renders it, the tests assert
 * on it. Everything in it is plain JSON.
 */
import type { Evidence } from '../data/schema.js';
import type { AskNotice } from './ask/notice.js';

export type Citation = Evidence;

export const ANSWER_KINDS = [
	'document',
	'visit',
	'figure',
	'award',
	'event',
	'source',
	'discrepancy',
	'person',
	'organisation',
	'proposal',
	'follow-up',
	'count',
	'passage',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export type FieldValue = string | number | boolean | null | readonly string[];

export interface Answer {
	kind: AnswerKind;
	/** The record's id, or a derived id for computed answers (`count-visit-2021-ashgabat`). */
	id: string;
	title: string;
	/** A short text that answers directly and stands on its own. */
	text: string;
	fields: Readonly<Record<string, FieldValue>>;
	citations: readonly Citation[];
}

export interface AskResult {
	query: string;
	/**
	 * Whether the answers answer the question. False when the sources do not hold what it asks (a name they never
	 * mention, a meeting that mixes two up): the answers are then only the closest matches, and `notice` says why.
	 */
	answered: boolean;
	notice?: AskNotice;
	answers: Answer[];
	/** "Did you mean …" titles, filled when nothing matched well. */
	suggestions: string[];
}

export interface ListResult<T> {
	total: number;
	results: T[];
	suggestions: string[];
}

export type { AskNotice } from './ask/notice.js';
