import { escapeMarkdown } from 'discord.js';

/**
 * Makes user text safe to show back: no markdown, no mentions, no links that
 * ping or format, and no control characters. Replies also send
 * `allowedMentions: { parse: [] }`; this keeps the text itself inert as well.
 *
 * @param text - anything a user typed
 * @returns text that renders literally
 * @example
 * escapeUserText('@everyone **hi**'); // '@\u200beveryone \\*\\*hi\\*\\*'
 */
export function escapeUserText(text: string): string {
	// Control characters would break the layout of the reply; they are shown as spaces.
	// eslint-disable-next-line no-control-regex
	return escapeMarkdown(text.replace(/[\u0000-\u001f\u007f]/gu, ' '))
		.replace(/@/gu, '@\u200b')
		.replace(/<(?=[@#:&!/a])/gu, '<\u200b');
}
