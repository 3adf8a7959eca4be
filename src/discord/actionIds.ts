/**
 * Custom ids of a list's Export and Chart buttons, and of a private answer's Share button. Like page buttons they carry what they act on, so they work after
 * a restart: a paged list's query and filters (encoded as a page id is, and validated the same way), a visit's id, or
 * a question. What does not fit in Discord's 100 characters (a long question, a long query with filters) is kept in
 * memory under a short key instead: such a button works until the bot restarts, and then says it has expired.
 */
import { createHash } from 'node:crypto';
import { RecordId } from '../data/schema.js';
import {
	CustomIdPrefix,
	type ListState,
	PAGED_LISTS,
	type PagedList,
	decodePageId,
	encodePageId,
} from './customIds.js';
import { DISCORD_LIMITS } from './limits.js';

/** `share` posts a private answer to the channel; it acts on a question only. */
export type ListAction = 'export' | 'chart' | 'share';

/** What a button acts on: a paged list, the documents of a visit, or the answers to a question. */
export type ActionTarget =
	{ of: PagedList; state: ListState } | { of: 'visit'; visit: string } | { of: 'ask'; question: string };

export interface ActionButton {
	action: ListAction;
	target: ActionTarget;
}

const PREFIXES: Readonly<Record<ListAction, CustomIdPrefix>> = {
	export: CustomIdPrefix.Export,
	chart: CustomIdPrefix.Chart,
	share: CustomIdPrefix.Share,
};
/** The part of an id naming a target kept in memory. */
const KEPT = 'k';
/** Targets kept in memory, oldest first; the oldest are forgotten past this many. */
const KEPT_LIMIT = 1000;
const kept = new Map<string, ActionTarget>();

/**
 * @param button - the action and what it acts on
 * @returns a custom id of at most 100 characters
 * @example
 * encodeActionId({ action: 'export', target: { of: 'agreement', state: { y: 2021 } } }); // 'ex:agreement::2021:::'
 */
export function encodeActionId(button: ActionButton): string {
	const prefix = PREFIXES[button.action];
	const inline = inlineId(prefix, button.target);
	if (inline !== undefined && inline.length <= DISCORD_LIMITS.customId) return inline;
	const key = keyOf(button.target);
	kept.delete(key);
	kept.set(key, button.target);
	for (const oldest of kept.keys()) {
		if (kept.size <= KEPT_LIMIT) break;
		kept.delete(oldest);
	}
	return `${prefix}:${KEPT}:${key}`;
}

/**
 * @param customId - what came back from Discord
 * @returns the action and its target, or undefined for anything malformed, tampered with or forgotten
 */
export function decodeActionId(customId: string): ActionButton | undefined {
	if (customId.length > DISCORD_LIMITS.customId) return undefined;
	const colon = customId.indexOf(':');
	const action = actionOf(customId.slice(0, colon));
	if (colon < 0 || !action) return undefined;
	const rest = customId.slice(colon + 1);
	const [of = '', ...parts] = rest.split(':');
	const payload = parts.join(':');
	if (of === KEPT) {
		const target = kept.get(payload);
		return target ? { action, target } : undefined;
	}
	if (of === 'visit')
		return RecordId.safeParse(payload).success ? { action, target: { of, visit: payload } } : undefined;
	if (of === 'ask') {
		const question = /^[A-Za-z0-9_-]+$/u.test(payload) ? Buffer.from(payload, 'base64url').toString('utf8') : '';
		return question.trim() !== '' ? { action, target: { of, question } } : undefined;
	}
	if (!isPagedList(of)) return undefined;
	// The list's state is encoded as a page id's is: decode it as one, with its checks.
	const page = decodePageId(`${CustomIdPrefix.Page}:${of}:0:${payload}`);
	return page ? { action, target: { of, state: page.state } } : undefined;
}

/** @returns whether the custom id is an Export, Chart or Share button's (decodable or not) */
export function isActionId(customId: string): boolean {
	return actionOf(customId.slice(0, customId.indexOf(':'))) !== undefined;
}

/** The id carrying its target in full, or undefined when it would have to be cut to fit. */
function inlineId(prefix: CustomIdPrefix, target: ActionTarget): string | undefined {
	switch (target.of) {
		case 'visit':
			return `${prefix}:visit:${target.visit}`;
		case 'ask':
			return `${prefix}:ask:${Buffer.from(target.question).toString('base64url')}`;
		default: {
			const page = encodePageId({ list: target.of, page: 0, state: target.state });
			// A page id shortens a long query to fit; an export of a shortened query would be another list.
			if (decodePageId(page)?.state.q !== target.state.q) return undefined;
			return `${prefix}:${target.of}:${page.slice(`${CustomIdPrefix.Page}:${target.of}:0:`.length)}`;
		}
	}
}

function keyOf(target: ActionTarget): string {
	return createHash('sha256').update(JSON.stringify(target)).digest('base64url').slice(0, 22);
}

function actionOf(prefix: string): ListAction | undefined {
	if (prefix === CustomIdPrefix.Export) return 'export';
	if (prefix === CustomIdPrefix.Chart) return 'chart';
	if (prefix === CustomIdPrefix.Share) return 'share';
	return undefined;
}

function isPagedList(value: string): value is PagedList {
	return (PAGED_LISTS as readonly string[]).includes(value);
}
