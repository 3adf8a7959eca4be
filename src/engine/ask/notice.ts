/**
 * Why `ask` found no answer, as data: the render layer writes the sentence. Two classes of question are told apart
 * from the sources themselves:
 * - a question that names what no source mentions ("Uzbekistan", "Putin"): not a name in the dataset, and no word of
 *   any record or sentence, nor a misspelling of one;
 * - a question whose parts each name a meeting but no meeting has them all ("Ashgabat in 2025"): the notice gives
 *   each part's meetings, so the reader can correct the question;
 * - a question about an award that names leaders no award involves, alone or together ("Did Erdoğan receive an
 *   award?", "the award Erdoğan gave Serdar Berdimuhamedov");
 * - a question that asks for a measure (a cost, a tonnage, a person, a body) none of the best matches about its topic
 *   gives (`answerFit.ts`);
 * - a question about another of a series than the sources hold ("the fourth meeting"; `ordinals.ts`);
 * - a question about a figure of countries or a year the best figure does not cover (Kazakh–Turkish companies "in
 *   Turkmenistan", Kazakh–Turkmen trade "in 2020"), or that runs the other way between them (Kazakh companies in
 *   Turkmenistan, where the sources count Turkmen-capital companies in Kazakhstan);
 * - a question about what was signed at a meeting whose source neither lists nor counts its documents;
 * - a question about what became of a proposal the sources never follow up (`outcomes.ts`);
 * - and, beside the answers, a question about which documents a meeting signed whose source states more than it names;
 * - and, alongside an answer rather than instead of one, a record the question places at the wrong meeting ("the
 *   Jusan Mobile memorandum signed in Astana in 2025", signed in Ashgabat in 2021): the notice corrects the place;
 *   likewise a thing the question says was held somewhere the sources do not place it ("the Sixth Caspian Summit held
 *   in Astana", held in Ashgabat; `heldElsewhere.ts`).
 */
import type { PartialDate } from '../../data/schema.js';
import type { Measure } from './measures.js';
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
			/** The award the question names, as the sources record it, when it names one. */
			recorded?: readonly { award: string; giver: string; recipient: string }[];
	  }
	| {
			/** A measure the question asks for that none of the best matches gives. */
			kind: 'no-measure';
			measures: readonly Measure[];
	  }
	| {
			/** The question names one of a series (the fourth meeting) and the sources hold another (the fifth). */
			kind: 'other-ordinal';
			asked: number;
			found: number;
			title: string;
	  }
	| {
			/** The best figure is about other countries than the question names all of. */
			kind: 'other-countries';
			title: string;
			countries: readonly string[];
			missing: readonly string[];
	  }
	| {
			/** The best figure runs between the countries the question names, but the other way. */
			kind: 'other-direction';
			title: string;
			/** The country the figure runs from, and the one it runs to. */
			from: string;
			to: string;
	  }
	| {
			/** The best figure is of another period than the years the question names. */
			kind: 'other-period';
			title: string;
			period: string;
			asked: readonly number[];
	  }
	| {
			/** The question asks what became of a proposal the sources never follow up. */
			kind: 'no-follow-up';
			title: string;
	  }
	| {
			/** Beside the answers: the source states more documents signed at the meeting than it names. */
			kind: 'not-listed';
			meeting: NoticeMeeting;
			stated: number;
			listed: number;
	  }
	| {
			/** The question asks what was signed at meetings whose sources neither list nor count documents. */
			kind: 'no-documents';
			meetings: readonly NoticeMeeting[];
	  }
	| {
			/** The record the question names belongs to another meeting than the one it names. */
			kind: 'elsewhere';
			title: string;
			meeting: NoticeMeeting;
			asked: readonly NoticeMeeting[];
	  }
	| {
			/** Beside the answers: the question says the lead's thing was held in a place the sources do not give it. */
			kind: 'held-elsewhere';
			title: string;
			/** Where the sources place it. */
			places: readonly string[];
			/** Where the question placed it. */
			asked: readonly string[];
	  }
	| {
			kind: 'scope-conflict';
			/** Each part of the question, with its meetings and, for leaders, their names. */
			parts: readonly (ScopeFacet & { meetings: readonly NoticeMeeting[]; names?: readonly string[] })[];
	  };

/**
 * Whether a notice means the sources do not answer (the answers are only the closest matches), or corrects the
 * question beside an answer.
 */
export function noticeWithholds(notice: AskNotice): boolean {
	return notice.kind !== 'elsewhere' && notice.kind !== 'held-elsewhere' && notice.kind !== 'not-listed';
}
