/**
 * Why `ask` found no answer, as data: the render layer writes the sentence. Two classes of question are told apart
 * from the sources themselves:
 * - a question that names what no source mentions ("Uzbekistan", "Putin"): not a name in the dataset, and no word of
 *   any record or sentence, nor a misspelling of one;
 * - a question whose parts each name a meeting but no meeting has them all ("Ashgabat in 2025"): the notice gives
 *   each part's meetings, so the reader can correct the question;
 * - a question about an award that names leaders no award involves, alone or together ("Did Erdoğan receive an
 *   award?", "the award Erdoğan gave Serdar Berdimuhamedov").
 */
import type { PartialDate } from '../../data/schema.js';
import type { ScopeFacet } from './questionContext.js';

/** A meeting as a notice names it. */
export interface NoticeMeeting {
	id: string;
	city: string;
	date: PartialDate;
}

export type AskNotice =
	| {
			kind: 'not-in-sources';
			/** The words as the question wrote them. */
			words: readonly string[];
	  }
	| {
			/** An award asked about between people no award of the sources involves together. */
			kind: 'no-award';
			names: readonly string[];
	  }
	| {
			kind: 'scope-conflict';
			/** Each part of the question, with its meetings and, for leaders, their names. */
			parts: readonly (ScopeFacet & { meetings: readonly NoticeMeeting[]; names?: readonly string[] })[];
	  };
