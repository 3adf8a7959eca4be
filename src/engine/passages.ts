/**
 * Sentences of the source articles, indexed beside the structured records so
 * that a question the records do not cover still gets a cited sentence.
 */
import type { VisitRecord } from '../data/schema.js';
import type { Dataset } from '../data/validateDataset.js';
import { personName } from './names.js';
import { normaliseWhitespace } from '../data/normaliseWhitespace.js';

export interface Passage {
	id: string;
	source: string;
	/** The visit the source reports, when it reports exactly one. */
	visit: string | null;
	/** One sentence, verbatim but for whitespace. */
	text: string;
	/**
	 * Who is quoted, when the sentence stands in a quotation whose paragraph ends by naming the speaker: the clause as
	 * the source writes it ("said Tokayev", "the President of Turkmenistan said at the press briefing"). Null otherwise,
	 * and for a bare pronoun ("he said"), which the sentence alone cannot resolve.
	 */
	speaker: string | null;
	/** The sentence that holds `speaker`, verbatim, to cite beside the passage; null when it is the passage itself. */
	attribution: string | null;
	/**
	 * The leader `speaker` names by office ("the President of Turkmenistan said"), from the visit the article reports:
	 * of its host and guest, the one whose country the clause names and whose surname it does not. Null otherwise.
	 */
	speakerName: string | null;
	/**
	 * The quoted leader as a person record's id: the one of the visit's host and guest whose surname the clause names
	 * ("said Tokayev"), or the one it names by office (see `speakerName`). Null when it names neither.
	 */
	speakerPerson: string | null;
}

/** A passage as the index reads it: the sentence, and the one before it in its source. */
export interface PassageInContext {
	passage: Passage;
	/**
	 * The sentence before it in the source, verbatim but for whitespace: what "it", "he" and "the high award" of the
	 * passage refer to. Null when no sentence comes before it.
	 */
	context: string | null;
}

/**
 * A quotation's closing attribution: the closing quote mark and the clause up to the paragraph's end, with a verb of
 * saying in it (`…,” said Tokayev.`, `…,” Serdar Berdimuhamedov stated.`).
 */
const ATTRIBUTION =
	/[,.!?…]”\s+([^“”"]*\b(?:said|says|stated|stressed|emphasi[sz]ed|added|noted|underlined|continued|declared)\b[^“”"]*?)\.?\s*$/u;
/** A clause that names nobody. */
const PRONOUN_ONLY = /^(?:he|she|they|it)\s+\w+$/iu;

/**
 * The leader a speaker clause names by office, from the visit's host and guest (see `Passage.speakerName`).
 *
 * @example
 * leaderNamedByOffice('the President of Turkmenistan said', leaders); // 'Serdar Berdimuhamedov'
 */
export function leaderNamedByOffice(
	clause: string,
	leaders: readonly { name: string; country: string }[] | undefined,
): string | null {
	if (!leaders) return null;
	const surnameNamed = leaders.some((leader) => clause.includes(leader.name.split(' ').at(-1) ?? leader.name));
	const byCountry = leaders.filter((leader) => clause.includes(leader.country));
	return !surnameNamed && byCountry.length === 1 ? (byCountry[0]?.name ?? null) : null;
}

/**
 * The person a speaker clause names: by surname among the visit's leaders, else the leader it names by office.
 *
 * @example
 * quotedLeader('said Tokayev', null, leaders); // 'person-kassym-jomart-tokayev'
 */
export function quotedLeader(
	clause: string,
	byOffice: string | null,
	leaders: readonly { id: string; name: string }[] | undefined,
): string | null {
	if (!leaders) return null;
	const bySurname = leaders.filter((leader) => clause.includes(leader.name.split(' ').at(-1) ?? leader.name));
	if (bySurname.length === 1) return bySurname[0]?.id ?? null;
	return leaders.find((leader) => leader.name === byOffice)?.id ?? null;
}

/** The speaker of a quoted paragraph (see `Passage.speaker`), or null. */
export function quotedSpeaker(paragraph: string): string | null {
	if (!/^\s*[“"]/u.test(paragraph)) return null;
	const clause = ATTRIBUTION.exec(paragraph)?.[1]?.trim();
	return clause && !PRONOUN_ONLY.test(clause) ? clause : null;
}

/** Shorter fragments are headings or sign-offs, not statements. */
const MIN_PASSAGE_LENGTH = 40;

/**
 * A sentence ends at . ! ? (optionally inside a closing quote); the spaces after it (group 1) separate it from the
 * next, which starts with a capital or an opening quote.
 */
const SENTENCE_END = /[.!?][”"’]?(\s+)(?=[A-Z“"«])/gu;

/**
 * Splits a paragraph into sentences at the spaces after a sentence end. Same result as splitting on a lookbehind
 * pattern (`/(?<=[.!?][”"’]?)\s+(?=[A-Z“"«])/u`), which V8 runs several times slower on large sources.
 *
 * @example
 * splitSentences('It was signed. “Next” follows.'); // ['It was signed.', '“Next” follows.']
 */
export function splitSentences(paragraph: string): string[] {
	const sentences: string[] = [];
	let start = 0;
	SENTENCE_END.lastIndex = 0;
	for (let end = SENTENCE_END.exec(paragraph); end !== null; end = SENTENCE_END.exec(paragraph)) {
		const spaces = end[1]?.length ?? 0;
		const next = end.index + end[0].length;
		sentences.push(paragraph.slice(start, next - spaces));
		start = next;
	}
	sentences.push(paragraph.slice(start));
	return sentences;
}

/**
 * Splits every source into sentences.
 *
 * @param dataset - the validated dataset
 * @param visitsBySource - the visits each source reports (see `visitsBySource` in entries.ts)
 * @returns passages in source order, with ids like `passage-002_bb1a33c2bc12b1c8-17`, each with the sentence before it
 * @example
 * splitPassages(dataset)[0].passage.text; // 'On 24–25 November 2025, President of Turkmenistan …'
 */
export function splitPassages(
	dataset: Dataset,
	visitsBySource: ReadonlyMap<string, readonly VisitRecord[]>,
): PassageInContext[] {
	const passages: PassageInContext[] = [];
	const quoted = documentQuotes(dataset);
	for (const [source, text] of dataset.sourceTexts) {
		const visits = visitsBySource.get(source) ?? [];
		const onlyVisit = visits.length === 1 ? visits[0] : undefined;
		const visit = onlyVisit?.id ?? null;
		// Only named leaders: an unnamed host (the 2022 article's) cannot be the speaker a clause names by office.
		const leaders = onlyVisit
			? [onlyVisit.host, onlyVisit.guest].flatMap((leader) =>
					leader.person === null
						? []
						: [{ id: leader.person, name: personName(dataset, leader.person), country: leader.country }],
				)
			: undefined;
		const quotedHere = quoted.get(source);
		const stem = source.replace(/\.txt$/u, '');
		const seen = new Set<string>();
		let index = 0;
		let previous: string | null = null;
		for (const paragraph of text.split(/\n+/u)) {
			const sentences = splitSentences(paragraph);
			const speaker = quotedSpeaker(paragraph);
			const speakerName = speaker ? leaderNamedByOffice(speaker, leaders) : null;
			const speakerPerson = speaker ? quotedLeader(speaker, speakerName, leaders) : null;
			const lastSentence = speaker ? normaliseWhitespace(sentences[sentences.length - 1] ?? '') : null;
			for (const sentence of sentences) {
				const clean = normaliseWhitespace(sentence);
				const context = previous;
				if (clean !== '') previous = clean;
				if (clean.length < MIN_PASSAGE_LENGTH || seen.has(clean) || quotedHere?.has(clean)) continue;
				seen.add(clean);
				index += 1;
				const attribution = lastSentence !== null && lastSentence !== clean ? lastSentence : null;
				passages.push({
					passage: {
						id: `passage-${stem}-${index}`,
						source,
						visit,
						text: clean,
						speaker,
						attribution,
						speakerName,
						speakerPerson,
					},
					context,
				});
			}
		}
	}
	return passages;
}

/**
 * The quotes of documents, by source. A list item a document quotes in full is answered by that document; indexing it
 * again only duplicates answers. (Other records' quotes stay: a figure's sentence often says more than the figure's
 * own text.) Keyed by source rather than by source and quote joined: at 100k records, building and hashing one joined
 * string per quote and per sentence was a visible share of the start-up.
 */
function documentQuotes(dataset: Dataset): Map<string, Set<string>> {
	const quoted = new Map<string, Set<string>>();
	for (const record of dataset.documents) {
		for (const evidence of record.evidence) {
			let quotes = quoted.get(evidence.source);
			if (!quotes) {
				quotes = new Set();
				quoted.set(evidence.source, quotes);
			}
			quotes.add(normaliseWhitespace(evidence.quote));
		}
	}
	return quoted;
}
