/**
 * Figures asked for together: each on its own line with its value, qualifier and period, under a title naming them.
 */
import type { FigureAnswer, FigureSetAnswer } from '../engine/answer.js';
import { formatFigureValue } from '../text/format.js';
import { figureLabel } from '../text/labels.js';
import type { AnswerProse } from './answerProse.js';

/**
 * @example
 * figureSetProse(answer).text; // '• Freight carried …: 1.5 million tons (first ten months of 2025), stated by …\n• …'
 */
export function figureSetProse({ figures }: FigureSetAnswer): AnswerProse {
	return {
		title: figures.map((figure) => figureLabel(figure.record)).join('; '),
		text: figures.map(figureLine).join('\n'),
		fields: { figures: figures.map((figure) => figure.id) },
	};
}

/**
 * One figure of a set or a comparison on its own line: its label, value, period and who stated it.
 *
 * @example
 * figureLine(grain); // '• Share of grain: a quarter (2024), stated by Kassym-Jomart Tokayev'
 */
export function figureLine({ record: figure, statedBy }: FigureAnswer): string {
	const period = figure.period ? ` (${figure.period})` : '';
	const by = statedBy ? `, stated by ${statedBy}` : '';
	return `• ${figure.label}: ${formatFigureValue(figure)}${period}${by}`;
}
