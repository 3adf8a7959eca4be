/**
 * Questions that ask for a measure — a cost, a mass, a volume, a length, a capacity, a date — are answered only by a
 * record or a sentence that gives one: "How much did the bridge cost?" is not answered by the bridge's opening date,
 * nor by a trade figure that shares the word "bridge"; "When will the trade houses open?" not by the agreement to
 * open them. Language only: the words that ask for a measure and the words a
 * value of it is written with.
 */
import { foldText, wordTerms } from '../normalise.js';
import { MONTHS as MONTH_NAMES, ORGANISATION_ASKED } from './questionContext.js';

export type Measure =
	| 'money'
	| 'mass'
	| 'volume'
	| 'length'
	| 'capacity'
	| 'share'
	| 'date'
	| 'day'
	| 'number'
	| 'person'
	| 'organisation'
	| 'place';

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
		asks: /\b(cost|costs|costing|price|prices|priced|budget|budgets|spend|spent|fee|fees|tariffs?|money|worth|valued|dollars?|usd)\b/u,
		holds: /\$|\b(usd|dollars?|euros?|tenge|manat|lira)\b/u,
	},
	{ measure: 'mass', asks: /\b(tonnes?|tons?|kilograms?|kg)\b/u, holds: /\b(tonnes?|tons?|kg|kilograms?)\b/u },
	{
		measure: 'volume',
		asks: /\b(cubic|bcm|m3|barrels?|litres?|liters?|teus?)\b/u,
		holds: /\b(cubic|bcm|m3|barrels?|litres?|liters?|teus?)\b/u,
	},
	{
		measure: 'length',
		asks: /\b(length|kilomet(re|er)s?|km|miles?)\b|\bhow long (is|was|will|would|should) the ([\p{L}-]+ ){0,4}(bridge|road|railway|line|highway|pipeline|border|cable|corridor|route)\b/u,
		holds: /\b(km|kilomet(re|er)s?|miles?|met(re|er)s long)\b/u,
	},
	{
		// "When …" is answered by a day, a month or a year.
		measure: 'date',
		asks: /\bwhen (was|were|did|will|is|are|does|do|has|have|had|would|should|could|can)\b|\bby what year\b|\b(in )?(what|which) year\b/u,
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
		// "How many …", "how much …", "what share …": a number, unless the records themselves are counted (see
		// `answerFit.ts`); a unit ("how much … cost") asks for more than one.
		measure: 'number',
		asks: /\bhow (many|much|big|large|sizeable|sizable)\b|\b(what|which) (number|volume|amount|quantity|size)\b/u,
		holds:
			/\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|billion|dozens?|twice|double|doubled|half|\p{L}+fold)\b/u,
	},
	{
		// "Who signed …", "which minister …", "which outstanding figures …": a person the record names (read from the
		// dataset in `answerFit.ts`). A bare "who" is often answered by a country or a body ("Who proposed the bridge?"),
		// so it asks for no person.
		measure: 'person',
		asks: /\bwho (exactly )?(signed|heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|manages|managed)\b|\bwho (is|was|were|will be) (appointed|elected|nominated|named|chosen)\b|\b(which|what) ([\p{L}-]+ )?(official|officials|minister|ministers|person|people|ambassador|ambassadors|chairman|envoy|politician|politicians)\b|\bname of the ([\p{L}-]+ )?(minister|official|person|head|ambassador|representative|director)\b|\bwho (is|was|will be) (the |[\p{L}]+s )?([\p{L}-]+ )?(official|representative|envoy|ambassador|director|minister)\b|\b(outstanding|historical|historic|prominent|famous|eminent|great|literary|cultural) (figures|personalities)\b/u,
		holds: /(?!)/u,
	},
	{
		// "Which company …", "which university …": a body the record names (read from the dataset in `answerFit.ts`).
		measure: 'organisation',
		asks: ORGANISATION_ASKED,
		holds: /(?!)/u,
	},
	{
		// "Which city …": a place the record names (read from the dataset in `answerFit.ts`). A bare "where" is often
		// answered by a border, a bay or a country, which no list of places holds, so it asks for no place.
		measure: 'place',
		asks: /\b(which|what) ([\p{L}-]+ )?(city|cities|town|towns|port|ports)\b|\bin which (city|town)\b/u,
		holds: /(?!)/u,
	},
	{
		// "What share …", "by what percentage …": a part of a whole, not any number.
		measure: 'share',
		asks: /\b(what|which) (share|percentage|proportion|fraction|part)\b|\bhow many (percent|per cent)\b|\bpercentage\b|\b(what|which) ([\p{L}-]+ ){0,2}rates?\b/u,
		holds: /%|\b(percent|per cent|percentage|share|half|third|quarter|fifth|tenth)\b/u,
	},
	{
		measure: 'capacity',
		// "In what capacity" asks for a role, not a throughput.
		asks: /(?<!\bin (what|which|whose) )\bcapacity\b|\bthroughput\b/u,
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
	const asked = MEASURES.filter(({ asks }) => asks.test(folded)).map(({ measure }) => measure);
	// "How many tonnes" asks for a mass, not a bare number; "how many awards" counts records, not a number in one.
	const counted = asked.some((measure) => QUANTITIES.has(measure)) || RECORD_NOUNS.test(folded);
	return counted ? asked.filter((measure) => measure !== 'number') : asked;
}

/** Measures with a unit: a question asking for one asks for more than a number. */
const QUANTITIES: ReadonlySet<Measure> = new Set(['money', 'mass', 'volume', 'length', 'capacity', 'share']);

/**
 * Nouns of the records themselves: "how many awards …" or "how many visits …" is answered by the records, not by a
 * number in one of them.
 */
const RECORD_NOUNS =
	/\bhow many (\w+ )?(awards?|orders?|medals?|visits?|trips?|meetings?|summits?|events?|proposals?|initiatives?|sources?|articles?|reports?|sectors?|figures?|countries|documents?|docs|agreements?|treaties|memorand\w*|mous?|plans?|programmes?|programs?|declarations?|statements?|protocols?)\b/u;

/**
 * @param question - the question as asked
 * @returns the kind of body it asks which of, in the singular ("agency" in "Which international agency …"), if any
 * @example
 * organisationNounAsked('Which universities signed?'); // 'university'
 */
export function organisationNounAsked(question: string): string | undefined {
	const noun = foldText(question).match(ORGANISATION_ASKED)?.[3];
	if (noun === undefined) return undefined;
	return noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.replace(/s$/u, '');
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
	const folded = foldText(text);
	// A day or a year is no number of anything: "adopted in 2015" says nothing of how much; nor are "the two countries"
	// a count of anything asked.
	return (
		words !== undefined &&
		words.holds.test(measure === 'number' ? folded.replace(DATES, ' ').replace(THE_TWO_SIDES, ' ') : folded)
	);
}

/** The two sides of every bilateral text ("the two countries", "both presidents"): no count of anything asked. */
const THE_TWO_SIDES =
	/\b(the|our|both) (two )?(countries|states|nations|peoples|presidents|leaders|heads|sides|parties|governments)\b/gu;

/** Days and years as folded text writes them ("25 october", "october 25", "2021"). */
const DATES = new RegExp(
	`\\b(\\d{1,2}(st|nd|rd|th)? (${MONTH_NAMES.join('|')})|(${MONTH_NAMES.join('|')}) \\d{1,2}|(19|20)\\d\\d)\\b`,
	'gu',
);

/**
 * Nouns that name a measure ("the dollar value of trade", "the total amount", "invested more money"): not what a
 * question is about. Most ask for no measure of their own (a value may be a sum, a share or a count).
 */
const MEASURE_NOUN_WORDS = ['value', 'amount', 'sum', 'total', 'money'] as const;
const MEASURE_NOUNS = new RegExp(`\\b(${MEASURE_NOUN_WORDS.join('|')})s?\\b`, 'u');

/** The index forms of those nouns: a record's label that shares one ("Total value of …") shares no subject. */
export const MEASURE_NOUN_TERMS: ReadonlySet<string> = wordTerms(
	MEASURE_NOUN_WORDS.flatMap((word) => [word, `${word}s`]).join(' '),
);

/**
 * @param text - a question or its search words
 * @returns the words in it that ask for a measure ("tonnes", "cost", "how many"): not what the question is about
 */
export function measureWords(text: string): string[] {
	const folded = foldText(text);
	return [...MEASURES.map(({ asks }) => asks), MEASURE_NOUNS].flatMap((asks) =>
		[...folded.matchAll(new RegExp(asks.source, 'gu'))].map((match) => match[0]),
	);
}

/**
 * @param text - a question or its search words
 * @returns the index forms of its words that ask for a measure (`measureWords`), to leave out of what it is about
 */
export function measureTerms(text: string): ReadonlySet<string> {
	return wordTerms(measureWords(text).join(' '));
}
