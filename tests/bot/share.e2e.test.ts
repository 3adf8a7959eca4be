/**
 * End to end: the real discord.js client against the Discord stand-in. `/ask private:true` is answered privately with
 * a Share button; pressing it posts the answer for the channel, headed by who asked and the question, escaped, with
 * mentions off, as Discord receives it.
 */
import { ApplicationCommandOptionType, InteractionResponseType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { USER_ID } from '../support/fakeDiscord/discordObjects.js';
import type { FakeDiscord } from '../support/fakeDiscord/index.js';
import { type BotHarness, startBot, sentCallback } from '../support/botHarness.js';
import {
	NO_MENTIONS,
	expectWithinDiscordLimits,
	isEphemeral,
	stringOption,
	withoutCitationButtons,
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

describe('Share', () => {
	it('posts a private answer to the channel, headed by who asked and the question, pinging nobody', async () => {
		const question = 'Who awarded Tokayev the Bitaraplyk order? @everyone';
		const asked = await sentCallback(
			fake,
			fake.chatInput('ask', [
				stringOption('question', question),
				{ name: 'private', type: ApplicationCommandOptionType.Boolean, value: true },
			]),
		);
		expect(isEphemeral(asked)).toBe(true);
		expect(asked.buttons.map((button) => button.label)).toContain('Show source');
		expect(withoutCitationButtons(asked.buttons.map((button) => button.label))).toEqual([
			'Share',
			'Export (CSV, JSON)',
		]);
		expectWithinDiscordLimits(asked);

		const share = asked.buttons[0]?.customId ?? '';
		const shared = await sentCallback(fake, fake.button(share));
		expect(shared.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(shared)).toBe(false);
		expect(shared.allowedMentions).toEqual(NO_MENTIONS);
		expect(shared.content?.split('\n')[0]).toBe(
			`Asked by <@${USER_ID}>: “Who awarded Tokayev the Bitaraplyk order? @\u200beveryone”`,
		);
		expect(shared.embeds.map((embed) => embed.title)).toEqual(asked.embeds.map((embed) => embed.title));
		expect(shared.buttons.map((button) => button.label)).toContain('Show source');
		expect(withoutCitationButtons(shared.buttons.map((button) => button.label))).toEqual(['Export (CSV, JSON)']);
		expectWithinDiscordLimits(shared);
	});

	it('answers publicly without a Share button when private is not asked for', async () => {
		const asked = await sentCallback(fake, fake.chatInput('ask', [stringOption('question', 'Who awarded Tokayev?')]));
		expect(isEphemeral(asked)).toBe(false);
		expect(asked.buttons.map((button) => button.label)).not.toContain('Share');
	});
});
