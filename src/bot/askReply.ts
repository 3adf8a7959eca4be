/**
 * What /ask answers, and what its Share button posts: the question, what the sources do not hold, the best answers
 * (each footer says which of how many it is), and the buttons. A private answer (`private:true`) has a Share button;
 * the shared answer is public and opens with who asked and the question, escaped, so it stands on its own in the
 * channel. Nobody is pinged: the asker is named by a mention that replies never let ping (`allowedMentions`).
 */
import { type APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import { encodeActionId } from '../discord/actionIds.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import { answerEmbed } from '../render/answerEmbed.js';
import { noticeText } from '../render/noticeText.js';
import { type Reply, embedReply, textReply } from '../render/reply.js';
import { escapeUserText } from '../text/escapeUserText.js';
import type { CommandContext } from './command.js';
import { withCitationActions } from './citationActions.js';
import { withListActions } from './listActions.js';
import { notFoundReply, quoteUserText } from './messages.js';

/** The best answer in full, then the next ones. */
export const ANSWERS_SHOWN = 3;
export const SHARE_LABEL = 'Share';

export interface AskReplyOptions {
	/** Only the caller sees the answer, which then has a Share button. */
	private?: boolean;
	/** The user who shared it: the answer is posted for everyone, headed by who asked and what. */
	sharedBy?: string;
}

/**
 * @param question - the question as typed
 * @param context - the engine
 * @param options - private, or shared by whom
 * @returns the reply: the answers with their buttons, or a private "please type a question" / "no answer matches"
 */
export function askReply(question: string, context: CommandContext, options: AskReplyOptions = {}): Reply {
	const asked = question.trim();
	if (asked === '')
		return textReply('Please type a question, for example: How many documents were signed in Ashgabat?');
	const result = context.engine.ask(asked);
	if (result.answers.length === 0) return notFoundReply('answer', asked, result.suggestions);
	const total = result.answers.length;
	const embeds = result.answers
		.slice(0, ANSWERS_SHOWN)
		.map((answer, index) => ofAll(answerEmbed(answer, context.engine.sourceCatalogue), index, total));
	// When the sources do not answer, say so above the answers, which are then only the closest matches.
	const notice = result.notice ? `\n${noticeText(result.notice)}` : '';
	const heading = result.answered ? '' : '\n**Closest matches:**';
	const content = `${headLine(asked, options.sharedBy)}${notice}${heading}`;
	// The first answer is the one in full: its sources can be opened.
	const [first] = result.answers;
	const reply = { ...embedReply(embeds), content };
	const cited = first ? withCitationActions(reply, first, context, asked) : reply;
	const listed = withListActions(cited, { of: 'ask', question: asked }, context);
	if (!options.private) return listed;
	const share = {
		type: ComponentType.Button,
		style: ButtonStyle.Primary,
		label: SHARE_LABEL,
		custom_id: encodeActionId({ action: 'share', target: { of: 'ask', question: asked } }),
	} as const;
	return {
		...listed,
		ephemeral: true,
		components: [{ type: ComponentType.ActionRow, components: [share] }, ...listed.components],
	};
}

/** "Q: `…`", or, once shared, "Asked by @someone: “…”" with the question whole and inert. */
function headLine(question: string, sharedBy: string | undefined): string {
	if (sharedBy === undefined) return `Q: ${quoteUserText(question)}`;
	const whole = `Asked by <@${sharedBy}>: “${escapeUserText(question.replace(/\s+/gu, ' '))}”`;
	// A question of 500 characters escapes to well under the 2,000 of a message; only a longer one is shortened.
	return whole.length <= DISCORD_LIMITS.messageContent / 2
		? whole
		: `Asked by <@${sharedBy}>: ${quoteUserText(question)}`;
}

/** The footer says which answer of how many this is, so none left out goes unsaid. */
function ofAll(embed: APIEmbed, index: number, total: number): APIEmbed {
	const place = `answer ${index + 1} of ${total}`;
	return { ...embed, footer: { text: embed.footer ? `${embed.footer.text} · ${place}` : place } };
}
