import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import type { CommandInput } from '../../src/bot/command.js';
import { completableCommands, completableOptions, completeCliOption } from '../../src/cli/cliCompletions.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

/** Every option that has an autocomplete table. */
const AUTOCOMPLETE_OPTIONS: [string, string][] = [
	['agreement', 'query'],
	['visit', 'which'],
	['figure', 'query'],
	['agreement', 'country'],
	['agreement', 'year'],
	['figure', 'country'],
	['timeline', 'country'],
	['agreement', 'kind'],
	['agreement', 'sector'],
	['daily', 'timezone'],
];

function expectWithinLimits(choices: readonly { name: string; value: string }[]): void {
	expect(choices.length).toBeLessThanOrEqual(25);
	for (const choice of choices) {
		expect(choice.name.length).toBeGreaterThan(0);
		expect(choice.name.length).toBeLessThanOrEqual(100);
		expect(choice.value.length).toBeGreaterThan(0);
		expect(choice.value.length).toBeLessThanOrEqual(100);
	}
}

describe('completeCliOption', () => {
	it('offers 25 document choices for an empty partial of /agreement query', () => {
		const choices = completeCliOption(engine, 'agreement', 'query', '');
		expect(choices.length).toBe(25);
		expectWithinLimits(choices);
	});

	it('returns nothing for an unknown command', () => {
		expect(completeCliOption(engine, 'nope', 'query', 'a')).toEqual([]);
	});

	it('returns nothing for an unknown option', () => {
		expect(completeCliOption(engine, 'agreement', 'nope', 'a')).toEqual([]);
	});

	it('returns nothing for a command or option named like an Object.prototype key', () => {
		expect(completeCliOption(engine, 'constructor', 'query', 'a')).toEqual([]);
		expect(completeCliOption(engine, 'agreement', '__proto__', 'a')).toEqual([]);
	});

	it('offers Asia/Almaty for the daily timezone "Asia/Alm"', () => {
		expect(completeCliOption(engine, 'daily', 'timezone', 'Asia/Alm')).toContainEqual({
			name: 'Asia/Almaty',
			value: 'Asia/Almaty',
		});
	});

	it('offers Türkiye and Turkmenistan for the country "tur" of every command with a country', () => {
		for (const command of ['agreement', 'figure', 'timeline'])
			expect(
				completeCliOption(engine, command, 'country', 'tur')
					.map((choice) => choice.value)
					.sort(),
			).toEqual(['Turkmenistan', 'Türkiye']);
	});

	it.each([
		['6,000 characters', 'memorandum '.repeat(546)],
		['emoji', '😀🇰🇿👨‍👩‍👧 border'],
		['right-to-left text', 'مذكرة تفاهم ‏עברית‎'],
		['control characters', '\u0000\u0007\u001b[31m\r\n\t\u202e'],
		['lone surrogates', '\uD800bord\uDFFF'],
	])('stays within the limits for %s', (_label, partial) => {
		for (const [command, option] of AUTOCOMPLETE_OPTIONS)
			expectWithinLimits(completeCliOption(engine, command, option, partial));
	});

	it('never throws and stays within the limits for any partial', () => {
		const partial = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 300 }),
			fc.string({ unit: 'grapheme', maxLength: 300 }),
			fc.string({ maxLength: 6000 }),
		);
		fc.assert(
			fc.property(fc.constantFrom(...AUTOCOMPLETE_OPTIONS), partial, ([command, option], text) => {
				expectWithinLimits(completeCliOption(engine, command, option, text));
			}),
			{ numRuns: 300 },
		);
	});

	it("answers every command's autocompleted options as the command's own handler does", () => {
		const context = { engine, logger: createLogger('silent'), now: () => new Date('2026-01-01') };
		const input: CommandInput = { options: new Map(), userId: '1', guildId: '1', canManageGuild: true };
		let compared = 0;
		for (const [name, command] of loadCommands()) {
			const options = (command.data.toJSON().options ?? []).flatMap((option) =>
				'options' in option ? [option, ...(option.options ?? [])] : [option],
			);
			for (const option of options) {
				if (!('autocomplete' in option && option.autocomplete)) continue;
				for (const partial of ['', 'a', 'tur', 'Asia/Alm', 'memorandm on cultre']) {
					expect(completeCliOption(engine, name, option.name, partial)).toEqual(
						command.autocomplete?.(option.name, partial, input, context).choices,
					);
					compared += 1;
				}
			}
		}
		expect(compared).toBeGreaterThanOrEqual(7 * 5);
	});
});

describe('completableOptions', () => {
	it('names only options the slash command has, each with choices or autocomplete', () => {
		const commands = loadCommands();
		for (const name of completableCommands()) {
			const options = (commands.get(name)?.data.toJSON().options ?? []).flatMap((option) =>
				'options' in option ? [option, ...(option.options ?? [])] : [option],
			);
			const withChoices = options
				.filter(
					(option) => ('autocomplete' in option && option.autocomplete) || ('choices' in option && option.choices),
				)
				.map((option) => option.name);
			for (const option of completableOptions(name) ?? []) expect(withChoices, `${name} ${option}`).toContain(option);
		}
	});

	it('is undefined for a command without choices, and for a name like an Object.prototype key', () => {
		expect([completableOptions('ask'), completableOptions('nope'), completableOptions('constructor')]).toEqual([
			undefined,
			undefined,
			undefined,
		]);
	});
});
