/**
 * The words answers are written with, one table per concept, so a phrase is changed in one place for every answer
 * that uses it. Dates (month names, the preposition a date's precision takes, "date not stated", "(year inferred)")
 * are in `src/text/format.ts`, and the nouns of named document kinds in `src/text/labels.ts`, because the engine's
 * autocomplete labels use them too.
 */
import type { ProposalStatus, Signing } from '../data/schema.js';

/**
 * How a document was signed, as each kind of answer says it: a document's own answer, a visit's document count (its
 * groups, after "N …"; null: not counted as signed at the visit) and a set of documents narrowed to that signing
 * (null: the set says plain "signed").
 */
export const SIGNING_PHRASES: Readonly<
	Record<Signing, { document: string; count: string | null; set: string | null }>
> = {
	'heads-of-state': { document: 'signed by the heads of state', count: 'signed by the heads of state', set: null },
	'exchanged-in-presence': {
		document: 'exchanged in the presence of the heads of state',
		count: 'exchanged in their presence',
		set: 'exchanged in the presence of the heads of state',
	},
	sidelines: {
		document: 'signed on the sidelines of the visit',
		count: 'signed on the sidelines',
		set: 'signed on the sidelines',
	},
	'signed-at-talks': { document: 'signed at the talks', count: 'signed at the talks', set: null },
	earlier: { document: 'signed earlier', count: null, set: null },
};

/** The order a visit's document count lists its signing groups in. */
export const COUNT_SIGNING_ORDER: readonly Signing[] = [
	'heads-of-state',
	'exchanged-in-presence',
	'signed-at-talks',
	'sidelines',
];

/** How a proposal stands, as the source states it. */
export const PROPOSAL_STATUS_PHRASES: Readonly<Record<ProposalStatus, string>> = {
	proposed: 'proposed',
	agreed: 'agreed',
	'under-way': 'under way',
	done: 'carried out',
};

/** What is said where the sources leave something out or qualify it. */
export const QUALIFIER_PHRASES = {
	/** A head of state the source does not name. */
	unnamedLeader: (country: string): string => `the head of state of ${country} (not named in the source)`,
	outletNotNamed: 'outlet not named',
	noPublicationDate: 'no publication date stated',
	noPartyDocuments: 'No document in the sources names it as a party',
	/** A set answer's documents, as named by the source's lists. */
	asListed: "as the source's lists name them",
	/** A count the source states that its lists do not bear out, or do. */
	countMatches: 'which matches',
	countDiffers: (listed: number): string => `which differs from the ${listed} named`,
	titlesNotListed: 'their titles are not listed',
} as const;
