/**
 * The one answer model: a discriminated union by `kind`, each member carrying its typed record (or, for counts, the
 * value computed from the records) and the names of the people, documents and visits it refers to, resolved by the
 * engine. It holds no prose: `src/render/answerProse.ts` writes every title, text and field from it.
 */
import type {
	AwardRecord,
	DiscrepancyRecord,
	DocumentRecord,
	Evidence,
	EventRecord,
	FigureRecord,
	FollowUpRecord,
	OrganisationRecord,
	PersonRecord,
	ProposalRecord,
	Sector,
	Signing,
	SourceRecord,
	VisitRecord,
} from '../data/schema.js';
import type { Passage } from './passages.js';
import type { NamedDocumentKind } from './ask/questionContext.js';
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
	'comparison',
	'figures',
	'awards',
	'meetings',
	'passage',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** What every answer has. */
interface AnswerBase {
	/** The record's id, or a derived id for computed answers (`count-visit-2021-ashgabat`). */
	id: string;
	citations: readonly Citation[];
	/** Set on a fact that is an anniversary of the day asked for: the years since. */
	anniversaryYears?: number;
}

/** What a renderer needs of a visit an answer refers to: enough to name it. */
export type VisitRef = Pick<VisitRecord, 'id' | 'title' | 'startDate' | 'endDate' | 'city'>;

/** A record answer: the record itself, as the dataset holds it. */
interface RecordAnswer<K extends AnswerKind, R> extends AnswerBase {
	kind: K;
	record: R;
}

export interface DocumentAnswer extends RecordAnswer<'document', DocumentRecord> {
	/** The visit it was signed at, or else the visit whose source mentions it. */
	visit: VisitRef | null;
}

export interface VisitAnswer extends RecordAnswer<'visit', VisitRecord> {
	/** The host's and the guest's names; null where the source leaves them unnamed. */
	hostName: string | null;
	guestName: string | null;
	/** Set in the timeline: how many documents the visit's lists name as signed. */
	documentsListed?: number;
}

export interface FigureAnswer extends RecordAnswer<'figure', FigureRecord> {
	/** Who stated it: a person's name or a document's title. */
	statedBy: string | null;
}

export interface AwardAnswer extends RecordAnswer<'award', AwardRecord> {
	/** Null when the award was given by a country with no person named. */
	giverName: string | null;
	recipientName: string;
}

export interface EventAnswer extends RecordAnswer<'event', EventRecord> {
	participantNames: readonly string[];
	visit: VisitRef | null;
}

export type SourceAnswer = RecordAnswer<'source', SourceRecord>;

export type DiscrepancyAnswer = RecordAnswer<'discrepancy', DiscrepancyRecord>;

export interface PersonAnswer extends RecordAnswer<'person', PersonRecord> {
	/** The visits they attended as host or guest. */
	meetings: readonly VisitRef[];
	awardsReceived: readonly AwardRecord[];
	awardsGiven: readonly AwardRecord[];
	documentsSigned: readonly DocumentRecord[];
	proposals: readonly ProposalRecord[];
	/** The figures they stated. */
	figuresStated: readonly FigureRecord[];
}

export interface OrganisationAnswer extends RecordAnswer<'organisation', OrganisationRecord> {
	documents: readonly DocumentRecord[];
	proposals: readonly ProposalRecord[];
}

export interface ProposalAnswer extends RecordAnswer<'proposal', ProposalRecord> {
	/** Names of the people, then the countries no named person stands for. */
	proposedBy: readonly string[];
	supportedBy: readonly string[];
	visit: VisitRef | null;
	/** The follow-ups it is the later step of, and the earlier one of. */
	follows: readonly FollowUpRecord[];
	followedBy: readonly FollowUpRecord[];
}

export interface FollowUpAnswer extends RecordAnswer<'follow-up', FollowUpRecord> {
	/** The titles of the records it links (the id itself for a record without one). */
	earlierTitle: string;
	laterTitle: string;
}

export interface PassageAnswer extends RecordAnswer<'passage', Passage> {
	visit: VisitRef | null;
}

/** How many documents were signed at a visit: the titled lists beside any count the source states. */
export interface VisitDocumentCount {
	of: 'visit';
	visit: VisitRef;
	/** The documents of its lists signed there, in the dataset's order. */
	listed: readonly DocumentRecord[];
	/** The figures stating how many documents were signed. */
	stated: readonly FigureRecord[];
	/** Discrepancies recorded about those figures. */
	discrepancies: readonly DiscrepancyRecord[];
}

/** The documents signed at visits that match what a question names: kinds, sectors, signings, parties. */
export interface DocumentSet {
	of: 'set';
	documents: readonly DocumentRecord[];
	kinds: readonly NamedDocumentKind[];
	sectors: readonly Sector[];
	signings: readonly Signing[];
	/** Party names, as the documents write them. */
	parties: readonly string[];
	/** The visits the documents were signed at. */
	visits: readonly VisitRef[];
}

export interface CountAnswer extends AnswerBase {
	kind: 'count';
	value: VisitDocumentCount | DocumentSet;
}

/** Figures of one measure set side by side, for a question that compares ("grain or cotton", "2021 vs 2025"). */
export interface ComparisonAnswer extends AnswerBase {
	kind: 'comparison';
	/** Each side, in the order the ranking found them, each with its own citations. */
	sides: readonly FigureAnswer[];
	/** The side with the largest value, when the question asks which and every side has the same unit. */
	largest: string | null;
}

/**
 * Figures of one thing that a question asks for together ("how much cargo moved, and by what percentage did it
 * grow?"): the freight and its growth, each with its own citations, in the order the ranking found them.
 */
export interface FigureSetAnswer extends AnswerBase {
	kind: 'figures';
	figures: readonly FigureAnswer[];
}

/** Every award one person received (or gave) across the visits, gathered: "Which orders did Tokayev receive?". */
export interface AwardSetAnswer extends AnswerBase {
	kind: 'awards';
	/** The person's name as the dataset writes it. */
	person: string;
	role: 'recipient' | 'giver';
	/** The awards, oldest first, each with its own citations. */
	awards: readonly AwardAnswer[];
}

/**
 * One record of each meeting a question sets side by side ("which Kazakh company was the partner in 2021 and in
 * 2025"): the best answer the ranking found at each, in the order of the meetings, each with its own citations.
 */
export interface MeetingsAnswer extends AnswerBase {
	kind: 'meetings';
	sides: readonly { meeting: VisitRef; answer: Answer }[];
}

export type Answer =
	| DocumentAnswer
	| VisitAnswer
	| FigureAnswer
	| FigureSetAnswer
	| AwardAnswer
	| EventAnswer
	| SourceAnswer
	| DiscrepancyAnswer
	| PersonAnswer
	| OrganisationAnswer
	| ProposalAnswer
	| FollowUpAnswer
	| PassageAnswer
	| CountAnswer
	| ComparisonAnswer
	| AwardSetAnswer
	| MeetingsAnswer;

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
