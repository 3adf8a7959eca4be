/**
 * A comparison's prose: each side on its own line with its value, qualifier and period, and the largest named when
 * the question asked which.
 */
import type { ComparisonAnswer } from '../engine/answer.js';
import { figureLabel } from '../text/labels.js';
import type { AnswerProse } from './answerProse.js';
import { figureLine } from './figureSetProse.js';

/**
 * @example
 * comparisonProse(answer).text; // '• Share of … grain …: a quarter\n• Share of … cotton …: one-third\nLargest: Share of … cotton …'
 */
export function comparisonProse({ sides, largest }: ComparisonAnswer): AnswerProse {
	const lines = sides.map(figureLine);
	const leader = sides.find((side) => side.id === largest);
	return {
		title: sides.map((side) => figureLabel(side.record)).join(' vs '),
		text: [...lines, ...(leader ? [`Largest: ${leader.record.label}.`] : [])].join('\n'),
		fields: { sides: sides.map((side) => side.id), largest },
	};
}
