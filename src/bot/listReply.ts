/**
 * A ranked list as a reply: one page in an embed, with previous/next buttons
 * whose custom ids carry the list's own state.
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { type ListState, type PagedList, encodePageId } from '../discord/customIds.js';
import type { Answer } from '../engine/answer.js';
import { listEmbed, pageCount } from '../render/listEmbed.js';
import { type Reply, embedReply } from '../render/reply.js';

/**
 * @param heading - the list's title
 * @param answers - every result
 * @param list - which list, to rebuild it when a button comes back
 * @param state - the query and filters that produced it
 * @param page - zero-based page to show
 */
export function listReply(
	heading: string,
	answers: readonly Answer[],
	list: PagedList,
	state: ListState,
	page: number,
): Reply {
	const pages = pageCount(answers.length);
	const current = Math.min(Math.max(0, page), pages - 1);
	const components: APIActionRowComponent<APIButtonComponent>[] =
		pages > 1
			? [
					{
						type: ComponentType.ActionRow,
						components: [
							pageButton('◀ Previous', list, state, current - 1, current === 0),
							pageButton('Next ▶', list, state, current + 1, current >= pages - 1),
						],
					},
				]
			: [];
	return embedReply([listEmbed(heading, answers, current)], components);
}

function pageButton(
	label: string,
	list: PagedList,
	state: ListState,
	page: number,
	disabled: boolean,
): APIButtonComponent {
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		label,
		// Previous on the first page points at page 0 and stays disabled; the two ids still differ.
		custom_id: encodePageId({ list, page: Math.max(0, page), state }),
		disabled,
	};
}
