/** /visit's replies: a visit with a button per list shown in part, a list's pages, and "Which visit?". */
import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { visitCommandReply, visitListReply, visitReply } from '../../src/bot/visitReply.js';
import { decodeActionId } from '../../src/discord/actionIds.js';
import { decodeVisitButtonId } from '../../src/discord/visitIds.js';
import type { Reply } from '../../src/render/reply.js';
import { commandHarness } from '../support/commandHarness.js';
import {
	fixtureDocument,
	fixtureEvent,
	fixtureFigure,
	fixtureProposal,
	fixtureVisit,
} from '../support/datasetFixture.js';

function many<T>(count: number, make: (index: number) => T): T[] {
	return Array.from({ length: count }, (_, index) => make(index + 1));
}

/** A visit with every list long enough to be cut. */
function crowded() {
	return commandHarness({
		documents: many(30, (index) =>
			fixtureDocument({
				id: `doc-test-${index}`,
				title: `Memorandum number ${index} on cooperation`,
				list: { name: 'l', position: index },
			}),
		),
		figures: many(30, (index) =>
			fixtureFigure({ id: `fig-test-${index}`, label: `Figure number ${index} of the trade` }),
		),
		events: many(30, (index) =>
			fixtureEvent({ id: `event-test-${index}`, title: `Side event number ${index}`, participants: [] }),
		),
		proposals: many(30, (index) =>
			fixtureProposal({ id: `proposal-test-${index}`, title: `Proposal number ${index} of the talks` }),
		),
	});
}

function rows(reply: Reply): string[][] {
	return reply.components.map((row) => row.components.map((button) => ('label' in button ? (button.label ?? '') : '')));
}

describe('visitReply', () => {
	it('puts a button under the visit for each list shown in part, before the Export row', () => {
		const bot = crowded();
		const visit = bot.engine.get('visit-test');
		if (!visit) throw new Error('the fixture has its visit');

		const reply = visitReply(visit, bot.context);

		expect(rows(reply)).toEqual([
			['All 30 documents', 'All 30 figures', 'All 30 side events', 'All 30 proposals'],
			['Show source'],
			['Export documents (CSV, JSON)'],
		]);
		const ids = reply.components[0]?.components.map((button) => ('custom_id' in button ? button.custom_id : '')) ?? [];
		expect(ids.map(decodeVisitButtonId)).toEqual([
			{ kind: 'list', visit: 'visit-test', list: 'documents' },
			{ kind: 'list', visit: 'visit-test', list: 'figures' },
			{ kind: 'list', visit: 'visit-test', list: 'events' },
			{ kind: 'list', visit: 'visit-test', list: 'proposals' },
		]);
		const exportId = reply.components.at(-1)?.components[0];
		expect(exportId && 'custom_id' in exportId ? decodeActionId(exportId.custom_id)?.target : undefined).toEqual({
			of: 'visit',
			visit: 'visit-test',
		});
	});
});

describe('visitListReply', () => {
	it('shows a list whole, privately, without page buttons when it fits one message', () => {
		const reply = visitListReply('visit-test', 'events', 0, crowded().context);

		expect(reply?.ephemeral).toBe(true);
		expect(reply?.embeds[0]?.description?.split('\n')).toEqual(
			many(30, (index) => `${index}. Side event number ${index}`),
		);
		expect(reply?.components).toEqual([]);
	});

	it('turns the pages of a long list with Previous and Next, each carrying its page', () => {
		const bot = commandHarness({
			documents: many(90, (index) =>
				fixtureDocument({
					id: `doc-test-${index}`,
					title: `Memorandum ${index} ${'on cooperation '.repeat(8)}`,
					list: { name: 'l', position: index },
				}),
			),
		});

		const second = visitListReply('visit-test', 'documents', 1, bot.context);

		expect(second?.embeds.at(-1)?.footer?.text).toMatch(/^Page 2 of \d · 90 documents$/u);
		expect(second?.components).toEqual([
			{
				type: ComponentType.ActionRow,
				components: [
					{
						type: ComponentType.Button,
						style: ButtonStyle.Secondary,
						label: '◀ Previous',
						custom_id: 'vl:documents:0:visit-test',
						disabled: false,
					},
					{
						type: ComponentType.Button,
						style: ButtonStyle.Secondary,
						label: 'Next ▶',
						custom_id: 'vl:documents:2:visit-test',
						disabled: false,
					},
				],
			},
		]);
	});

	it('says so when the visit has nothing in that list any more, and nothing for a visit that is gone', () => {
		const bot = commandHarness();
		expect(visitListReply('visit-test', 'awards', 0, bot.context)?.content).toBe(
			'Test visit: 0 awards now. Run /visit again for a fresh reply.',
		);
		expect(visitListReply('visit-gone', 'awards', 0, bot.context)).toBeUndefined();
	});
});

describe('visitCommandReply', () => {
	it('asks privately which visit a value naming several means, one button each', () => {
		const bot = commandHarness({
			visits: [
				fixtureVisit(),
				fixtureVisit({
					id: 'visit-test-later',
					title: 'Later visit',
					startDate: { iso: '2025-12-01', precision: 'day' },
				}),
			],
		});

		const reply = visitCommandReply('Astana', bot.context);

		expect(reply.ephemeral).toBe(true);
		expect(rows(reply)).toEqual([['Astana, 25 November 2025', 'Astana, 1 December 2025']]);
		expect(
			reply.components[0]?.components.map((button) =>
				'custom_id' in button ? decodeVisitButtonId(button.custom_id) : undefined,
			),
		).toEqual([
			{ kind: 'choice', visit: 'visit-test' },
			{ kind: 'choice', visit: 'visit-test-later' },
		]);
	});

	it('shows the visit when the value names one, and says privately when it names none', () => {
		const bot = commandHarness();
		expect(visitCommandReply('visit-test', bot.context).embeds[0]?.title).toBe('Test visit');
		const none = visitCommandReply('Paris 1850', bot.context);
		expect([none.ephemeral, none.content?.split('\n')[0]]).toEqual([true, 'No visit matches `Paris 1850`.']);
	});
});
