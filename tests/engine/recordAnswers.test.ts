import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import type { Dataset } from '../../src/data/validateDataset.js';
import { AnswerBuilder } from '../../src/engine/recordAnswers.js';

let dataset: Dataset;
let builder: AnswerBuilder;

beforeAll(async () => {
	dataset = await loadDataset();
	builder = new AnswerBuilder(dataset);
});

function byId<T extends { id: string }>(records: readonly T[], id: string): T {
	const found = records.find((record) => record.id === id);
	if (!found) throw new Error(`no record ${id}`);
	return found;
}

describe('AnswerBuilder.visit', () => {
	it('resolves the host and the guest to their names, and leaves an unnamed leader null', () => {
		const ashgabat = builder.visit(byId(dataset.visits, 'visit-2021-ashgabat'));
		expect([ashgabat.kind, ashgabat.hostName, ashgabat.guestName]).toEqual([
			'visit',
			'Gurbanguly Berdimuhamedov',
			'Kassym-Jomart Tokayev',
		]);
		expect(builder.visit(byId(dataset.visits, 'visit-2022-kazakhstan')).hostName).toBeNull();
	});
});

describe('AnswerBuilder.document', () => {
	it('carries the record and the visit it was signed at, citing its evidence', () => {
		const document = byId(dataset.documents, 'doc-2021-border-regime');
		const answer = builder.document(document);
		expect([answer.record, answer.visit?.id, answer.citations]).toEqual([
			document,
			'visit-2021-ashgabat',
			document.evidence,
		]);
	});
});

describe('AnswerBuilder.award', () => {
	it('names the giver and the recipient', () => {
		const answer = builder.award(byId(dataset.awards, 'award-2021-bitaraplyk'));
		expect([answer.giverName, answer.recipientName]).toEqual(['Gurbanguly Berdimuhamedov', 'Kassym-Jomart Tokayev']);
	});
});

describe('AnswerBuilder.figure', () => {
	it('names who stated a figure', () => {
		expect(builder.figure(byId(dataset.figures, 'fig-2021-trade-growth')).statedBy).toBe('Kassym-Jomart Tokayev');
	});
});

describe('AnswerBuilder.person', () => {
	it('gathers the meetings a person attended as host or guest', () => {
		const answer = builder.person(byId(dataset.people, 'person-kassym-jomart-tokayev'));
		expect(answer.meetings.map((visit) => visit.id)).toEqual([
			'visit-2021-ashgabat',
			'visit-2025-ankara-hlscc',
			'visit-2025-astana',
		]);
	});
});

describe('AnswerBuilder.followUp', () => {
	it('resolves the titles of the earlier and the later record, citing both sides', () => {
		const followUp = byId(dataset.followUps, 'follow-garabogaz-bridge-2021-2025');
		const answer = builder.followUp(followUp);
		expect([answer.earlierTitle, answer.laterTitle]).toEqual([
			'Bridge across Garabogaz Bay toward the Kazakh border',
			'Road bridge across Garabogazköl Bay commissioned',
		]);
		expect(answer.citations).toEqual([...followUp.earlierEvidence, ...followUp.laterEvidence]);
	});
});
