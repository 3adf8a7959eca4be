/**
 * A press of a private answer's Share button: the question is asked again (the engine answers the same) and the
 * answer is posted for the channel, headed by who asked and the question. The router hands Share ids here.
 */
import { CustomIdPrefix } from '../discord/customIds.js';
import { decodeActionId } from '../discord/actionIds.js';
import { textReply } from '../render/reply.js';
import { askReply } from './askReply.js';
import type { ButtonAnswer, CommandContext } from './command.js';
import { EXPIRED_BUTTON } from './messages.js';

/**
 * @param customId - the pressed button's id
 * @param presser - the id of the user who pressed (who asked: only they see the private answer)
 * @param context - the engine
 * @param available - whether a command is loaded (a Share button is expired without /ask)
 * @returns what to post, or undefined when the id is not a Share button's
 */
export function answerShareButton(
	customId: string,
	presser: string,
	context: CommandContext,
	available: (command: string) => boolean,
): ButtonAnswer | undefined {
	if (!customId.startsWith(`${CustomIdPrefix.Share}:`)) return undefined;
	const button = decodeActionId(customId);
	if (button?.action !== 'share' || button.target.of !== 'ask' || !available('ask'))
		return { reply: textReply(EXPIRED_BUTTON), turn: false };
	return { reply: askReply(button.target.question, context, { sharedBy: presser }), turn: false };
}
