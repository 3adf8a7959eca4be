/**
 * Checks a text against the sources, claim by claim: splits it into sentences and clauses, reads the claims each
 * clause makes (quotations, awards, proposals, document titles, counts of documents, figures, meeting dates) and
 * judges each against the records. Knows no Discord and writes no prose: it returns a `CheckResult`.
 */
import type { Engine } from '../engine.js';
import { Awards } from './awards.js';
import { CheckData, Clause, SentenceReading } from './context.js';
import { Counts } from './counts.js';
import { Documents } from './documents.js';
import { Figures } from './figures.js';
import { MeetingDates } from './meetingDates.js';
import { Proposals } from './proposals.js';
import type { Quantity } from './quantities.js';
import { Quotes } from './quotes.js';
import type { MeetingScope } from './scope.js';
import { type Span, splitSentences } from './sentences.js';
import type { CheckResult, Verdict } from './verdict.js';

export class Checker {
	private readonly data: CheckData;
	private readonly quotes: Quotes;
	private readonly awards: Awards;
	private readonly proposals: Proposals;
	private readonly documents: Documents;
	private readonly counts: Counts;
	private readonly figures: Figures;
	private readonly meetingDates: MeetingDates;

	constructor(engine: Engine) {
		this.data = new CheckData(engine);
		this.quotes = new Quotes(this.data);
		this.awards = new Awards(this.data);
		this.proposals = new Proposals(this.data);
		this.documents = new Documents(this.data);
		this.counts = new Counts(this.data);
		this.figures = new Figures(this.data);
		this.meetingDates = new MeetingDates(this.data);
	}

	/**
	 * @param text - any text: a message, a paragraph of a draft
	 * @returns a verdict per claim found, in the order the claims stand in the text
	 * @example
	 * new Checker(engine).check('20 documents were signed in Ashgabat in 2021.').verdicts[0]?.kind; // 'supported'
	 */
	check(text: string): CheckResult {
		const verdicts: Verdict[] = [];
		const sentences = splitSentences(text);
		let previous: MeetingScope | undefined;
		for (const sentence of sentences) {
			const reading = new SentenceReading(sentence, previous);
			for (const span of sentence.clauses) reading.clauses.push(new Clause(text, span, reading, this.data));
			for (const clause of reading.clauses) verdicts.push(...this.checkClause(clause));
			previous = reading.scope();
		}
		verdicts.sort((a, b) => a.claim.focus.start - b.claim.focus.start);
		return { text, sentences: sentences.length, verdicts };
	}

	private checkClause(clause: Clause): Verdict[] {
		const quotes = this.quotes.read(clause);
		const quotations = this.quotes.spans(clause);
		const quoted = (span: Span): boolean =>
			quotations.some((quote) => span.start >= quote.start && span.end <= quote.end);
		const awards = this.awards.read(clause);
		const proposals = this.proposals.read(clause);
		const documents = this.documents.read(clause);
		const counts = this.counts.read(clause).filter((claim) => !quoted(claim.quantity));
		const taken = new Set<Quantity>([
			...counts.map((claim) => claim.quantity),
			...clause.quantities.filter((quantity) => quoted(quantity)),
		]);
		const figures = this.figures.read(clause, taken);
		// A date beside another claim dates it or chooses its meeting; alone in a clause about meeting, it is a claim.
		const others = quotes.length + awards.length + proposals.length + documents.length + counts.length + figures.length;
		const dates = others === 0 ? this.meetingDates.read(clause).filter((claim) => !quoted(claim.date)) : [];
		return [
			...quotes.map((claim) => this.quotes.check(claim)),
			...awards.map((claim) => this.awards.check(claim)),
			...proposals.flatMap((claim) => this.proposals.check(claim) ?? []),
			...documents.map((claim) => this.documents.check(claim)),
			...counts.map((claim) => this.counts.check(claim)),
			...figures.map((claim) => this.figures.check(claim)),
			...dates.map((claim) => this.meetingDates.check(claim)),
		];
	}
}

/** One checker per engine, built on the first check: its tables are the dataset's, like the engine's own. */
const checkers = new WeakMap<Engine, Checker>();

/**
 * Checks a text against the engine's sources (see `Checker.check`).
 *
 * @example
 * checkText(engine, 'The sources list 20 documents signed in Ashgabat.').verdicts.length; // 1
 */
export function checkText(engine: Engine, text: string): CheckResult {
	let checker = checkers.get(engine);
	if (!checker) {
		checker = new Checker(engine);
		checkers.set(engine, checker);
	}
	return checker.check(text);
}
