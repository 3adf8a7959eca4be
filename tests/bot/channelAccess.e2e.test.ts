/**
 * End-to-end: `/daily set` through the real client against the Discord stand-in, with the bot's permissions in the
 * chosen channel taken from what the client cached (`clientChannelAccess`): the server's roles, the channel's
 * overwrites for the bot, and Administrator.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationCommandOptionType, ChannelType, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientChannelAccess } from '../../src/bot/channelAccess.js';
import type { CommandContext } from '../../src/bot/command.js';
import { DailyScheduler } from '../../src/daily/dailyScheduler.js';
import { DailyStore } from '../../src/daily/dailyStore.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { type BotHarness, startBot } from '../support/botHarness.js';
import { ALL_BUT_ADMINISTRATOR, channelDenyingBot, everyoneMay } from '../support/channelPermissions.js';
import { ALL_PERMISSIONS, CHANNEL_ID, GUILD_ID } from '../support/fakeDiscord/index.js';
import { isEphemeral, readCallback, type SentCallback } from '../support/sentPayloads.js';

const HIDDEN_CHANNEL_ID = '1100000000000000029';

let bot: BotHarness;
let store: DailyStore;
let directory: string;

beforeAll(async () => {
	directory = mkdtempSync(join(tmpdir(), 'channel-access-'));
	store = DailyStore.open(join(directory, 'daily.sqlite'));
	const engine = new Engine(await loadDataset());
	const logger = createLogger('silent');
	const now = (): Date => new Date('2026-03-02T03:00:00Z');
	const poster = { send: () => Promise.reject(new Error('this test posts nothing')) };
	const context: CommandContext = {
		engine,
		logger,
		now,
		daily: { store, scheduler: new DailyScheduler({ store, engine, poster, now, logger }) },
	};
	bot = await startBot({
		context,
		beforeLogin: (client, own) => {
			own.channels = clientChannelAccess(client);
		},
	});
});

afterAll(async () => {
	await bot?.stop();
	store?.close();
	if (directory) rmSync(directory, { recursive: true, force: true });
});

/** `/daily set channel:<id> time:09:00 timezone:Asia/Almaty` by a member who may manage the server. */
async function dailySet(channelId: string): Promise<SentCallback> {
	const handle = bot.fake.dispatchInteraction(
		bot.fake.chatInput(
			'daily',
			[
				{
					name: 'set',
					type: ApplicationCommandOptionType.Subcommand,
					options: [
						{ name: 'channel', type: ApplicationCommandOptionType.Channel, value: channelId },
						{ name: 'time', type: ApplicationCommandOptionType.String, value: '09:00' },
						{ name: 'timezone', type: ApplicationCommandOptionType.String, value: 'Asia/Almaty' },
					],
				},
			],
			{
				permissions: String(PermissionFlagsBits.ManageGuild),
				resolved: {
					channels: {
						[channelId]: { id: channelId, name: 'chosen', type: ChannelType.GuildText, permissions: ALL_PERMISSIONS },
					},
				},
			},
		),
	);
	return readCallback(await bot.fake.waitForCallback(handle));
}

describe('/daily set and the bot’s permissions in the channel', () => {
	it('saves the channel when the bot may do everything there (an administrator)', async () => {
		const callback = await dailySet(CHANNEL_ID);
		expect(isEphemeral(callback)).toBe(false);
		expect(callback.content).toMatch(new RegExp(`^Daily facts will be posted in <#${CHANNEL_ID}> at 09:00`, 'u'));
		store.disable(GUILD_ID);
	});

	it('refuses privately, naming Embed Links, when the server lets the bot write but not embed', async () => {
		await everyoneMay(bot.fake, bot.client, ALL_BUT_ADMINISTRATOR & ~PermissionFlagsBits.EmbedLinks);
		const callback = await dailySet(CHANNEL_ID);
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.content).toContain(
			`I cannot post in <#${CHANNEL_ID}>: I am missing the Embed Links permission there.`,
		);
		expect(store.getSettings(GUILD_ID)?.enabled).toBe(false);
	});

	it("names each permission a channel's overwrites deny the bot", async () => {
		await everyoneMay(bot.fake, bot.client, ALL_BUT_ADMINISTRATOR);
		await channelDenyingBot(
			bot.fake,
			bot.client,
			HIDDEN_CHANNEL_ID,
			'hidden',
			PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages,
		);
		const callback = await dailySet(HIDDEN_CHANNEL_ID);
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.content).toContain('I am missing the View Channel and Send Messages permissions there.');
		expect(callback.allowedMentions).toEqual({ parse: [] });
		expect(store.getSettings(GUILD_ID)?.channelId).toBe(CHANNEL_ID);
	});

	it('saves the channel once the bot has every permission it needs there', async () => {
		const callback = await dailySet(CHANNEL_ID);
		expect(isEphemeral(callback)).toBe(false);
		expect(store.getSettings(GUILD_ID)).toMatchObject({ channelId: CHANNEL_ID, enabled: true });
	});
});
