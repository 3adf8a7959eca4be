/**
 * Questions that ask for a measure — a cost, a mass, a volume, a length, a capacity, a date — are answered only by a
 * record or a sentence that gives one: "How much did the bridge cost?" is not answered by the bridge's opening date,
 * nor by a trade figure that shares the word "bridge"; "When will the trade houses open?" not by the agreement to
 * open them. Language only: the words that ask for a measure and the words a
 * value of it is written with.
 */
import { foldText } from '../normalise.js';
import { MONTHS as MONTH_NAMES } from './questionContext.js';

export type Measure = 'money' | 'mass' | 'volume' | 'length' | 'capacity' | 'date' | 'day';

interface MeasureWords {
	measure: Measure;
	/** Words of a question that ask for it (folded text). */
	asks: RegExp;
	/** Words a value of it is written with (folded text: "$" stays, punctuation goes). */
	holds: RegExp;
}

const MEASURES: readonly MeasureWords[] = [
	{
		measure: 'money',
		asks: /\b(cost|costs|costing|price|prices|priced|budget|budgets|spend|spent|fee|fees)\b/u,
		holds: /\$|\b(usd|dollars?|euros?|tenge|manat|lira)\b/u,
	},
	{ measure: 'mass', asks: /\b(tonnes?|tons?|kilograms?|kg)\b/u, holds: /\b(tonnes?|tons?|kg|kilograms?)\b/u },
	{
		measure: 'volume',
		asks: /\b(cubic|bcm|m3|barrels?|litres?|liters?)\b/u,
		holds: /\b(cubic|bcm|m3|barrels?|litres?|liters?)\b/u,
	},
	{
		measure: 'length',
		asks: /\b(length|kilomet(re|er)s?|km|miles?)\b|\bhow long is the (bridge|road|railway|line|highway|pipeline|border|cable)\b/u,
		holds: /\b(km|kilomet(re|er)s?|miles?|met(re|er)s long)\b/u,
	},
	{
		// "When …" is answered by a day, a month or a year.
		measure: 'date',
		asks: /^when\b|\bwhen (was|were|did|will|is|does|do)\b|\bby what year\b|\b(in )?(what|which) year\b/u,
		holds: new RegExp(`\\b(${MONTH_NAMES.join('|')}|(19|20)\\d\\d)\\b`, 'u'),
	},
	{
		// "On what date …" is answered by a day.
		measure: 'day',
		asks: /\b(what|which|exact) (date|dates|day|days)\b|\bwhen exactly\b/u,
		holds: new RegExp(
			`\\b(\\d{1,2}(st|nd|rd|th)? (${MONTH_NAMES.join('|')})|(${MONTH_NAMES.join('|')}) \\d{1,2})\\b`,
			'u',
		),
	},
	{
		measure: 'capacity',
		asks: /\b(capacity|throughput)\b/u,
		holds: /\b(capacity|throughput|per (year|annum)|a year|annually)\b/u,
	},
];

/**
 * @param question - the question as asked
 * @returns the measures it asks for
 * @example
 * measuresAsked('How much did the bridge cost?'); // ['money']
 */
export function measuresAsked(question: string): Measure[] {
	const folded = foldText(question);
	return MEASURES.filter(({ asks }) => asks.test(folded)).map(({ measure }) => measure);
}

/**
 * @param measure - one asked for
 * @param text - a record's or a sentence's words
 * @returns whether the text gives a value of the measure
 * @example
 * givesMeasure('money', 'trade reached $5 billion'); // true
 */
export function givesMeasure(measure: Measure, text: string): boolean {
	const words = MEASURES.find((entry) => entry.measure === measure);
	return words !== undefined && words.holds.test(foldText(text));
}
