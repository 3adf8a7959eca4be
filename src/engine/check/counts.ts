/**
 * Claims of how many documents were signed at a meeting ("20 documents were signed in Ashgabat", "four memoranda on
 * the sidelines"). The count is the engine's (`Engine.countAnswer`, see `src/engine/ask/documentCounts.ts`): the
 * documents the source's lists name as signed there, beside any total the source states in words. A kind of document
 * or a way of signing narrows the listed ones. Where the lists are not the whole (the source states more than it
 * lists, or lists nothing), they bear nothing out and contradict nothing.
 */
import type { DocumentRecord, FigureRecord, Signing, VisitRecord } from '../../data/schema.js';
import type { NamedDocumentKind } from '../ask/questionContext.js';
import { kindMatches } from '../filters.js';
import { compareValues } from './compare.js';
import type { Clause, CheckData } from './context.js';
import type { Quantity } from './quantities.js';
import { readQualifier } from './quantities.js';
import type { Claim, Expected, SourcedCitation, Verdict } from './verdict.js';
import { meetings, notInSources, subjectNotInSources } from './notInSources.js';

export interface CountClaim {
	kind: 'count';
	clause: Clause;
	quantity: Quantity;
	kinds: readonly NamedDocumentKind[];
	signings: readonly Signing[];
}

/** The words (stemmed) that make a count one of documents; "agreement" and "document" name no kind. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
	'document',
	'agreement',
	'memorandum',
	'understanding',
	'treaty',
	'plan',
	'statement',
	'declaration',
	'protocol',
	'contract',
	'accord',
	'deal',
	'roadmap',
	'programme',
	'program',
]);
const KIND_NOUNS: readonly [string, NamedDocumentKind][] = [
	['memorandum', 'memorandum'],
	['understanding', 'memorandum'],
	['plan', 'plan'],
	['treaty', 'treaty'],
	['declaration', 'declaration'],
];
/** A count of agreements already in force is a figure (the legal framework), not a count of documents signed. */
const IN_FORCE = / (?:in force|legal framework|legal base|treaty base|already exist|exist|existing|in effect) /u;
/**
 * Ways of signing a claim can name. "The presidents signed 20 documents" is how prose says the visit's documents were
 * signed, so signing by the heads of state themselves is not read from it.
 */
const SIGNING_CUES: readonly [Signing, RegExp][] = [
	['sidelines', / sidelines? /u],
	['exchanged-in-presence', / (?:exchang\w*|in (?:the|their) presence) /u],
];

export class Counts {
	constructor(private readonly data: CheckData) {}

	read(clause: Clause): CountClaim[] {
		if (clause.says(IN_FORCE)) return [];
		return clause.quantities.flatMap((quantity) => {
			if (quantity.unit.class !== 'count' || !quantity.unit.noun.some((term) => DOCUMENT_NOUNS.has(term))) return [];
			const { noun } = quantity.unit;
			const joint = noun.includes('joint') && noun.includes('statement');
			const kinds: NamedDocumentKind[] = joint
				? ['joint-statement']
				: [...new Set(KIND_NOUNS.filter(([word]) => noun.includes(word)).map(([, kind]) => kind))];
			const signings = SIGNING_CUES.filter(([, cue]) => clause.says(cue)).map(([signing]) => signing);
			return [{ kind: 'count' as const, clause, quantity, kinds, signings }];
		});
	}

	check(claim: CountClaim): Verdict {
		const { clause, quantity } = claim;
		const shown: Claim = {
			kind: 'count',
			span: clause.span,
			focus: clause.focusOf(quantity, (term) => DOCUMENT_NOUNS.has(term)),
		};
		const scope = clause.scope();
		const absent = subjectNotInSources(shown, clause, this.data, scope);
		if (absent) return absent;
		const visits = scope.kind === 'meetings' ? scope.visits : this.data.dataset.visits.map((visit) => visit.id);
		if (visits.length !== 1) return notInSources(shown, 'several-meetings', meetings(this.data, visits));
		const visit = this.data.visit(visits[0] ?? null);
		const count = visit ? this.data.engine.countAnswer(visit.id) : undefined;
		if (!visit || count?.value.of !== 'visit') return notInSources(shown, 'no-record');
		const { listed, stated, discrepancies } = count.value;
		const narrowed = claim.kinds.length + claim.signings.length > 0;
		const matching = listed.filter((document) => matchesClaim(document, claim));
		// The lists are the whole when they name documents and no stated total is larger.
		const complete = listed.length > 0 && stated.every((figure) => figure.value <= listed.length);
		const expected: Expected = {
			of: 'count',
			visit,
			listed: complete ? matching.length : null,
			kinds: claim.kinds,
			signings: claim.signings,
			stated: narrowed ? [] : stated,
			discrepancies: narrowed ? [] : discrepancies,
		};
		const options: { value: number; qualifier: ReturnType<typeof readQualifier>; figure?: FigureRecord }[] = [
			...(complete ? [{ value: matching.length, qualifier: 'exact' as const }] : []),
			...(narrowed
				? []
				: stated.map((figure) => ({ value: figure.value, qualifier: readQualifier(figure.qualifier), figure }))),
		];
		if (options.length === 0)
			return notInSources(shown, 'not-listed', { ...expected, stated }, this.listCitations(visit, matching, stated));
		const compared = options.map((option) => ({ option, comparison: compareValues(quantity, option) }));
		const match = compared.find(({ comparison }) => comparison === 'match')?.option;
		if (match) {
			const citations = match.figure
				? this.data.cite(match.figure.evidence.slice(0, 1))
				: this.listCitations(visit, matching, []);
			return { kind: 'supported', claim: shown, expected, citations };
		}
		const citations = this.listCitations(visit, matching, expected.stated);
		if (compared.some(({ comparison }) => comparison === 'less-precise'))
			return notInSources(shown, 'less-precise', expected, citations);
		return {
			kind: 'contradicted',
			claim: shown,
			expected,
			differs: 'value',
			claimed: { start: quantity.start, end: quantity.number.end },
			citations,
		};
	}

	/** The stated totals' quotes, then the first and last documents of the list (its ends show what it holds). */
	private listCitations(
		visit: VisitRecord,
		documents: readonly DocumentRecord[],
		stated: readonly FigureRecord[],
	): SourcedCitation[] {
		const ends = documents.length > 1 ? [documents[0], documents.at(-1)] : documents.slice(0, 1);
		const evidence = [
			...stated.flatMap((figure) => figure.evidence.slice(0, 1)),
			...ends.flatMap((document) => document?.evidence.slice(0, 1) ?? []),
		];
		return this.data.cite(evidence.length > 0 ? evidence : visit.evidence.slice(0, 1));
	}
}

function matchesClaim(document: DocumentRecord, claim: CountClaim): boolean {
	const kindOk =
		claim.kinds.length === 0 ||
		claim.kinds.some((kind) =>
			kind === 'declaration'
				? document.kind === 'declaration' || document.kind === 'joint-declaration'
				: kindMatches(document.kind, kind),
		);
	return kindOk && (claim.signings.length === 0 || claim.signings.includes(document.signing));
}
