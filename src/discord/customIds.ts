/**
 * Button custom ids carry their own state (which list, which page, which
 * query and filters), so paging works after a restart. Filters are stored as
 * their position in the dataset's fixed lists, which keeps the id short, and
 * everything that comes back is validated: a tampered or outdated id is
 * refused, never trusted.
 */
import { Country, DocumentKind, Sector } from '../data/schema.js';
import { DISCORD_LIMITS } from './limits.js';

export const enum CustomIdPrefix {
	Page = 'pg',
	/** A list's Export button and Chart button (`actionIds.ts`). */
	Export = 'ex',
	Chart = 'ch',
	/** A private answer's Share button (`actionIds.ts`). */
	Share = 'sh',
	/** A visit's "All 20 documents" button and the pages of that list (`visitIds.ts`). */
	VisitList = 'vl',
	/** One of the visits a value names equally, to show it (`visitIds.ts`). */
	VisitChoice = 'vc',
	/** An answer's Show source and More citations buttons, and the pages of its citations (`citationIds.ts`). */
	ShowSource = 'so',
	Citations = 'ci',
	CitationPage = 'cp',
}

export const PAGED_LISTS = ['agreement', 'timeline', 'figure'] as const;
export type PagedList = (typeof PAGED_LISTS)[number];

/** A list's query and filters, as the commands hold them (canonical dataset values). */
export interface ListState {
	q?: string;
	c?: string;
	y?: number;
	k?: string;
	s?: string;
}

export interface PageButtonState {
	list: PagedList;
	page: number;
	state: ListState;
}

const MAX_PAGE = 10_000;
const FIELD_LISTS = { c: Country.options, k: DocumentKind.options, s: Sector.options } as const;

/**
 * @param button - the list, the page it leads to, and the list's query and filters
 * @returns a custom id of at most 100 characters; a long query is shortened to fit
 * @example
 * encodePageId({ list: 'agreement', page: 1, state: { y: 2021 } }); // 'pg:agreement:1::2021:::'
 */
export function encodePageId(button: PageButtonState): string {
	const index = (field: keyof typeof FIELD_LISTS): string => {
		const value = button.state[field];
		const position = value === undefined ? -1 : (FIELD_LISTS[field] as readonly string[]).indexOf(value);
		return position < 0 ? '' : String(position);
	};
	const head = [
		CustomIdPrefix.Page,
		button.list,
		String(button.page),
		index('c'),
		button.state.y ?? '',
		index('k'),
		index('s'),
	].join(':');
	let query = button.state.q ?? '';
	for (;;) {
		const id = `${head}:${Buffer.from(query).toString('base64url')}`;
		if (id.length <= DISCORD_LIMITS.customId) return id;
		// Cut whole characters, never half of a surrogate pair.
		query = [...query].slice(0, -4).join('');
	}
}

/**
 * @param customId - what came back from Discord
 * @returns the decoded state, or undefined for anything malformed
 */
export function decodePageId(customId: string): PageButtonState | undefined {
	if (customId.length > DISCORD_LIMITS.customId) return undefined;
	const parts = customId.split(':');
	if (parts.length !== 8) return undefined;
	const [prefix, list, page, country, year, kind, sector, query = ''] = parts;
	if (prefix !== CustomIdPrefix.Page || !isPagedList(list)) return undefined;
	if (!/^\d{1,5}$/.test(page ?? '') || Number(page) > MAX_PAGE) return undefined;
	if (!/^(\d{4})?$/.test(year ?? '') || !/^[A-Za-z0-9_-]*$/.test(query)) return undefined;
	const state: ListState = {};
	for (const [field, raw] of [
		['c', country],
		['k', kind],
		['s', sector],
	] as const) {
		if (raw === undefined || raw === '') continue;
		if (!/^\d{1,2}$/.test(raw)) return undefined;
		const value = FIELD_LISTS[field][Number(raw)];
		if (value === undefined) return undefined;
		state[field] = value;
	}
	if (year) state.y = Number(year);
	if (query) state.q = Buffer.from(query, 'base64url').toString('utf8');
	return { list, page: Number(page), state };
}

function isPagedList(value: string | undefined): value is PagedList {
	return (PAGED_LISTS as readonly (string | undefined)[]).includes(value);
}
