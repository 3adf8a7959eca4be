/**
 * The words answers are written with, one table per concept, so a phrase is changed in one place for every answer
 * that uses it. Dates (month names, the preposition a date's precision takes, "date not stated", "(year inferred)")
 * are in `src/text/format.ts`, and the nouns of named document kinds in `src/text/labels.ts`, because the engine's
 * autocomplete labels use them too.
 */
import type { DocumentKind, DocumentRecord, ProposalStatus, Signing } from '../data/schema.js';
import type { AnswerKind } from '../engine/answer.js';

/** Each kind of answer as a word, where a reader sees what an answer is (an embed's footer, a list's row). */
export const ANSWER_KIND_WORDS: Readonly<Record<AnswerKind, string>> = {
	document: 'Document',
	visit: 'Visit',
	figure: 'Figure',
	award: 'Award',
	event: 'Event',
	source: 'Source',
	discrepancy: 'Discrepancy',
	person: 'Person',
	organisation: 'Organisation',
	proposal: 'Proposal',
	'follow-up': 'Follow-up',
	count: 'Document count',
	comparison: 'Comparison',
	figures: 'Figures',
	awards: 'Awards',
	meetings: 'Side by side',
	passage: 'Passage',
};

/** Each kind of document as a sentence names it ("agreement, signed …", "UN resolution, adopted …"). */
export const DOCUMENT_KIND_WORDS: Readonly<Record<DocumentKind, string>> = {
	'joint-statement': 'joint statement',
	'joint-declaration': 'joint declaration',
	treaty: 'treaty',
	agreement: 'agreement',
	'agreement-of-intent': 'agreement of intent',
	memorandum: 'memorandum',
	'memorandum-of-understanding': 'memorandum of understanding',
	'memorandum-of-intent': 'memorandum of intent',
	'memorandum-of-cooperation': 'memorandum of cooperation',
	plan: 'plan',
	'un-resolution': 'UN resolution',
	declaration: 'declaration',
};

/** What was done with a document, as the source says: signed, exchanged (in the leaders' presence) or adopted. */
export type DocumentAct = 'signed' | 'exchanged' | 'adopted';

/**
 * How a document was signed, as each kind of answer says it: the act (an adopted text is told by its parties, see
 * `documentAct`), a document's own answer, a visit's document count (its groups, after "N …"; null: not counted as
 * signed at the visit) and a set of documents narrowed to that signing (null: the set says what its documents' acts
 * are).
 */
export const SIGNING_PHRASES: Readonly<
	Record<Signing, { act: Exclude<DocumentAct, 'adopted'>; document: string; count: string | null; set: string | null }>
> = {
	'heads-of-state': {
		act: 'signed',
		document: 'signed by the heads of state',
		count: 'signed by the heads of state',
		set: null,
	},
	'exchanged-in-presence': {
		act: 'exchanged',
		document: 'exchanged in the presence of the heads of state',
		count: 'exchanged in their presence',
		set: 'exchanged in the presence of the heads of state',
	},
	sidelines: {
		act: 'signed',
		document: 'signed on the sidelines',
		count: 'signed on the sidelines',
		set: 'signed on the sidelines',
	},
	'signed-at-talks': { act: 'signed', document: 'signed at the talks', count: 'signed at the talks', set: null },
	earlier: { act: 'signed', document: 'signed earlier', count: null, set: null },
};

type ActOf = Pick<DocumentRecord, 'kind' | 'signing' | 'parties'>;

/**
 * What was done with a document, from its record: a UN resolution, or a text whose one party is an international
 * organisation (the UN General Assembly's declaration), was adopted by that body; the others were signed or
 * exchanged as their signing says.
 *
 * @example
 * documentAct(universalDeclaration); // 'adopted'
 * documentAct(migrationAgreement); // 'exchanged'
 */
export function documentAct(document: ActOf): DocumentAct {
	const [only, ...others] = document.parties;
	const adoptedByBody = only !== undefined && others.length === 0 && only.type === 'international-organisation';
	return document.kind === 'un-resolution' || adoptedByBody ? 'adopted' : SIGNING_PHRASES[document.signing].act;
}

/**
 * How a document came about, as its own answer, its row in a list and a check's verdict say it.
 *
 * @example
 * signingPhrase(universalDeclaration); // 'adopted by the United Nations General Assembly'
 * signingPhrase(jointStatement); // 'signed by the heads of state'
 */
export function signingPhrase(document: ActOf): string {
	if (documentAct(document) !== 'adopted') return SIGNING_PHRASES[document.signing].document;
	const body = document.parties.find((party) => party.type === 'international-organisation')?.body;
	return body ? `adopted by ${/^the\b/iu.test(body) ? '' : 'the '}${body}` : 'adopted';
}

/** The acts of a set of documents, in this order, as "signed or exchanged". */
export const DOCUMENT_ACT_ORDER: readonly DocumentAct[] = ['signed', 'exchanged', 'adopted'];

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

/**
 * How a proposal is tied to the meeting whose source reports it: put forward or agreed at it, or reported there as
 * under way or carried out.
 */
export const PROPOSAL_MEETING_PHRASES: Readonly<Record<ProposalStatus, string>> = {
	proposed: ' at',
	agreed: ' at',
	'under-way': ', as reported at',
	done: ', as reported at',
};

/** What is said where the sources leave something out or qualify it. */
export const QUALIFIER_PHRASES = {
	/** A head of state the source does not name, by their office ("President of Kazakhstan"). */
	unnamedLeader: (office: string): string => `${office} (not named in the source)`,
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
