import { describe, expect, it } from 'vitest';
import { givesMeasure, measureWords, measuresAsked, organisationNounAsked } from '../../../src/engine/ask/measures.js';

describe('measuresAsked', () => {
	it('reads the measures a question asks for', () => {
		expect(measuresAsked('How much did the bridge cost?')).toEqual(['money']);
		expect(measuresAsked('How many tonnes of wheat were shipped?')).toEqual(['mass']);
		expect(measuresAsked('How many cubic metres of gas?')).toEqual(['volume']);
		expect(measuresAsked('How long is the bridge?')).toEqual(['length']);
		expect(measuresAsked('container throughput at Aktau?')).toEqual(['capacity']);
		expect(measuresAsked('the capacity of the Aktau port')).toEqual(['capacity']);
		// "In what capacity" asks for a role.
		expect(measuresAsked('Which forum did Turkmenistan join, and in what capacity?')).toEqual([]);
		expect(measuresAsked('How long is the Kazakhstan–Turkmenistan–Iran railway?')).toEqual(['length']);
		expect(measuresAsked('What tariff cut was agreed for freight?')).toEqual(['money']);
		expect(measuresAsked('By what percentage did trade grow in 2024?')).toEqual(['share']);
		expect(measuresAsked('When will the trade houses open?')).toEqual(['date']);
		expect(measuresAsked('On what dates did the 2022 visit take place?')).toEqual(['day']);
		// A rate is a share; containers are counted in TEU; a planned line's length is asked in the conditional.
		expect(measuresAsked('What royalty rate does the new tax code set?')).toEqual(['share']);
		expect(measuresAsked('Which historical figures were the monuments dedicated to?')).toEqual(['person']);
		// How big is how much; a post may follow a country's possessive.
		expect(measuresAsked('How big is the joint mining fund?')).toEqual(['number']);
		expect(measuresAsked("Who was Kazakhstan's ambassador in Ashgabat?")).toEqual(['person']);
		// A value names a measure without saying which: a sum, a share or a count.
		expect(measuresAsked('What was the value of trade growth in 2021?')).toEqual([]);
		expect(measuresAsked('How many TEU of containers moved through Aktau?')).toEqual(['volume']);
		expect(measuresAsked('How long would the proposed railway to South Asia be?')).toEqual(['length']);
	});

	it('reads none in a question that asks for no measure', () => {
		expect(measuresAsked('How long is the visa-free stay?')).toEqual([]);
		expect(measuresAsked('How many documents were signed?')).toEqual([]);
	});
});

describe('measuresAsked, of amounts without a unit', () => {
	it('reads "what volume" or "what amount" as asking for a number, and "how much money" for a sum', () => {
		expect(measuresAsked('What volume of Turkmen gas does Kazakhstan transit?')).toEqual(['number']);
		expect(measuresAsked('What amount of grain was shipped?')).toEqual(['number']);
		expect(measuresAsked('How much money did investors put in?')).toEqual(['money']);
	});
});

describe('givesMeasure, of the two sides', () => {
	it('counts nothing in "the two countries" or "both presidents"', () => {
		expect(givesMeasure('number', 'The heads of the two countries continued negotiations.')).toBe(false);
		expect(givesMeasure('number', 'both presidents signed two memoranda')).toBe(true);
	});
});

describe('givesMeasure', () => {
	it('finds a value of the measure in a record or a sentence', () => {
		expect(givesMeasure('money', 'Trade reached $5 billion in 2024')).toBe(true);
		expect(givesMeasure('money', 'worth 130 million US dollars')).toBe(true);
		expect(givesMeasure('share', 'around 85% of overland trade')).toBe(true);
		expect(givesMeasure('mass', '5.2 million tonnes of cargo')).toBe(true);
		expect(givesMeasure('length', 'a 160 km railway')).toBe(true);
		expect(givesMeasure('date', 'Days of Culture will be held in 2022')).toBe(true);
		expect(givesMeasure('day', 'signed on 25 October 2021')).toBe(true);
	});

	it('finds none where the text gives another kind of value', () => {
		expect(givesMeasure('money', 'the bridge opened on 25 October 2021')).toBe(false);
		expect(givesMeasure('mass', 'Trade reached $5 billion')).toBe(false);
		expect(givesMeasure('share', 'Trade reached $5 billion')).toBe(false);
		expect(givesMeasure('date', 'the sides agreed to open trade houses')).toBe(false);
		expect(givesMeasure('day', 'in 2022')).toBe(false);
		// A day or a year counts nothing.
		expect(givesMeasure('number', 'adopted on December 5, 2015')).toBe(false);
		expect(givesMeasure('number', 'held on 25 October 2021')).toBe(false);
		expect(givesMeasure('number', 'more than 60 agreements signed in 2025')).toBe(true);
	});
});

describe('measuresAsked: numbers, people, bodies and places', () => {
	it('reads a bare number only where no unit and no record is counted', () => {
		expect(measuresAsked('How many Turkish companies operate in Kazakhstan?')).toEqual(['number']);
		expect(measuresAsked('By how much did freight grow?')).toEqual(['number']);
		// "How much" of a thing with no unit asks for a number of it, as "how many" does.
		expect(measuresAsked('How much Kazakh oil went through the pipeline?')).toEqual(['number']);
		expect(measuresAsked('How much did the bridge cost?')).toEqual(['money']);
		expect(measuresAsked('How many awards did Tokayev receive?')).toEqual([]);
		expect(measuresAsked('How many docs were signed?')).toEqual([]);
	});

	it('reads a person, a body or a city only where the question names what it asks for', () => {
		expect(measuresAsked('Who signed the migration agreement?')).toEqual(['person']);
		expect(measuresAsked('Which Kazakh ministers came to Ashgabat?')).toEqual(['person']);
		expect(measuresAsked('Which Turkish oil and gas company is the partner?')).toEqual(['organisation']);
		expect(measuresAsked('Which cities will the flights connect?')).toEqual(['place']);
		expect(measuresAsked('What is the name of the Turkmen official who became director?')).toEqual(['person']);
		expect(measuresAsked('Who is the Turkmen representative to head the centre?')).toEqual(['person']);
		// A bare "who" or "where" is often answered by a country, a border or a bay.
		expect(measuresAsked('Who proposed the bridge?')).toEqual([]);
		expect(measuresAsked('Where might a grain terminal be built?')).toEqual([]);
	});

	it('reads no date in a clause that starts with "when"', () => {
		expect(measuresAsked('When accepting the award, what did Tokayev say?')).toEqual([]);
		expect(measuresAsked('how long is the garabogaz bridge')).toEqual(['length']);
	});
});

describe('measureWords', () => {
	it('gives the words that ask for a measure, which name nothing the question is about', () => {
		expect(measureWords('How many tonnes of wheat were shipped?')).toEqual(['tonnes', 'how many']);
	});

	it('gives the nouns that name some measure ("the dollar value of trade": trade is what it is about)', () => {
		expect(measureWords('What was the dollar value of trade?')).toEqual(['dollar', 'value']);
	});
});

describe('organisationNounAsked', () => {
	it('is the kind of body a question asks which of, in the singular', () => {
		expect(organisationNounAsked('Which international agency did Kazakhstan propose?')).toBe('agency');
		expect(organisationNounAsked('Which Turkmen universities signed memoranda?')).toBe('university');
		expect(organisationNounAsked('What did the presidents agree?')).toBeUndefined();
	});
});
