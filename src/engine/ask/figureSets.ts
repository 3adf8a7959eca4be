/**
 * A question may ask for several figures of one thing at once: "How much cargo moved along the railway, and by what
 * percentage did it grow?", "joint agricultural projects: how many, total value, and how many operational?". Each
 * figure is its own record, so the ranking puts one first and the others after it; the researcher reading the first
 * answer would get half of what was asked. When the question asks more than one thing and a figure leads, the figures
 * among the best answers that are of the same thing (their labels share most of their words) are gathered in one
 * answer, each with its own citations.
 */
import type { Answer, FigureAnswer, FigureSetAnswer } from '../answer.js';
import { foldText } from '../normalise.js';
import { RANKING } from './ranking.js';
import { termsOf } from './tellingWord.js';

/**
 * A second question after the first that asks what or how much: "…, and by what percentage …", "… and how big was the
 * increase?". Not "where and when", which a figure does not answer.
 */
const SEVERAL_ASKED = /(?:,|\band\b)\s*(?:by\s+)?(?:how|what|which)\b/u;

/**
 * @param question - the question as asked
 * @param compares - whether it sets sides against each other (a comparison answers those)
 * @param ranked - the best answers, best first
 * @returns the figures of one thing the question asks for together, when a figure leads and another of the same
 *   thing is among the first `RANKING.figureSetConsidered`
 * @example
 * gatherFigures('How much cargo moved, and by what percentage did it grow?', false, ranked)?.figures.length; // 2
 */
export function gatherFigures(
	question: string,
	compares: boolean,
	ranked: readonly Answer[],
): FigureSetAnswer | undefined {
	const [lead] = ranked;
	if (compares || lead?.kind !== 'figure' || !SEVERAL_ASKED.test(foldText(question))) return undefined;
	const leadTerms = termsOf(lead.record.label);
	const figures = ranked
		.slice(0, RANKING.figureSetConsidered)
		.filter(
			(answer): answer is FigureAnswer =>
				answer.kind === 'figure' && (answer === lead || sameThing(leadTerms, termsOf(answer.record.label))),
		);
	if (figures.length < 2) return undefined;
	return {
		kind: 'figures',
		id: `figures-${figures.map((figure) => figure.id).join('-')}`,
		figures,
		citations: figures.flatMap((figure) => figure.citations),
	};
}

/** Whether two labels name one thing: they share at least half the words of the shorter. */
function sameThing(first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
	const shared = [...first].filter((term) => second.has(term)).length;
	return shared * 2 >= Math.min(first.size, second.size) && shared > 0;
}
