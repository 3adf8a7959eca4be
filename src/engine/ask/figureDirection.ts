/**
 * Which way a figure runs between two countries: "Companies with Turkmen capital operating in Kazakhstan" runs from
 * Turkmenistan to Kazakhstan, "Kazakhstani investments in the economy of Turkmenistan" the other way. A question that
 * asks the other way round ("How many Kazakh companies operate in Turkmenistan?") is not answered by it, and its
 * notice (`otherDirection`) says which way the sources hold it.
 *
 * The country a figure is in is the one a locative ("in", "into", "to") names, across a few words of place ("the
 * economy of"); the country it comes from is another named before that. The countries' names and adjectives come from
 * the dataset; the locatives are language.
 */
import type { Entry } from '../entries.js';
import { foldText } from '../normalise.js';
import type { Hit } from '../search/searchIndex.js';
import type { AskNotice } from './notice.js';
import { RANKING } from './ranking.js';

/** A country with the folded forms a text names it by ("kazakhstan", "kazakh", "republic of kazakhstan"). */
export interface CountryForms {
	country: string;
	forms: readonly string[];
}

export interface Direction {
	/** The country the figure's money, companies or goods come from. */
	from: string;
	/** The country they are in, or go to. */
	to: string;
}

/** Words that put what follows as where something is or goes. */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'into', 'to']);

/** Words a locative may reach a country across ("in the economy of Turkmenistan", "in the Kazakh market"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['the', 'economy', 'economies', 'market', 'markets', 'of']);

interface Mention {
	country: string;
	start: number;
}

/** Each country's forms as words, longest first; built once per list of countries (one per dataset). */
const FORM_WORDS = new WeakMap<readonly CountryForms[], readonly { country: string; words: readonly string[] }[]>();

function formWords(countries: readonly CountryForms[]): readonly { country: string; words: readonly string[] }[] {
	let forms = FORM_WORDS.get(countries);
	if (!forms) {
		forms = countries
			.flatMap(({ country, forms: names }) => names.map((name) => ({ country, words: name.split(' ') })))
			.sort((a, b) => b.words.length - a.words.length);
		FORM_WORDS.set(countries, forms);
	}
	return forms;
}

/** Every country the words name, longest form first at each position. */
function mentions(words: readonly string[], countries: readonly CountryForms[]): Mention[] {
	const forms = formWords(countries);
	const found: Mention[] = [];
	for (let start = 0; start < words.length; start += 1) {
		const form = forms.find((candidate) => candidate.words.every((word, offset) => words[start + offset] === word));
		if (!form) continue;
		found.push({ country: form.country, start });
		start += form.words.length - 1;
	}
	return found;
}

/** Whether a locative reaches the words at `start`, across words of place only. */
function located(words: readonly string[], start: number): boolean {
	for (let index = start - 1; index >= 0; index -= 1) {
		const word = words[index] ?? '';
		if (LOCATIVES.has(word)) return true;
		if (!PLACE_WORDS.has(word)) return false;
	}
	return false;
}

/**
 * @param text - a figure's label or a question
 * @param countries - the countries a text may name
 * @returns the way it runs, when it names a country something is in and another before it
 * @example
 * directionOf('Kazakh companies in Turkmenistan', countries); // { from: 'Kazakhstan', to: 'Turkmenistan' }
 */
export function directionOf(text: string, countries: readonly CountryForms[]): Direction | undefined {
	const words = foldText(text).split(' ');
	const named = mentions(words, countries);
	const target = named.find(({ start }) => located(words, start));
	const source = target && named.find(({ start, country }) => start < target.start && country !== target.country);
	return target && source ? { from: source.country, to: target.country } : undefined;
}

/** Whether two directions run between the same countries the opposite way. */
export function reversed(asked: Direction, found: Direction): boolean {
	return asked.from === found.to && asked.to === found.from;
}

/**
 * The notice for a question about a figure one way between two countries when the best figures run the other way
 * ("Kazakh companies in Turkmenistan": the sources count Turkmen-capital companies in Kazakhstan).
 *
 * @param query - the question as asked
 * @param lead - the best match, a figure
 * @param hits - the best matches, best first
 * @param countries - the countries a text may name
 */
export function otherDirection(
	query: string,
	lead: Entry,
	hits: readonly Hit<Entry>[],
	countries: readonly CountryForms[],
): AskNotice | undefined {
	const asked = directionOf(query, countries);
	const found = directionOf(lead.label, countries);
	if (!asked || !found || !reversed(asked, found)) return undefined;
	// Another of the best figures of the same measure may run the way asked ("Turkish companies in Kazakhstan").
	const metric = (entry: Entry): string | undefined =>
		entry.answer.kind === 'figure' ? entry.answer.record.metric : undefined;
	const askedWay = hits
		.slice(0, RANKING.measureCheckedHits)
		.some(
			({ entry }) =>
				entry.kind === 'figure' &&
				metric(entry) === metric(lead) &&
				!reversedFrom(asked, directionOf(entry.label, countries)),
		);
	return askedWay ? undefined : { kind: 'other-direction', title: lead.label, ...found };
}

/** Whether a figure runs against the way asked, or names no way at all. */
function reversedFrom(asked: Direction, found: Direction | undefined): boolean {
	return found === undefined || reversed(asked, found);
}
