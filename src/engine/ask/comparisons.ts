/**
 * A question that compares ("grain or cotton", "2021 vs 2025", "how did trade change") is answered by one answer
 * that sets the figures of one measure side by side, each with its citation, instead of by the one figure that shares
 * the most words with it.
 */
import type { Country } from '../../data/schema.js';
import type { ComparisonAnswer, FigureAnswer } from '../answer.js';
import { foldText } from '../normalise.js';
import { givesMeasure, measuresAsked } from './measures.js';
import { RANKING } from './ranking.js';

/** Words that ask which side is the larger. */
const WHICH_LARGER = /\b(bigger|larger|higher|greater|more|which)\b/u;

/** Words that ask about a goal rather than what was reached. */
const TARGET_WORDS = /\b(targets?|goals?|aims?|objectives?|ambitions?)\b/u;

/** Whether a figure is a goal set, not a value reached: its measure or its label says so. */
function isTarget(figure: FigureAnswer): boolean {
	return figure.record.metric.endsWith('-target') || /\b(target|goal)\b/iu.test(figure.record.label);
}

/** A measure's family: trade turnover and its target and growth, freight volume and growth, and so on. */
function family(figure: FigureAnswer): string {
	return figure.record.metric.split('-')[0] ?? figure.record.metric;
}

/** What sets a question's sides: a word of comparing, or the years it names, each a side. */
export interface ComparedSides {
	/** The question compares ("vs", "or", "more than"; `QuestionContext.compares`). */
	compares: boolean;
	/** It compares by "or" alone (`QuestionContext.offersAlternatives`). */
	offersAlternatives: boolean;
	/** The years it names ("the growth cited in 2021 and the one in 2025"). */
	years: readonly number[];
	/** The year of the meeting a figure is of. */
	yearOf: (figure: FigureAnswer) => number | undefined;
	/** The countries it names, each a side when no meeting has both ("trade with Türkiye or with Turkmenistan"). */
	countries: readonly Country[];
	/** A figure of a measure that covers a country, for a side the best answers lack. */
	figureOf: (metric: string, country: Country) => FigureAnswer | undefined;
}

/**
 * @param question - the question as asked
 * @param asked - whether it compares, and the years it names
 * @param asksDocuments - whether it asks about documents (whose "or" lists kinds, not sides)
 * @param ranked - the answers the ranking found, best first
 * @returns the figures of the leading figure's measure among the best answers, side by side; undefined when the
 *   question neither compares nor names two years, no figure leads, the figure stands alone, or a question set side
 *   by side by the two years it names finds figures of one year only
 * @example
 * compareFigures('grain vs cotton share of exports to Türkiye', { compares: true, years: [], yearOf }, false, ranked);
 */
export function compareFigures(
	question: string,
	asked: ComparedSides,
	asksDocuments: boolean,
	ranked: readonly { kind: string }[],
): ComparisonAnswer | undefined {
	const folded = foldText(question);
	const namesTwoYears = new Set(asked.years).size >= 2;
	if (asksDocuments || !(asked.compares || namesTwoYears)) return undefined;
	// "The North–South corridor or the East–West one?" asks which holds: figures compare when a measure is asked.
	const measures = measuresAsked(question);
	if (asked.offersAlternatives && measures.length === 0) return undefined;
	const best = ranked.slice(0, RANKING.comparisonConsidered);
	const first = best.slice(0, RANKING.comparisonLeadWithin).find(isFigure);
	if (!first) return undefined;
	// "Which offer was worth more" compares the offers' values, not their counts of items: the best figure of the
	// measure asked for sets the sides.
	const quantities = measures.filter((measure) => measure !== 'number');
	// "Is trade with Türkiye or with Turkmenistan larger?" compares what trade is, not the targets set for it; "the
	// turnover goal voiced in Ankara" the targets.
	const asksTarget = TARGET_WORDS.test(folded);
	const candidates = best.filter(isFigure).filter((figure) => isTarget(figure) === asksTarget);
	const lead =
		candidates.find((figure) =>
			quantities.some((measure) => givesMeasure(measure, `${figure.record.valueText} ${figure.record.unit}`)),
		) ??
		(isTarget(first) === asksTarget ? first : candidates[0]) ??
		first;
	// The lead's own measure when it has other values among the best; else its family (freight and its growth).
	const figures = best.filter(isFigure);
	// Of one measure and one unit where the best hold two: an offer's value is not set against its count of items.
	const ofMetric = figures.filter((figure) => figure.record.metric === lead.record.metric);
	const ofUnit = ofMetric.filter((figure) => figure.record.unit === lead.record.unit);
	const same = ofUnit.length >= 2 ? ofUnit : ofMetric;
	const set =
		countrySides(lead, figures, asked) ??
		(same.length >= 2 ? same : figures.filter((figure) => family(figure) === family(lead)));
	if (set.length < 2) return undefined;
	// A question naming two years compares across them: two figures of one meeting are no comparison.
	if (namesTwoYears && new Set(set.map(asked.yearOf)).size < 2) return undefined;
	const units = new Set(set.map((side) => side.record.unit));
	const largest =
		WHICH_LARGER.test(folded) && units.size === 1
			? set.reduce((max, side) => (side.record.value > max.record.value ? side : max)).id
			: null;
	return {
		kind: 'comparison',
		id: `comparison-${set.map((side) => side.id).join('-')}`,
		sides: set,
		largest,
		citations: set.flatMap((side) => side.citations),
	};
}

/**
 * The lead's measure for each country a question sets side by side, when the best answers do not already cover them
 * all: "Is Kazakhstan's trade with Türkiye bigger than its trade with Turkmenistan?" finds Turkmen figures first, and
 * the Turkish turnover is the other side. A side is the best answer of that measure and country, else any figure of
 * the measure that covers the country.
 */
function countrySides(
	lead: FigureAnswer,
	figures: readonly FigureAnswer[],
	asked: ComparedSides,
): FigureAnswer[] | undefined {
	if (!asked.compares || asked.countries.length < 2) return undefined;
	const covers = (figure: FigureAnswer, country: Country): boolean => figure.record.countries.includes(country);
	const { metric, unit } = lead.record;
	const ofMetric = (figure: FigureAnswer, country: Country): boolean =>
		figure.record.metric === metric && covers(figure, country);
	const sides = asked.countries.map(
		(country) =>
			figures.find((figure) => ofMetric(figure, country) && figure.record.unit === unit) ??
			figures.find((figure) => ofMetric(figure, country)) ??
			asked.figureOf(metric, country),
	);
	const found = sides.filter((side): side is FigureAnswer => side !== undefined);
	return found.length === sides.length && new Set(found).size === found.length ? found : undefined;
}

function isFigure(answer: { kind: string }): answer is FigureAnswer {
	return answer.kind === 'figure';
}
