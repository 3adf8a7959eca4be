import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { CheckData } from '../../../src/engine/check/context.js';
import { meetings, notInSources } from '../../../src/engine/check/notInSources.js';
import type { Claim } from '../../../src/engine/check/verdict.js';
import { Engine } from '../../../src/engine/engine.js';

let data: CheckData;
beforeAll(async () => {
	data = new CheckData(new Engine(await loadDataset()));
});

const claim: Claim = { kind: 'count', span: { start: 0, end: 5 }, focus: { start: 0, end: 2 } };

describe('notInSources', () => {
	it('gives the reason, and what the sources hold only when there is something', () => {
		expect([notInSources(claim, 'no-record'), notInSources(claim, 'several-meetings', meetings(data, []))]).toEqual([
			{ kind: 'not-in-sources', claim, reason: 'no-record', citations: [] },
			{
				kind: 'not-in-sources',
				claim,
				reason: 'several-meetings',
				expected: { of: 'meetings', visits: [] },
				citations: [],
			},
		]);
	});
});

describe('meetings', () => {
	it('lists the meetings in the dataset’s order, whatever the order asked', () => {
		const expected = meetings(data, ['visit-2025-astana', 'visit-2021-ashgabat']);
		expect(expected.of === 'meetings' && expected.visits.map((visit) => visit.id)).toEqual([
			'visit-2021-ashgabat',
			'visit-2025-astana',
		]);
	});
});
