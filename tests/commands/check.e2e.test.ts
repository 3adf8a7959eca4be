/**
 * End to end: Apps → "Check against sources" on a message, and /check text:, through the real discord.js client and
 * the real router, dataset and checker, against the Discord stand-in. The assertions are on the callbacks' payloads.
 */
import { InteractionResponseType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from '../support/botHarness.js';
import {
	NO_MENTIONS,
	expectWithinDiscordLimits,
	isEphemeral,
	readCallback,
	stringOption,
	type SentCallback,
} from '../support/sentPayloads.js';
import type { FakeDiscord } from '../support/fakeDiscord/index.js';
import { CHECK_EXAMPLE } from '../support/verdicts.js';

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

async function send(payload: Parameters<FakeDiscord['dispatchInteraction']>[0]): Promise<SentCallback> {
	const handle = fake.dispatchInteraction(payload);
	return readCallback(await fake.waitForCallback(handle));
}

describe('Apps → Check against sources', () => {
	it('replies privately, claim by claim, with the verdicts, the quotes and their outlet and date', async () => {
		const callback = await send(fake.messageCommand('Check against sources', { content: CHECK_EXAMPLE }));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
		expectWithinDiscordLimits(callback);
		const [embed] = callback.embeds;
		expect(embed?.title).toBe('Checked against the sources');
		expect(embed?.description).toBe('3 claims checked: 1 supported, 1 contradicted, 1 not in the sources.');
		expect(embed?.fields.map((field) => field.name)).toEqual([
			'✅ Supported: “In 2021 Tokayev visited Ashgabat, where 20 documents were signed.”',
			'❌ Contradicted: “Kazakh investments in Türkiye were $1 billion.”',
			'❔ Not in the sources: “Uzbekistan and Kazakhstan signed 12 memoranda in 2022.”',
		]);
		expect(embed?.fields[0]?.value).toContain('\n— nCa, 26 October 2021 · 002_bb1a33c2bc12b1c8.txt');
		expect(embed?.fields[1]?.value).toBe(
			'The sources give Kazakh investments in Türkiye: exceeded $2.5 billion, not $1 billion.\n> Kazakh investments in Türkiye have exceeded $2.5 billion.\n— outlet not named, no publication date stated · 004_c7ebae0e9b69a8fa.txt',
		);
		expect(embed?.fields[2]?.value).toBe('The sources do not mention Uzbekistan.');
	});

	it('says so when the message holds nothing to check', async () => {
		const callback = await send(fake.messageCommand('Check against sources', { content: 'See you tomorrow!' }));
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.embeds[0]?.description).toMatch(/^I found no claim I can check here/u);
	});

	it('checks a bot’s embed-only answer by its embeds’ text', async () => {
		const callback = await send(
			fake.messageCommand('Check against sources', {
				content: '',
				embeds: [{ title: 'Documents', description: '25 documents were signed in Ashgabat.' }],
			}),
		);
		expect(callback.embeds[0]?.fields[0]?.value).toMatch(/^The sources list 20 documents signed at the State visit/u);
	});

	it('escapes the message’s words when it echoes them', async () => {
		const callback = await send(
			fake.messageCommand('Check against sources', { content: '@everyone **25 documents** were signed in Ashgabat.' }),
		);
		expect(callback.embeds[0]?.fields[0]?.name).toBe(
			'❌ Contradicted: “@\u200beveryone \\*\\*25 documents\\*\\* were signed in Ashgabat.”',
		);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
	});
});

describe('/check text:', () => {
	it('checks the text given, privately', async () => {
		const callback = await send(
			fake.chatInput('check', [stringOption('text', '25 documents were signed in Ashgabat.')]),
		);
		expect(isEphemeral(callback)).toBe(true);
		expectWithinDiscordLimits(callback);
		expect(callback.embeds[0]?.fields).toEqual([
			{
				name: '❌ Contradicted: “25 documents were signed in Ashgabat.”',
				value: expect.stringMatching(
					/^The sources list 20 documents signed at the State visit of Kassym-Jomart Tokayev to Turkmenistan \(25 October 2021, Ashgabat\), not 25\.\n> /u,
				),
			},
		]);
	});

	it('keeps a long text’s reply within Discord’s limits and says how many claims it shows', async () => {
		const text = Array.from({ length: 40 }, (_, index) => `${index + 30} documents were signed in Ashgabat.`)
			.join(' ')
			.slice(0, 4000);
		const callback = await send(fake.chatInput('check', [stringOption('text', text)]));
		expectWithinDiscordLimits(callback);
		expect(callback.embeds[0]?.description).toMatch(/Showing the first \d+ of 40 claims; \d+ more did not fit\./u);
	});
});
