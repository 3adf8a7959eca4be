/**
 * Custom ids of a visit's buttons. Each carries the visit's id, and a list button the list and the page, so the
 * button works after a restart: `vl:documents::visit-2025-astana` opens the whole list (a new private message),
 * `vl:documents:1:visit-2025-astana` is its second page (the same message, turned); `vc:visit-2025-astana` shows the
 * visit, one of several a value named. What comes back is validated: a list or a visit id that is not one is refused.
 */
import { RecordId } from '../data/schema.js';
import { VISIT_LISTS, type VisitListName } from '../render/visitEmbed.js';
import { CustomIdPrefix } from './customIds.js';
import { DISCORD_LIMITS } from './limits.js';

export type VisitButton =
	| {
			kind: 'list';
			visit: string;
			list: VisitListName;
			/** The page of the list it turns to; none for the button that opens it. */
			page?: number;
	  }
	| { kind: 'choice'; visit: string };

const MAX_PAGE = 10_000;

/**
 * @param button - what the button shows
 * @returns its custom id, or undefined when the visit's id is too long for Discord's 100 characters (no button then)
 * @example
 * encodeVisitButtonId({ kind: 'list', visit: 'visit-2025-astana', list: 'documents' }); // 'vl:documents::visit-2025-astana'
 */
export function encodeVisitButtonId(button: VisitButton): string | undefined {
	const id =
		button.kind === 'choice'
			? `${CustomIdPrefix.VisitChoice}:${button.visit}`
			: `${CustomIdPrefix.VisitList}:${button.list}:${button.page ?? ''}:${button.visit}`;
	return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/**
 * @param customId - what came back from Discord
 * @returns the button, or undefined for an id that is not a visit button's or is malformed
 */
export function decodeVisitButtonId(customId: string): VisitButton | undefined {
	if (customId.length > DISCORD_LIMITS.customId) return undefined;
	const [prefix, ...parts] = customId.split(':');
	if (prefix === CustomIdPrefix.VisitChoice && parts.length === 1) {
		const [visit = ''] = parts;
		return RecordId.safeParse(visit).success ? { kind: 'choice', visit } : undefined;
	}
	if (prefix !== CustomIdPrefix.VisitList || parts.length !== 3) return undefined;
	const [list = '', page = '', visit = ''] = parts;
	if (!isVisitList(list) || !RecordId.safeParse(visit).success) return undefined;
	if (page === '') return { kind: 'list', visit, list };
	if (!/^\d{1,5}$/u.test(page) || Number(page) > MAX_PAGE) return undefined;
	return { kind: 'list', visit, list, page: Number(page) };
}

/** @returns whether the custom id is a visit button's (decodable or not), for the router to hand it on */
export function isVisitButtonId(customId: string): boolean {
	const prefix = customId.slice(0, customId.indexOf(':'));
	return prefix === CustomIdPrefix.VisitList || prefix === CustomIdPrefix.VisitChoice;
}

function isVisitList(value: string): value is VisitListName {
	return (VISIT_LISTS as readonly string[]).includes(value);
}
