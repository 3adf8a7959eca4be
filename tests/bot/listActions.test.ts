import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/bot/command.js';
import { ACTION_LABELS, withListActions } from '../../src/bot/listActions.js';
import { decodeActionId } from '../../src/discord/actionIds.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { type Reply, embedReply, textReply } from '../../src/render/reply.js';

let context: CommandContext;
const LIST: Reply = embedReply([{ title: '3 documents' }]);

beforeAll(async () => {
	context = { engine: new Engine(await loadDataset()), logger: createLogger('silent'), now: () => new Date() };
});

function buttons(reply: Reply): { label: string; action: string | undefined; target: unknown }[] {
	return reply.components.flatMap((row) =>
		row.components.map((button) => {
			const decoded = 'custom_id' in button ? decodeActionId(button.custom_id) : undefined;
			return { label: 'label' in button ? (button.label ?? '') : '', action: decoded?.action, target: decoded?.target };
		}),
	);
}

describe('withListActions', () => {
	it('adds a row with an Export button that carries the list with its filters made canonical', () => {
		const reply = withListActions(LIST, { of: 'agreement', state: { c: 'turkey', s: 'healthcare' } }, context);
		expect(buttons(reply)).toEqual([
			{
				label: ACTION_LABELS.export,
				action: 'export',
				target: { of: 'agreement', state: { c: 'Türkiye', s: 'health' } },
			},
		]);
	});

	it('adds a Chart button to a figure list whose measure has several values, and to the timeline', () => {
		expect(
			buttons(withListActions(LIST, { of: 'figure', state: { q: 'trade turnover' } }, context)).map((b) => b.action),
		).toEqual(['export', 'chart']);
		expect(buttons(withListActions(LIST, { of: 'timeline', state: {} }, context)).map((b) => b.action)).toEqual([
			'export',
			'chart',
		]);
		expect(
			buttons(withListActions(LIST, { of: 'figure', state: { q: 'visa-free days' } }, context)).map((b) => b.action),
		).toEqual(['export']);
	});

	it("names the list a visit's Export button exports", () => {
		expect(buttons(withListActions(LIST, { of: 'visit', visit: 'visit-2021-ashgabat' }, context))[0]?.label).toBe(
			ACTION_LABELS.exportDocuments,
		);
	});

	it('keeps the buttons already there, under them', () => {
		const paged: Reply = {
			...LIST,
			components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Next ▶', custom_id: 'pg:agreement:1:::::' }] }],
		};
		const reply = withListActions(paged, { of: 'agreement', state: {} }, context);
		expect(
			reply.components.map((row) => row.components.map((button) => ('label' in button ? button.label : ''))),
		).toEqual([['Next ▶'], [ACTION_LABELS.export]]);
	});

	it('leaves a private reply (nothing found, a refusal) as it is', () => {
		const refusal = textReply('No agreement matches `zzqxv`.');
		expect(withListActions(refusal, { of: 'agreement', state: { q: 'zzqxv' } }, context)).toBe(refusal);
	});
});
