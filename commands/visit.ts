import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import type { APIEmbedField } from 'discord.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { type OptionCompletions, completeOption } from '../src/bot/completeOption.js';
import { withCitationActions } from '../src/bot/citationActions.js';
import { withListActions } from '../src/bot/listActions.js';
import { notFoundReply } from '../src/bot/messages.js';
import type { Answer } from '../src/engine/answer.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { renderAnswer } from '../src/render/answerProse.js';
import { type Reply, embedReply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('visit')
	.setDescription('A visit or meeting: date, place, leaders, documents, figures, awards, side events')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption((option) =>
		option
			.setName('which')
			.setDescription('The visit (type a city, a year or a leader)')
			.setAutocomplete(true)
			.setRequired(true)
			.setMaxLength(200),
	);

/**
 * Room for one list: the visit embed holds the summary, the lists and two citations within Discord's 6,000
 * characters, so each list shows what fits in this many characters and says how many more there are.
 */
const LIST_FIELD_BUDGET = 480;

function listField(
	name: string,
	answers: readonly Answer[],
	line: (answer: Answer) => string,
	more?: string,
): APIEmbedField[] {
	if (answers.length === 0) return [];
	const lines: string[] = [];
	let used = 0;
	for (const answer of answers) {
		const text = `• ${line(answer)}`;
		if (lines.length > 0 && used + text.length + 1 > LIST_FIELD_BUDGET) break;
		lines.push(text);
		used += text.length + 1;
	}
	const hidden = answers.length - lines.length;
	if (hidden > 0) lines.push(`… and ${hidden} more${more ? ` (${more})` : ''}`);
	return [{ name, value: lines.join('\n') }];
}

export function execute(input: CommandInput, context: CommandContext): Reply {
	const which = stringOption(input, 'which') ?? '';
	const outcome = context.engine.visits(which);
	const visit = outcome.ok ? outcome.results[0] : undefined;
	if (!visit) return notFoundReply('visit', which, outcome.ok ? outcome.suggestions : []);
	const details = context.engine.visitDetails(visit.id);
	const documents = context.engine.visitDocuments(visit.id);
	const fields: APIEmbedField[] = [];
	if (details) {
		fields.push({ name: 'Documents signed', value: renderAnswer(details.count).text });
		const year = visit.id.match(/\d{4}/u)?.[0];
		fields.push(
			...listField(
				'Document list',
				documents,
				(answer) => renderAnswer(answer).title,
				year ? `/agreement year:${year}` : undefined,
			),
		);
		fields.push(...listField('Figures announced', details.figures, (answer) => renderAnswer(answer).title));
		fields.push(...listField('Awards', details.awards, (answer) => renderAnswer(answer).text));
		fields.push(...listField('Side events', details.events, (answer) => renderAnswer(answer).title));
		const { proposals, followUps } = context.engine.visitProposals(visit.id);
		fields.push(
			...listField(
				'Proposals',
				proposals,
				(answer) => `${renderAnswer(answer).title} (${answer.kind === 'proposal' ? answer.record.status : undefined})`,
				'/proposal',
			),
		);
		fields.push(
			...listField(
				'Follow-ups',
				followUps,
				(answer) => renderAnswer(answer).title.replace(/^Follow-up: /u, ''),
				'/proposal',
			),
		);
	}
	const reply = withCitationActions(
		embedReply([answerEmbed(visit, context.engine.sourceCatalogue, fields)]),
		visit,
		context,
	);
	return withListActions(reply, { of: 'visit', visit: visit.id }, context);
}

/** What each autocompleted option completes. */
const COMPLETIONS: OptionCompletions = { which: 'visit' };

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return completeOption(context.engine, COMPLETIONS, option, partial);
}
