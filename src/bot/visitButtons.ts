/**
 * Presses of a visit's buttons (`src/discord/visitIds.ts`): "All 20 documents" opens the whole list privately, its
 * page buttons turn that private message, and a "Which visit?" button shows the visit it names, as /visit would.
 * The router hands these ids here and sends what comes back.
 */
import { decodeVisitButtonId, isVisitButtonId } from '../discord/visitIds.js';
import { textReply } from '../render/reply.js';
import type { ButtonAnswer, CommandContext } from './command.js';
import { EXPIRED_BUTTON } from './messages.js';
import { visitListReply, visitReply } from './visitReply.js';

/**
 * @param customId - the pressed button's id
 * @param context - the engine
 * @param available - whether a command is loaded (a visit button is expired without /visit)
 * @returns what to send, or undefined when the id is not a visit button's
 */
export function answerVisitButton(
	customId: string,
	context: CommandContext,
	available: (command: string) => boolean,
): ButtonAnswer | undefined {
	if (!isVisitButtonId(customId)) return undefined;
	const button = decodeVisitButtonId(customId);
	const expired: ButtonAnswer = { reply: textReply(EXPIRED_BUTTON), turn: false };
	if (!button || !available('visit')) return expired;
	if (button.kind === 'choice') {
		const visit = context.engine.get(button.visit);
		return visit?.kind === 'visit' ? { reply: visitReply(visit, context), turn: false } : expired;
	}
	const reply = visitListReply(button.visit, button.list, button.page ?? 0, context);
	if (!reply) return expired;
	// The button that opens the list sends it as a private message of its own; a page button turns that message.
	return { reply, turn: button.page !== undefined && reply.embeds.length > 0 };
}
