import { describe, expect, it } from 'vitest';
import { rankFixedChoices } from '../../src/engine/fixedChoices.js';

const SECTORS = ['trade', 'transport', 'public-administration', 'veterinary', 'defence'].map((value) => ({
	name: value.replace(/-/g, ' '),
	value,
}));

function values(choices: readonly { value: string }[]): string[] {
	return choices.map((choice) => choice.value);
}

describe('rankFixedChoices', () => {
	it('offers the whole list, in order, for an empty partial', () => {
		expect(values(rankFixedChoices(SECTORS, ''))).toEqual(values(SECTORS));
	});

	it('puts heavier choices first when nothing is typed, and among equal matches', () => {
		const weighted = SECTORS.map((choice) => ({ ...choice, weight: choice.value === 'defence' ? 5 : 0 }));
		expect(values(rankFixedChoices(weighted, ''))[0]).toBe('defence');
		expect(values(rankFixedChoices(weighted, 'tra'))).toEqual(['trade', 'transport']);
	});

	it('ranks the exact name first, then names that start with the partial, then later words', () => {
		const choices = [
			{ name: 'public transport', value: 'a' },
			{ name: 'transport hubs', value: 'b' },
			{ name: 'transport', value: 'c' },
		];
		expect(values(rankFixedChoices(choices, 'transport'))).toEqual(['c', 'b', 'a']);
	});

	it('finds a word that is not the first', () => {
		expect(values(rankFixedChoices(SECTORS, 'admin'))).toEqual(['public-administration']);
	});

	it('finds a typo of four letters or more after every true match, but not a short guess', () => {
		expect(values(rankFixedChoices(SECTORS, 'tarnsport'))).toEqual(['transport']);
		expect(values(rankFixedChoices(SECTORS, 'vetrinary'))).toEqual(['veterinary']);
		expect(values(rankFixedChoices(SECTORS, 'xr'))).toEqual([]);
	});

	it('finds a choice by its value as well as its name, and by a text of its own when it has one', () => {
		expect(values(rankFixedChoices([{ name: 'any memorandum', value: 'memorandum' }], 'memo'))).toEqual(['memorandum']);
		expect(
			values(rankFixedChoices([{ name: 'MoU', value: 'x', text: 'memorandum of understanding' }], 'underst')),
		).toEqual(['x']);
	});
});
