import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/bot/command.js';
import { LIST_PAGES } from '../../src/bot/pagedLists.js';
import { decodeActionId } from '../../src/discord/actionIds.js';
import { decodeCitationId } from '../../src/discord/citationIds.js';
import { PAGED_LISTS, decodePageId } from '../../src/discord/customIds.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import type { Reply } from '../../src/render/reply.js';

let context: CommandContext;

beforeAll(async () => {
	context = { engine: new Engine(await loadDataset()), logger: createLogger('silent'), now: () => new Date() };
});

function fieldNames(reply: Reply): string[] {
	return (reply.embeds[0]?.fields ?? []).map((field) => field.name);
}

/**
 * The list each button leads back to: a page of it, or its export or chart (`export:agreement`); or, for a record in
 * full, the record whose citations it opens (`source:doc-2021-border-regime`).
 */
function buttonLists(reply: Reply): string[] {
	return reply.components
		.flatMap((row) => row.components)
		.map((button) => {
			if (!('custom_id' in button)) return '';
			const action = decodeActionId(button.custom_id);
			if (action) return `${action.action}:${action.target.of}`;
			const citation = decodeCitationId(button.custom_id);
			if (citation?.target.of === 'record') return `${citation.action}:${citation.target.id}`;
			return decodePageId(button.custom_id)?.list ?? '';
		});
}

describe('LIST_PAGES', () => {
	it('has the pages of every list a button can name', () => {
		expect(Object.keys(LIST_PAGES).sort()).toEqual([...PAGED_LISTS].sort());
	});

	it('shows the one matching agreement in full, with the visit it was signed at', () => {
		const reply = LIST_PAGES.agreement({ q: 'doc-2021-border-regime' }, 0, context);
		expect([buttonLists(reply), fieldNames(reply).includes('Visit')]).toEqual([
			['source:doc-2021-border-regime', 'citations:doc-2021-border-regime', 'export:agreement'],
			true,
		]);
	});

	it('lists several agreements under their count, with buttons back to the agreement list', () => {
		const reply = LIST_PAGES.agreement({ y: 2021 }, 0, context);
		expect(reply.embeds[0]?.title).toMatch(/^\d+ documents$/u);
		expect(buttonLists(reply)).toEqual(['agreement', 'agreement', 'export:agreement']);
	});

	it("shows a figure query's best figure in full on the first page, its footer saying how many match", () => {
		const best = LIST_PAGES.figure({ q: 'trade turnover' }, 0, context);
		const found = context.engine.figures('trade turnover');
		if (!found.ok) throw new Error('a query without filters is valid');
		expect(fieldNames(best)).toContain('Related figures');
		expect(best.embeds[0]?.footer?.text).toBe(`Figure · best of ${found.total} figures`);
	});

	it('lists every match of a figure query from the next page on, the best first, and leads back to it', () => {
		const found = context.engine.figures('trade turnover');
		if (!found.ok) throw new Error('a query without filters is valid');
		const first = LIST_PAGES.figure({ q: 'trade turnover' }, 1, context);
		const second = LIST_PAGES.figure({ q: 'trade turnover' }, 2, context);
		expect(first.embeds[0]?.title).toBe(`${found.total} figures`);
		expect(
			[first, second].flatMap((reply) => reply.embeds[0]?.fields?.map((field) => field.name.split('. ')[0]) ?? []),
		).toEqual(Array.from({ length: Math.min(10, found.total) }, (_, index) => String(index + 1)));
		const pages = (reply: Reply) =>
			reply.components
				.flatMap((row) => row.components)
				.flatMap((button) =>
					'custom_id' in button && decodePageId(button.custom_id) ? [decodePageId(button.custom_id)?.page] : [],
				);
		expect(pages(LIST_PAGES.figure({ q: 'trade turnover' }, 0, context))).toEqual([0, 1]);
		expect(pages(first)).toEqual([0, 2]);
	});

	it('lists every figure when there is no query', () => {
		expect(LIST_PAGES.figure({}, 0, context).embeds[0]?.title).toMatch(/^\d+ figures$/u);
	});

	it("offers a chart of a figure query's measure when it has several values, and of the timeline", () => {
		expect(buttonLists(LIST_PAGES.figure({ q: 'trade turnover' }, 0, context)).slice(-2)).toEqual([
			'export:figure',
			'chart:figure',
		]);
		expect(buttonLists(LIST_PAGES.timeline({}, 0, context))).toEqual([
			'timeline',
			'timeline',
			'export:timeline',
			'chart:timeline',
		]);
	});

	it('offers no chart for a figure whose measure has one value', () => {
		expect(
			buttonLists(LIST_PAGES.figure({ q: 'visa-free regime days' }, 0, context)).filter((list) =>
				/^(export|chart):/u.test(list),
			),
		).toEqual(['export:figure']);
	});

	it('offers no buttons under a reply that is not a list', () => {
		expect(LIST_PAGES.agreement({ q: 'zzqxv' }, 0, context).components).toEqual([]);
	});

	it('heads the timeline with its country', () => {
		expect(LIST_PAGES.timeline({ c: 'turkey' }, 0, context).embeds[0]?.title).toBe('Timeline · Türkiye');
	});

	it('says so when nothing matches, quoting the query', () => {
		expect(LIST_PAGES.agreement({ q: 'zzqxv' }, 0, context).content).toContain('No agreement matches `zzqxv`.');
		expect(LIST_PAGES.figure({ q: 'zzqxv' }, 0, context).content).toContain('No figure matches `zzqxv`.');
	});
});
