import { beforeAll, describe, expect, it, vi } from 'vitest';
import { completeOption, fitChoices } from '../../src/bot/completeOption.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Sector } from '../../src/data/schema.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('completeOption', () => {
	it("asks the engine for what the option completes, 25 at most, names fitted to Discord's 100 characters", () => {
		expect(completeOption(engine, { query: 'document' }, 'query', '').choices).toEqual(
			engine.autocomplete('document', '', 25, 100),
		);
	});

	it('counts the matches it does not offer only when asked', () => {
		const count = vi.spyOn(engine, 'countCompletions');
		const offered = completeOption(engine, { sector: 'sector' }, 'sector', '');
		expect(count).not.toHaveBeenCalled();
		expect([offered.choices.length, offered.more()]).toEqual([25, Sector.options.length - 25]);
		expect(count).toHaveBeenCalledWith('sector', '');
		count.mockRestore();
	});

	it('has nothing more when every match is offered', () => {
		const offered = completeOption(engine, { query: 'document' }, 'query', 'vet');
		expect([offered.choices.map((choice) => choice.value), offered.more()]).toEqual([['doc-2025-veterinary'], 0]);
	});

	it('calls a completer of its own with the partial and the limit, and again with no limit to count the rest', () => {
		const calls: [string, number][] = [];
		const zones = ['UTC', 'Europe/London', 'Europe/Paris'].map((zone) => ({ name: zone, value: zone }));
		const offered = completeOption(
			engine,
			{
				zone: (partial, limit) => {
					calls.push([partial, limit]);
					return zones.slice(0, limit === 25 ? 1 : zones.length);
				},
			},
			'zone',
			'eu',
		);
		expect([offered.choices, calls]).toEqual([[{ name: 'UTC', value: 'UTC' }], [['eu', 25]]]);
		expect(offered.more()).toBe(2);
		expect(calls[1]).toEqual(['eu', Number.MAX_SAFE_INTEGER]);
	});

	it('offers nothing for an option that completes nothing, even one named like an Object.prototype key', () => {
		for (const option of ['nosuch', 'constructor', '__proto__', 'toString']) {
			const offered = completeOption(engine, { query: 'document' }, option, 'bord');
			expect([offered.choices, offered.more()]).toEqual([[], 0]);
		}
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
