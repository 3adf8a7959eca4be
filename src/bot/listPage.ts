/**
 * One page of a paged list as a reply, the same for every list: the filters made canonical, one page asked of the
 * engine, the cases that are not a list (a filter that makes no sense, nothing found, one match shown in full), and
 * otherwise the page with its buttons. A list only says what differs (`PagedListSpec`); `pagedLists.ts` holds them.
 */
import type { ListState, PagedList } from '../discord/customIds.js';
import type { Answer } from '../engine/answer.js';
import type { Engine, ListOutcome, PageRequest } from '../engine/engine.js';
import { pageCount, pageRequest } from '../render/listEmbed.js';
import type { Reply } from '../render/reply.js';
import type { CommandContext } from './command.js';
import { listReply, pageButtons } from './listReply.js';
import { canonicalState } from './listState.js';
import { filterProblemReply, notFoundReply } from './messages.js';

/** What one paged list does its own way. */
export interface PagedListSpec {
	/** What one result is called, for "No agreement matches …". */
	noun: string;
	/** Whether the list is searched by its query, which is then quoted back when nothing matches. */
	searched: boolean;
	/** Asks the engine for one page of the list. */
	fetch(engine: Engine, state: ListState, request: PageRequest): ListOutcome;
	/** The list's title ("12 documents"). */
	heading(total: number, state: ListState): string;
	/** The page as one answer in full instead of a list (e.g. the only match), or undefined to show the list. */
	single?(first: Answer, total: number, state: ListState, page: number, context: CommandContext): Reply | undefined;
	/**
	 * A list whose first page is its best match in full (a figure query's): where `applies`, page 0 is that match
	 * with a button on to the list, which follows from page 1 (all of it, the best match first).
	 */
	lead?: {
		applies(state: ListState): boolean;
		reply(first: Answer, total: number, state: ListState, context: CommandContext): Reply;
	};
}

/** Rebuilds a list for a state and a zero-based page: what a command shows first and what its buttons bring back. */
export type ListPager = (state: ListState, page: number, context: CommandContext) => Reply;

/**
 * @param list - which list, for the page buttons' custom ids
 * @param spec - how the list is fetched and headed
 * @param raw - the query and filters, as typed or as a button carried them
 * @param page - zero-based; a page past the end shows the last one
 * @param context - the engine
 * @returns the reply for that page
 * @example
 * listPage('timeline', timelineSpec, { c: 'turkey' }, 0, context); // the first page of Türkiye's timeline
 */
export function listPage(
	list: PagedList,
	spec: PagedListSpec,
	raw: ListState,
	page: number,
	context: CommandContext,
): Reply {
	const canonical = canonicalState(raw);
	if (!canonical.ok) return filterProblemReply(canonical.problem);
	const { state } = canonical;
	// A list that leads with its best match counts its pages from 1; page 0 is that match in full.
	const shift = spec.lead?.applies(state) === true ? 1 : 0;
	const leading = shift === 1 && page <= 0;
	const outcome = spec.fetch(context.engine, state, pageRequest(leading ? 0 : page - shift));
	if (!outcome.ok) return filterProblemReply(outcome.problem);
	const [first] = outcome.results;
	if (outcome.total === 0 || !first)
		return notFoundReply(spec.noun, spec.searched ? state.q : undefined, outcome.suggestions);
	if (leading && spec.lead) {
		const lead = spec.lead.reply(first, outcome.total, state, context);
		// The rest of the list is a button away (the footer says how many there are).
		const buttons = pageButtons(list, state, 0, outcome.total > 1 ? 1 + pageCount(outcome.total) : 1);
		return { ...lead, components: [...buttons, ...lead.components] };
	}
	return (
		spec.single?.(first, outcome.total, state, page, context) ??
		listReply(spec.heading(outcome.total, state), outcome, list, state, context.engine.sourceCatalogue, shift)
	);
}
