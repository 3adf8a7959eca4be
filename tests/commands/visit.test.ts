/**
 * /visit through the router: a visit with everything attached to it, lists cut after whole lines with "+N more" and
 * a button that shows each whole, privately and in pages; which visit a value naming several means; misses.
 */
import { MessageFlags } from 'discord.js';
import { withoutCitationButtons } from '../support/sentPayloads.js';
import { describe, expect, it } from 'vitest';
import { EXPIRED_BUTTON } from '../../src/bot/messages.js';
import type { EditPayload, ReplyPayload } from '../../src/bot/routedInteraction.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { embedLength } from '../../src/render/fitEmbed.js';
import { buttonsOf, commandHarness } from '../support/commandHarness.js';
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

const VISIT = 'visit-2025-astana';

function memorandumTitle(index: number): string {
	return `Memorandum of understanding number ${index}`;
}

/** `count` memoranda of one visit, in list order. */
function memoranda(count: number) {
	return Array.from({ length: count }, (_, index) =>
		fixtureDocument({
			id: `doc-test-memo-${index + 1}`,
			title: memorandumTitle(index + 1),
			visit: VISIT,
			list: { name: 'test-signed', position: index + 1 },
		}),
	);
}

function expectWithinLimits(payload: EditPayload | ReplyPayload): void {
	const embeds = payload.embeds ?? [];
	expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
	for (const embed of embeds)
		expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
	expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
}

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
				"The source's lists name 1 document signed by the heads of state at the Test visit (25 November 2025, Astana).",
			],
			['Document list', '• Joint Statement'],
			['Figures announced', '• Mutual trade: exceeded half a billion dollars'],
			[
				'Awards',
				'• Test Guest (Turkmenistan) received the Order of Friendship from Kazakhstan (date not stated). An order.',
			],
			['Side events', '• Wreath laying'],
			['Proposals', '• Trade target of one billion dollars (proposed)'],
			['Follow-ups', '• Trade target of one billion dollars → Joint Statement'],
			['Source: Test Agency, 25 November 2025', '> The presidents held talks at the Akorda'],
		]);
		// Every list is shown whole, so the only button is the documents' export.
		expect(buttonsOf(payload).map((button) => button.label)).toContain('Show source');
		expect(withoutCitationButtons(buttonsOf(payload).map((button) => button.label))).toEqual([
			'Export documents (CSV, JSON)',
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

	it('cuts a long document list after a whole line, says how many more, and offers a button for them all', async () => {
		const bot = commandHarness({ visits: [fixtureVisit({ id: VISIT })], documents: memoranda(30) });

		const payload = await bot.reply('visit', { which: 'Astana' });

		const list = payload.embeds?.[0]?.fields?.find((field) => field.name === 'Document list');
		const lines = list?.value.split('\n') ?? [];
		const shown = lines.length - 1;
		expect(shown).toBeGreaterThan(0);
		expect(list?.value.length).toBeLessThanOrEqual(480);
		expect(lines.slice(0, shown)).toEqual(
			Array.from({ length: shown }, (_, index) => `• ${memorandumTitle(index + 1)}`),
		);
		expect(lines.at(-1)).toBe(`+${30 - shown} more`);
		expect(buttonsOf(payload).map((button) => button.label)).toContain('Show source');
		expect(withoutCitationButtons(buttonsOf(payload).map((button) => button.label))).toEqual([
			'All 30 documents',
			'Export documents (CSV, JSON)',
		]);
	});

	it('shows the whole list privately when its button is pressed: every row numbered and whole, the count below', async () => {
		const bot = commandHarness({ visits: [fixtureVisit({ id: VISIT })], documents: memoranda(30) });
		const [all] = buttonsOf(await bot.reply('visit', { which: 'Astana' }));

		const [call, ...more] = await bot.press(all?.customId ?? '');

		expect(more).toEqual([]);
		if (call?.method !== 'reply') throw new Error('expected a reply');
		expect(call.payload.flags).toBe(MessageFlags.Ephemeral);
		expect(call.payload.allowedMentions).toEqual({ parse: [] });
		const [embed] = call.payload.embeds ?? [];
		expect(embed?.title).toBe('Test visit: 30 documents');
		expect(embed?.description?.split('\n')).toEqual(
			Array.from({ length: 30 }, (_, index) => `${index + 1}. ${memorandumTitle(index + 1)}`),
		);
		expect(embed?.footer?.text).toBe('30 documents');
		expect(call.payload.components).toEqual([]);
	});

	it('pages a list too long for one message, each page turning the private message in place', async () => {
		const long = (index: number): string => `${memorandumTitle(index)} on ${'cooperation in many fields '.repeat(6)}`;
		const documents = memoranda(80).map((document, index) => ({ ...document, title: long(index + 1) }));
		const bot = commandHarness({ visits: [fixtureVisit({ id: VISIT })], documents });
		const [all] = buttonsOf(await bot.reply('visit', { which: 'Astana' }));

		const [opened] = await bot.press(all?.customId ?? '');
		if (opened?.method !== 'reply') throw new Error('expected a reply');
		const rows: string[] = [];
		let page: EditPayload | ReplyPayload = opened.payload;
		const footers: string[] = [];
		for (;;) {
			expectWithinLimits(page);
			rows.push(...(page.embeds ?? []).flatMap((embed) => embed.description?.split('\n') ?? []));
			footers.push(page.embeds?.at(-1)?.footer?.text ?? '');
			const next = buttonsOf(page).find((button) => button.label === 'Next ▶');
			if (!next || next.disabled) break;
			const [turned, ...others] = await bot.press(next.customId);
			expect(others).toEqual([]);
			if (turned?.method !== 'update') throw new Error('expected the page to turn');
			page = turned.payload;
		}

		expect(footers.length).toBeGreaterThan(1);
		expect(footers).toEqual(footers.map((_, index) => `Page ${index + 1} of ${footers.length} · 80 documents`));
		expect(rows).toEqual(Array.from({ length: 80 }, (_, index) => `${index + 1}. ${long(index + 1)}`));
	});

	it('starts the documents with what the heads of state signed, then what was exchanged, then the sidelines', async () => {
		const documents = [
			fixtureDocument({
				id: 'doc-test-side',
				title: 'Sidelines memo',
				signing: 'sidelines',
				list: { name: 'a-side', position: 1 },
			}),
			fixtureDocument({
				id: 'doc-test-exchanged',
				title: 'Exchanged plan',
				signing: 'exchanged-in-presence',
				list: { name: 'a-exchanged', position: 1 },
			}),
			fixtureDocument({ list: { name: 'b-heads', position: 1 } }),
		];
		const bot = commandHarness({ documents });

		const list = (await bot.reply('visit', { which: 'Astana' })).embeds?.[0]?.fields?.find(
			(field) => field.name === 'Document list',
		);

		expect(list?.value).toBe('• Joint Statement\n• Exchanged plan\n• Sidelines memo');
	});

	it('asks privately which visit a year with two visits means, with a button for each that shows it', async () => {
		const bot = commandHarness({
			visits: [
				fixtureVisit(),
				fixtureVisit({
					id: 'visit-test-ankara',
					title: 'Council in Ankara',
					city: 'Ankara',
					country: 'Türkiye',
					startDate: { iso: '2025-07-29', precision: 'day' },
				}),
			],
		});

		const payload = await bot.reply('visit', { which: '2025' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.embeds?.[0]?.title).toBe('Which visit?');
		expect(payload.embeds?.[0]?.description).toBe(
			[
				'`2025` names 2 visits. Which one?',
				'1. Council in Ankara (29 July 2025, Ankara)',
				'2. Test visit (25 November 2025, Astana)',
			].join('\n'),
		);
		const buttons = buttonsOf(payload);
		expect(buttons.map((button) => button.label)).toEqual(['Ankara, 29 July 2025', 'Astana, 25 November 2025']);

		const [shown] = await bot.press(buttons[0]?.customId ?? '');
		if (shown?.method !== 'reply') throw new Error('expected a reply');
		expect(shown.payload.flags).toBeUndefined();
		expect(shown.payload.embeds?.[0]?.title).toBe('Council in Ankara');
	});

	it('shows at once the one visit a value names, as from autocomplete', async () => {
		const bot = commandHarness({
			visits: [fixtureVisit(), fixtureVisit({ id: 'visit-test-ankara', title: 'Council in Ankara', city: 'Ankara' })],
		});

		expect((await bot.reply('visit', { which: 'visit-test-ankara' })).embeds?.[0]?.title).toBe('Council in Ankara');
		expect((await bot.reply('visit', { which: 'Ankara' })).embeds?.[0]?.title).toBe('Council in Ankara');
	});

	it('says a visit button has expired when its visit is gone or its id was tampered with', async () => {
		const bot = commandHarness();

		for (const id of ['vl:documents::visit-gone', 'vl:nothing::visit-test', 'vc:visit-gone', 'vc:Not An Id']) {
			const calls = await bot.press(id);
			expect(
				calls.map((call) => (call.method === 'reply' ? call.payload.content : call.method)),
				id,
			).toEqual([EXPIRED_BUTTON]);
		}
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
