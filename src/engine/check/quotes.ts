/**
 * Claims that someone said certain words (“We are committed to continuing on this path,” said Tokayev). A quotation
 * is looked for in the sentences of the sources, word for word once folded (case, accents, punctuation); its speaker,
 * if the claim names one, must be the one the source names. A quotation the sources hold in other words is
 * contradicted by their wording; one they do not hold at all is not in the sources.
 */
import type { PassageAnswer } from '../answer.js';
import { foldText } from '../normalise.js';
import type { Clause, CheckData } from './context.js';
import type { Span } from './sentences.js';
import { SAYING, speakerOf } from './speakers.js';
import type { Claim, Expected, Verdict } from './verdict.js';
import { notInSources, subjectNotInSources } from './notInSources.js';
import { stemmedWords } from './words.js';

export interface QuoteClaim {
	kind: 'quote';
	clause: Clause;
	quote: Span;
}

/** A quotation between typographic or straight double quotes. */
const QUOTATION = /[“"]([^“”"]+)[”"]/gu;
/** Shorter quotations are names or phrases ("second homeland"), not statements to find. */
const MIN_QUOTE_WORDS = 5;
/** A sentence of the sources holding this share of a quotation's words says it in other words. */
const REWORDED_SHARE = 0.75;

export class Quotes {
	constructor(private readonly data: CheckData) {}

	/** Quotations are read per sentence: a clause break can fall inside one. Each is claimed by the clause it opens in. */
	read(clause: Clause): QuoteClaim[] {
		return quotations(clause)
			.filter((quote) => quote.start >= clause.span.start && quote.start < clause.span.end)
			.map((quote) => ({ kind: 'quote', clause, quote }));
	}

	check(claim: QuoteClaim): Verdict {
		const { clause } = claim;
		const shown: Claim = { kind: 'quote', span: clause.sentence.sentence, focus: claim.quote };
		const absent = subjectNotInSources(shown, clause, this.data);
		if (absent) return absent;
		const quoted = clause.text.slice(claim.quote.start, claim.quote.end);
		const folded = ` ${foldText(quoted)} `;
		const passages = this.data.sourceSentences();
		// A quotation of several sentences is found sentence by sentence; the first one's sentence is cited.
		const parts = quoted
			.split(/(?<=[.!?])\s+/u)
			.map((part) => ` ${foldText(part)} `)
			.filter((part) => part.trim().split(' ').length >= 3);
		const found =
			passages.find((entry) => entry.folded.includes(folded)) ??
			(parts.length > 1 && parts.every((part) => passages.some((entry) => entry.folded.includes(part)))
				? passages.find((entry) => entry.folded.includes(parts[0] ?? folded))
				: undefined);
		if (!found) {
			const terms = new Set(stemmedWords(quoted));
			const closest = passages
				.map((entry) => ({ entry, shared: [...terms].filter((term) => entry.terms.has(term)).length }))
				.sort((a, b) => b.shared - a.shared)[0];
			if (closest && terms.size > 0 && closest.shared / terms.size >= REWORDED_SHARE) {
				return {
					kind: 'contradicted',
					claim: shown,
					expected: this.expected(closest.entry.answer),
					differs: 'wording',
					claimed: claim.quote,
					citations: this.data.cite([
						{ source: closest.entry.answer.record.source, quote: closest.entry.answer.record.text },
					]),
				};
			}
			return notInSources(shown, 'no-record');
		}
		const passage = found.answer.record;
		const expected = this.expected(found.answer);
		const citations = this.data.cite([
			{ source: passage.source, quote: passage.text },
			...(passage.attribution ? [{ source: passage.source, quote: passage.attribution }] : []),
		]);
		const speaker = speakerOf(clause, this.data, claim.quote);
		if (!speaker) return { kind: 'supported', claim: shown, expected, citations };
		if (passage.speakerPerson !== null) {
			return speaker.people.has(passage.speakerPerson)
				? { kind: 'supported', claim: shown, expected, citations }
				: { kind: 'contradicted', claim: shown, expected, differs: 'speaker', claimed: speaker, citations };
		}
		// Not a quotation in the source: the sentence or its attribution may still name who spoke ("…, stated Tokayev").
		return this.data.sentenceNames(found.answer, speaker.people)
			? { kind: 'supported', claim: shown, expected, citations }
			: notInSources(shown, 'unattributed', expected, citations);
	}

	/** Where the clause's sentence quotes someone: the words inside are the quotation's claim, not claims of their own. */
	spans(clause: Clause): Span[] {
		return quotations(clause);
	}

	private expected(answer: PassageAnswer): Expected {
		return {
			of: 'quote',
			passage: answer.record,
			speakerName: answer.record.speakerPerson
				? this.data.lexicon.personName(answer.record.speakerPerson)
				: answer.record.speakerName,
			visit: answer.visit,
		};
	}
}

/** How far from a quotation a verb of saying makes it someone's words ("…,” said Tokayev; Erdoğan said: “…”). */
const SAYING_NEAR = 30;

/**
 * The quotations of the clause's sentence that are someone's words: they end as a sentence does (“…,” “….”) or a verb of
 * saying stands beside them. A name or title in quotes (“Kazakh Academy of Sport and Tourism”) is neither.
 */
function quotations(clause: Clause): Span[] {
	const sentence = clause.sentence.sentence;
	const body = clause.text.slice(sentence.start, sentence.end);
	const spans: Span[] = [];
	for (const match of body.matchAll(QUOTATION)) {
		const inside = match[1] ?? '';
		if (inside.trim().split(/\s+/u).length < MIN_QUOTE_WORDS) continue;
		const around =
			body.slice(Math.max(0, match.index - SAYING_NEAR), match.index) +
			' ' +
			body.slice(match.index + match[0].length, match.index + match[0].length + SAYING_NEAR);
		if (!/[.,!?…;]\s*$/u.test(inside) && !SAYING.test(around)) continue;
		const start = sentence.start + match.index + 1;
		spans.push({ start, end: start + inside.length });
	}
	return spans;
}
