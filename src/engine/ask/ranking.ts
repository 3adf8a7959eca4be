/**
 * Every factor that tunes how `ask` ranks, in one place, with what each does. Changing one is changing the ranking:
 * run `npm run eval` (the tuned set and the held-out sets, reported apart) before and after.
 */
import type { AnswerKind } from '../answer.js';
import type { Relation } from '../language/wordnet.js';
import type { Intent } from './questionContext.js';

export const RANKING = {
	/**
	 * How strongly each intent favours each kind of answer, multiplied into the kind's weight (kindWeights.ts). A
	 * question's intents multiply: "how many … documents" favours counts and documents.
	 */
	intentKindBoost: {
		count: { figure: 2, count: 2 },
		amount: { figure: 2.5 },
		when: { visit: 1.5, document: 1.5, event: 1.2 },
		where: { visit: 2, event: 1.2 },
		who: { award: 1.5, visit: 1.3, figure: 1.2 },
		person: { person: 2 },
		organisation: { organisation: 2 },
		award: { award: 4, event: 1.2 },
		document: { document: 2 },
		source: { source: 4 },
		// What someone said is a sentence: the visit's summary, the article's catalogue entry and a person's or an
		// organisation's record only name the occasion or the speaker.
		statement: { passage: 3, visit: 0.5, source: 0.5, person: 0.5, organisation: 0.5 },
		visit: { visit: 2 },
	} as Readonly<Partial<Record<Intent, Partial<Record<AnswerKind, number>>>>>,
	/**
	 * What a leader's or a country's name weighs in the search within the scope it chose ("Erdoğan" in "How did Erdoğan
	 * characterise …"): the records that merely name the meeting's people otherwise outscore the sentence on the topic.
	 */
	scopeNameWeight: 0.3,
	/** A document of the sector the question names ranks this many times above one that only shares words. */
	sectorBoost: 2,
	/**
	 * A match outside the scope this many times better than the scope's best comes second (a place can be the topic,
	 * not the venue: "schools for Astana and Almaty" were announced in Ankara). 2 let a wrong sentence in; 3 did not.
	 */
	scopeDoubt: 3,
	/** The best source sentence scoring at least this share of the best answer is shown among the first three… */
	sentenceShare: 0.15,
	/** … at this position (0-based) when it ranked lower. */
	sentencePosition: 2,
	/**
	 * How many of the best hits may show that a scope which matches no meeting still describes a record (a summit a
	 * 2022 article recalls in Ashgabat), before the question is told it mixes two meetings up.
	 */
	conflictCheckedHits: 3,
	/**
	 * What a match through a word WordNet relates to a question's word weighs, when no source uses the question's word
	 * ("commerce" → "trade"), by relation; an exact match weighs 1. Broader terms are the loosest. Narrower ones
	 * ("disaster" → "tsunami") gained one dev question but reach common terms ("statement" → "agreement"), and put
	 * the 100k benchmark's ask p99 over its 20 ms: not followed.
	 */
	paraphrase: { synonym: 0.6, derived: 0.5, similar: 0.4, broader: 0.3 } as Readonly<Record<Relation, number>>,
	/** The most telling word of a question is looked for in this many of the best hits… */
	tellingWordConsidered: 3,
	/** … and one that holds it leads when it scores at least this share of the leader's score. */
	tellingWordShare: 0.3,
	/** A question asking several things of one figure's subject gathers its figures among this many of the best. */
	figureSetConsidered: 3,
	/** A comparison gathers the figures of one measure among this many of the best answers… */
	comparisonConsidered: 5,
	/** … when a figure is among the first this many (else the question is not about figures). */
	comparisonLeadWithin: 2,
	/**
	 * A summary record that leads (a visit, an article, a person) gives way to a record or sentence of one thing within
	 * this many of the best answers, unless the question asks for the summary's kind. 3 gained 6 first answers on the
	 * development sets and lost one ("held in Ashgabat or in Astana?", which the visit answers).
	 */
	specificLeadWithin: 3,
	/** How many of the best hits may give the measure a question asks for (a cost, a tonnage) before it is refused. */
	measureCheckedHits: 3,
} as const;
