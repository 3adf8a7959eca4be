import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import type { PartialDate } from '../../src/data/schema.js';
import type { Dataset } from '../../src/data/validateDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { renderAnswer } from '../../src/render/answerProse.js';

let dataset: Dataset;
let engine: Engine;
/** Every record a fact can come from, with its date, computed here from the dataset. */
let factDates: Map<string, PartialDate | null | undefined>;

beforeAll(async () => {
	dataset = await loadDataset();
	engine = new Engine(dataset);
	const visitDate = (visitId: string | null): PartialDate | undefined =>
		dataset.visits.find((visit) => visit.id === visitId)?.startDate;
	factDates = new Map<string, PartialDate | null | undefined>([
		...dataset.visits.map((visit) => [visit.id, visit.startDate] as const),
		...dataset.documents.map((document) => [document.id, document.signedDate] as const),
		...dataset.figures.map((figure) => [figure.id, visitDate(figure.visit)] as const),
		...dataset.awards.map((award) => [award.id, award.date] as const),
		...dataset.events.map((event) => [event.id, visitDate(event.visit)] as const),
	]);
});

describe('Engine.fact', () => {
	it('returns a record answer with at least one citation', () => {
		const fact = engine.fact();
		expect(factDates.has(fact.answer.id)).toBe(true);
		expect(fact.answer.citations.length).toBeGreaterThan(0);
		expect([fact.anniversary, fact.cycleRestarted]).toEqual([null, false]);
	});

	it('counts every visit, document, figure, award and event as a fact', () => {
		expect(engine.fact().total).toBe(factDates.size);
		expect(factDates.size).toBe(102);
	});

	it('picks the same fact for the same request', () => {
		expect(engine.fact({ exclude: ['visit-2021-ashgabat'] }).answer.id).toBe(
			engine.fact({ exclude: ['visit-2021-ashgabat'] }).answer.id,
		);
	});

	it('returns the one fact left when every other is excluded', () => {
		const ids = [...factDates.keys()];
		for (const kept of [ids[0], ids[ids.length - 1], 'award-2025-golden-eagle']) {
			const fact = engine.fact({ exclude: ids.filter((id) => id !== kept) });
			expect([fact.answer.id, fact.cycleRestarted]).toEqual([kept, false]);
		}
	});

	it('restarts the cycle when everything has been excluded', () => {
		const fact = engine.fact({ exclude: factDates.keys() });
		expect([fact.answer.id, fact.cycleRestarted]).toEqual([engine.fact().answer.id, true]);
	});

	it('prefers a fifth anniversary of a record dated 25 October 2021 on 25 October 2026', () => {
		const fact = engine.fact({ date: '2026-10-25' });
		expect(fact.anniversary).toBe(5);
		expect(factDates.get(fact.answer.id)?.iso).toBe('2021-10-25');
		expect(renderAnswer(fact.answer).title.startsWith('5 years ago today: ')).toBe(true);
		expect(renderAnswer(fact.answer).fields['anniversaryYears']).toBe(5);
	});

	it('skips excluded anniversaries for the next one of the same day', () => {
		const first = engine.fact({ date: '2026-10-25' });
		const second = engine.fact({ date: '2026-10-25', exclude: [first.answer.id] });
		expect(second.answer.id).not.toBe(first.answer.id);
		expect([second.anniversary, factDates.get(second.answer.id)?.iso]).toEqual([5, '2021-10-25']);
	});

	it('says "1 year ago" in the singular', () => {
		expect(renderAnswer(engine.fact({ date: '2022-10-25' }).answer).title.startsWith('1 year ago today: ')).toBe(true);
	});

	it('gives no anniversary on a day nothing happened', () => {
		const fact = engine.fact({ date: '2026-01-01' });
		expect([fact.anniversary, fact.answer.id]).toEqual([null, engine.fact().answer.id]);
	});

	it('gives no anniversary on the day itself', () => {
		expect(engine.fact({ date: '2021-10-25' }).anniversary).toBeNull();
	});

	it('ignores a date that is not YYYY-MM-DD', () => {
		const fact = engine.fact({ date: '25/10/2026' });
		expect([fact.anniversary, fact.answer.id]).toEqual([null, engine.fact().answer.id]);
	});

	it('visits every fact exactly once before repeating', () => {
		const shown: string[] = [];
		const { total } = engine.fact();
		for (let step = 0; step < total; step += 1) {
			const fact = engine.fact({ exclude: shown });
			expect(fact.cycleRestarted).toBe(false);
			shown.push(fact.answer.id);
		}
		expect(new Set(shown).size).toBe(total);
		expect([...shown].sort()).toEqual([...factDates.keys()].sort());
		const next = engine.fact({ exclude: shown });
		expect([next.cycleRestarted, next.answer.id]).toEqual([true, shown[0]]);
	});
});
