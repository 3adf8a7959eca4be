import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { listReply } from '../../src/bot/listReply.js';
import { decodePageId } from '../../src/discord/customIds.js';
import type { RenderedAnswer } from '../../src/render/answerProse.js';
import { type ListPage, PAGE_SIZE } from '../../src/render/listEmbed.js';
import type { Reply } from '../../src/render/reply.js';
import { fixtureCatalogue } from '../support/datasetFixture.js';

const SOURCES = fixtureCatalogue({ id: 'a.txt', outlet: 'nCa' });

function answer(index: number): RenderedAnswer {
	return {
		kind: 'document',
		id: `doc-${index}`,
		title: `Document ${index}`,
		text: `Text of document ${index}`,
		fields: { dateText: '1 May 2021' },
		citations: [{ source: 'a.txt', quote: `Quote of document ${index}` }],
	};
}

/** Zero-based page `page` of a list of `count` answers, as the engine returns it. */
function pageOf(count: number, page: number): ListPage {
	const offset = page * PAGE_SIZE;
	const results = Array.from({ length: Math.min(PAGE_SIZE, count - offset) }, (_, index) => answer(offset + index + 1));
	return { total: count, offset, results };
}

/** The page buttons of a reply, narrowed to buttons that carry a custom id and a label. */
function buttons(reply: Reply): { customId: string; label: string; type: number; style: number; disabled: boolean }[] {
	return reply.components
		.flatMap((row) => row.components)
		.map((button) => {
			if (!('custom_id' in button) || button.label === undefined) throw new Error(`not a page button: ${button.type}`);
			return {
				customId: button.custom_id,
				label: button.label,
				type: button.type,
				style: button.style,
				disabled: button.disabled === true,
			};
		});
}

const state = { y: 2021, k: 'memorandum' };

describe('listReply', () => {
	it('shows a list that fits on one page without buttons', () => {
		const reply = listReply('3 documents', pageOf(3, 0), 'agreement', state, SOURCES);
		expect(reply.components).toEqual([]);
		expect(reply.ephemeral).toBe(false);
		expect(reply.embeds[0]?.footer?.text).toBe('Page 1 of 1 · 3 results');
		expect(reply.embeds[0]?.fields?.map((field) => field.name)).toEqual([
			'1. Document 1',
			'2. Document 2',
			'3. Document 3',
		]);
	});

	it('says "1 result" for a single answer', () => {
		expect(listReply('1 document', pageOf(1, 0), 'agreement', {}, SOURCES).embeds[0]?.footer?.text).toBe(
			'Page 1 of 1 · 1 result',
		);
	});

	it('puts a disabled Previous and an enabled Next in one action row on the first page', () => {
		const reply = listReply('12 documents', pageOf(12, 0), 'agreement', state, SOURCES);
		expect(reply.components).toHaveLength(1);
		expect(reply.components[0]?.type).toBe(ComponentType.ActionRow);
		expect(buttons(reply).map((button) => [button.type, button.style, button.disabled])).toEqual([
			[ComponentType.Button, ButtonStyle.Secondary, true],
			[ComponentType.Button, ButtonStyle.Secondary, false],
		]);
	});

	it('gives the two buttons ids that decode to the neighbouring pages and the same state', () => {
		const reply = listReply('12 documents', pageOf(12, 1), 'agreement', state, SOURCES);
		expect(buttons(reply).map((button) => decodePageId(button.customId))).toEqual([
			{ list: 'agreement', page: 0, state },
			{ list: 'agreement', page: 2, state },
		]);
	});

	it('points the disabled Previous of the first page at page 0, with an id distinct from Next', () => {
		const ids = buttons(listReply('12 documents', pageOf(12, 0), 'agreement', state, SOURCES)).map(
			(button) => button.customId,
		);
		expect(new Set(ids).size).toBe(2);
		expect(ids.map((id) => decodePageId(id)?.page)).toEqual([0, 1]);
	});

	it('shows the answers of the requested page, numbered from the start of the list', () => {
		const reply = listReply('12 documents', pageOf(12, 1), 'agreement', state, SOURCES);
		expect(reply.embeds[0]?.fields?.map((field) => field.name)).toEqual([
			'6. Document 6',
			'7. Document 7',
			'8. Document 8',
			'9. Document 9',
			'10. Document 10',
		]);
		expect(reply.embeds[0]?.footer?.text).toBe('Page 2 of 3 · 12 results');
	});

	it('disables Next on the last page', () => {
		const reply = listReply('12 documents', pageOf(12, 2), 'agreement', state, SOURCES);
		expect(buttons(reply).map((button) => button.disabled)).toEqual([false, true]);
	});

	it('numbers results from the page offset and states the total in the footer', () => {
		const embed = listReply('12 documents', pageOf(12, 1), 'agreement', state, SOURCES).embeds[0];
		expect(embed?.fields?.map((field) => field.name)).toEqual([
			'6. Document 6',
			'7. Document 7',
			'8. Document 8',
			'9. Document 9',
			'10. Document 10',
		]);
		expect(embed?.footer?.text).toBe('Page 2 of 3 · 12 results');
	});

	it('keeps every button id within 100 characters and every label within 80', () => {
		const reply = listReply(
			'12 documents',
			pageOf(12, 1),
			'agreement',
			{ q: 'border regime '.repeat(6), ...state },
			SOURCES,
		);
		for (const button of buttons(reply)) {
			expect(button.customId.length).toBeLessThanOrEqual(100);
			expect(button.label.length).toBeLessThanOrEqual(80);
		}
	});
});
