/** canonicalState: a list's filters as the dataset names them, so a page button carries them exactly, or the problem. */
import { describe, expect, it } from 'vitest';
import { canonicalState } from '../../src/bot/listState.js';

describe('canonicalState', () => {
	it('turns typed filters into the dataset values and keeps the query as given', () => {
		expect(canonicalState({ q: 'border regime', c: 'kazakhstan', y: 2021, k: 'Memorandum', s: 'Transport' })).toEqual({
			ok: true,
			state: { q: 'border regime', c: 'Kazakhstan', y: 2021, k: 'memorandum', s: 'transport' },
		});
	});

	it('reads a kind written as words as its slug', () => {
		expect(canonicalState({ k: 'memorandum of understanding' })).toEqual({
			ok: true,
			state: { q: undefined, c: undefined, y: undefined, k: 'memorandum-of-understanding', s: undefined },
		});
	});

	it('leaves an empty state empty', () => {
		expect(canonicalState({})).toEqual({
			ok: true,
			state: { q: undefined, c: undefined, y: undefined, k: undefined, s: undefined },
		});
	});

	it('names the first filter that makes no sense, with the value given', () => {
		expect(canonicalState({ c: 'Narnia', s: 'nonsense' })).toEqual({
			ok: false,
			problem: { reason: 'unknownCountry', value: 'Narnia' },
		});
		expect(canonicalState({ y: 1850 })).toEqual({ ok: false, problem: { reason: 'badYear', value: '1850' } });
		expect(canonicalState({ s: 'nonsense' })).toEqual({
			ok: false,
			problem: { reason: 'unknownSector', value: 'nonsense' },
		});
	});
});
