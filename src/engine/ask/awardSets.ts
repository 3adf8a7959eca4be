/**
 * Award questions, read once for who gave and who received (`readAwardQuestion`), and answered two ways:
 * - a person's awards, gathered: "Which orders did Tokayev receive?" is answered by every award he received across
 *   the visits, in one answer, not by whichever award record ranked first; likewise the awards a leader gave. A
 *   question that names one award by its own words ("the Bitaraplyk order") is about that award and is answered by
 *   its record;
 * - an award between leaders no award of the sources involves in those roles: a notice (`awardNotInSources`).
 */
import type { AwardRecord } from '../../data/schema.js';
import type { Dataset } from '../../data/validateDataset.js';
import type { Answer, AwardAnswer, AwardSetAnswer } from '../answer.js';
import { personName } from '../names.js';
import { foldText } from '../normalise.js';
import type { Vocabulary } from '../vocabulary.js';
import type { AskNotice } from './notice.js';
import type { QuestionContext } from './questionContext.js';

/**
 * @param words - the question's folded words
 * @param awards - every award of the dataset
 * @returns the awards the question names by a word of their names that no other award's names share
 * @example
 * awardsNamedIn(['when', 'bitaraplyk'], dataset.awards).map((award) => award.id); // ['award-2021-bitaraplyk']
 */
export function awardsNamedIn(words: readonly string[], awards: readonly AwardRecord[]): AwardRecord[] {
	const asked = new Set(words);
	const wordsOf = (award: AwardRecord): Set<string> =>
		new Set(award.names.flatMap((name) => foldText(name).split(' ')));
	const all = awards.map(wordsOf);
	return awards.filter((_, index) =>
		[...(all[index] ?? [])].some(
			(word) => word.length > 3 && asked.has(word) && all.every((other, at) => at === index || !other.has(word)),
		),
	);
}

/**
 * @param query - the question as asked
 * @param context - what the question asks (a statement is no list of awards) and its scope: the meetings it names
 *   narrow the awards gathered
 * @param dataset - its awards and people
 * @param vocabulary - which words name which leader
 * @param answerOf - an award's answer by its id
 * @returns every award the one leader the question names received (or gave), when there are two or more
 */
export function gatherAwards(
	query: string,
	context: QuestionContext,
	dataset: Dataset,
	vocabulary: Vocabulary,
	answerOf: (id: string) => Answer | undefined,
): AwardSetAnswer | undefined {
	// "What did Tokayev say the award reflects?" asks for his words, not his awards.
	if (!context.intents.has('award') || context.intents.has('statement')) return undefined;
	const { words, people, roles } = readAwardQuestion(query, dataset, vocabulary);
	const [person] = people;
	if (person === undefined || people.length > 1 || awardsNamedIn(words, dataset.awards).length > 0) return undefined;
	const role = roles.get(person) === 'giver' ? 'giver' : 'recipient';
	const awards = dataset.awards
		.filter((award) => (role === 'giver' ? award.giver.person : award.recipient.person) === person)
		// "the Turkish award Tokayev received" names the meeting in Ankara: one award, answered by its record.
		.filter((award) => context.scope.length === 0 || context.scope.includes(award.visit))
		.flatMap((award) => {
			const answer = answerOf(award.id);
			return answer?.kind === 'award' ? [answer] : [];
		})
		.sort((a, b) => (a.record.date?.iso ?? '').localeCompare(b.record.date?.iso ?? ''));
	if (awards.length < 2) return undefined;
	return {
		kind: 'awards',
		id: `awards-${role}-${person}`,
		person: personName(dataset, person),
		role,
		awards,
		citations: awards.flatMap((award: AwardAnswer) => award.citations.slice(0, 1)),
	};
}

/** Verbs of giving an award (not the noun "award"): the leader before one gave it, the one after received it. */
const GIVING_WORDS: ReadonlySet<string> = new Set(
	['give', 'gives', 'gave', 'given', 'giving', 'awarded', 'present', 'presents', 'presented'].concat([
		'confer',
		'conferred',
		'bestow',
		'bestowed',
		'decorate',
		'decorated',
	]),
);
/** Words that make a verb of giving passive. */
const PASSIVE_WORDS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'is', 'be']);
/** Verbs of receiving one: the leader before one received it. */
const RECEIVING_WORDS: ReadonlySet<string> = new Set([
	'receive',
	'receives',
	'received',
	'get',
	'gets',
	'got',
	'accepted',
]);

type AwardRole = 'giver' | 'recipient' | 'any';

/** The leaders an award question names, in the roles it gives them. */
interface AwardQuestion {
	words: readonly string[];
	/** The leaders' ids, in the question's order. */
	people: readonly string[];
	roles: ReadonlyMap<string, AwardRole>;
}

/**
 * Reads who gave and who received in an award question. Around a verb of giving, the leader before it gave and the
 * one after received ("did Erdoğan give Serdar…", "who awarded Tokayev…"); around a verb of receiving, the reverse;
 * "by" and "from" name the giver. Without such a verb, any role will do.
 */
function readAwardQuestion(query: string, dataset: Dataset, vocabulary: Vocabulary): AwardQuestion {
	const words = foldText(query).split(' ');
	const named = words.flatMap((word, position) => {
		const person = vocabulary.leaderOf.get(word);
		return person ? [{ person, position }] : [];
	});
	// "was … awarded" receives, however the question orders it ("Why was Serdar Berdimuhamedov awarded …").
	const passive = (index: number): boolean => words.slice(0, index).some((word) => PASSIVE_WORDS.has(word));
	// "award" after a leader's name is the verb ("did Serdar Berdimuhamedov award Tokayev …"), elsewhere the noun.
	const givingVerb = (word: string, index: number): boolean =>
		GIVING_WORDS.has(word) ||
		(word === 'award' &&
			dataset.people.some((person) =>
				foldText(person.name)
					.split(' ')
					.includes(words[index - 1] ?? ''),
			));
	const giving = words.findIndex(
		(word, index) => givingVerb(word, index) && !passive(index) && words[index + 1] !== 'by',
	);
	const receiving = words.findIndex(
		(word, index) => RECEIVING_WORDS.has(word) || (givingVerb(word, index) && passive(index)),
	);
	const roleOf = (position: number): AwardRole => {
		const before = words[position - 1];
		if (before === 'by' || before === 'from') return 'giver';
		if (giving >= 0) return position < giving ? 'giver' : 'recipient';
		if (receiving >= 0) return position < receiving ? 'recipient' : 'giver';
		return 'any';
	};
	const roles = new Map<string, AwardRole>();
	for (const { person, position } of named) if (!roles.has(person)) roles.set(person, roleOf(position));
	return { words, people: [...roles.keys()], roles };
}

/**
 * An award question whose leaders no award of the sources involves in the roles the question gives them (see
 * `readAwardQuestion`). A giver the source names only by country (Türkiye's Devlet Nişanı) counts as that country's
 * leader.
 */
export function awardNotInSources(
	query: string,
	context: QuestionContext,
	dataset: Dataset,
	vocabulary: Vocabulary,
): AskNotice | undefined {
	if (!context.intents.has('award')) return undefined;
	const read = readAwardQuestion(query, dataset, vocabulary);
	const { people } = read;
	if (people.length === 0) return undefined;
	const { meant, namedAwards } = awardsMeantBy(read, dataset);
	// An award given at another meeting than the one the question narrows to is not the one asked about.
	if (meant.some((award) => inScopeOf(context, award))) return undefined;
	const names = people.map((id) => personName(dataset, id));
	const corrected = namedAwards.length > 0 ? namedAwards : meant;
	if (corrected.length === 0) return { kind: 'no-award', names };
	// Name the award the question meant as the sources record it, so the reader can correct the question.
	const recorded = corrected.map((award) => ({
		award: award.names[0] ?? award.id,
		giver: award.giver.person === null ? award.giver.country : personName(dataset, award.giver.person),
		recipient: personName(dataset, award.recipient.person),
	}));
	return { kind: 'no-award', names, recorded };
}

/**
 * @returns the one award an award question means, by the leaders it names in their roles and the award's own name
 *   ("Who handed Tokayev the Bitaraplyk order?"), within the question's scope; none when it names no leader, or when
 *   several awards fit
 */
export function awardMeant(
	query: string,
	context: QuestionContext,
	dataset: Dataset,
	vocabulary: Vocabulary,
): string | undefined {
	if (!context.intents.has('award')) return undefined;
	const meant = awardsMeantBy(readAwardQuestion(query, dataset, vocabulary), dataset).meant.filter((award) =>
		inScopeOf(context, award),
	);
	return meant.length === 1 ? meant[0]?.id : undefined;
}

function inScopeOf(context: QuestionContext, award: Dataset['awards'][number]): boolean {
	return context.scope.length === 0 || context.scope.includes(award.visit);
}

/** The awards that fit the leaders an award question names in their roles, and the awards it names by name. */
function awardsMeantBy(
	{ words, people, roles: read }: AwardQuestion,
	dataset: Dataset,
): { meant: Dataset['awards']; namedAwards: Dataset['awards'] } {
	if (people.length === 0) return { meant: [], namedAwards: [] };
	const roles = new Map(read);
	const gave = (award: Dataset['awards'][number], id: string): boolean =>
		award.giver.person === id ||
		(award.giver.person === null && award.giver.country === dataset.personById.get(id)?.country);
	// "Gurbanguly or Serdar?" asks which of them, in whichever role the question gives the one it is: one in any role
	// is enough.
	const alternatives = / or /u.test(` ${words.join(' ')} `);
	if (alternatives) for (const id of roles.keys()) roles.set(id, 'any');
	const fits = (award: Dataset['awards'][number]): boolean =>
		[...roles][alternatives ? 'some' : 'every'](([id, role]) =>
			role === 'giver'
				? gave(award, id)
				: role === 'recipient'
					? award.recipient.person === id
					: gave(award, id) || award.recipient.person === id,
		);
	// An award the question names by a word of its names no other award shares ("Bitaraplyk", "Golden Eagle") must be
	// the one that fits.
	const namedAwards = awardsNamedIn(words, dataset.awards);
	const meant = dataset.awards.filter(
		(award) => fits(award) && (namedAwards.length === 0 || namedAwards.includes(award)),
	);
	return { meant, namedAwards };
}
