/**
 * End to end: the real discord.js client against the Discord stand-in. An answer's Show source and More citations
 * buttons are pressed as Discord sends the press, and the private replies are read as Discord receives them.
 */
import { InteractionResponseType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_BUTTON } from '../../src/bot/messages.js';
import type { FakeDiscord } from '../support/fakeDiscord/index.js';
import { type BotHarness, startBot, sentCallback } from '../support/botHarness.js';
import {
	NO_MENTIONS,
	embedCharacters,
	expectWithinDiscordLimits,
	isEphemeral,
	stringOption,
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

describe('Show source', () => {
	it("replies privately with the paragraph of an agreement's quote, the quote in bold, named by outlet and date", async () => {
		const agreement = await sentCallback(
			fake,
			fake.chatInput('agreement', [stringOption('query', 'doc-2015-nuclear-weapon-free-world-declaration')]),
		);
		expect(agreement.buttons.map((button) => button.label)).toEqual(['Show source', 'Export (CSV, JSON)']);
		const quote = bot.context.engine.get('doc-2015-nuclear-weapon-free-world-declaration')?.citations[0]?.quote;

		const shown = await sentCallback(fake, fake.button(buttonId(agreement, 'Show source')));

		expect(shown.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(shown)).toBe(true);
		expect(shown.allowedMentions).toEqual(NO_MENTIONS);
		expect(shown.embeds).toHaveLength(1);
		expect(shown.embeds[0]?.title).toBe('nCa, 26 October 2021');
		expect(shown.embeds[0]?.description).toContain(`**${quote}**`);
		expect(shown.embeds[0]?.footer).toContain('002_bb1a33c2bc12b1c8.txt');
		expectWithinDiscordLimits(shown);
	});

	it.each([
		['ask', [stringOption('question', "What share of Kazakhstan's gluten exports goes to Türkiye?")]],
		['visit', [stringOption('which', 'visit-2025-astana')]],
		['figure', [stringOption('query', 'trade turnover')]],
		['person', [stringOption('name', 'Tokaev')]],
		['proposal', [stringOption('which', 'Garabogaz bridge')]],
		['fact', []],
	])('is under the answer of /%s, and opens its first source', async (name, options) => {
		const answer = await sentCallback(fake, fake.chatInput(name, options));
		const shown = await sentCallback(fake, fake.button(buttonId(answer, 'Show source')));

		expect(isEphemeral(shown)).toBe(true);
		expect(shown.embeds[0]?.description).toMatch(/\*\*[^*]+\*\*/u);
		expect(shown.embeds[0]?.title).not.toMatch(/\.txt$/u);
		expectWithinDiscordLimits(shown);
	});

	it('says a tampered button has expired, privately', async () => {
		const shown = await sentCallback(fake, fake.button('so:0:r:doc-none'));

		expect(isEphemeral(shown)).toBe(true);
		expect(shown.content).toBe(EXPIRED_BUTTON);
	});
});

describe('More citations', () => {
	it('opens every citation of a visit privately, named by outlet and date, within the limits', async () => {
		const visit = await sentCallback(fake, fake.chatInput('visit', [stringOption('which', 'visit-2022-kazakhstan')]));
		const citations = bot.context.engine.get('visit-2022-kazakhstan')?.citations ?? [];
		expect(visit.embeds[0]?.footer).toContain(`${citations.length - 2} more citations`);
		expect(visit.buttons.map((button) => button.label)).toEqual([
			'Show source',
			`More citations (${citations.length - 2})`,
			'Export documents (CSV, JSON)',
		]);

		const listed = await sentCallback(fake, fake.button(buttonId(visit, 'More citations')));

		expect(isEphemeral(listed)).toBe(true);
		expect(listed.allowedMentions).toEqual(NO_MENTIONS);
		const fields = listed.embeds.flatMap((embed) => embed.fields);
		expect(fields.map((field) => field.name)).toEqual(
			citations.map((_, index) => `${index + 1}. Turkmenistan Analytic magazine, 2022`),
		);
		// Each quote is there, whole where it fits, trimmed with an ellipsis where it does not.
		fields.forEach((field, index) => {
			const quote = citations[index]?.quote ?? '';
			expect(field.value).toBe(quote.length <= 500 ? `> ${quote}` : expect.stringMatching(/…/u));
		});
		expect(embedCharacters(listed.embeds)).toBeLessThanOrEqual(6000);
		expectWithinDiscordLimits(listed);
	});

	it("opens the citations of /ask's first answer, found again by its question", async () => {
		const question = 'Which transport memoranda were signed in 2021?';
		const ask = await sentCallback(fake, fake.chatInput('ask', [stringOption('question', question)]));
		const first = bot.context.engine.ask(question).answers[0];
		const more = (first?.citations.length ?? 0) - 2;
		expect(more).toBeGreaterThan(0);

		const listed = await sentCallback(fake, fake.button(buttonId(ask, `More citations (${more})`)));

		expect(isEphemeral(listed)).toBe(true);
		expect(listed.embeds.flatMap((embed) => embed.fields)).toHaveLength(first?.citations.length ?? -1);
		expect(listed.embeds[0]?.footer).toMatch(/^Citations 1–\d+ of \d+/u);
		expectWithinDiscordLimits(listed);
	});
});
