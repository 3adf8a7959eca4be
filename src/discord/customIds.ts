/**
 * Button custom ids carry their own state (which list, which page, which
 * query and filters), so paging works after a restart. Everything that comes
 * back is validated: a tampered or outdated id is refused, never trusted.
 */
import { z } from 'zod';
import { DISCORD_LIMITS } from './limits.js';

export const enum CustomIdPrefix {
	Page = 'pg',
}

export const PAGED_LISTS = ['agreement', 'timeline', 'figure'] as const;
export type PagedList = (typeof PAGED_LISTS)[number];

const ListState = z.strictObject({
	q: z.string().max(90).optional(),
	c: z.string().max(20).optional(),
	y: z.number().int().min(1000).max(9999).optional(),
	k: z.string().max(40).optional(),
	s: z.string().max(40).optional(),
});
export type ListState = z.infer<typeof ListState>;

export interface PageButtonState {
	list: PagedList;
	page: number;
	state: ListState;
}

const PageButton = z.object({
	list: z.enum(PAGED_LISTS),
	page: z.number().int().min(0).max(10_000),
	state: ListState,
});

/**
 * @param button - the list, the page it leads to, and the list's query and filters
 * @returns a custom id of at most 100 characters; a long query is shortened to fit
 * @example
 * encodePageId({ list: 'agreement', page: 1, state: { y: 2021 } }); // 'pg:agreement:1:eyJ5IjoyMDIxfQ'
 */
export function encodePageId(button: PageButtonState): string {
	const state: ListState = { ...button.state };
	for (;;) {
		const id = `${CustomIdPrefix.Page}:${button.list}:${button.page}:${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
		if (id.length <= DISCORD_LIMITS.customId || !state.q) return id;
		state.q = state.q.slice(0, Math.max(0, state.q.length - 8));
	}
}

/**
 * @param customId - what came back from Discord
 * @returns the decoded state, or undefined for anything malformed
 */
export function decodePageId(customId: string): PageButtonState | undefined {
	if (customId.length > DISCORD_LIMITS.customId) return undefined;
	const [prefix, list, page, encoded, ...rest] = customId.split(':');
	if (prefix !== CustomIdPrefix.Page || encoded === undefined || rest.length > 0 || !/^\d{1,5}$/.test(page ?? ''))
		return undefined;
	let state: unknown;
	try {
		state = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
	} catch {
		return undefined;
	}
	const parsed = PageButton.safeParse({ list, page: Number(page), state });
	return parsed.success ? parsed.data : undefined;
}
