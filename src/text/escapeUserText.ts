import { escapeMarkdown } from 'discord.js';

/**
 * With its default options, escapeMarkdown only ever escapes around these characters (backslash, code, bold, italic,
 * underline, strikethrough, spoiler): text without any comes back unchanged, and most titles and questions have none,
 * so its dozen regular-expression passes (a few per cent of the bot's CPU under load) are skipped for them.
 */
const MARKDOWN_CHARACTERS = /[\\`*_~|]/u;

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
	const printable = text.replace(/[\u0000-\u001f\u007f]/gu, ' ');
	return (MARKDOWN_CHARACTERS.test(printable) ? escapeMarkdown(printable) : printable)
		.replace(/@/gu, '@\u200b')
		.replace(/<(?=[@#:&!/a])/gu, '<\u200b');
}
