/**
 * End-to-end /daily: the real discord.js Client from `createClient`, the real router and commands, a DailyStore in a
 * temporary file and a DailyScheduler posting through `discordPoster(client.rest)`, all talking to FakeDiscord. The
 * clock is injected, so "09:01 in Almaty" is whatever the test says; Discord itself runs on real time.
 *
 * The tests follow one server through its days and run in order: each builds on the state the previous one left.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	ApplicationCommandOptionType,
	type APIApplicationCommandInteractionDataBasicOption,
	type APIApplicationCommandInteractionDataOption,
	type APIInteractionDataResolved,
	ChannelType,
	type Client,
	InteractionContextType,
	InteractionResponseType,
	type InteractionType,
	MessageFlags,
	PermissionFlagsBits,
	REST,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext, DailyService } from '../../src/bot/command.js';
import { DailyScheduler, PROBLEM_MESSAGES } from '../../src/daily/dailyScheduler.js';
import { DailyStore } from '../../src/daily/dailyStore.js';
import { discordPoster } from '../../src/daily/discordPoster.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { deployCommands } from '../../src/deploy.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { type BotHarness, startBot } from '../support/botHarness.js';
import {
	ALL_PERMISSIONS,
	CHANNEL_ID,
	type FakeDiscord,
	GUILD_ID,
	type RecordedRequest,
} from '../support/fakeDiscord/index.js';
import {
	NO_MENTIONS,
	type SentCallback,
	asArray,
	asObject,
	asString,
	isEphemeral,
	readCallback,
} from '../support/sentPayloads.js';

const OTHER_GUILD_ID = '1100000000000000011';
const OTHER_CHANNEL_ID = '1100000000000000021';
const MESSAGES_PATH = `/channels/${CHANNEL_ID}/messages`;
const OTHER_MESSAGES_PATH = `/channels/${OTHER_CHANNEL_ID}/messages`;

interface DailyPost {
	channelPath: string;
	embedTitles: string[];
	nonce: string;
	enforceNonce: unknown;
	allowedMentions: unknown;
}

/** A daily post as the bot sent it: its embeds' titles and the nonce fields. */
function readPost(request: RecordedRequest): DailyPost {
	const body = asObject(request.body, 'post body');
	return {
		channelPath: request.path,
		embedTitles: asArray(body.embeds, 'embeds').map((raw) => asString(asObject(raw, 'embed').title, 'embed.title')),
		nonce: asString(body.nonce, 'nonce'),
		enforceNonce: body.enforce_nonce,
		allowedMentions: body.allowed_mentions,
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Building /daily interactions
// ---------------------------------------------------------------------------------------------------------------

type ChatOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;
type BasicOption = APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>;

function subcommand(name: string, options: BasicOption[] = []): ChatOption {
	return { name, type: ApplicationCommandOptionType.Subcommand, options };
}

/** `/daily set` options, and the `resolved.channels` entry Discord sends with a channel option. */
function dailySet(
	channelId: string,
	time: string,
	timezone: string,
): { options: ChatOption[]; resolved: APIInteractionDataResolved } {
	return {
		options: [
			subcommand('set', [
				{ name: 'channel', type: ApplicationCommandOptionType.Channel, value: channelId },
				{ name: 'time', type: ApplicationCommandOptionType.String, value: time },
				{ name: 'timezone', type: ApplicationCommandOptionType.String, value: timezone },
			]),
		],
		resolved: {
			channels: {
				[channelId]: { id: channelId, name: 'general', type: ChannelType.GuildText, permissions: ALL_PERMISSIONS },
			},
		},
	};
}

// ---------------------------------------------------------------------------------------------------------------
// One fake Discord, one bot, one store file for the whole file.
// ---------------------------------------------------------------------------------------------------------------

let bot: BotHarness;
let fake: FakeDiscord;
let engine: Engine;
let context: CommandContext;
let directory: string;
let databasePath: string;
let current = new Date('2026-03-02T03:00:00Z'); // 08:00 in Asia/Almaty (UTC+5)
const now = (): Date => current;

function at(iso: string): void {
	current = new Date(iso);
}

function openDaily(client: Client): DailyService {
	const store = DailyStore.open(databasePath, now);
	const scheduler = new DailyScheduler({
		store,
		engine,
		poster: discordPoster(client.rest),
		now,
		logger: createLogger('silent'),
	});
	return { store, scheduler };
}

function daily(): DailyService {
	if (!context.daily) throw new Error('the test context has no daily service');
	return context.daily;
}

type InteractionPayload = Parameters<FakeDiscord['dispatchInteraction']>[0];

/** Sends an interaction through the gateway and reads its callback. */
async function send(payload: InteractionPayload): Promise<SentCallback> {
	const handle = fake.dispatchInteraction(payload);
	return readCallback(await fake.waitForCallback(handle));
}

function postsTo(path: string): RecordedRequest[] {
	return fake.requestsMatching({ method: 'POST', path });
}

beforeAll(async () => {
	directory = mkdtempSync(join(tmpdir(), 'daily-e2e-'));
	databasePath = join(directory, 'daily.sqlite');
	engine = new Engine(await loadDataset());
	context = { engine, logger: createLogger('silent'), now };
	// The scheduler posts through the client's own REST, so the daily service is wired once the client exists.
	bot = await startBot({
		context,
		beforeLogin: (client) => {
			context.daily = openDaily(client);
		},
	});
	({ fake } = bot);
});

afterEach(async () => {
	await bot.router.drain();
	fake.clearFaults();
	expect(fake.unhandledRequests()).toEqual([]);
});

afterAll(async () => {
	await bot?.stop();
	context?.daily?.store.close();
	if (directory) rmSync(directory, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------------

describe('/daily through the real client', () => {
	it('refuses /daily set ephemerally to a member without Manage Server and saves nothing', async () => {
		const { options, resolved } = dailySet(CHANNEL_ID, '09:00', 'Asia/Almaty');

		const callback = await send(fake.chatInput('daily', options, { permissions: '0', resolved }));

		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(callback.flags).toBe(MessageFlags.Ephemeral);
		expect(callback.content).toContain('Manage Server');
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
		expect(daily().store.getSettings(GUILD_ID)).toBeUndefined();
	});

	it('saves the settings of a manager and confirms publicly without pinging anyone', async () => {
		const { options, resolved } = dailySet(CHANNEL_ID, '09:00', 'Asia/Almaty');

		const callback = await send(
			fake.chatInput('daily', options, { permissions: String(PermissionFlagsBits.ManageGuild), resolved }),
		);

		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(callback)).toBe(false);
		expect(callback.content).toBe(
			`Daily facts will be posted in <#${CHANNEL_ID}> at 09:00 (Asia/Almaty). Next post: Monday, 2 March 2026 at 09:00.`,
		);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
		expect(daily().store.getSettings(GUILD_ID)).toMatchObject({
			channelId: CHANNEL_ID,
			time: '09:00',
			timezone: 'Asia/Almaty',
			enabled: true,
		});
	});

	it('registers /daily for members with Manage Server only, in servers only', async () => {
		await deployCommands(new REST({ api: fake.apiUrl }).setToken('fake-token'), undefined, GUILD_ID);

		const registered = fake.registeredCommands(GUILD_ID).find((command) => command.name === 'daily');

		expect(registered?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
		expect(registered?.contexts).toEqual([InteractionContextType.Guild]);
	});

	it('posts one embed with a nonce and enforce_nonce at 09:01 in Almaty, and nothing more that day', async () => {
		at('2026-03-02T04:01:00Z');

		expect(await daily().scheduler.tick()).toEqual([{ guildId: GUILD_ID, outcome: 'posted', day: '2026-03-02' }]);
		const posts = postsTo(MESSAGES_PATH).map(readPost);
		expect(posts).toHaveLength(1);
		const [post] = posts;
		if (!post) throw new Error('expected a post');
		expect(post.embedTitles).toHaveLength(1);
		expect(post.nonce).toMatch(/^\d{1,25}$/);
		expect(post.enforceNonce).toBe(true);
		expect(post.allowedMentions).toEqual(NO_MENTIONS);

		at('2026-03-02T04:01:30Z');
		expect(await daily().scheduler.tick()).toEqual([{ guildId: GUILD_ID, outcome: 'skipped', day: '2026-03-02' }]);
		expect(postsTo(MESSAGES_PATH)).toHaveLength(1);
	});

	it('posts nothing more that day after a restart on the same store file', async () => {
		daily().store.close();
		context.daily = openDaily(bot.client);
		at('2026-03-02T12:00:00Z');

		expect(await daily().scheduler.tick()).toEqual([{ guildId: GUILD_ID, outcome: 'skipped', day: '2026-03-02' }]);
		expect(postsTo(MESSAGES_PATH)).toHaveLength(1);
		expect(daily().store.lastPost(GUILD_ID)).toMatchObject({ day: '2026-03-02', status: 'sent' });
	});

	it('posts again at 09:00 the next day, with a different fact and a new nonce', async () => {
		at('2026-03-03T04:00:00Z');

		expect(await daily().scheduler.tick()).toEqual([{ guildId: GUILD_ID, outcome: 'posted', day: '2026-03-03' }]);
		const [first, second] = postsTo(MESSAGES_PATH).map(readPost);
		if (!first || !second) throw new Error('expected two posts');
		expect(postsTo(MESSAGES_PATH)).toHaveLength(2);
		expect(second.embedTitles).not.toEqual(first.embedTitles);
		expect(second.nonce).not.toBe(first.nonce);
	});

	it('records a deleted channel (404, 10003) as a problem while another server still gets its post', async () => {
		daily().store.saveSettings({
			guildId: OTHER_GUILD_ID,
			channelId: OTHER_CHANNEL_ID,
			time: '09:00',
			timezone: 'Asia/Almaty',
		});
		fake.failNext(
			{ method: 'POST', path: MESSAGES_PATH },
			{ status: 404, body: { message: 'Unknown Channel', code: 10003 } },
		);
		at('2026-03-04T04:00:00Z');

		expect(await daily().scheduler.tick()).toEqual([
			{ guildId: GUILD_ID, outcome: 'problem', day: '2026-03-04' },
			{ guildId: OTHER_GUILD_ID, outcome: 'posted', day: '2026-03-04' },
		]);
		expect(postsTo(MESSAGES_PATH).at(-1)?.status).toBe(404);
		expect(postsTo(OTHER_MESSAGES_PATH).map((request) => request.status)).toEqual([200]);
		expect(daily().store.getSettings(GUILD_ID)?.problem).toBe(PROBLEM_MESSAGES.missingChannel);
		expect(daily().store.getSettings(OTHER_GUILD_ID)?.problem).toBeNull();
	});

	it('shows the recorded problem in /daily status, only to the caller', async () => {
		const callback = await send(fake.chatInput('daily', [subcommand('status')], { permissions: '0' }));

		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.content).toContain(`Problem: ${PROBLEM_MESSAGES.missingChannel}`);
		expect(callback.content).toContain(`Channel: <#${CHANNEL_ID}>`);
		expect(callback.content).toMatch(/^Last post: 2026-03-04: .+ \(failed\)$/m);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
	});

	it('offers Asia/Almaty when "Asia/Alm" is typed in the timezone option', async () => {
		const callback = await send(
			fake.autocomplete('daily', [
				{
					name: 'set',
					type: ApplicationCommandOptionType.Subcommand,
					options: [{ name: 'timezone', type: ApplicationCommandOptionType.String, value: 'Asia/Alm', focused: true }],
				},
			]),
		);

		expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(callback.choices).toContainEqual({ name: 'Asia/Almaty', value: 'Asia/Almaty' });
	});
});
