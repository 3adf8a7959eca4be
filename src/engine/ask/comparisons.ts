/**
 * A question that compares ("grain or cotton", "2021 vs 2025", "how did trade change") is answered by one answer
 * that sets the figures of one measure side by side, each with its citation, instead of by the one figure that shares
 * the most words with it.
 */
import type { ComparisonAnswer, FigureAnswer } from '../answer.js';
import { foldText } from '../normalise.js';
import { RANKING } from './ranking.js';

/**
 * Words of comparing (language): two sides, a change, a larger one. "More" alone is not one ("could be exported
 * more"); "more than" is.
 */
const COMPARING =
	/\b(vs|versus|compar\w*|or|than|bigger|larger|higher|lower|greater|smaller|change[sd]?|differ\w*|against|each|both)\b/u;
/** Words that ask which side is the larger. */
const WHICH_LARGER = /\b(bigger|larger|higher|greater|more|which)\b/u;

/** A measure's family: trade turnover and its target and growth, freight volume and growth, and so on. */
function family(figure: FigureAnswer): string {
	return figure.record.metric.split('-')[0] ?? figure.record.metric;
}

/**
 * @param question - the question as asked
 * @param asksDocuments - whether it asks about documents (whose "or" lists kinds, not sides)
 * @param ranked - the answers the ranking found, best first
 * @returns the figures of the leading figure's measure among the best answers, side by side; undefined when the
 *   question does not compare, no figure leads, or the figure stands alone
 * @example
 * compareFigures('grain vs cotton share of exports to Türkiye', false, ranked)?.sides.length; // 3
 */
export function compareFigures(
	question: string,
	asksDocuments: boolean,
	ranked: readonly { kind: string }[],
): ComparisonAnswer | undefined {
	const folded = foldText(question);
	if (asksDocuments || !COMPARING.test(folded)) return undefined;
	const best = ranked.slice(0, RANKING.comparisonConsidered);
	const lead = best.slice(0, RANKING.comparisonLeadWithin).find(isFigure);
	if (!lead) return undefined;
	// The lead's own measure when it has other values among the best; else its family (freight and its growth).
	const figures = best.filter(isFigure);
	const same = figures.filter((figure) => figure.record.metric === lead.record.metric);
	const sides = same.length >= 2 ? same : figures.filter((figure) => family(figure) === family(lead));
	if (sides.length < 2) return undefined;
	const units = new Set(sides.map((side) => side.record.unit));
	const largest =
		WHICH_LARGER.test(folded) && units.size === 1
			? sides.reduce((max, side) => (side.record.value > max.record.value ? side : max)).id
			: null;
	return {
		kind: 'comparison',
		id: `comparison-${sides.map((side) => side.id).join('-')}`,
		sides,
		largest,
		citations: sides.flatMap((side) => side.citations),
	};
}

function isFigure(answer: { kind: string }): answer is FigureAnswer {
	return answer.kind === 'figure';
}
