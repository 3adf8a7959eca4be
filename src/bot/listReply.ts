/**
 * A ranked list as a reply: one page in an embed, with previous/next buttons
 * whose custom ids carry the list's own state.
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { type ListState, type PagedList, encodePageId } from '../discord/customIds.js';
import type { SourceCatalogue } from '../render/citations.js';
import { type ListPage, listEmbed, pageCount, pageIndex } from '../render/listEmbed.js';
import { type Reply, embedReply } from '../render/reply.js';

/**
 * @param heading - the list's title
 * @param page - the results to show, and how many there are in all
 * @param list - which list, to rebuild it when a button comes back
 * @param state - the query and filters that produced it
 * @param sources - the catalogue, to name each row's source
 * @param shift - pages before the list's first (1 when page 0 shows the best match in full), which its Previous
 *   button leads back to
 */
export function listReply(
	heading: string,
	page: ListPage,
	list: PagedList,
	state: ListState,
	sources: SourceCatalogue,
	shift = 0,
): Reply {
	const components = pageButtons(list, state, pageIndex(page) + shift, pageCount(page.total) + shift);
	return embedReply([listEmbed(heading, page, sources)], components);
}

/**
 * @param current - the page shown, as its buttons count pages (Previous is disabled on page 0)
 * @param pages - how many pages the buttons count
 * @returns a row of Previous and Next buttons, or none for a list of one page
 */
export function pageButtons(
	list: PagedList,
	state: ListState,
	current: number,
	pages: number,
): APIActionRowComponent<APIButtonComponent>[] {
	if (pages <= 1) return [];
	return [
		{
			type: ComponentType.ActionRow,
			components: [
				pageButton('◀ Previous', list, state, current - 1, current === 0),
				pageButton('Next ▶', list, state, current + 1, current >= pages - 1),
			],
		},
	];
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
