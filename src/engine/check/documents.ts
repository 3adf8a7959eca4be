/**
 * Claims about a document named by its title ("The Agreement on the delimitation of the state border was signed in
 * Ashgabat"). The document is the one whose title or aliases hold most of the words of the title the claim writes;
 * what the claim says of it (signed, where, at which meeting, when) is checked against its record. A title the sources
 * hold only as a proposal was not signed; a title they do not hold at all is not in the sources.
 */
import type { DocumentRecord, ProposalRecord } from '../../data/schema.js';
import { compareDate } from './compare.js';
import type { Clause, CheckData } from './context.js';
import type { Span } from './sentences.js';
import type { Claim, Expected, Verdict } from './verdict.js';
import { notInSources, subjectNotInSources } from './notInSources.js';

export interface DocumentClaim {
	kind: 'document';
	clause: Clause;
	/** The title as the claim writes it. */
	title: Span;
}

/** The start of a document's title, as titles begin. */
const TITLE =
	/\b(?:(?:the\s+)?(?:Joint\s+(?:Statement|Declaration|Communiqu[eé])|(?:Intergovernmental\s+|Interagency\s+)?(?:Agreement|Memorandum(?:\s+of\s+(?:Understanding|Intent|Cooperation))?|Treaty|Plan|Programme|Program|Protocol|Roadmap|Road\s+Map|Convention|Declaration|Accord)\s+(?:on|of|between|for|in|about|concerning|regarding)\b))/iu;
/** Where a title written in a claim ends: at its verb or its punctuation. */
const TITLE_END =
	/\s(?:was|were|is|are|has|have|had|will|would|signed|concluded|adopted|exchanged|ratified|became|entered|remains|covers|provides|dated)\b|[,;.:()]|\s(?:in|on)\s+(?:\d|[\p{Lu}][\p{L}]+\s+\d)/u;
/** Claims that a document was signed. */
const SIGNED = / (?:signed|sign|concluded|adopted|exchanged|inked|ratified) /u;
/** Words every title has, which tell no document apart. */
const TITLE_WORDS: ReadonlySet<string> = new Set([
	'agreement',
	'memorandum',
	'understanding',
	'intent',
	'treaty',
	'plan',
	'programme',
	'program',
	'protocol',
	'declaration',
	'statement',
	'joint',
	'between',
	'government',
	'republic',
	'intergovernmental',
	'interagency',
	'cooperation',
	'field',
	'area',
	'sphere',
]);
/** A document is the one named when it holds this share of the claim's title words … */
const MIN_TITLE_COVERAGE = 0.6;
/** … and at least this many of them (a short title such as "Joint Statement" is matched by its kind). */
const MIN_TITLE_WORDS = 2;

type Named = { document: DocumentRecord; proposal?: undefined } | { proposal: ProposalRecord; document?: undefined };

interface TitleEntry {
	named: Named;
	terms: ReadonlySet<string>;
	/** The title's first words ("joint statement"), for a claim that writes no more. */
	kind: string;
}

export class Documents {
	private readonly entries: readonly TitleEntry[];

	constructor(private readonly data: CheckData) {
		const entry = (named: Named, title: string, aliases: readonly string[], kind: string): TitleEntry => ({
			named,
			terms: new Set(this.titleTerms([title, ...aliases].join(' '))),
			kind,
		});
		this.entries = [
			...data.dataset.documents.map((document) => entry({ document }, document.title, document.aliases, document.kind)),
			...data.dataset.proposals
				.filter((proposal) => proposal.kind === 'document')
				.map((proposal) => entry({ proposal }, proposal.title, proposal.aliases, proposal.documentKind ?? '')),
		];
	}

	read(clause: Clause): DocumentClaim[] {
		const start = TITLE.exec(clause.words);
		if (!start) return [];
		// A title alone (an item of a list) claims nothing; signed, or signed somewhere, it does.
		if (!clause.says(SIGNED) && clause.facets.cities.length === 0) return [];
		const from = clause.span.start + start.index;
		// "a joint statement" is the whole title; "Agreement on …" runs on to the verb or the punctuation.
		const rest = /joint\s+(?:statement|declaration|communiqu)/iu.test(start[0])
			? ''
			: clause.text.slice(from + start[0].length, clause.span.end);
		const end = TITLE_END.exec(rest);
		const title = { start: from, end: from + start[0].length + (end ? end.index : rest.length) };
		return [{ kind: 'document', clause, title }];
	}

	check(claim: DocumentClaim): Verdict {
		const { clause } = claim;
		const shown: Claim = { kind: 'document', span: clause.span, focus: claim.title };
		const scope = clause.scope({ years: false, carry: false });
		const absent = subjectNotInSources(shown, clause, this.data, scope);
		if (absent) return absent;
		const written = clause.text.slice(claim.title.start, claim.title.end);
		const wanted = this.titleTerms(written);
		const kind = /joint\s+statement/iu.test(written)
			? 'joint-statement'
			: /joint\s+declaration/iu.test(written)
				? 'joint-declaration'
				: undefined;
		const scored = this.entries
			.map((entry) => ({ entry, shared: wanted.filter((term) => entry.terms.has(term)).length }))
			.filter(({ entry, shared }) =>
				wanted.length < MIN_TITLE_WORDS
					? kind !== undefined && entry.kind === kind
					: shared >= MIN_TITLE_WORDS && shared / wanted.length >= MIN_TITLE_COVERAGE,
			);
		if (scored.length === 0) return notInSources(shown, 'no-record');
		const inScope = (entry: TitleEntry): boolean => {
			if (scope.kind !== 'meetings') return true;
			const visit = entry.named.document
				? (entry.named.document.visit ?? entry.named.document.mentionedAt)
				: entry.named.proposal.visit;
			return visit !== null && scope.visits.includes(visit);
		};
		const top = Math.max(...scored.map(({ shared }) => shared));
		const best = scored.filter(({ shared }) => shared === top).map(({ entry }) => entry);
		const chosen = best.filter(inScope);
		const [named] = chosen.length > 0 ? chosen : best;
		if (!named) return notInSources(shown, 'no-record');
		if (chosen.length > 1 && scope.kind === 'none') {
			const visits = chosen.flatMap(({ named: one }) => (one.document?.visit ? [one.document.visit] : []));
			if (new Set(visits).size > 1)
				return notInSources(shown, 'several-meetings', {
					of: 'meetings',
					visits: this.data.dataset.visits.filter((visit) => visits.includes(visit.id)),
				});
		}
		if (named.named.proposal) {
			const { proposal } = named.named;
			const expected: Expected = {
				of: 'proposal',
				proposal,
				proposedBy: [
					...proposal.proposedBy.people.map((id) => this.data.lexicon.personName(id)),
					...proposal.proposedBy.countries,
				],
				supportedBy: [],
				visit: this.data.visit(proposal.visit),
			};
			const citations = this.data.cite(proposal.evidence.slice(0, 2));
			return clause.says(SIGNED)
				? { kind: 'contradicted', claim: shown, expected, differs: 'status', claimed: claim.title, citations }
				: { kind: 'supported', claim: shown, expected, citations };
		}
		return this.against(shown, clause, named.named.document, chosen.length > 0);
	}

	private against(shown: Claim, clause: Clause, document: DocumentRecord, inScope: boolean): Verdict {
		const visit = this.data.visit(document.visit ?? document.mentionedAt);
		const expected: Expected = { of: 'document', document, visit };
		const citations = this.data.cite(document.evidence.slice(0, 1));
		if (!inScope)
			return {
				kind: 'contradicted',
				claim: shown,
				expected,
				differs: 'place',
				claimed: placeWords(clause) ?? shown.focus,
				citations,
			};
		// A date inside the title ("Plan … for 2026–2027") is its period, not when it was signed.
		const [date] = clause.dates.filter(
			(candidate) => candidate.start >= shown.focus.end || candidate.end <= shown.focus.start,
		);
		if (date) {
			const comparison = document.signedDate ? compareDate(date, document.signedDate) : 'less-precise';
			if (comparison === 'differs')
				return { kind: 'contradicted', claim: shown, expected, differs: 'date', claimed: date, citations };
			if (comparison === 'less-precise') return notInSources(shown, 'less-precise', expected, citations);
		}
		return { kind: 'supported', claim: shown, expected, citations };
	}

	private titleTerms(text: string): string[] {
		return [...new Set(this.data.tellingTerms(text).filter((term) => !TITLE_WORDS.has(term)))];
	}
}

/** The words of the clause that name a place or meeting, for "not in Astana". */
function placeWords(clause: Clause): Span | undefined {
	const cities = new Set(clause.facets.cities);
	const token = clause.tokens.find((candidate) => cities.has(candidate.folded));
	return token ? { start: token.start, end: token.end } : undefined;
}
