import { describe, expect, it } from 'vitest';
import { FigureRecord } from '../../src/data/schema.js';
import type { ComparisonAnswer, FigureAnswer } from '../../src/engine/answer.js';
import { comparisonProse } from '../../src/render/comparisonProse.js';
import { fixtureFigure } from '../support/datasetFixture.js';

function side(id: string, label: string, value: number, valueText: string): FigureAnswer {
	const record = FigureRecord.parse(
		fixtureFigure({ id, label, value, valueText, unit: 'percent', qualifier: null, period: '2024' }),
	);
	return { kind: 'figure', id, record, statedBy: 'Kassym-Jomart Tokayev', citations: record.evidence };
}

describe('comparisonProse', () => {
	const grain = side('fig-grain', 'Share of grain', 25, 'a quarter');
	const cotton = side('fig-cotton', 'Share of cotton', 33, 'one-third');

	it('writes each side on its own line with its value, period and who stated it, and names the largest', () => {
		const answer: ComparisonAnswer = {
			kind: 'comparison',
			id: 'comparison-fig-grain-fig-cotton',
			sides: [grain, cotton],
			largest: 'fig-cotton',
			citations: [],
		};
		const prose = comparisonProse(answer);
		expect(prose.text.split('\n')).toEqual([
			expect.stringMatching(/^• Share of grain: .*a quarter.* \(2024\), stated by Kassym-Jomart Tokayev$/u),
			expect.stringMatching(/^• Share of cotton: .*one-third.* \(2024\), stated by Kassym-Jomart Tokayev$/u),
			'Largest: Share of cotton.',
		]);
		expect(prose.title).toMatch(/grain.* vs .*cotton/u);
	});

	it('names no largest side when the question did not ask which', () => {
		const prose = comparisonProse({
			kind: 'comparison',
			id: 'c',
			sides: [grain, cotton],
			largest: null,
			citations: [],
		});
		expect(prose.text).not.toMatch(/Largest/u);
	});
});
