/**
 * Keeps an embed within every Discord limit, whatever the record: cuts title,
 * description, field names and values, drops fields beyond 25, and trims the
 * last fields until the whole embed is within 6,000 characters.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import { truncate } from '../text/truncate.js';

/** Characters Discord counts toward the 6,000 total. */
export function embedLength(embed: APIEmbed): number {
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.footer?.text.length ?? 0) +
		(embed.author?.name.length ?? 0) +
		(embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
	);
}

/**
 * @param embed - any embed
 * @returns an embed Discord accepts
 * @example
 * fitEmbed({ title: 'x'.repeat(300) }).title?.length; // 256
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
	const fields: APIEmbedField[] = (embed.fields ?? [])
		.filter((field) => field.name.trim() !== '' && field.value.trim() !== '')
		.slice(0, DISCORD_LIMITS.embedFields)
		.map((field) => ({
			...field,
			name: truncate(field.name, DISCORD_LIMITS.embedFieldName),
			value: truncate(field.value, DISCORD_LIMITS.embedFieldValue),
		}));
	const fitted: APIEmbed = {
		...embed,
		...(embed.title !== undefined ? { title: truncate(embed.title, DISCORD_LIMITS.embedTitle) } : {}),
		...(embed.description !== undefined
			? { description: truncate(embed.description, DISCORD_LIMITS.embedDescription) }
			: {}),
		...(embed.footer
			? { footer: { ...embed.footer, text: truncate(embed.footer.text, DISCORD_LIMITS.embedFooter) } }
			: {}),
		fields,
	};
	while (embedLength(fitted) > DISCORD_LIMITS.embedTotal && fitted.fields && fitted.fields.length > 0) {
		fitted.fields.pop();
	}
	if (embedLength(fitted) > DISCORD_LIMITS.embedTotal && fitted.description) {
		const room = DISCORD_LIMITS.embedTotal - (embedLength(fitted) - fitted.description.length);
		fitted.description = truncate(fitted.description, Math.max(1, room));
	}
	return fitted;
}

/**
 * Discord's 6,000-character limit covers all embeds of a message together:
 * keeps embeds in order while they fit, and at most ten.
 *
 * @param embeds - embeds already fitted one by one
 * @returns the leading embeds whose total stays within the limit (always the first)
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
	const kept: APIEmbed[] = [];
	let total = 0;
	for (const embed of embeds.slice(0, DISCORD_LIMITS.embedsPerMessage)) {
		const fitted = fitEmbed(embed);
		const length = embedLength(fitted);
		if (kept.length > 0 && total + length > DISCORD_LIMITS.embedTotal) break;
		kept.push(fitted);
		total += length;
	}
	return kept;
}
