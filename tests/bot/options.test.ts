/** The option builders several commands share: their names, their bounds and choices Discord accepts. */
import { SlashCommandBuilder, type SlashCommandOptionsOnlyBuilder } from '@discordjs/builders';
import { describe, expect, it } from 'vitest';
import { countryOption, kindOption, yearOption } from '../../src/bot/options.js';
import { Country, DocumentKind } from '../../src/data/schema.js';

/** The JSON of one option, as a command built with it registers it. */
function optionJson(add: (builder: SlashCommandBuilder) => SlashCommandOptionsOnlyBuilder): Record<string, unknown> {
	const [option] = add(new SlashCommandBuilder().setName('test').setDescription('test')).toJSON().options ?? [];
	if (!option) throw new Error('no option built');
	return option as unknown as Record<string, unknown>;
}

describe('countryOption', () => {
	it("offers exactly the dataset's countries as choices, each its own value", () => {
		const option = optionJson((builder) => builder.addStringOption(countryOption));

		expect(option.name).toBe('country');
		expect(option.choices).toEqual(Country.options.map((country) => ({ name: country, value: country })));
	});
});

describe('yearOption', () => {
	it('bounds the year to what a record can carry', () => {
		expect(optionJson((builder) => builder.addIntegerOption(yearOption))).toMatchObject({
			name: 'year',
			min_value: 1991,
			max_value: 2100,
		});
	});
});

describe('kindOption', () => {
	const option = optionJson((builder) => builder.addStringOption(kindOption));
	const choices = option.choices as { name: string; value: string }[];

	it('offers any memorandum first, then every other kind named in words', () => {
		expect(choices[0]).toEqual({ name: 'any memorandum', value: 'memorandum' });
		expect(choices.slice(1).map((choice) => choice.value)).toEqual(
			DocumentKind.options.filter((kind) => kind !== 'memorandum'),
		);
		expect(choices.find((choice) => choice.value === 'memorandum-of-understanding')?.name).toMatch(
			/^memorandum of understanding\b/u,
		);
	});

	it("stays within Discord's 25 choices", () => {
		expect(choices.length).toBeLessThanOrEqual(25);
	});
});
