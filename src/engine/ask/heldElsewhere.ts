/**
 * A question that places a thing where the sources do not: "the Sixth Caspian Summit held in Astana" was held in
 * Ashgabat. The place a question gives a thing is one it says the thing was held, signed or opened in; the place the
 * sources give it is its record's own (an event's place, a document's place of signing) or one its own words say it
 * was held in. The verbs are language; the places come from the dataset.
 */
import type { Entry } from '../entries.js';
import { foldText } from '../normalise.js';
import { type FitNames, ownWords } from './answerFit.js';
import type { AskNotice } from './notice.js';

/**
 * Words that tie a place to the thing before them ("held in", "signed in"), and names of gatherings that a place
 * follows the same way ("the Sixth Caspian Summit in Astana").
 */
const HELD = [
	'held',
	'hosted',
	'signed',
	'opened',
	'convened',
	'took place',
	'taking place',
	'organised',
	'organized',
	'summit',
	'forum',
	'conference',
];

/** Where a text ties a place to the thing before it: the place's name starts after a match and its space. */
const HELD_IN = new RegExp(` (?:${HELD.join('|')}) in(?= )`, 'gu');

/** The places a text says something was held, signed or opened in, by their names. */
function heldIn(text: string, names: FitNames): string[] {
	const padded = ` ${foldText(text)} `;
	// Each tie, then each place at it: most texts tie none, and testing every place with every verb was most of the
	// time `ask` took to notice nothing.
	const ends = [...padded.matchAll(HELD_IN)].map((match) => match.index + match[0].length + 1);
	if (ends.length === 0) return [];
	const found = names.places.filter((place) => ends.some((end) => padded.startsWith(`${place} `, end)));
	return [...new Set(found.map((place) => names.placeNames.get(place) ?? place))];
}

/**
 * The places the sources give a record's thing: its own fields, or a place its words say it was held in. A document
 * signed at a meeting, or an event during one, is the elsewhere notice's to correct: it names the meeting (ask.ts).
 */
function ownPlaces(entry: Entry, names: FitNames): string[] {
	const answer = entry.answer;
	if (answer.kind === 'event')
		return answer.record.place === null || answer.record.timing === 'during' ? [] : [answer.record.place];
	if (answer.kind === 'document')
		return answer.record.signedPlace === null || answer.record.visit !== null ? [] : [answer.record.signedPlace];
	if (answer.kind === 'visit' || answer.kind === 'passage') return [];
	return heldIn(ownWords(entry), names);
}

/**
 * @param query - the question as asked
 * @param lead - the best match
 * @param names - the places a text may name
 * @returns the notice correcting the place, when the question says the lead's thing was held in a place and the
 *   lead's record gives it another
 */
export function heldElsewhere(query: string, lead: Entry, names: FitNames): AskNotice | undefined {
	const asked = heldIn(query, names);
	if (asked.length === 0) return undefined;
	const places = ownPlaces(lead, names);
	const same = (a: string, b: string): boolean => foldText(a) === foldText(b);
	if (places.length === 0 || places.some((place) => asked.some((other) => same(place, other)))) return undefined;
	return { kind: 'held-elsewhere', title: lead.label, places, asked };
}
