import { describe, expect, it } from 'vitest';
import { FigureRecord } from '../../src/data/schema.js';
import type { FigureAnswer } from '../../src/engine/answer.js';
import { figureSetProse } from '../../src/render/figureSetProse.js';
import { fixtureFigure } from '../support/datasetFixture.js';

function figure(id: string, label: string, value: number, valueText: string, unit: 'percent' | 'tonnes'): FigureAnswer {
	const record = FigureRecord.parse(
		fixtureFigure({ id, label, value, valueText, unit, qualifier: null, period: 'first ten months of 2025' }),
	);
	return { kind: 'figure', id, record, statedBy: 'Kassym-Jomart Tokayev', citations: record.evidence };
}

describe('figureSetProse', () => {
	it('writes each figure on its own line, with its period and who stated it, and names them all in the title', () => {
		const freight = figure('fig-freight', 'Freight carried', 1_500_000, '1.5 million tons', 'tonnes');
		const growth = figure('fig-growth', 'Growth of freight carried', 14, '14%', 'percent');
		const prose = figureSetProse({
			kind: 'figures',
			id: 'figures-fig-freight-fig-growth',
			figures: [freight, growth],
			citations: [...freight.citations, ...growth.citations],
		});
		expect(prose.text.split('\n')).toEqual([
			expect.stringMatching(/^• Freight carried: .*1\.5 million tons.* \(first ten months of 2025\), stated by .*$/u),
			expect.stringMatching(/^• Growth of freight carried: .*14%.* \(first ten months of 2025\), stated by .*$/u),
		]);
		expect(prose.title).toMatch(/^Freight carried.*; Growth of freight carried/u);
		expect(prose.fields).toEqual({ figures: ['fig-freight', 'fig-growth'] });
	});
});
