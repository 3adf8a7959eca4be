import { beforeAll, describe, expect, it } from 'vitest';
import { completeOption, fitChoices } from '../../src/bot/completeOption.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('completeOption', () => {
	it('asks the engine for what the option completes, 25 at most', () => {
		expect(completeOption(engine, { query: 'document' }, 'query', '')).toEqual(
			fitChoices(engine.autocomplete('document', '', 25)),
		);
	});

	it('calls a completer of its own with the partial and the limit', () => {
		const calls: [string, number][] = [];
		const choices = completeOption(
			engine,
			{
				zone: (partial, limit) => {
					calls.push([partial, limit]);
					return [{ name: 'UTC', value: 'UTC' }];
				},
			},
			'zone',
			'ut',
		);
		expect([choices, calls]).toEqual([[{ name: 'UTC', value: 'UTC' }], [['ut', 25]]]);
	});

	it('offers nothing for an option that completes nothing, even one named like an Object.prototype key', () => {
		for (const option of ['nosuch', 'constructor', '__proto__', 'toString'])
			expect(completeOption(engine, { query: 'document' }, option, 'bord')).toEqual([]);
	});
});

describe('fitChoices', () => {
	it("keeps 25 choices and cuts each name to Discord's 100 characters, values untouched", () => {
		const many = Array.from({ length: 40 }, (_, index) => ({
			name: `${index} ${'n'.repeat(150)}`,
			value: `v${index}`,
		}));
		const fitted = fitChoices(many);
		expect(fitted.length).toBe(25);
		expect(fitted.every((choice) => choice.name.length === 100 && choice.name.endsWith('…'))).toBe(true);
		expect(fitted.map((choice) => choice.value)).toEqual(many.slice(0, 25).map((choice) => choice.value));
	});
});
