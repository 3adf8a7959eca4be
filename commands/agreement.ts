import { SlashCommandBuilder } from '@discordjs/builders';
import { type CommandInput, type CommandContext, integerOption, stringOption } from '../src/bot/command.js';
import { listReply } from '../src/bot/listReply.js';
import { pageRequest } from '../src/render/listEmbed.js';
import { canonicalState } from '../src/bot/listState.js';
import { filterProblemReply, notFoundReply } from '../src/bot/messages.js';
import { countryOption, kindOption, yearOption } from '../src/bot/options.js';
import type { ListState } from '../src/discord/customIds.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { renderAnswer } from '../src/render/answerProse.js';
import { type Reply, embedReply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('agreement')
	.setDescription('Look up the documents signed at the visits: agreements, memoranda, statements, plans')
	.addStringOption((option) =>
		option.setName('query').setDescription('Title words, a party, a sector…').setAutocomplete(true).setMaxLength(200),
	)
	.addStringOption(countryOption)
	.addIntegerOption(yearOption)
	.addStringOption(kindOption)
	.addStringOption((option) =>
		option.setName('sector').setDescription('Sector, e.g. transport, health, culture').setAutocomplete(true),
	);

/** Rebuilds the list for a state and page: the command and its page buttons share this. */
export function page(raw: ListState, page: number, context: CommandContext): Reply {
	const canonical = canonicalState(raw);
	if (!canonical.ok) return filterProblemReply(canonical.problem);
	const { state } = canonical;
	const outcome = context.engine.agreements(
		state.q,
		{
			country: state.c,
			year: state.y,
			kind: state.k,
			sector: state.s,
		},
		pageRequest(page),
	);
	if (!outcome.ok) return filterProblemReply(outcome.problem);
	const [first] = outcome.results;
	if (outcome.total === 0 || !first) return notFoundReply('agreement', state.q, outcome.suggestions);
	if (outcome.total === 1) {
		const visit = first.kind === 'document' && first.record.visit ? context.engine.get(first.record.visit) : undefined;
		return embedReply([answerEmbed(first, visit ? [{ name: 'Visit', value: renderAnswer(visit).title }] : [])]);
	}
	return listReply(`${outcome.total} documents`, outcome, 'agreement', state);
}

export function execute(input: CommandInput, context: CommandContext): Reply {
	const state: ListState = {
		q: stringOption(input, 'query'),
		c: stringOption(input, 'country'),
		y: integerOption(input, 'year'),
		k: stringOption(input, 'kind'),
		s: stringOption(input, 'sector'),
	};
	return page(state, 0, context);
}

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return context.engine.autocomplete('agreement', option, partial);
}
