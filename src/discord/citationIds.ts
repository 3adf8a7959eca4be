/**
 * Custom ids of the citation buttons under an answer: Show source (a citation's paragraph), More citations (every
 * citation of the answer) and the pages of that list. Like page and export buttons they carry what they act on, so
 * they work after a restart: the answer's record id, or for an answer computed from a question (a set of documents,
 * a comparison) the question, and a number: the citation's index for Show source, the page for the others. A target
 * too long for Discord's 100 characters (a long question) is kept in memory under a short key instead, and its
 * button says it has expired after a restart.
 */
import { createHash } from 'node:crypto';
import { CustomIdPrefix } from './customIds.js';
import { DISCORD_LIMITS } from './limits.js';

/** `source`: show a citation's paragraph; `citations`: open the list of citations; `page`: turn its page. */
export type CitationAction = 'source' | 'citations' | 'page';

/** The answer a citation button is about: a record the engine looks up by id, or the first answer to a question. */
export type CitationTarget = { of: 'record'; id: string } | { of: 'ask'; question: string };

export interface CitationButton {
	action: CitationAction;
	target: CitationTarget;
	/** The citation's index (for `source`) or the zero-based page (for `citations` and `page`). */
	index: number;
}

const PREFIXES: Readonly<Record<CitationAction, CustomIdPrefix>> = {
	source: CustomIdPrefix.ShowSource,
	citations: CustomIdPrefix.Citations,
	page: CustomIdPrefix.CitationPage,
};
const MAX_INDEX = 9999;
/** Record ids, passages' included (their source file's stem may hold capitals, dots and underscores). */
const RECORD_ID = /^[\w.-]+$/u;
const KEPT_LIMIT = 1000;
const kept = new Map<string, CitationTarget>();

/**
 * @param button - what the button does, to which answer, with which citation or page
 * @returns a custom id of at most 100 characters
 * @example
 * encodeCitationId({ action: 'source', target: { of: 'record', id: 'doc-2021-border-regime' }, index: 0 });
 * // 'so:0:r:doc-2021-border-regime'
 */
export function encodeCitationId(button: CitationButton): string {
	const head = `${PREFIXES[button.action]}:${Math.min(Math.max(0, Math.floor(button.index)), MAX_INDEX)}`;
	const { target } = button;
	const inline =
		target.of === 'record'
			? `${head}:r:${target.id}`
			: `${head}:q:${Buffer.from(target.question).toString('base64url')}`;
	if (inline.length <= DISCORD_LIMITS.customId) return inline;
	const key = createHash('sha256').update(JSON.stringify(target)).digest('base64url').slice(0, 22);
	kept.delete(key);
	kept.set(key, target);
	for (const oldest of kept.keys()) {
		if (kept.size <= KEPT_LIMIT) break;
		kept.delete(oldest);
	}
	return `${head}:k:${key}`;
}

/**
 * @param customId - what came back from Discord
 * @returns the button, or undefined for anything malformed, tampered with or forgotten
 */
export function decodeCitationId(customId: string): CitationButton | undefined {
	if (customId.length > DISCORD_LIMITS.customId) return undefined;
	const [prefix = '', index = '', of = '', payload = '', ...extra] = customId.split(':');
	const action = actionOf(prefix);
	if (!action || extra.length > 0 || !/^\d{1,4}$/u.test(index) || payload === '') return undefined;
	const target = targetOf(of, payload);
	return target ? { action, target, index: Number(index) } : undefined;
}

/** @returns whether the custom id is a citation button's (decodable or not) */
export function isCitationId(customId: string): boolean {
	return actionOf(customId.slice(0, customId.indexOf(':'))) !== undefined;
}

function targetOf(of: string, payload: string): CitationTarget | undefined {
	if (of === 'r') return RECORD_ID.test(payload) ? { of: 'record', id: payload } : undefined;
	if (of === 'k') return kept.get(payload);
	if (of !== 'q' || !/^[A-Za-z0-9_-]+$/u.test(payload)) return undefined;
	const question = Buffer.from(payload, 'base64url').toString('utf8');
	return question.trim() !== '' ? { of: 'ask', question } : undefined;
}

function actionOf(prefix: string): CitationAction | undefined {
	switch (prefix) {
		case CustomIdPrefix.ShowSource:
			return 'source';
		case CustomIdPrefix.Citations:
			return 'citations';
		case CustomIdPrefix.CitationPage:
			return 'page';
		default:
			return undefined;
	}
}
