/**
 * Claims of who proposed what ("Tokayev proposed a special border trade zone", "Kazakhstan suggested a work plan to
 * boost trade"). The proposal is the one whose title and aliases share most of their words with what the claim says
 * was proposed; the proposer the claim names is checked against those the source names, person by person or, where
 * the source names only a country, country by country.
 */
import type { Country, ProposalRecord } from '../../data/schema.js';
import type { Clause, CheckData } from './context.js';
import type { Span } from './sentences.js';
import { peopleOf } from './speakers.js';
import type { Claim, Expected, Verdict } from './verdict.js';
import { notInSources, subjectNotInSources } from './notInSources.js';

export interface ProposalClaim {
	kind: 'proposal';
	clause: Clause;
	/** The words after the verb: what was proposed. */
	object: Span;
	verb: Span;
	proposer?: Span & { people: ReadonlySet<string>; countries: readonly Country[] };
}

/** Verbs of proposing. */
const PROPOSED =
	/\b(?:proposed|proposes|propose|proposing|suggested|suggests|put forward|puts forward|called for|calls for|initiated|advocated|floated|came up with)\b/iu;
/** "was proposed by X": the proposer follows. */
const PASSIVE = /\b(?:was|were|has been|had been|is|are)\s+$/iu;

/** A proposal is the one a claim names when they share this many words … */
const MIN_SHARED_WORDS = 2;
/** … covering this share of its title or of one of its aliases. */
const MIN_NAME_SHARE = 0.5;

interface ProposalEntry {
	proposal: ProposalRecord;
	/** The words of its title, and of each alias. */
	names: readonly ReadonlySet<string>[];
}

export class Proposals {
	private readonly entries: readonly ProposalEntry[];

	constructor(private readonly data: CheckData) {
		this.entries = data.dataset.proposals.map((proposal) => ({
			proposal,
			names: [proposal.title, ...proposal.aliases].map((name) => new Set(data.tellingTerms(name))),
		}));
	}

	read(clause: Clause): ProposalClaim[] {
		const verb = PROPOSED.exec(clause.words);
		if (!verb) return [];
		const verbSpan = { start: clause.span.start + verb.index, end: clause.span.start + verb.index + verb[0].length };
		const object = { start: verbSpan.end, end: clause.span.end };
		const passive = PASSIVE.test(clause.text.slice(clause.span.start, verbSpan.start));
		const proposer = passive ? this.proposerAfter(clause, verbSpan.end) : this.proposerBefore(clause, verbSpan.start);
		return [
			{
				kind: 'proposal',
				clause,
				object: passive ? { start: clause.span.start, end: verbSpan.start } : object,
				verb: verbSpan,
				...(proposer ? { proposer } : {}),
			},
		];
	}

	/** @returns the verdict, or undefined for a claim that names no proposer and nothing the sources hold */
	check(claim: ProposalClaim): Verdict | undefined {
		const { clause } = claim;
		const shown: Claim = {
			kind: 'proposal',
			span: clause.span,
			focus: { start: claim.verb.start, end: claim.object.end },
		};
		const scope = clause.scope({ people: false, carry: false });
		const absent = subjectNotInSources(shown, clause, this.data, scope);
		if (absent) return absent;
		const wanted = new Set(this.data.tellingTerms(clause.text.slice(claim.object.start, claim.object.end)));
		// The name the claim's words cover best: the title, or an alias ("Garabogaz bridge").
		const scored = this.entries
			.map((entry) => {
				let shared = 0;
				let share = 0;
				for (const name of entry.names) {
					let inName = 0;
					for (const term of name) if (wanted.has(term)) inName += 1;
					if (name.size > 0 && inName / name.size > share) {
						share = inName / name.size;
						shared = inName;
					}
				}
				return { entry, shared, share };
			})
			.filter(({ shared, share }) => shared >= MIN_SHARED_WORDS && share >= MIN_NAME_SHARE);
		const inScope =
			scope.kind === 'meetings'
				? scored.filter(({ entry }) => entry.proposal.visit !== null && scope.visits.includes(entry.proposal.visit))
				: scored;
		const top = Math.max(...inScope.map(({ shared }) => shared));
		const best = inScope.filter(({ shared }) => shared === top).map(({ entry }) => entry.proposal);
		if (best.length === 0) {
			const elsewhere = scored[0]?.entry.proposal;
			if (elsewhere)
				return {
					kind: 'contradicted',
					claim: shown,
					expected: this.expected(elsewhere),
					differs: 'place',
					claimed: claim.object,
					citations: this.citations(elsewhere),
				};
			// Without a proposer there is no claim to check unless the sources hold what was proposed.
			return (
				this.saidInSentence(shown, claim, wanted) ?? (claim.proposer ? notInSources(shown, 'no-record') : undefined)
			);
		}
		const verdicts = best.map((proposal) => this.against(shown, claim, proposal));
		return (
			verdicts.find((verdict) => verdict.kind === 'supported') ??
			verdicts.find((verdict) => verdict.kind === 'not-in-sources') ??
			verdicts[0] ??
			notInSources(shown, 'no-record')
		);
	}

	/**
	 * No proposal record holds it, but a sentence of the sources may say it, naming the proposer ("Tokayev called for
	 * greater cooperation in logistics and transport"). A proposer named only as a country is not looked for in prose.
	 */
	private saidInSentence(shown: Claim, claim: ProposalClaim, wanted: ReadonlySet<string>): Verdict | undefined {
		const { proposer } = claim;
		if (proposer && proposer.people.size === 0) return undefined;
		const sentence = this.data.sentenceSaying(wanted, proposer?.people ?? new Set());
		if (!sentence) return undefined;
		const { record } = sentence;
		return {
			kind: 'supported',
			claim: shown,
			expected: { of: 'passage', passage: record, visit: sentence.visit },
			citations: this.data.cite([{ source: record.source, quote: record.text }]),
		};
	}

	private against(shown: Claim, claim: ProposalClaim, proposal: ProposalRecord): Verdict {
		const expected = this.expected(proposal);
		const citations = this.citations(proposal);
		const { proposer } = claim;
		if (!proposer) return { kind: 'supported', claim: shown, expected, citations };
		const { people, countries } = proposal.proposedBy;
		const countryOf = (id: string): Country | null => this.data.dataset.personById.get(id)?.country ?? null;
		const byPerson = [...proposer.people].some((id) => people.includes(id));
		const byCountry = proposer.countries.some(
			(country) => countries.includes(country) || people.some((id) => countryOf(id) === country),
		);
		if (byPerson || (proposer.people.size === 0 && byCountry))
			return { kind: 'supported', claim: shown, expected, citations };
		const named = people.length + countries.length > 0;
		// The source names only the country: a person of it is not borne out; a person of another country is wrong.
		const sameCountry = [...proposer.people].some((id) => {
			const country = countryOf(id);
			return country !== null && countries.includes(country);
		});
		if (!named || (people.length === 0 && sameCountry)) return notInSources(shown, 'unattributed', expected, citations);
		return { kind: 'contradicted', claim: shown, expected, differs: 'proposer', claimed: proposer, citations };
	}

	/** The nearest person, leader by office or country before the verb. */
	private proposerBefore(clause: Clause, position: number): ProposalClaim['proposer'] {
		const person = [...clause.people, ...clause.offices]
			.filter((mention) => mention.end <= position)
			.sort((a, b) => b.end - a.end)[0];
		if (person)
			return { start: person.start, end: person.end, people: peopleOf(person, clause, this.data), countries: [] };
		return this.countryIn(clause, clause.span.start, position);
	}

	private proposerAfter(clause: Clause, position: number): ProposalClaim['proposer'] {
		const rest = clause.text.slice(position, clause.span.end);
		const by = /^\s+by\s+/iu.exec(rest);
		if (!by) return undefined;
		const from = position + by[0].length;
		const person = [...clause.people, ...clause.offices]
			.filter((mention) => mention.start >= from)
			.sort((a, b) => a.start - b.start)[0];
		if (person && person.start - from <= 8)
			return { start: person.start, end: person.end, people: peopleOf(person, clause, this.data), countries: [] };
		return this.countryIn(clause, from, Math.min(clause.span.end, from + 40));
	}

	private countryIn(clause: Clause, start: number, end: number): ProposalClaim['proposer'] {
		const tokens = clause.tokens.filter((token) => token.start >= start && token.end <= end);
		const countries = this.data.lexicon.countries(tokens);
		const last = countries.at(-1);
		if (!last) return undefined;
		const token = [...tokens].reverse().find((candidate) => this.data.lexicon.countries([candidate]).includes(last));
		return token ? { start: token.start, end: token.end, people: new Set(), countries: [last] } : undefined;
	}

	private expected(proposal: ProposalRecord): Expected {
		const names = (side: ProposalRecord['proposedBy']): string[] => [
			...side.people.map((id) => this.data.lexicon.personName(id)),
			...side.countries.filter(
				(country) => !side.people.some((id) => this.data.dataset.personById.get(id)?.country === country),
			),
		];
		return {
			of: 'proposal',
			proposal,
			proposedBy: names(proposal.proposedBy),
			supportedBy: names(proposal.supportedBy),
			visit: this.data.visit(proposal.visit),
		};
	}

	private citations(proposal: ProposalRecord) {
		return this.data.cite(proposal.evidence.slice(0, 2));
	}
}
