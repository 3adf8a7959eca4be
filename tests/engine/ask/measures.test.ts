import { describe, expect, it } from 'vitest';
import { givesMeasure, measuresAsked } from '../../../src/engine/ask/measures.js';

describe('measuresAsked', () => {
	it('reads the measures a question asks for', () => {
		expect(measuresAsked('How much did the bridge cost?')).toEqual(['money']);
		expect(measuresAsked('How many tonnes of wheat were shipped?')).toEqual(['mass']);
		expect(measuresAsked('How many cubic metres of gas?')).toEqual(['volume']);
		expect(measuresAsked('How long is the bridge?')).toEqual(['length']);
		expect(measuresAsked('container throughput at Aktau?')).toEqual(['capacity']);
		expect(measuresAsked('When will the trade houses open?')).toEqual(['date']);
		expect(measuresAsked('On what dates did the 2022 visit take place?')).toEqual(['day']);
	});

	it('reads none in a question that asks for no measure', () => {
		expect(measuresAsked('How long is the visa-free stay?')).toEqual([]);
		expect(measuresAsked('How many documents were signed?')).toEqual([]);
	});
});

describe('givesMeasure', () => {
	it('finds a value of the measure in a record or a sentence', () => {
		expect(givesMeasure('money', 'Trade reached $5 billion in 2024')).toBe(true);
		expect(givesMeasure('money', 'worth 130 million US dollars')).toBe(true);
		expect(givesMeasure('mass', '5.2 million tonnes of cargo')).toBe(true);
		expect(givesMeasure('length', 'a 160 km railway')).toBe(true);
		expect(givesMeasure('date', 'Days of Culture will be held in 2022')).toBe(true);
		expect(givesMeasure('day', 'signed on 25 October 2021')).toBe(true);
	});

	it('finds none where the text gives another kind of value', () => {
		expect(givesMeasure('money', 'the bridge opened on 25 October 2021')).toBe(false);
		expect(givesMeasure('mass', 'Trade reached $5 billion')).toBe(false);
		expect(givesMeasure('date', 'the sides agreed to open trade houses')).toBe(false);
		expect(givesMeasure('day', 'in 2022')).toBe(false);
	});
});
