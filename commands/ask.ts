import { SlashCommandBuilder } from '@discordjs/builders';
import { ANYWHERE } from '../src/bot/installContexts.js';
import { type CommandContext, type CommandInput, stringOption } from '../src/bot/command.js';
import { withCitationActions } from '../src/bot/citationActions.js';
import { withListActions } from '../src/bot/listActions.js';
import { notFoundReply, quoteUserText } from '../src/bot/messages.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { noticeText } from '../src/render/noticeText.js';
import { type Reply, embedReply, textReply } from '../src/render/reply.js';

/** The best answer in full, then the next ones. */
const ANSWERS_SHOWN = 3;

export const data = new SlashCommandBuilder()
	.setName('ask')
	.setDescription('Ask a question in your own words; the answer cites its source')
	.setIntegrationTypes(...ANYWHERE.integrationTypes)
	.setContexts(...ANYWHERE.contexts)
	.addStringOption((option) =>
		option
			.setName('question')
			.setDescription('e.g. How many documents were signed in Ashgabat?')
			.setRequired(true)
			.setMaxLength(500),
	);

/**
 * Not deferred: the engine answers in well under a millisecond, so one callback carries the answer instead of a
 * deferral followed by an edit (two round trips). Should it ever be slow, the router still acknowledges in time.
 */
export function execute(input: CommandInput, context: CommandContext): Reply {
	const question = stringOption(input, 'question');
	if (!question) return textReply('Please type a question, for example: How many documents were signed in Ashgabat?');
	const result = context.engine.ask(question);
	if (result.answers.length === 0) return notFoundReply('answer', question, result.suggestions);
	const sources = context.engine.sourceCatalogue;
	const embeds = result.answers.slice(0, ANSWERS_SHOWN).map((answer) => answerEmbed(answer, sources));
	// When the sources do not answer, say so above the answers, which are then only the closest matches.
	const notice = result.notice ? `\n${noticeText(result.notice)}` : '';
	const heading = result.answered ? '' : '\n**Closest matches:**';
	const reply = { ...embedReply(embeds), content: `Q: ${quoteUserText(question)}${notice}${heading}` };
	// The first answer is the one in full: its sources can be opened.
	const [first] = result.answers;
	const cited = first ? withCitationActions(reply, first, context, question) : reply;
	return withListActions(cited, { of: 'ask', question }, context);
}
