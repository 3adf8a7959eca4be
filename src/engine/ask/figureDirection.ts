/**
 * Which way a figure runs between two countries: "Companies with Turkmen capital operating in Kazakhstan" runs from
 * Turkmenistan to Kazakhstan, "Kazakhstani investments in the economy of Turkmenistan" the other way. A question that
 * asks the other way round ("How many Kazakh companies operate in Turkmenistan?") is not answered by it.
 *
 * The country a figure is in is the one a locative ("in", "into", "to") names, across a few words of place ("the
 * economy of"); the country it comes from is another named before that. The countries' names and adjectives come from
 * the dataset; the locatives are language.
 */
import { foldText } from '../normalise.js';

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

/** Every country the words name, longest form first at each position. */
function mentions(words: readonly string[], countries: readonly CountryForms[]): Mention[] {
	const forms = countries
		.flatMap(({ country, forms: names }) => names.map((name) => ({ country, words: name.split(' ') })))
		.sort((a, b) => b.words.length - a.words.length);
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
