/**
 * The Asker on a tiny dataset of two meetings (Astana 2025, Ashgabat 2021), built from the same parts the Engine
 * gives it: whether the sources answer a question, why not (each kind of notice), and the answers, best first.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { validateDataset } from '../../../src/data/validateDataset.js';
import { Engine } from '../../../src/engine/engine.js';
import { Asker, MAX_ASK_ANSWERS } from '../../../src/engine/ask/ask.js';
import { VisitCounts } from '../../../src/engine/ask/documentCounts.js';
import { buildEntries } from '../../../src/engine/entries.js';
import { KIND_WEIGHT } from '../../../src/engine/kindWeights.js';
import { useNameAliases } from '../../../src/engine/normalise.js';
import { FuzzyTerms } from '../../../src/engine/search/fuzzyTerms.js';
import { SearchIndex } from '../../../src/engine/search/searchIndex.js';
import { Suggestions } from '../../../src/engine/suggestions.js';
import { buildVocabulary } from '../../../src/engine/vocabulary.js';
import {
	FIXTURE_TEXT,
	datasetFixture,
	evidence,
	fixtureAward,
	fixtureDocument,
	fixtureFigure,
	fixturePerson,
	fixtureVisit,
} from '../../support/datasetFixture.js';

const TEXT = `${FIXTURE_TEXT}\nASHGABAT, 10 May 2021. The leaders met in Ashgabat and signed a Memorandum on Transport. The legal framework already includes more than 60 agreements and treaties.`;

const host = { country: 'Kazakhstan', person: 'person-test-host', role: 'President of Kazakhstan' } as const;
const guest = { country: 'Turkmenistan', person: 'person-test-guest', role: 'President of Turkmenistan' } as const;

let asker: Asker;

beforeAll(() => {
	const dataset = validateDataset(
		datasetFixture({
			text: TEXT,
			visits: [
				fixtureVisit({ host, guest }),
				fixtureVisit({
					id: 'visit-test-ashgabat',
					title: 'Ashgabat visit',
					city: 'Ashgabat',
					country: 'Turkmenistan',
					venue: null,
					startDate: { iso: '2021-05-10', precision: 'day' },
					host: { country: 'Turkmenistan', person: null, role: 'President of Turkmenistan' },
					guest: host,
					summary: 'Talks in Ashgabat.',
					evidence: evidence('The leaders met in Ashgabat'),
				}),
			],
			documents: [
				fixtureDocument(),
				fixtureDocument({
					id: 'doc-test-memo-transport',
					title: 'Memorandum on Transport',
					kind: 'memorandum-of-understanding',
					visit: 'visit-test-ashgabat',
					signedPlace: 'Ashgabat',
					sectors: ['transport'],
					list: null,
					evidence: evidence('signed a Memorandum on Transport'),
				}),
			],
			figures: [
				fixtureFigure(),
				fixtureFigure({
					id: 'fig-test-agreements-in-force',
					metric: 'agreements-in-force',
					label: 'Agreements and treaties already in force (legal framework)',
					value: 60,
					unit: 'agreements and treaties',
					valueText: 'more than 60 agreements and treaties',
					qualifier: 'more than',
					visit: 'visit-test-ashgabat',
					text: 'The legal framework already includes more than 60 agreements and treaties.',
					evidence: evidence('The legal framework already includes more than 60 agreements and treaties'),
				}),
			],
			awards: [fixtureAward()],
			people: [
				fixturePerson(),
				fixturePerson({
					id: 'person-test-host',
					name: 'Test Host',
					country: 'Kazakhstan',
					roles: [
						{
							title: 'President of Kazakhstan',
							country: 'Kazakhstan',
							visits: ['visit-test'],
							evidence: evidence('The presidents held talks'),
						},
					],
					evidence: evidence('The presidents held talks'),
				}),
			],
		}),
	);
	// As the Engine builds it: the names installed before the index folds them.
	const vocabulary = buildVocabulary(dataset);
	useNameAliases(vocabulary.nameAliases);
	const index = new SearchIndex(buildEntries(dataset), KIND_WEIGHT);
	asker = new Asker(dataset, vocabulary, index, new VisitCounts(dataset), new Suggestions(index));
});

function ids(question: string): string[] {
	return asker.ask(question).answers.map((answer) => answer.id);
}

describe('Asker.ask', () => {
	it('answers from the records: the award first for who received it, and says the sources answer', () => {
		const result = asker.ask('Who received the Order of Friendship?');

		expect(result).toMatchObject({ query: 'Who received the Order of Friendship?', answered: true, suggestions: [] });
		expect(result.notice).toBeUndefined();
		expect(result.answers[0]?.id).toBe('award-test-friendship');
	});

	it('reads the question trimmed', () => {
		expect(asker.ask('  What was the trade?  ').query).toBe('What was the trade?');
		expect(ids('  What was the trade?  ')[0]).toBe('fig-test-trade');
	});

	it("counts a meeting's documents first when asked how many were signed there", () => {
		const [first] = asker.ask('How many documents were signed in Astana?').answers;

		expect(first?.kind).toBe('count');
		expect(first?.id).toBe('count-visit-test');
	});

	it("leads with a figure counting documents of something no meeting holds, before the meetings' counts", () => {
		const answers = ids('How many agreements and treaties make up the legal framework in Ashgabat?');

		expect(answers[0]).toBe('fig-test-agreements-in-force');
		expect(answers).toContain('count-visit-test-ashgabat');
		// Counted at the meeting, the meeting's own count leads.
		expect(ids('How many documents were signed in Ashgabat?')[0]).toBe('count-visit-test-ashgabat');
	});

	it('answers "which memoranda" with the set of memoranda, then the memorandum itself', () => {
		const [set, memorandum] = asker.ask('Which memoranda were signed?').answers;

		expect(set?.kind === 'count' && set.value.of === 'set' ? set.value.documents.map((doc) => doc.id) : []).toEqual([
			'doc-test-memo-transport',
		]);
		expect(memorandum?.id).toBe('doc-test-memo-transport');
	});

	it(`gives at most ${MAX_ASK_ANSWERS} answers, each once`, () => {
		const answers = ids('What did Putin say about trade in Astana or Ashgabat?');

		expect(answers.length).toBeLessThanOrEqual(MAX_ASK_ANSWERS);
		expect(new Set(answers).size).toBe(answers.length);
	});

	it('offers titles to try when nothing matches, and answers nothing', () => {
		const result = asker.ask('zzzz qqqq');

		expect(result).toMatchObject({ answered: false, answers: [] });
		expect(result.notice).toBeUndefined();
		expect(result.suggestions.length).toBeGreaterThan(0);
	});
});

describe('Asker.ask notices', () => {
	it('names the words no source mentions, and keeps the closest matches as answers', () => {
		const result = asker.ask('What did Putin say about trade?');

		expect(result.answered).toBe(false);
		expect(result.notice).toEqual({ kind: 'not-in-sources', words: ['Putin'] });
		expect(result.answers.slice(0, 3).map(({ id }) => id)).toContain('fig-test-trade');
	});

	it('gives each part of a question that mixes two meetings up, with the meetings it names', () => {
		const result = asker.ask('the meeting in Ashgabat in 2025');

		expect(result.answered).toBe(false);
		expect(result.notice).toEqual({
			kind: 'scope-conflict',
			parts: [
				{
					kind: 'year',
					values: [2025],
					visits: ['visit-test'],
					meetings: [{ id: 'visit-test', city: 'Astana', date: { iso: '2025-11-25', precision: 'day' } }],
				},
				{
					kind: 'city',
					values: ['ashgabat'],
					visits: ['visit-test-ashgabat'],
					meetings: [{ id: 'visit-test-ashgabat', city: 'Ashgabat', date: { iso: '2021-05-10', precision: 'day' } }],
				},
			],
		});
	});

	it('says no award involves a leader in the role the question gives them', () => {
		const result = asker.ask('Did Test Guest give an award?');

		expect(result.answered).toBe(false);
		expect(result.notice).toEqual({ kind: 'no-award', names: ['Test Guest'] });
	});

	it('finds the award a leader received when asked the other way round', () => {
		const result = asker.ask('Did Test Guest receive an award?');

		expect(result.notice).toBeUndefined();
		expect(result.answered).toBe(true);
		expect(result.answers[0]?.id).toBe('award-test-friendship');
	});
});

describe('Asker.ask on the dataset', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it('finds a sentence by the topic of the sentence before it ("the high award" is the Golden Eagle)', () => {
		const result = engine.ask(
			'How did the Turkmen president read the meaning of the Kazakh decoration he was given in Astana?',
		);
		const [first] = result.answers;
		expect(first?.kind).toBe('passage');
		expect(first?.kind === 'passage' ? first.record.text : '').toMatch(/sign of high respect for the people/u);
	});

	it('corrects a meeting named by its title and placed in the wrong city', () => {
		const result = engine.ask('Which agreements were signed at the fifth HLSCC meeting held in Astana?');
		expect(result.answered).toBe(false);
		expect(result.notice?.kind).toBe('scope-conflict');
	});

	it("reads no meeting's city from a report's dateline", () => {
		// The Ankara report opens "ASTANA – President Kassym-Jomart Tokayev and … Erdoğan met in Ankara".
		const result = engine.ask('What did Tokayev and Erdoğan discuss at the fifth council meeting in Astana?');
		expect(result.answered).toBe(false);
		expect(result.notice?.kind).toBe('scope-conflict');
	});

	it('reads a leader named in the possessive as that leader ("Erdoğan\'s")', () => {
		// Tokayev, not Erdoğan, congratulated Turkmenistan on its neutrality.
		const result = engine.ask("Erdoğan's congratulations to Turkmenistan on 30 years of permanent neutrality");
		expect(result.answered).toBe(false);
		expect(result.notice?.kind).toBe('scope-conflict');
	});

	it('looks up the typos of each word once, however many searches a question makes', () => {
		const walk = vi.spyOn(FuzzyTerms.prototype, 'within');
		// In a scope, and outside it: two searches of the same words, and the unknown-word check.
		engine.ask('When was the Joint Statement of the 2021 visit signed?');
		const lookups = walk.mock.calls.map(([word, distance]) => `${word}/${distance}`);
		walk.mockRestore();
		expect(lookups.length).toBeGreaterThan(0);
		expect(new Set(lookups).size).toBe(lookups.length);
	});
});
