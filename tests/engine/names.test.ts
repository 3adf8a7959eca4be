import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import type { Dataset } from '../../src/data/validateDataset.js';
import { personName, personNames, statedByName } from '../../src/engine/names.js';
import { AnswerBuilder } from '../../src/engine/recordAnswers.js';
import { leaderName } from '../../src/render/answerProse.js';

let dataset: Dataset;

beforeAll(async () => {
	dataset = await loadDataset();
});

describe('names', () => {
	it('names a person by id, with every alias for the index', () => {
		expect(personName(dataset, 'person-recep-tayyip-erdogan')).toBe('Recep Tayyip Erdoğan');
		expect(personNames(dataset, 'person-nursultan-nazarbayev')).toContain('Elbasy');
		expect(personNames(dataset, null)).toEqual([]);
	});

	it('says who an unnamed head of state was, as the source leaves them', () => {
		const visit = dataset.visits.find((candidate) => candidate.id === 'visit-2022-kazakhstan');
		// The engine resolves no name for an unnamed leader; the renderer says who they were.
		expect(visit && leaderName(new AnswerBuilder(dataset).visit(visit), 'host')).toBe(
			'the head of state of Kazakhstan (not named in the source)',
		);
	});

	it('names who stated a figure: a person, or a document by its title', () => {
		expect(statedByName(dataset, 'person-kassym-jomart-tokayev')).toBe('Kassym-Jomart Tokayev');
		expect(statedByName(dataset, 'doc-2021-joint-statement')).toMatch(/^Joint Statement of the President/u);
		expect(statedByName(dataset, null)).toBeNull();
	});
});
