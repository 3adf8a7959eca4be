import { SlashCommandBuilder } from '@discordjs/builders';
import type { APIEmbedField } from 'discord.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { notFoundReply } from '../src/bot/messages.js';
import type { Answer } from '../src/engine/answer.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { renderAnswer } from '../src/render/answerProse.js';
import { type Reply, embedReply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('visit')
	.setDescription('A visit or meeting: date, place, leaders, documents, figures, awards, side events')
	.addStringOption((option) =>
		option
			.setName('which')
			.setDescription('The visit (type a city, a year or a leader)')
			.setAutocomplete(true)
			.setRequired(true)
			.setMaxLength(200),
	);

function listField(name: string, answers: readonly Answer[], line: (answer: Answer) => string): APIEmbedField[] {
	return answers.length > 0 ? [{ name, value: answers.map((answer) => `• ${line(answer)}`).join('\n') }] : [];
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
		fields.push(...listField('Document list', documents, (answer) => renderAnswer(answer).title));
		fields.push(...listField('Figures announced', details.figures, (answer) => renderAnswer(answer).title));
		fields.push(...listField('Awards', details.awards, (answer) => renderAnswer(answer).text));
		fields.push(...listField('Side events', details.events, (answer) => renderAnswer(answer).title));
		const { proposals, followUps } = context.engine.visitProposals(visit.id);
		fields.push(
			...listField(
				'Proposals',
				proposals,
				(answer) => `${renderAnswer(answer).title} (${answer.kind === 'proposal' ? answer.record.status : undefined})`,
			),
		);
		fields.push(...listField('Follow-ups', followUps, (answer) => renderAnswer(answer).text));
	}
	return embedReply([answerEmbed(visit, fields)]);
}

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return context.engine.autocomplete('visit', option, partial);
}
