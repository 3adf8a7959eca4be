import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import type { FigureSetAnswer } from '../../../src/engine/answer.js';
import { Engine } from '../../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

function figureSetOf(question: string): FigureSetAnswer | undefined {
	const [first] = engine.ask(question).answers;
	return first?.kind === 'figures' ? first : undefined;
}

describe('figures asked for together', () => {
	it('gather the figures of one thing in the first answer, each with its citations', () => {
		const set = figureSetOf(
			'How much cargo moved along the Kazakhstan–Turkmenistan–Iran routes in the first ten months of 2025, and by what percentage did it grow?',
		);
		expect(set).toBeDefined();
		const values = set?.figures.map((figure) => figure.record.valueText).join(' | ') ?? '';
		expect(values).toMatch(/1\.5 million/u);
		expect(values).toMatch(/14/u);
		for (const figure of set?.figures ?? [])
			expect(set?.citations).toEqual(expect.arrayContaining([...figure.citations]));
	});

	it('do not show a gathered figure again on its own', () => {
		const { answers } = engine.ask(
			'joint agricultural projects with Türkiye: how many, what total value, and how many operate?',
		);
		const [first, ...rest] = answers;
		expect(first?.kind).toBe('figures');
		const gathered = new Set(first?.kind === 'figures' ? first.figures.map((figure) => figure.id) : []);
		expect(gathered.size).toBeGreaterThanOrEqual(2);
		expect(rest.filter((answer) => gathered.has(answer.id))).toEqual([]);
	});

	it('leave a question asking one thing to its one figure', () => {
		expect(figureSetOf('How much cargo moved along the Kazakhstan–Turkmenistan–Iran routes in 2025?')).toBeUndefined();
		const [first] = engine.ask('How much cargo moved along the Kazakhstan–Turkmenistan–Iran routes in 2025?').answers;
		expect(first?.kind).not.toBe('figures');
	});

	it('leave a comparison to the comparison', () => {
		expect(
			figureSetOf("Is Türkiye's share of Kazakh grain or of cotton exports larger, and by how much?"),
		).toBeUndefined();
	});
});
