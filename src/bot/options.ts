/** Option builders shared by several commands, so their choices stay identical. */
import type { SlashCommandStringOption, SlashCommandIntegerOption } from '@discordjs/builders';
import { Country } from '../data/schema.js';
import { YEAR_RANGE } from '../engine/filters.js';
import { DOCUMENT_KIND_CHOICES } from '../text/labelWords.js';

export function countryOption(option: SlashCommandStringOption): SlashCommandStringOption {
	return option
		.setName('country')
		.setDescription('Only records involving this country')
		.addChoices(...Country.options.map((country) => ({ name: country, value: country })));
}

/** Completed from the years the records carry (a command using it completes `year`), any year in range accepted. */
export function yearOption(option: SlashCommandIntegerOption): SlashCommandIntegerOption {
	return option
		.setName('year')
		.setDescription('Only records of this year')
		.setAutocomplete(true)
		.setMinValue(YEAR_RANGE.min)
		.setMaxValue(YEAR_RANGE.max);
}

export function kindOption(option: SlashCommandStringOption): SlashCommandStringOption {
	return option
		.setName('kind')
		.setDescription('Kind of document')
		.addChoices(...DOCUMENT_KIND_CHOICES);
}
