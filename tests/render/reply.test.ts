/** The reply model: text replies private unless said otherwise, embed replies public and fitted together. */
import { ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedReply, textReply } from '../../src/render/reply.js';

describe('textReply', () => {
	it('is private by default, with nothing but its text', () => {
		expect(textReply('Only you see this.')).toEqual({
			content: 'Only you see this.',
			embeds: [],
			components: [],
			ephemeral: true,
		});
	});

	it('is public when asked', () => {
		expect(textReply('Everyone sees this.', false).ephemeral).toBe(false);
	});
});

describe('embedReply', () => {
	it('is public by default, without content or buttons', () => {
		expect(embedReply([{ title: 'Answer' }])).toEqual({
			embeds: [{ title: 'Answer', fields: [] }],
			components: [],
			ephemeral: false,
		});
	});

	it('keeps the buttons and the privacy it is given', () => {
		const row = { type: ComponentType.ActionRow as const, components: [] };

		expect(embedReply([{ title: 'Preview' }], [row], true)).toMatchObject({ components: [row], ephemeral: true });
	});

	it('keeps only the embeds that fit in one message together', () => {
		const embeds = ['a', 'b', 'c'].map((title) => ({ title, description: 'd'.repeat(2500) }));

		expect(embedReply(embeds).embeds.map((embed) => embed.title)).toEqual(['a', 'b']);
	});
});
