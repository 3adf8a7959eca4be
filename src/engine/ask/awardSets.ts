/**
 * A person's awards, gathered. "Which orders did Tokayev receive?" is answered by every award he received across the
 * visits, in one answer, not by whichever award record ranked first; likewise the awards a leader gave. A question
 * that names one award by its own words ("the Bitaraplyk order") is about that award and is answered by its record.
 */
import type { AwardRecord } from '../../data/schema.js';
import type { Dataset } from '../../data/validateDataset.js';
import type { Answer, AwardAnswer, AwardSetAnswer } from '../answer.js';
import { personName } from '../names.js';
import { foldText } from '../normalise.js';
import type { Vocabulary } from '../vocabulary.js';
import type { QuestionContext } from './questionContext.js';

/** Verbs of giving an award, active: the leader before one gave it (language). */
const GIVING = /\b(gave|give|gives|awarded|awards|presented|conferred|bestowed|decorated)\b/u;
/** Words that make the verb passive, or turn it to receiving. */
const RECEIVING = /\b(was|were|been|received|receive|receives|got|get|gets|accepted|given to)\b/u;

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
	const folded = foldText(query);
	const words = folded.split(' ');
	const named = words.flatMap((word, position) => {
		const person = vocabulary.leaderOf.get(word);
		return person ? [{ person, position }] : [];
	});
	const people = [...new Set(named.map(({ person }) => person))];
	const [person] = people;
	if (person === undefined || people.length > 1 || awardsNamedIn(words, dataset.awards).length > 0) return undefined;
	const position = named[0]?.position ?? 0;
	const verb = GIVING.exec(folded);
	const gave = verb !== null && !RECEIVING.test(folded) && position < folded.slice(0, verb.index).split(' ').length;
	const role = gave ? 'giver' : 'recipient';
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
