/**
 * Reliability end-to-end: the real discord.js Client, router, commands and dataset against FakeDiscord, with the
 * gateway dropping the connection and REST answering 429, 500 and Unknown interaction. The bot must keep serving.
 */
import { SlashCommandBuilder } from '@discordjs/builders';
import {
	ApplicationCommandOptionType,
	Client,
	Events,
	GatewayIntentBits,
	InteractionResponseType,
	MessageFlags,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Command, CommandContext } from '../../src/bot/command.js';
import { GENERIC_ERROR } from '../../src/bot/messages.js';
import { InteractionRouter } from '../../src/bot/router.js';
import { createLogger } from '../../src/logger.js';
import { type BotHarness, loginReady, startBot } from '../support/botHarness.js';
import { FakeDiscord, type InteractionHandle, type RecordedRequest, faults } from '../support/fakeDiscord/index.js';

interface Callback {
	type: number;
	content?: string;
	flags: number;
	embeds: number;
}

function readCallback(request: RecordedRequest): Callback {
	const body = request.body;
	if (typeof body !== 'object' || body === null) throw new Error(`callback without a body: ${String(body)}`);
	const record = body as Record<string, unknown>;
	const data = (typeof record.data === 'object' && record.data !== null ? record.data : {}) as Record<string, unknown>;
	return {
		type: typeof record.type === 'number' ? record.type : -1,
		content: typeof data.content === 'string' ? data.content : undefined,
		flags: typeof data.flags === 'number' ? data.flags : 0,
		embeds: Array.isArray(data.embeds) ? data.embeds.length : 0,
	};
}

const isSuccess = (request: RecordedRequest): boolean => request.status >= 200 && request.status < 300;

let bot: BotHarness;
let fake: FakeDiscord;
let client: Client;
let router: InteractionRouter;
let context: CommandContext;
let commands: ReadonlyMap<string, Command>;
const logLines: Record<string, unknown>[] = [];

/** A command whose handler always throws, to prove the router contains it. */
const boom: Command = {
	data: new SlashCommandBuilder().setName('boom').setDescription('always fails'),
	execute: () => {
		throw new Error('handler exploded at /secret/path');
	},
};

/** Sends /help and returns its callback: proof the bot is serving. */
async function serves(): Promise<Callback> {
	const handle = fake.dispatchInteraction(fake.chatInput('help'));
	return readCallback(await fake.waitForCallback(handle));
}

beforeAll(async () => {
	const logger = createLogger('warn', {
		write: (line: string) => {
			logLines.push(JSON.parse(line) as Record<string, unknown>);
		},
	});
	bot = await startBot({ logger, commands: (own) => new Map([...own, ['boom', boom]]) });
	({ fake, client, router, context, commands } = bot);
});

afterEach(async () => {
	await router.drain();
	fake.clearFaults();
});

afterAll(async () => {
	await bot?.stop();
});

describe('gateway disconnects', () => {
	it('resumes after the gateway closes with 4000 and answers the next slash command', async () => {
		const identifies = fake.identifyCount;
		const resumes = fake.resumeCount;
		expect(fake.closeGateway(4000)).toBe(1);
		// Dispatched while disconnected: the fake queues it until RESUMED.
		const callback = await serves();
		expect(fake.resumeCount).toBeGreaterThan(resumes);
		expect(fake.identifyCount).toBe(identifies);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(callback.embeds).toBeGreaterThan(0);
	});

	it('resumes after an abrupt drop (no close frame)', async () => {
		const resumes = fake.resumeCount;
		fake.closeGateway(4000, { abrupt: true });
		const callback = await serves();
		expect(fake.resumeCount).toBeGreaterThan(resumes);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
	});

	it('identifies again when the session cannot be resumed, then answers', async () => {
		// A client of its own, built as createClient builds it, plus the fake's no-wait identify throttler.
		const own = await FakeDiscord.start();
		const ownClient = new Client({ intents: [GatewayIntentBits.Guilds], ...own.clientOptions() });
		const ownRouter = new InteractionRouter(commands, context);
		ownClient.on(Events.InteractionCreate, (interaction) => void ownRouter.handle(interaction));
		try {
			await loginReady(ownClient);
			expect(own.identifyCount).toBe(1);

			own.closeGateway(4000, { invalidateSession: true });
			const handle = own.dispatchInteraction(own.chatInput('help'));
			const callback = readCallback(await own.waitForCallback(handle, 10_000));
			expect(own.identifyCount).toBe(2);
			expect(own.gatewayEvents.some((event) => event.kind === 'invalid-session')).toBe(true);
			expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		} finally {
			await ownRouter.drain();
			await ownClient.destroy();
			await own.close();
		}
	});
});

describe('REST faults', () => {
	it('delivers a reply exactly once after a 429 with retry_after on the interaction callback', async () => {
		const payload = fake.chatInput('help');
		const callbackPath = `/interactions/${payload.id}/${payload.token}/callback`;
		fake.failNext({ method: 'POST', path: callbackPath }, faults.rateLimited(0.05));
		fake.dispatchInteraction(payload);

		await fake.waitForRequest((request) => request.path === callbackPath && isSuccess(request));
		await router.drain();
		const attempts = fake.requestsMatching({ method: 'POST', path: callbackPath });
		expect(attempts.map((request) => request.status)).toEqual([429, 204]);
		expect(attempts.filter(isSuccess)).toHaveLength(1);
		const delivered = attempts.find(isSuccess);
		expect(delivered && readCallback(delivered).type).toBe(InteractionResponseType.ChannelMessageWithSource);
		// No error reply and no follow-up: the user sees the answer once.
		expect(fake.requestsMatching({ path: new RegExp(payload.token) })).toHaveLength(2);
	});

	it('survives four 500s then Unknown interaction, and serves the next interaction', async () => {
		const payload = fake.chatInput('sources');
		const handle: Pick<InteractionHandle, 'callbackPath'> = {
			callbackPath: `/interactions/${payload.id}/${payload.token}/callback`,
		};
		fake.failNext({ method: 'POST', path: handle.callbackPath }, faults.serverError(500), 4);
		fake.failNext({ method: 'POST', path: handle.callbackPath }, faults.unknownInteraction());
		fake.dispatchInteraction(payload);

		await fake.waitForRequest((request) => request.path === handle.callbackPath && request.status === 404);
		await router.drain();
		expect(client.isReady()).toBe(true);
		expect((await serves()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
	});
});

describe('a handler that throws', () => {
	it('answers with the generic ephemeral error, logs it, and keeps serving', async () => {
		const handle = fake.dispatchInteraction(fake.chatInput('boom'));
		const callback = readCallback(await fake.waitForCallback(handle));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(callback.content).toBe(GENERIC_ERROR);
		expect(callback.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
		expect(callback.content).not.toContain('/secret/path');
		await router.drain();
		expect(logLines).toContainEqual(expect.objectContaining({ event: 'interaction', outcome: 'error' }));
		expect((await serves()).embeds).toBeGreaterThan(0);
	});

	it('answers a throwing handler that had options too (option values do not break the error path)', async () => {
		const payload = fake.chatInput('boom', [{ name: 'x', type: ApplicationCommandOptionType.String, value: 'y' }]);
		const handle = fake.dispatchInteraction(payload);
		expect(readCallback(await fake.waitForCallback(handle)).content).toBe(GENERIC_ERROR);
	});
});
