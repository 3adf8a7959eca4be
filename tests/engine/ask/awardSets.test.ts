import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import type { Dataset } from '../../../src/data/validateDataset.js';
import { awardMeant, awardsNamedIn } from '../../../src/engine/ask/awardSets.js';
import { readQuestion } from '../../../src/engine/ask/questionContext.js';
import { Engine } from '../../../src/engine/engine.js';

let dataset: Dataset;
let engine: Engine;

beforeAll(async () => {
	dataset = await loadDataset();
	engine = new Engine(dataset);
});

describe('awardsNamedIn', () => {
	it('finds an award by a word of its names that no other award shares', () => {
		expect(awardsNamedIn(['when', 'bitaraplyk'], dataset.awards).map((award) => award.id)).toEqual([
			dataset.awards.find((award) => award.names.some((name) => name.includes('Bitaraplyk')))?.id,
		]);
		// "Order" names every order: no one award.
		expect(awardsNamedIn(['which', 'order'], dataset.awards)).toEqual([]);
	});
});

describe('gatherAwards, through ask', () => {
	it('gathers every award a leader received across the visits into the first answer, oldest first', () => {
		const [first, ...rest] = engine.ask('Which orders did Tokayev receive?').answers;
		expect(first?.kind).toBe('awards');
		if (first?.kind !== 'awards') return;
		expect(first.role).toBe('recipient');
		expect(first.awards.map((award) => award.record.names[0])).toEqual(
			['Order of “Bitaraplyk” (neutrality)', 'Devlet Nişanı'].map(
				(name) => first.awards.find((award) => award.record.names.includes(name))?.record.names[0],
			),
		);
		expect(first.awards.length).toBe(2);
		// Each award has its citation; the awards are not shown again on their own.
		expect(first.citations).toHaveLength(2);
		expect(rest.some((answer) => first.awards.some((award) => award.id === answer.id))).toBe(false);
	});

	it('leaves one award named by its own words, a statement, and a single meeting to the record', () => {
		for (const question of [
			'When did Tokayev receive the Bitaraplyk order?',
			'What did Tokayev say the Turkish state award reflects?',
			'Which award did Tokayev receive in Ankara?',
		])
			expect([question, engine.ask(question).answers[0]?.kind]).not.toEqual([question, 'awards']);
	});
});

describe('awardNotInSources, through ask', () => {
	it('reads "decorate" as a verb of giving, so giver and recipient are told apart', () => {
		expect(engine.ask('Did Serdar Berdimuhamedov decorate Tokayev?').notice?.kind).toBe('no-award');
		expect(engine.ask('Did Tokayev decorate Serdar Berdimuhamedov?').notice?.kind).not.toBe('no-award');
	});

	it('names the award the leader received at another meeting than the one asked about', () => {
		const result = engine.ask('What award did Serdar Berdimuhamedov receive in Astana during his 2022 state visit?');
		expect(result.answered).toBe(false);
		expect(result.notice).toMatchObject({ kind: 'no-award', recorded: [{ award: 'Order of the Golden Eagle' }] });
		expect(engine.ask('What award did Serdar Berdimuhamedov receive in Astana in 2025?').answered).toBe(true);
	});
});

describe('awardMeant', () => {
	const awardOf = (question: string): string | undefined => {
		return awardMeant(question, readQuestion(question, engine.vocabulary), dataset, engine.vocabulary);
	};
	const idOf = (name: string): string | undefined =>
		dataset.awards.find((award) => award.names.some((candidate) => candidate.includes(name)))?.id;

	it('is the one award that fits the leaders in the roles the question gives them, or its name', () => {
		expect(awardOf('What decoration did Tokayev confer on Serdar Berdimuhamedov?')).toBe(idOf('Golden Eagle'));
		expect(awardOf('Who personally handed Tokayev the Bitaraplyk order?')).toBe(idOf('Bitaraplyk'));
	});

	it('is none when several awards fit, or the question asks about no award', () => {
		// Tokayev received two orders: the question alone does not say which.
		expect(awardOf('Which order did Tokayev receive?')).toBeUndefined();
		expect(awardOf('What did Tokayev confer with Serdar Berdimuhamedov about?')).toBeUndefined();
	});

	it('leads the answers of ask, over another award that shares more of the words', () => {
		const [first] = engine.ask('Who personally handed Tokayev the Bitaraplyk order?').answers;
		expect(first?.id).toBe(idOf('Bitaraplyk'));
	});
});
