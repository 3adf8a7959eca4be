import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/bot/command.js';
import { type PagedListSpec, listPage } from '../../src/bot/listPage.js';
import { decodePageId } from '../../src/discord/customIds.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { textReply } from '../../src/render/reply.js';

let context: CommandContext;

beforeAll(async () => {
	context = { engine: new Engine(await loadDataset()), logger: createLogger('silent'), now: () => new Date() };
});

/** Documents by query and country, as a plain list. */
const documents: PagedListSpec = {
	noun: 'thing',
	searched: true,
	fetch: (engine, state, request) => engine.agreements(state.q, { country: state.c }, request),
	heading: (total, state) => `${total} things${state.c ? ` in ${state.c}` : ''}`,
};

function buttonIds(reply: ReturnType<typeof listPage>): string[] {
	return reply.components
		.flatMap((row) => row.components)
		.map((button) => ('custom_id' in button ? button.custom_id : ''));
}

describe('listPage', () => {
	it('refuses a filter that makes no sense, quoting it', () => {
		expect(listPage('agreement', documents, { c: 'Atlantis' }, 0, context).content).toContain('`Atlantis`');
	});

	it('quotes the query of a searched list when nothing matches', () => {
		const reply = listPage('agreement', documents, { q: 'zzqxv' }, 0, context);
		expect([reply.ephemeral, reply.content?.startsWith('No thing matches `zzqxv`.')]).toEqual([true, true]);
	});

	it('does not quote the query of a list that is not searched', () => {
		const reply = listPage('timeline', { ...documents, searched: false }, { q: 'zzqxv' }, 0, context);
		expect(reply.content?.startsWith('No thing matches those filters.')).toBe(true);
	});

	it('shows the page as a list headed by the spec, with buttons for the named list and the canonical state', () => {
		const reply = listPage('figure', documents, { c: 'kazakhstan' }, 1, context);
		expect(reply.embeds[0]?.title).toMatch(/^\d+ things in Kazakhstan$/u);
		expect(reply.embeds[0]?.footer?.text).toMatch(/^Page 2 of/u);
		expect(buttonIds(reply).map((id) => decodePageId(id))).toEqual([
			{ list: 'figure', page: 0, state: { c: 'Kazakhstan' } },
			{ list: 'figure', page: 2, state: { c: 'Kazakhstan' } },
		]);
	});

	it('shows what the spec makes of the page instead of the list when it makes something of it', () => {
		const single = textReply('in full');
		const reply = listPage(
			'agreement',
			{ ...documents, single: (first) => (first ? single : undefined) },
			{},
			0,
			context,
		);
		expect(reply).toBe(single);
	});

	it('passes the first result, the total, the state and the page to the spec', () => {
		const seen: unknown[] = [];
		listPage(
			'agreement',
			{
				...documents,
				single: (first, total, state, page) => {
					seen.push(first.id, total > 1, state, page);
					return undefined;
				},
			},
			{ q: 'doc-2021-border-regime' },
			0,
			context,
		);
		expect(seen).toEqual(['doc-2021-border-regime', false, { q: 'doc-2021-border-regime' }, 0]);
	});
});
