/** A reply as the local console prints it: who can see it, the text and each embed (the console lists the buttons). */
import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/render/reply.js';
import { embedText, replyText } from '../../src/render/replyText.js';

function button(label: string, disabled: boolean) {
	return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: label, disabled } as const;
}

describe('embedText', () => {
	it('shows the title, the description, each field with its lines indented, and the footer', () => {
		expect(
			embedText({
				title: 'Test visit',
				description: 'Talks in Astana.',
				fields: [{ name: 'Documents', value: '• Joint Statement\n• Memorandum' }],
				footer: { text: 'visit · visit-test' },
			}),
		).toBe(
			[
				'■ Test visit',
				'Talks in Astana.',
				'  Documents:',
				'    • Joint Statement',
				'    • Memorandum',
				'  (visit · visit-test)',
			].join('\n'),
		);
	});

	it('leaves out the parts an embed does not have', () => {
		expect(embedText({ description: 'Only text.' })).toBe('Only text.');
	});
});

describe('replyText', () => {
	it('says a private reply is private, then gives its text', () => {
		expect(replyText({ content: 'No match.', embeds: [], components: [], ephemeral: true })).toBe(
			'(only you can see this)\n\nNo match.',
		);
	});

	it('separates the text and each embed by a blank line', () => {
		const reply: Reply = {
			content: 'Q: `x`',
			embeds: [{ title: 'A' }, { title: 'B' }],
			components: [],
			ephemeral: false,
		};

		expect(replyText(reply)).toBe('Q: `x`\n\n■ A\n\n■ B');
	});

	it('leaves the buttons to the console, which lists them numbered to press', () => {
		const reply: Reply = {
			embeds: [{ title: 'Timeline' }],
			components: [
				{ type: ComponentType.ActionRow, components: [button('◀ Previous', true), button('Next ▶', false)] },
			],
			ephemeral: false,
		};

		expect(replyText(reply)).toBe('■ Timeline');
	});
});
