/** Option builders shared by several commands, so their choices stay identical. */
import type { SlashCommandStringOption, SlashCommandIntegerOption } from '@discordjs/builders';
import { Country, DocumentKind } from '../data/schema.js';
import { YEAR_RANGE } from '../engine/filters.js';

export function countryOption(option: SlashCommandStringOption): SlashCommandStringOption {
	return option
		.setName('country')
		.setDescription('Only records involving this country')
		.addChoices(...Country.options.map((country) => ({ name: country, value: country })));
}

export function yearOption(option: SlashCommandIntegerOption): SlashCommandIntegerOption {
	return option
		.setName('year')
		.setDescription('Only records of this year')
		.setMinValue(YEAR_RANGE.min)
		.setMaxValue(YEAR_RANGE.max);
}

export function kindOption(option: SlashCommandStringOption): SlashCommandStringOption {
	return option
		.setName('kind')
		.setDescription('Kind of document')
		.addChoices(
			{ name: 'any memorandum', value: 'memorandum' },
			...DocumentKind.options
				.filter((kind) => kind !== 'memorandum')
				.map((kind) => ({ name: kind.replace(/-/g, ' '), value: kind })),
		);
}
