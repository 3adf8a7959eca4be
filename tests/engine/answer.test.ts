/**
 * `ANSWER_KINDS`, the one runtime value of the answer model (the rest are types): it names exactly the kinds of answer
 * the engine builds, each once, checked on a fixture holding a record of every kind.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { ANSWER_KINDS, type Answer } from '../../src/engine/answer.js';
import { Engine } from '../../src/engine/engine.js';
import { fixtureEngine } from '../support/commandHarness.js';
import {
	evidence,
	fixtureAward,
	fixtureVisit,
	fixtureDiscrepancy,
	fixtureDocument,
	fixtureEvent,
	fixtureFigure,
	fixtureFollowUp,
	fixturePerson,
	fixtureProposal,
} from '../support/datasetFixture.js';

describe('ANSWER_KINDS', () => {
	it('lists each kind once', () => {
		expect(new Set(ANSWER_KINDS).size).toBe(ANSWER_KINDS.length);
	});

	it('names exactly the kinds of answer the engine builds from records, counts and sentences', async () => {
		const engine = fixtureEngine({
			// The guest is named, so a question can name them.
			visits: [
				fixtureVisit({
					guest: { country: 'Turkmenistan', person: 'person-test-guest', role: 'President of Turkmenistan' },
				}),
			],
			documents: [fixtureDocument()],
			figures: [
				fixtureFigure(),
				fixtureFigure({
					id: 'fig-test-trade-target',
					label: 'Mutual trade target',
					value: 1_000_000_000,
					valueText: 'one billion dollars',
					qualifier: null,
					text: 'The mutual trade target is one billion dollars.',
					evidence: evidence('the target is one billion dollars'),
				}),
			],
			awards: [
				fixtureAward(),
				fixtureAward({
					id: 'award-test-merit',
					names: ['Order of Merit'],
					evidence: evidence('The guest was awarded the Order of Friendship'),
				}),
			],
			events: [fixtureEvent()],
			discrepancies: [fixtureDiscrepancy()],
			people: [fixturePerson()],
			organisations: [
				{
					id: 'org-test-agency',
					name: 'Test Agency',
					country: 'Kazakhstan',
					type: 'agency',
					evidence: evidence('The presidents held talks'),
				},
			],
			proposals: [fixtureProposal()],
			followUps: [fixtureFollowUp()],
		});
		const ids = [
			'doc-test-joint-statement',
			'visit-test',
			'fig-test-trade',
			'award-test-friendship',
			'event-test-wreath',
			'000_test.txt',
			'disc-test-count',
			'person-test-guest',
			'org-test-agency',
			'proposal-test-trade-target',
			'followup-test-target-statement',
			'count-visit-test',
			'passage-000_test-1',
		];

		const answers = ids.map((id) => engine.get(id)).filter((answer): answer is Answer => answer !== undefined);
		expect(answers.map((answer) => answer.id)).toEqual(ids);
		// A comparison is built for a question that compares, from the figures of one measure.
		const [comparison] = engine.ask('mutual trade vs the trade target').answers;
		expect(comparison?.kind).toBe('comparison');
		if (comparison) answers.push(comparison);
		// A person's awards are gathered for a question about them.
		const [awards] = engine.ask('Which awards did Test Guest receive?').answers;
		expect(awards?.kind).toBe('awards');
		if (awards) answers.push(awards);

		// Records of two meetings are set side by side for a question across them (the fixture holds one meeting).
		const real = new Engine(await loadDataset());
		const [meetings] = real.ask(
			'Which Kazakh operator signed the cable border crossing deal in 2021 and in 2025?',
		).answers;
		expect(meetings?.kind).toBe('meetings');
		if (meetings) answers.push(meetings);
		// Figures of one thing are gathered for a question asking several things of it.
		const [figures] = real.ask(
			'How much cargo moved along the Kazakhstan–Turkmenistan–Iran routes, and by what percentage did it grow?',
		).answers;
		expect(figures?.kind).toBe('figures');
		if (figures) answers.push(figures);

		expect(answers.map((answer) => answer.kind).sort()).toEqual([...ANSWER_KINDS].sort());
	});
});
