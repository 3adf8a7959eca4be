/**
 * What checking a text against the sources returns, as data: each claim found, where it stands in the text, and its
 * verdict (supported, contradicted, not in the sources) with what the sources hold and the quotes that show it. The
 * renderer (`src/render/checkProse.ts`) writes every sentence from it.
 */
import type {
	AwardRecord,
	DiscrepancyRecord,
	DocumentRecord,
	Evidence,
	FigureRecord,
	PartialDate,
	ProposalRecord,
	Signing,
} from '../../data/schema.js';
import type { VisitRef } from '../answer.js';
import type { NamedDocumentKind } from '../ask/questionContext.js';
import type { Passage } from '../passages.js';
import type { Span } from './sentences.js';

/** A quote with the article it is from, as the catalogue (`data/sources.json`) names it. */
export interface SourcedCitation extends Evidence {
	/** The outlet as the article names it; null when it does not. */
	outlet: string | null;
	published: PartialDate | null;
	title: string;
}

export const CLAIM_KINDS = ['figure', 'count', 'date', 'award', 'proposal', 'document', 'quote'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** One claim read from the text. */
export interface Claim {
	kind: ClaimKind;
	/** The clause it was read from. */
	span: Span;
	/** The words that state what is checked: the number, the date, the award or the quotation. */
	focus: Span;
}

/** What the sources hold about a claim's subject. */
export type Expected =
	| { of: 'figure'; figure: FigureRecord; statedBy: string | null; visit: VisitRef | null }
	| {
			of: 'count';
			visit: VisitRef;
			/** How many of the visit's listed documents match the kinds and signings named; null when not listed. */
			listed: number | null;
			kinds: readonly NamedDocumentKind[];
			signings: readonly Signing[];
			/** The counts the sources state in words ("In total, 15 documents were signed"). */
			stated: readonly FigureRecord[];
			discrepancies: readonly DiscrepancyRecord[];
	  }
	| {
			of: 'date';
			what: 'visit' | 'award' | 'document';
			title: string;
			start: PartialDate;
			end?: PartialDate;
			visit: VisitRef | null;
	  }
	| { of: 'award'; award: AwardRecord; recipientName: string; giverName: string | null; visit: VisitRef | null }
	| {
			of: 'proposal';
			proposal: ProposalRecord;
			proposedBy: readonly string[];
			supportedBy: readonly string[];
			visit: VisitRef | null;
	  }
	| { of: 'document'; document: DocumentRecord; visit: VisitRef | null }
	| { of: 'quote'; passage: Passage; speakerName: string | null; visit: VisitRef | null }
	/** A sentence of the sources that says what the claim says, where no record holds it. */
	| { of: 'passage'; passage: Passage; visit: VisitRef | null }
	/** The meetings the parts of a claim's subject point to, when they point to several or none together. */
	| { of: 'meetings'; visits: readonly VisitRef[] }
	/** The awards the sources record for the people a claim names. */
	| { of: 'awards'; awards: readonly AwardRecord[]; recipientNames: readonly string[] };

/** What a contradicted claim gets wrong. */
export type Difference =
	'value' | 'date' | 'place' | 'recipient' | 'giver' | 'proposer' | 'speaker' | 'status' | 'wording';

/** Why a claim is not in the sources. */
export type Absence =
	/** It names what the sources never mention (`names`). */
	| 'unknown-name'
	/** Nothing in the sources has its subject. */
	| 'no-record'
	/** Its place, date and people point to no one meeting together (`expected`: what each points to). */
	| 'no-meeting'
	/** Its subject fits several meetings and it does not say which (`expected`: the meetings). */
	| 'several-meetings'
	/** The sources hold its subject only for another year or period (`expected`: what they hold). */
	| 'other-period'
	/** The sources say less than the claim: a bound, a coarser date, a total without titles (`expected`). */
	| 'less-precise'
	/** The sources mention the documents but do not list or count them (`expected`). */
	| 'not-listed'
	/** The sources hold it but do not say who said, proposed or gave it (`expected`). */
	| 'unattributed';

export type Verdict =
	| { kind: 'supported'; claim: Claim; expected: Expected; citations: readonly SourcedCitation[] }
	| {
			kind: 'contradicted';
			claim: Claim;
			expected: Expected;
			differs: Difference;
			/** The claim's own words for the part that differs ("25", "2025", "Tokayev"). */
			claimed: Span;
			citations: readonly SourcedCitation[];
	  }
	| {
			kind: 'not-in-sources';
			claim: Claim;
			reason: Absence;
			/** For `unknown-name`: the names as the text writes them. */
			names?: readonly string[];
			expected?: Expected;
			citations: readonly SourcedCitation[];
	  };

export type VerdictKind = Verdict['kind'];

export interface CheckResult {
	/** The text checked, as given. */
	text: string;
	sentences: number;
	verdicts: readonly Verdict[];
}
