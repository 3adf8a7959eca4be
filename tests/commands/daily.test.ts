/**
 * Unit tests of the /daily handler: plain `CommandInput`s in, `Reply`s out, against a real Engine, an in-memory
 * DailyStore and a DailyScheduler whose poster and clock are fakes.
 */
import type { APIEmbed } from 'discord.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execute } from '../../commands/daily.js';
import type { CommandContext, CommandInput, OptionValue } from '../../src/bot/command.js';
import { type DailyPoster, DailyScheduler, DeliveryError, PROBLEM_MESSAGES } from '../../src/daily/dailyScheduler.js';
import { DailyStore, type PostRecord } from '../../src/daily/dailyStore.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import type { Reply } from '../../src/render/reply.js';
import { renderAnswer } from '../../src/render/answerProse.js';
import { commandInput } from '../support/commandHarness.js';

const GUILD = 'guild-1';
const CHANNEL = '1200000000000000001';
const REFUSAL = 'Only members with the Manage Server permission can change the daily posts.';

/** Records every send; throws the error set in `failure`, if any. */
class FakePoster implements DailyPoster {
	readonly calls: { channelId: string; embeds: APIEmbed[]; nonce: string }[] = [];
	failure: Error | undefined;

	async send(channelId: string, message: { embeds: APIEmbed[]; nonce: string }): Promise<{ messageId: string }> {
		this.calls.push({ channelId, ...message });
		if (this.failure) throw this.failure;
		return { messageId: String(800_000 + this.calls.length) };
	}
}

let engine: Engine;
let current: Date;
let store: DailyStore;
let poster: FakePoster;
let scheduler: DailyScheduler;
let context: CommandContext;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

beforeEach(() => {
	// 08:00 in Asia/Almaty (UTC+5), an hour before the usual posting time.
	current = new Date('2026-03-02T03:00:00Z');
	store = DailyStore.open(':memory:', () => current);
	poster = new FakePoster();
	const now = (): Date => current;
	scheduler = new DailyScheduler({ store, engine, poster, now, logger: createLogger('silent') });
	context = { engine, logger: createLogger('silent'), now, daily: { store, scheduler } };
});

afterEach(() => {
	store.close();
});

function at(iso: string): void {
	current = new Date(iso);
}

function input(
	subcommand: string,
	options: Record<string, OptionValue> = {},
	overrides: Partial<CommandInput> = {},
): CommandInput {
	return commandInput(options, { subcommand, userId: 'user-1', guildId: GUILD, ...overrides });
}

function setInput(time = '09:00', timezone = 'Asia/Almaty', overrides: Partial<CommandInput> = {}): CommandInput {
	return input('set', { channel: CHANNEL, time, timezone }, overrides);
}

function contentOf(reply: Reply): string {
	if (reply.content === undefined) throw new Error(`reply without content: ${JSON.stringify(reply)}`);
	return reply.content;
}

function lastPostOf(guildId: string): PostRecord {
	const post = store.lastPost(guildId);
	if (!post) throw new Error(`no post recorded for ${guildId}`);
	return post;
}

/** 'YYYY-MM-DD' as the handler writes it, e.g. 'Monday, 2 March 2026'. */
function fullDay(day: string): string {
	return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'full' }).format(new Date(`${day}T12:00:00Z`));
}

function titleOf(factId: string): string {
	const answer = engine.get(factId);
	if (!answer) throw new Error(`fact ${factId} is not in the dataset`);
	return renderAnswer(answer).title;
}

describe('/daily set', () => {
	it('refuses a channel where the bot lacks a permission to post, naming it, and saves nothing', async () => {
		const asked: string[][] = [];
		context.channels = {
			missing: (channelId, needed) => {
				asked.push([channelId, ...needed]);
				return needed.filter((name) => name === 'EmbedLinks');
			},
		};
		const reply = await execute(setInput(), context);

		expect(asked).toEqual([[CHANNEL, 'ViewChannel', 'SendMessages', 'EmbedLinks']]);
		expect(reply.ephemeral).toBe(true);
		expect(contentOf(reply)).toBe(
			`I cannot post in <#${CHANNEL}>: I am missing the Embed Links permission there. Give it to me in that ` +
				'channel (Edit Channel → Permissions), or pick another channel, and run /daily set again.',
		);
		expect(store.getSettings(GUILD)).toBeUndefined();
	});

	it('names every permission the bot lacks in the channel', async () => {
		context.channels = { missing: (_channelId, needed) => [...needed] };
		expect(contentOf(await execute(setInput(), context))).toContain(
			'I am missing the View Channel, Send Messages and Embed Links permissions there. Give them to me',
		);
	});

	it('saves the settings when the bot has every permission, or cannot tell', async () => {
		context.channels = { missing: () => [] };
		expect((await execute(setInput(), context)).ephemeral).toBe(false);
		store.disable(GUILD);
		context.channels = { missing: () => undefined };
		expect((await execute(setInput(), context)).ephemeral).toBe(false);
		expect(store.getSettings(GUILD)).toMatchObject({ channelId: CHANNEL, enabled: true });
	});

	it('saves the settings of a manager and replies publicly with the next post time in the zone', async () => {
		const reply = await execute(setInput(), context);

		expect(store.getSettings(GUILD)).toMatchObject({
			channelId: CHANNEL,
			time: '09:00',
			timezone: 'Asia/Almaty',
			enabled: true,
			problem: null,
		});
		expect(reply.ephemeral).toBe(false);
		expect(contentOf(reply)).toBe(
			`Daily facts will be posted in <#${CHANNEL}> at 09:00 (Asia/Almaty). Next post: Monday, 2 March 2026 at 09:00.`,
		);
	});

	it('refuses 9:5 ephemerally as not a time of day and saves nothing', async () => {
		const reply = await execute(setInput('9:5'), context);

		expect(reply.ephemeral).toBe(true);
		expect(contentOf(reply)).toBe('`9:5` is not a time of day. Use HH:MM, for example 09:00.');
		expect(store.getSettings(GUILD)).toBeUndefined();
	});

	it('saves 9:05 as 09:05', async () => {
		const reply = await execute(setInput('9:05'), context);

		expect(store.getSettings(GUILD)?.time).toBe('09:05');
		expect(contentOf(reply)).toContain('at 09:05 (Asia/Almaty)');
	});

	it('refuses an unknown time zone with a friendly ephemeral message echoing it escaped in inline code', async () => {
		const reply = await execute(setInput('09:00', 'Mars/@everyone'), context);

		expect(reply.ephemeral).toBe(true);
		expect(contentOf(reply)).toBe(
			'`Mars/@\u200beveryone` is not a time zone. Pick one from the list, for example Asia/Almaty.',
		);
		expect(contentOf(reply)).not.toMatch(/@everyone/);
		expect(store.getSettings(GUILD)).toBeUndefined();
	});

	it('refuses a zone name Intl accepts but that is no IANA region, such as EST', async () => {
		const reply = await execute(setInput('09:00', 'EST'), context);

		expect(reply.ephemeral).toBe(true);
		expect(contentOf(reply)).toContain('is not a time zone');
		expect(store.getSettings(GUILD)).toBeUndefined();
	});

	it('refuses a member without Manage Server ephemerally and keeps the settings already saved', async () => {
		await execute(setInput(), context);
		const before = store.getSettings(GUILD);

		const reply = await execute(setInput('18:30', 'Europe/Berlin', { canManageGuild: false }), context);

		expect(reply.ephemeral).toBe(true);
		expect(contentOf(reply)).toBe(REFUSAL);
		expect(store.getSettings(GUILD)).toEqual(before);
	});

	it('refuses a member without Manage Server before any settings exist and saves nothing', async () => {
		const reply = await execute(setInput('09:00', 'Asia/Almaty', { canManageGuild: false }), context);

		expect(reply).toMatchObject({ content: REFUSAL, ephemeral: true });
		expect(store.getSettings(GUILD)).toBeUndefined();
	});

	it('clears a recorded delivery problem when a manager saves the settings again', async () => {
		await execute(setInput(), context);
		store.setProblem(GUILD, PROBLEM_MESSAGES.missingChannel);

		await execute(setInput(), context);

		expect(store.getSettings(GUILD)?.problem).toBeNull();
	});

	// A schedule saved after today's posting time starts tomorrow: the day the reply announces must be the day of the
	// first post, which this test finds by ticking.
	it('announces as next post the day of the first post when set after today’s time has passed', async () => {
		at('2026-03-02T05:00:00Z'); // 10:00 in Almaty: today's 09:00 has passed.
		const reply = await execute(setInput(), context);

		const ticks = ['2026-03-02T05:00:30Z', '2026-03-03T04:00:30Z'];
		const posted: string[] = [];
		for (const iso of ticks) {
			at(iso);
			for (const result of await scheduler.tick()) if (result.outcome === 'posted') posted.push(result.day);
		}

		// Today the scheduler posts on 2026-03-02, half a minute after a reply that says Tuesday, 3 March 2026.
		expect(posted.length).toBeGreaterThan(0);
		expect(contentOf(reply)).toContain(`Next post: ${fullDay(posted[0] ?? '')}`);
	});
});

describe('/daily stop', () => {
	it('stops the posts of a manager publicly, after which status says none are set', async () => {
		await execute(setInput(), context);

		const stopped = await execute(input('stop'), context);
		const status = await execute(input('status'), context);

		expect(stopped).toMatchObject({ content: 'Daily posts stopped. Use /daily set to start them again.' });
		expect(stopped.ephemeral).toBe(false);
		expect(store.getSettings(GUILD)?.enabled).toBe(false);
		expect(contentOf(status)).toBe('No daily posts are set for this server. Use /daily set.');
	});

	it('says there was nothing to stop when no posts were set', async () => {
		const reply = await execute(input('stop'), context);

		expect(contentOf(reply)).toBe('There were no daily posts to stop.');
	});

	it('refuses a member without Manage Server ephemerally and keeps the posts enabled', async () => {
		await execute(setInput(), context);
		const before = store.getSettings(GUILD);

		const reply = await execute(input('stop', {}, { canManageGuild: false }), context);

		expect(reply).toMatchObject({ content: REFUSAL, ephemeral: true });
		expect(store.getSettings(GUILD)).toEqual(before);
		expect(store.getSettings(GUILD)?.enabled).toBe(true);
	});
});

describe('/daily status', () => {
	it('shows the channel, time, zone and next post, with no post and no problem yet, only to the caller', async () => {
		await execute(setInput(), context);

		const reply = await execute(input('status', {}, { canManageGuild: false }), context);

		expect(reply.ephemeral).toBe(true);
		expect(contentOf(reply).split('\n')).toEqual([
			`Channel: <#${CHANNEL}>`,
			'Time: 09:00 (Asia/Almaty)',
			'Next post: Monday, 2 March 2026 at 09:00',
			'Last post: none yet',
			'Problem: none',
			'Today in that zone: 2026-03-02',
		]);
	});

	it('shows the last post once a tick has posted it, and the next post moved to tomorrow', async () => {
		await execute(setInput(), context);
		at('2026-03-02T04:01:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: GUILD, outcome: 'posted', day: '2026-03-02' }]);
		const post = lastPostOf(GUILD);

		const lines = contentOf(await execute(input('status'), context)).split('\n');

		expect(lines).toContain(`Last post: 2026-03-02: ${titleOf(post.factId)} (sent)`);
		expect(lines).toContain('Next post: Tuesday, 3 March 2026 at 09:00');
		expect(lines).toContain('Problem: none');
	});

	it('shows the delivery problem the scheduler recorded and the failed post', async () => {
		await execute(setInput(), context);
		poster.failure = new DeliveryError('missingPermission', 'Missing Permissions');
		at('2026-03-02T04:01:00Z');
		expect(await scheduler.tick()).toEqual([{ guildId: GUILD, outcome: 'problem', day: '2026-03-02' }]);
		const post = lastPostOf(GUILD);

		const lines = contentOf(await execute(input('status'), context)).split('\n');

		expect(lines).toContain(`Problem: ${PROBLEM_MESSAGES.missingPermission}`);
		expect(lines).toContain(`Last post: 2026-03-02: ${titleOf(post.factId)} (failed)`);
	});
});

describe('/daily preview', () => {
	it('shows the next fact in an ephemeral embed and records or sends nothing', async () => {
		await execute(setInput(), context);

		const reply = await execute(input('preview', {}, { canManageGuild: false }), context);

		expect(reply.ephemeral).toBe(true);
		expect(reply.embeds).toHaveLength(1);
		expect(reply.embeds[0]?.title).toEqual(expect.any(String));
		expect(store.lastPost(GUILD)).toBeUndefined();
		expect(poster.calls).toEqual([]);
	});

	it('shows the very fact the next tick posts', async () => {
		await execute(setInput(), context);
		const preview = await execute(input('preview'), context);

		at('2026-03-02T04:01:00Z');
		await scheduler.tick();

		expect(poster.calls).toHaveLength(1);
		expect(poster.calls[0]?.embeds[0]?.title).toBe(preview.embeds[0]?.title);
	});

	it('previews a fact for a server without settings, still recording nothing', async () => {
		const reply = await execute(input('preview'), context);

		expect(reply.ephemeral).toBe(true);
		expect(reply.embeds).toHaveLength(1);
		expect(store.getSettings(GUILD)).toBeUndefined();
		expect(store.lastPost(GUILD)).toBeUndefined();
	});
});

describe('/daily without its database or its server', () => {
	it.each(['set', 'stop', 'status', 'preview'])('answers %s with a friendly "not available" message', async (sub) => {
		const withoutDaily: CommandContext = { engine, logger: context.logger, now: context.now };

		const reply = await execute(sub === 'set' ? setInput() : input(sub), withoutDaily);

		expect(reply.ephemeral).toBe(true);
		expect(contentOf(reply)).toBe('Daily posts are not available here: the bot runs without its database.');
	});

	it('asks to be run in a server when there is no guild', async () => {
		const reply = await execute(setInput('09:00', 'Asia/Almaty', { guildId: null }), context);

		expect(reply).toMatchObject({ content: 'Daily posts are set per server: run this in a server.', ephemeral: true });
		expect(store.listEnabled()).toEqual([]);
	});
});
