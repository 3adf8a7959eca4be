/**
 * Who a claim says said something ("Tokayev said …", "according to Erdoğan", "…, said the Kazakh President"), and the
 * people a leader named by office stands for at the meetings in scope.
 */
import type { Clause, CheckData } from './context.js';
import type { OfficeMention, PersonMention } from './mentions.js';
import type { MeetingScope } from './scope.js';
import type { Span } from './sentences.js';

/** Verbs of saying, in the forms a claim reports them. */
const SAYING_WORDS =
	'said|says|stated|states|noted|notes|announced|announces|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|added|told|declared|mentioned|underlined|highlighted|remarked|pointed out|according to';
const REPORTING = new RegExp(String.raw`\b(?:${SAYING_WORDS})\b`, 'giu');
/** Whether a text holds a verb of saying. */
export const SAYING = new RegExp(String.raw`\b(?:${SAYING_WORDS})\b`, 'iu');

/** How far from the verb of saying a name may stand and still be its subject or object. */
const MAX_GAP = 24;

/** The people a claim names as its speaker, and where it names them. */
export interface Speaker extends Span {
	people: ReadonlySet<string>;
}

/** After the words reported, a clause that names its speaker ends soon after ("…, said Tokayev."). */
const MAX_TAIL = 24;

/**
 * @param clause - the claim's clause; when it names no speaker, the clauses before it in its sentence are read ("Tokayev
 *   said that trade grew 30%, and …")
 * @param data - the dataset, to name a leader given by office
 * @param claimed - the words claimed: a speaker reports them if the verb of saying comes before them ("Tokayev said
 *   trade grew 30%"), or right after them at the clause's end ("trade grew 30%, Tokayev said"); "During the fifth
 *   meeting, Tokayev emphasized that …" does not report the meeting's number
 * @returns the speaker, or undefined when the claim reports nobody's words
 */
export function speakerOf(clause: Clause, data: CheckData, claimed: Span): Speaker | undefined {
	const clauses = clause.sentence.clauses;
	const own = clauses.indexOf(clause);
	for (const candidate of [clause, ...clauses.slice(0, Math.max(0, own)).reverse()]) {
		const found = speakerIn(candidate, data, claimed);
		if (found) return found;
	}
	return undefined;
}

function speakerIn(clause: Clause, data: CheckData, claimed: Span): Speaker | undefined {
	const words = clause.words;
	for (const verb of words.matchAll(REPORTING)) {
		const verbStart = clause.span.start + verb.index;
		const verbEnd = verbStart + verb[0].length;
		if (verbStart >= claimed.end && clause.span.end - verbEnd > MAX_TAIL) continue;
		const near = (mention: Span): boolean =>
			(mention.end <= verbStart && verbStart - mention.end <= MAX_GAP) ||
			(mention.start >= verbEnd && mention.start - verbEnd <= MAX_GAP);
		const person = clause.people.find(near);
		if (person) return person;
		const office = clause.offices.find(near);
		if (office) {
			const people = officeHolders(office, clause.scope(), data);
			if (people.size > 0) return { start: office.start, end: office.end, people };
		}
	}
	return undefined;
}

/**
 * The host or guest of the country an office names, at the meetings in scope; with no meeting in scope, at any meeting
 * ("the President of Turkmenistan" is then either Berdimuhamedov).
 */
export function officeHolders(office: OfficeMention, scope: MeetingScope, data: CheckData): Set<string> {
	const visits = scope.kind === 'meetings' ? scope.visits : [...data.visitsById.keys()];
	const people = new Set<string>();
	for (const id of visits) {
		const visit = data.visitsById.get(id);
		for (const leader of visit ? [visit.host, visit.guest] : []) {
			if (leader.country === office.country && leader.person !== null) people.add(leader.person);
		}
	}
	return people;
}

/** The people a mention names: a person's spellings, or an office's holders at the meetings in scope. */
export function peopleOf(mention: PersonMention | OfficeMention, clause: Clause, data: CheckData): ReadonlySet<string> {
	return 'people' in mention ? mention.people : officeHolders(mention, clause.scope(), data);
}
