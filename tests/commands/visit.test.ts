/** /visit through the router: a visit with everything attached to it, lists cut with "and N more", misses. */
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandHarness } from '../support/commandHarness.js';
import {
	fixtureAward,
	fixtureDocument,
	fixtureEvent,
	fixtureFigure,
	fixtureFollowUp,
	fixturePerson,
	fixtureProposal,
	fixtureVisit,
} from '../support/datasetFixture.js';

describe('/visit', () => {
	it('shows the visit publicly with its documents, figures, awards, side events, proposals and follow-ups', async () => {
		const bot = commandHarness({
			documents: [fixtureDocument()],
			figures: [fixtureFigure()],
			awards: [fixtureAward()],
			events: [fixtureEvent()],
			people: [fixturePerson()],
			proposals: [fixtureProposal()],
			followUps: [fixtureFollowUp()],
		});

		const payload = await bot.reply('visit', { which: 'Astana' });

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual({ parse: [] });
		const [embed] = payload.embeds ?? [];
		expect(embed?.title).toBe('Test visit');
		const added = (embed?.fields ?? []).filter((field) => field.inline === undefined);
		expect(added.map((field) => [field.name, field.value])).toEqual([
			[
				'Documents signed',
				"1 document signed at the Test visit (25 November 2025, Astana) are named in the source's lists (1 signed by the heads of state).",
			],
			['Document list', '• Joint Statement'],
			['Figures announced', '• Mutual trade: exceeded half a billion dollars'],
			[
				'Awards',
				'• Test Guest (Turkmenistan) received the Order of Friendship from Kazakhstan, date not stated: An order..',
			],
			['Side events', '• Wreath laying'],
			['Proposals', '• Trade target of one billion dollars (proposed)'],
			['Follow-ups', '• Trade target of one billion dollars → Joint Statement'],
			['Source: Test Agency, 25 November 2025', '> The presidents held talks at the Akorda'],
		]);
	});

	it('leaves out the lists a visit has nothing in', async () => {
		const bot = commandHarness();

		const names = ((await bot.reply('visit', { which: 'Astana' })).embeds?.[0]?.fields ?? []).map(
			(field) => field.name,
		);

		expect(names).toContain('Documents signed');
		for (const list of ['Document list', 'Figures announced', 'Awards', 'Side events', 'Proposals', 'Follow-ups'])
			expect(names).not.toContain(list);
	});

	it('cuts a long document list within its budget and says how many more there are and where to see them', async () => {
		const visit = 'visit-2025-astana';
		const documents = Array.from({ length: 30 }, (_, index) =>
			fixtureDocument({
				id: `doc-test-memo-${index + 1}`,
				title: `Memorandum of understanding number ${index + 1}`,
				visit,
				list: { name: 'test-signed', position: index + 1 },
			}),
		);
		const bot = commandHarness({ visits: [fixtureVisit({ id: visit })], documents });

		const list = (await bot.reply('visit', { which: 'Astana' })).embeds?.[0]?.fields?.find(
			(field) => field.name === 'Document list',
		);

		const lines = list?.value.split('\n') ?? [];
		const shown = lines.length - 1;
		expect(shown).toBeGreaterThan(0);
		expect(lines.slice(0, shown).join('\n').length).toBeLessThanOrEqual(480);
		expect(lines[0]).toBe('• Memorandum of understanding number 1');
		expect(lines.at(-1)).toBe(`… and ${30 - shown} more (/agreement year:2025)`);
	});

	it('says privately that no visit matches, quoting what was typed, with visits to try', async () => {
		const payload = await commandHarness().reply('visit', { which: 'Paris 1850' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content).toBe('No visit matches `Paris 1850`.\nDid you mean:\n• Test visit');
	});

	it('completes the visit with its id as the value', async () => {
		expect(await commandHarness().complete('visit', 'which', 'ast')).toEqual([
			{ name: expect.stringContaining('Test visit'), value: 'visit-test' },
		]);
	});
});
