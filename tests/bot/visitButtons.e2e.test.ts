/**
 * End to end: the real discord.js client against the Discord stand-in. A visit's "All N …" button is pressed as
 * Discord sends the press and answered with the whole list in a private message; a value naming two visits is
 * answered with "Which visit?", whose buttons show each visit. The payloads are read as Discord receives them.
 */
import { InteractionResponseType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../support/fakeDiscord/index.js';
import { type BotHarness, startBot, sentCallback } from '../support/botHarness.js';
import {
	NO_MENTIONS,
	expectWithinDiscordLimits,
	isEphemeral,
	stringOption,
	withoutCitationButtons,
	buttonId,
} from '../support/sentPayloads.js';

let bot: BotHarness;
let fake: FakeDiscord;

beforeAll(async () => {
	bot = await startBot();
	({ fake } = bot);
});

afterEach(async () => {
	await bot.router.drain();
	expect(fake.unhandledRequests()).toEqual([]);
});

afterAll(async () => {
	await bot?.stop();
});

describe("a visit's list buttons", () => {
	it('offers a button for each list cut short, and shows the whole list privately when pressed', async () => {
		const visit = await sentCallback(fake, fake.chatInput('visit', [stringOption('which', 'Ashgabat')]));
		expectWithinDiscordLimits(visit);
		expect(visit.buttons.map((button) => button.label)).toContain('Show source');
		expect(withoutCitationButtons(visit.buttons.map((button) => button.label))).toEqual([
			'All 20 documents',
			'All 6 figures',
			'All 8 side events',
			'All 14 proposals',
			'All 7 follow-ups',
			'Export documents (CSV, JSON)',
		]);
		// Five list buttons, the citations' row, the Export row.
		expect(visit.rows).toEqual([5, 2, 1]);
		const shownList = visit.embeds[0]?.fields.find((field) => field.name === 'Document list')?.value ?? '';
		expect(shownList.split('\n').at(-1)).toMatch(/^\+\d+ more$/u);

		const list = await sentCallback(fake, fake.button(buttonId(visit, 'All 20 documents')));
		expect(list.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(list)).toBe(true);
		expect(list.allowedMentions).toEqual(NO_MENTIONS);
		expectWithinDiscordLimits(list);
		const rows = list.embeds.flatMap((embed) => embed.description?.split('\n') ?? []);
		const titles = bot.context.engine
			.visitDocuments('visit-2021-ashgabat')
			.map((answer) => (answer.kind === 'document' ? answer.record.title : ''));
		expect(rows).toEqual(titles.map((title, index) => `${index + 1}. ${title}`));
		expect(list.embeds.at(-1)?.footer).toBe('20 documents');
	});

	it("starts the 2025 Astana visit's documents with the Joint Statement the presidents signed", async () => {
		const visit = await sentCallback(fake, fake.chatInput('visit', [stringOption('which', 'visit-2025-astana')]));
		const list = visit.embeds[0]?.fields.find((field) => field.name === 'Document list')?.value ?? '';
		expect(list.split('\n')[0]).toBe('• Joint Statement');
	});
});

describe('a value that names several visits', () => {
	it('asks privately which visit, and a button posts the visit it names for everyone', async () => {
		const choice = await sentCallback(fake, fake.chatInput('visit', [stringOption('which', '2025')]));
		expect(isEphemeral(choice)).toBe(true);
		expect(choice.embeds[0]?.title).toBe('Which visit?');
		expect(choice.buttons.map((button) => button.label)).toEqual([
			'Ankara, 29 July 2025 (year inferred)',
			'Astana, 24–25 November 2025',
		]);

		const visit = await sentCallback(fake, fake.button(buttonId(choice, 'Astana, 24–25 November 2025')));
		expect(visit.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(visit)).toBe(false);
		expect(visit.embeds[0]?.title).toBe('State visit of Serdar Berdimuhamedov to Kazakhstan');
		expect(visit.allowedMentions).toEqual(NO_MENTIONS);
		expectWithinDiscordLimits(visit);
	});

	it('shows a visit named once directly', async () => {
		const visit = await sentCallback(fake, fake.chatInput('visit', [stringOption('which', 'Ashgabat')]));
		expect([isEphemeral(visit), visit.embeds[0]?.title]).toEqual([
			false,
			'State visit of Kassym-Jomart Tokayev to Turkmenistan',
		]);
	});
});
