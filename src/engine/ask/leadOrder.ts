/**
 * Which of the best matches leads. The search ranks by shared words; a researcher reads the first answer, which must
 * be the one that answers what was asked. Five rules, applied in turn to the best hits:
 *
 * 1. The telling word (the question's rarest word a close match holds, `tellingWord.ts`) lifts the match that holds
 *    it, unless the lead is of the kind the question names ("which award", "which document") and the lifted one is
 *    not: "What decoration did Tokayev hand the Turkmen leader" keeps the award over a figure holding "leader".
 * 2. A question asking what someone proposed is answered by a proposal still proposed, before a goal both sides agreed
 *    on (an agreed proposal, or the goal's figure).
 * 3. A question asking what someone said, or how they saw something, is answered by the sentence that reports it,
 *    before the record of the thing it was said about.
 * 4. A summary (a visit, an article, a person, a body, or a note of where the sources disagree, which lists the facts
 *    it is about) gives way to a record or sentence of one thing among the first `RANKING.specificLeadWithin`, unless
 *    the question's intents favour the summary's kind ("who hosted", "where").
 * 5. A question asking for a measure is answered first by the match that gives it (`answerFit.ts`); that rule needs
 *    the measure fit, so `ask.ts` applies it.
 */
import type { AnswerKind } from '../answer.js';
import type { Entry } from '../entries.js';
import type { Hit } from '../search/searchIndex.js';
import type { Intent, QuestionContext } from './questionContext.js';
import { RANKING } from './ranking.js';
import { termsOf, withTellingWordFirst } from './tellingWord.js';

/**
 * Intents that name the kind of record asked for: "which award", "which document", "which visit", "which outlet",
 * "which Kazakh figure", "which body".
 */
const NAMING_INTENTS: ReadonlySet<Intent> = new Set(['award', 'document', 'source', 'visit', 'person', 'organisation']);

/** Records that span many facts: a meeting's, an article's, a person's or an organisation's summary; a discrepancy. */
const BROAD_KINDS: ReadonlySet<AnswerKind> = new Set(['visit', 'source', 'person', 'organisation', 'discrepancy']);

/**
 * @param hits - the best hits, best first
 * @param telling - the question's telling word, if any
 * @param context - the question's intents
 * @param kindWeights - the weight the question's intents give each kind (1 when they favour none)
 * @returns the hits with the one that answers what was asked first (rules 1 to 4 above)
 */
export function withAnsweringLead(
	hits: readonly Hit<Entry>[],
	telling: string | undefined,
	context: QuestionContext,
	kindWeights: Partial<Record<AnswerKind, number>>,
): Hit<Entry>[] {
	const namedKinds = new Set(
		[...context.intents].flatMap((intent) =>
			NAMING_INTENTS.has(intent) ? Object.keys(RANKING.intentKindBoost[intent] ?? {}) : [],
		),
	);
	const named = (entry: Entry | undefined): boolean => entry !== undefined && namedKinds.has(entry.kind);
	const lifted = withTellingWordFirst(hits, telling);
	const ranked = named(hits[0]?.entry) && !named(lifted[0]?.entry) ? [...hits] : lifted;
	// The search words are folded already (`readQuestion`).
	const proposed = PROPOSING.test(context.searchText) ? proposedOverAgreed(ranked) : undefined;
	if (proposed) return withFirst(ranked, proposed);
	const [top] = ranked;
	if (context.asksWhatWasSaid && !context.compares && top && top.entry.kind !== 'passage') {
		const said = reportingSentence(ranked, context);
		if (said) return withFirst(ranked, said);
	}
	if (!top || !BROAD_KINDS.has(top.entry.kind) || (kindWeights[top.entry.kind] ?? 1) > 1) return ranked;
	const specific = ranked.slice(0, RANKING.specificLeadWithin).find(({ entry }) => !BROAD_KINDS.has(entry.kind));
	return specific ? withFirst(ranked, specific) : ranked;
}

/**
 * "What did Tokayev say the border documents accomplished?", "How did Serdar Berdimuhamedov say he regards the
 * award?": the sentence that reports it, among the first `RANKING.specificLeadWithin`, leads over the record of the
 * thing it was said about. It must share a word of the question beyond the names of its scope: the sentence shown
 * near the top only for being the best sentence (`withSentenceNearTop`) may be about something else.
 */
function reportingSentence(hits: readonly Hit<Entry>[], context: QuestionContext): Hit<Entry> | undefined {
	const asked = [...termsOf(context.searchText)].filter((term) => !context.scopeNameTerms.has(term));
	return hits
		.slice(0, RANKING.specificLeadWithin)
		.find(({ entry }) => entry.kind === 'passage' && asked.some((term) => entry.terms.has(term)));
}

/** Words that ask what someone put forward, rather than what both sides agreed. */
const PROPOSING = /\b(propos(e|ed|es|ing|al|als)|offer(ed|s|ing)?|suggest(ed|s|ing)?|put forward|float(ed|s)?)\b/u;

/**
 * "What did Kazakhstan propose to lift trade to $1 billion?" asks for a proposal, not for the goal both sides agreed
 * on: a proposal still proposed, among the first `RANKING.specificLeadWithin`, leads over an agreed one, the goal's
 * figure or a sentence.
 */
function proposedOverAgreed(hits: readonly Hit<Entry>[]): Hit<Entry> | undefined {
	const status = (hit: Hit<Entry> | undefined): string | undefined =>
		hit?.entry.answer.kind === 'proposal' ? hit.entry.answer.record.status : undefined;
	const [top] = hits;
	if (status(top) === 'proposed') return undefined;
	return hits.slice(1, RANKING.specificLeadWithin).find((hit) => status(hit) === 'proposed');
}

/** The hits with one of them moved first. */
export function withFirst(hits: readonly Hit<Entry>[], first: Hit<Entry>): Hit<Entry>[] {
	return [first, ...hits.filter((hit) => hit !== first)];
}
