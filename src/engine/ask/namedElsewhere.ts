/**
 * A name the question places at a meeting whose sources never write it: "the Jusan Mobile memorandum signed during
 * the 2025 visit" (Jusan Mobile signed in Ashgabat in 2021), "Erdoğan's visit to the Alem.AI centre" (Serdar
 * Berdimuhamedov visited it, in Astana). The name is a proper noun of the question, as `unknownWords` reads them, that
 * the sources do write, only never within the scope: the record that holds it is the one the question means, at
 * another meeting. A word of the language capitalised in a title ("Development", "Indian") is no such name: the scope
 * may say it otherwise. An amount the question states ("the 140 Turkish companies": 140 companies have Turkmen capital,
 * in the 2025 Astana report) names its record the same way.
 */
import type { Entry } from '../entries.js';
import { resolveCountry } from '../filters.js';
import { isWordNetWord } from '../language/wordnet.js';
import { foldText, wordTerms } from '../normalise.js';
import { type QueryOptions, QUESTION_OPTIONS } from '../search/options.js';
import type { Hit, SearchIndex } from '../search/searchIndex.js';
import type { TypoMemo } from '../search/typoMemo.js';
import { properNouns } from './unknownWords.js';

/** The record a name places elsewhere, and the name. */
export interface NamedRecord {
	hit: Hit<Entry>;
	name: string;
}

/**
 * @param query - the question as asked
 * @param index - the index of every record and sentence
 * @param inScope - whether an entry belongs to the question's scope
 * @param kinds - the kinds of record that belong to one meeting
 * @param options - how the question is searched
 * @param typos - the question's typo lookups, shared with its other searches
 * @returns the best record outside the scope that holds a name the question uses and nothing in the scope holds,
 *   with that name as the question wrote it
 */
export function namedElsewhere(
	query: string,
	index: SearchIndex<Entry>,
	inScope: (entry: Entry) => boolean,
	kinds: ReadonlySet<Entry['kind']>,
	options: QueryOptions,
	typos?: TypoMemo,
): NamedRecord | undefined {
	const names = properNouns(query)
		.map((written) => written.replace(/[’']s$/u, ''))
		// A country's name is in WordNet, yet names one thing as surely as a person's does ("Azerbaijan").
		.filter((name) => resolveCountry(name) !== undefined || !foldText(name).split(' ').some(isWordNetWord));
	const amounts = amountsIn(query);
	for (const name of [...names, ...amounts]) {
		const terms = [...wordTerms(name)];
		// A name the index does not hold is unknown, not elsewhere (`unknownWords`); one any record of the scope holds is
		// the scope's own.
		if (terms.length === 0 || terms.some((term) => index.entriesWith(term) === 0)) continue;
		const text = terms.join(' ');
		// Every word of a name; an amount as written: "$15 billion" is not in a summary of "15 documents" and "1 billion".
		const holdsName = amounts.includes(name)
			? (entry: Entry): boolean => writtenWords(entry).includes(` ${name} `)
			: (entry: Entry): boolean => terms.every((term) => entry.terms.has(term));
		const inside = index.search(text, {
			filter: (entry) => inScope(entry) && holdsName(entry),
			limit: 1,
			options: QUESTION_OPTIONS,
			exactTotal: false,
			typos,
		});
		if (inside.total > 0) continue;
		// The record the question means: its best match among the meeting's records that hold the name.
		const holds = (entry: Entry): boolean => kinds.has(entry.kind) && holdsName(entry);
		const [record] = index.search(query, { filter: holds, limit: 1, options, typos }).hits;
		if (record) return { hit: record, name };
	}
	return undefined;
}

/** An entry's words, folded, with a space on each side and none of the signs an amount is written with ("$15"). */
function writtenWords(entry: Entry): string {
	return ` ${foldText(`${entry.title} ${entry.names} ${entry.text}`).replace(/[$%]/gu, ' ')} `;
}

/**
 * The amounts a question states ("140 companies", "$120 million"), as a number with its magnitude: a figure the
 * question gives is a name of the record that states it. Years are left out: they choose meetings (`readQuestion`).
 */
function amountsIn(query: string): string[] {
	return [...foldText(query).matchAll(AMOUNT)]
		.map((match) => match[0])
		.filter((amount) => !/^(19|20)\d\d$/u.test(amount));
}

const AMOUNT = /\b\d+(?: \d+)?(?: (?:thousand|million|billion))?\b/gu;
