/**
 * The choices of a fixed list (countries, kinds, sectors, years; Discord's fixed choices in the console), filtered by
 * what was typed and ranked by how well they match. Lists of a few dozen values: every value is scored, none is left
 * out of the ranking, so the front end can offer the best 25 and say how many more there are.
 */
import { distance } from './editDistance.js';
import { normaliseTerms } from './normalise.js';

export interface FixedChoice {
	name: string;
	value: string;
	/** The text it is found by; its name and value when not given. */
	text?: string;
	/** Breaks ties between equal matches, higher first (how many records a sector has); list order after it. */
	weight?: number;
}

/** How well a choice matches, best first. */
const Match = {
	/** The whole name is what was typed. */
	Exact: 0,
	/** The name starts with what was typed. */
	Start: 1,
	/** Every term typed starts a word of it. */
	Words: 2,
	/** Every term typed is a near miss of a word of it (a typo). */
	Near: 3,
} as const;
type Match = (typeof Match)[keyof typeof Match];

/**
 * @param choices - the list, in its own order
 * @param partial - what was typed
 * @returns every choice that matches, best first; the whole list, by weight then in order, for an empty partial
 * @example
 * rankFixedChoices([{ name: 'trade', value: 'trade' }, { name: 'transport', value: 'transport' }], 'trans');
 * // [{ name: 'transport', value: 'transport' }]
 */
export function rankFixedChoices<C extends FixedChoice>(choices: readonly C[], partial: string): C[] {
	const terms = normaliseTerms(partial.slice(0, 200), { keepStopWords: true });
	const scored = choices.flatMap((choice, order) => {
		const score = terms.length === 0 ? { match: Match.Exact, position: 0 } : scoreChoice(choice, terms);
		return score ? [{ choice, order, ...score }] : [];
	});
	scored.sort(
		(a, b) =>
			a.match - b.match ||
			a.position - b.position ||
			(b.choice.weight ?? 0) - (a.choice.weight ?? 0) ||
			a.order - b.order,
	);
	return scored.map((entry) => entry.choice);
}

function scoreChoice(choice: FixedChoice, terms: readonly string[]): { match: Match; position: number } | undefined {
	const name = normaliseTerms(choice.name, { keepStopWords: true });
	const words = normaliseTerms(choice.text ?? `${choice.name} ${choice.value}`, { keepStopWords: true });
	const typed = terms.join(' ');
	const named = name.join(' ');
	if (named === typed) return { match: Match.Exact, position: 0 };
	if (named.startsWith(typed)) return { match: Match.Start, position: 0 };
	const positions = terms.map((term) => words.findIndex((word) => word.startsWith(term)));
	if (positions.every((position) => position >= 0))
		return { match: Match.Words, position: positions.reduce((sum, position) => sum + position, 0) };
	const near = terms.map((term) => words.findIndex((word) => isNearMiss(term, word)));
	if (near.every((position) => position >= 0))
		return { match: Match.Near, position: near.reduce((sum, position) => sum + position, 0) };
	return undefined;
}

/**
 * A typo of a word or of its start: one edit in four letters or more, two in seven or more ("tarnsport", "vetrinary").
 * Shorter terms are only matched exactly: "tr" is a start, not a typo.
 */
function isNearMiss(term: string, word: string): boolean {
	if (term.length < 4) return false;
	const allowed = term.length >= 7 ? 2 : 1;
	return distance(term, word.slice(0, term.length)) <= allowed || distance(term, word) <= allowed;
}
