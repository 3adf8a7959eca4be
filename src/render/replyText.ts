/** A reply as plain text, for the local console: what Discord would show, without the chrome. */
import type { APIEmbed } from 'discord.js';
import type { Reply } from './reply.js';

export function embedText(embed: APIEmbed): string {
	const lines: string[] = [];
	if (embed.title) lines.push(`■ ${embed.title}`);
	if (embed.description) lines.push(embed.description);
	for (const field of embed.fields ?? []) {
		lines.push(`  ${field.name}:`);
		for (const line of field.value.split('\n')) lines.push(`    ${line}`);
	}
	if (embed.footer?.text) lines.push(`  (${embed.footer.text})`);
	return lines.join('\n');
}

/**
 * @param reply - what a command answered
 * @returns the text a person would read (the console lists the buttons under it, numbered, to press)
 */
export function replyText(reply: Reply): string {
	const parts: string[] = [];
	if (reply.ephemeral) parts.push('(only you can see this)');
	if (reply.content) parts.push(reply.content);
	for (const embed of reply.embeds) parts.push(embedText(embed));
	return parts.join('\n\n');
}
