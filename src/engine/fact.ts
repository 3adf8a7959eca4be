/**
 * Picks a fact to post: a self-contained record answer with its citation. The
 * order is fixed (a stable shuffle of the ids), so a caller that excludes what
 * it has already shown walks the whole dataset before anything repeats; an
 * anniversary of the given date wins over the order.
 */
import type { PartialDate } from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import type { Answer } from './answer.js';
import type { Entry } from './entries.js';
import type { SearchIndex } from './search/searchIndex.js';

export interface FactRequest {
	/** Ids already shown; they are skipped until every fact has been shown. */
	exclude?: Iterable<string>;
	/** The day the fact is for, `YYYY-MM-DD`; anniversaries of it come first. */
	date?: string;
	/** Picks among the remaining facts instead of taking the next in the fixed order (for `/fact`). */
	random?: () => number;
}

export interface FactResult {
	answer: Answer;
	/** Years since the dated event when the fact is an anniversary of `date`, else null. */
	anniversary: number | null;
	/** True when every fact had been excluded and the cycle starts again. */
	cycleRestarted: boolean;
	/** How many facts there are in all. */
	total: number;
}

/** A record that makes a fact, and the date it happened (for anniversaries). */
export interface FactCandidate {
	id: string;
	date: PartialDate | null | undefined;
}

/**
 * @param candidates - the dataset's facts in their fixed order (see `orderFacts`)
 * @param index - the index holding each record's answer
 * @param request - what to skip, and the day it is for
 * @returns the fact, and whether it is an anniversary
 * @example
 * pickFact(orderFacts(dataset), index, { date: '2026-10-25' }).anniversary; // 5 (the 2021 Ashgabat visit)
 */
export function pickFact(
	candidates: readonly FactCandidate[],
	index: SearchIndex<Entry>,
	request: FactRequest,
): FactResult {
	const excluded = new Set(request.exclude ?? []);
	const fresh = candidates.filter((candidate) => !excluded.has(candidate.id));
	const pool = fresh.length > 0 ? fresh : candidates;
	const day = request.date && /^\d{4}-\d{2}-\d{2}$/.test(request.date) ? request.date : undefined;
	const anniversaries = day ? pool.filter((candidate) => isAnniversary(candidate.date, day)) : [];
	const next = request.random ? pool[Math.floor(request.random() * pool.length)] : pool[0];
	const chosen = anniversaries[0] ?? next;
	if (!chosen) throw new Error('fact: the dataset has no facts');
	const answer = index.get(chosen.id)?.answer;
	if (!answer) throw new Error(`fact: no answer for ${chosen.id}`);
	const anniversary =
		day && anniversaries.length > 0 && chosen.date
			? Number(day.slice(0, 4)) - Number(chosen.date.iso.slice(0, 4))
			: null;
	return {
		answer: anniversary !== null ? withAnniversary(answer, anniversary) : answer,
		anniversary,
		cycleRestarted: fresh.length === 0,
		total: candidates.length,
	};
}

/**
 * The dataset's facts in their fixed order: the engine works them out once, on the first fact asked for, and hands
 * them to `pickFact`.
 */
export function orderFacts(dataset: Dataset): readonly FactCandidate[] {
	return factCandidates(dataset)
		.map((candidate) => ({ candidate, hash: stableHash(candidate.id) }))
		.sort((a, b) => a.hash - b.hash || a.candidate.id.localeCompare(b.candidate.id))
		.map(({ candidate }) => candidate);
}

/** Records that make a good fact on their own: figures, awards, signed documents, visits, side events. */
function factCandidates(dataset: Dataset): FactCandidate[] {
	const visits = new Map(dataset.visits.map((visit) => [visit.id, visit]));
	return [
		...dataset.visits.map((visit) => ({ id: visit.id, date: visit.startDate })),
		...dataset.documents.map((document) => ({ id: document.id, date: document.signedDate })),
		...dataset.figures.map((figure) => ({
			id: figure.id,
			date: figure.visit ? visits.get(figure.visit)?.startDate : null,
		})),
		...dataset.awards.map((award) => ({ id: award.id, date: award.date })),
		...dataset.events.map((event) => ({ id: event.id, date: visits.get(event.visit)?.startDate })),
	];
}

/** Same month and day, a whole number of years later, on a date known to the day. */
function isAnniversary(date: PartialDate | null | undefined, day: string): boolean {
	return date?.precision === 'day' && date.iso.slice(5) === day.slice(5) && date.iso.slice(0, 4) < day.slice(0, 4);
}

function withAnniversary(answer: Answer, years: number): Answer {
	return { ...answer, anniversaryYears: years };
}

/** FNV-1a: a fixed, well-spread order that does not group facts by kind. */
function stableHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index += 1) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}
