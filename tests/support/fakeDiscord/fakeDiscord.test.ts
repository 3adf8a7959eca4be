import {
	ApplicationCommandOptionType,
	ChannelType,
	Client,
	DiscordAPIError,
	Events,
	GatewayIntentBits,
	InteractionResponseType,
	type Interaction,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, BOT_ID, CHANNEL_ID, FakeDiscord, GUILD_ID, USER_ID, faults } from './index.js';

type Handler = (interaction: Interaction) => Promise<void>;

/** Starts a fake and a real client wired to it; the test swaps `handler` to decide how interactions are answered. */
async function startPair(clientOptions: (fake: FakeDiscord) => ConstructorParameters<typeof Client>[0]) {
	const fake = await FakeDiscord.start();
	const client = new Client(clientOptions(fake));
	const state = { handler: (async () => undefined) as Handler, errors: [] as unknown[] };
	client.on(Events.InteractionCreate, (interaction) => {
		state.handler(interaction).catch((error: unknown) => state.errors.push(error));
	});
	const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
	return { fake, client, state, ready };
}

describe('FakeDiscord with a real discord.js Client', () => {
	let fake: FakeDiscord;
	let client: Client;
	let state: { handler: Handler; errors: unknown[] };
	let readyFired: Promise<void>;

	beforeAll(async () => {
		({
			fake,
			client,
			state,
			ready: readyFired,
		} = await startPair((started) => ({
			intents: [GatewayIntentBits.Guilds],
			rest: { api: started.apiUrl },
		})));
		await expect(client.login('fake-token')).resolves.toBe('fake-token');
		await readyFired;
	});

	afterEach(() => {
		expect(state.errors).toEqual([]);
		state.handler = async () => undefined;
		fake.clearFaults();
	});

	afterAll(async () => {
		await client?.destroy();
		await fake?.close();
	});

	it('logs in, identifies once without compression and caches the guild and channel', async () => {
		expect(fake.apiUrl).toBe(`http://127.0.0.1:${fake.port}/api`);
		expect(client.isReady()).toBe(true);
		expect(client.user?.id).toBe(BOT_ID);
		expect(client.application?.id).toBe(APP_ID);
		const guild = client.guilds.cache.get(GUILD_ID);
		expect(guild?.available).toBe(true);
		expect(guild?.channels.cache.get(CHANNEL_ID)?.type).toBe(ChannelType.GuildText);
		expect(guild?.roles.everyone.id).toBe(GUILD_ID);
		expect(guild?.members.me?.id).toBe(BOT_ID);
		expect(fake.identifyCount).toBe(1);
		const connect = await fake.waitForGatewayEvent((event) => event.kind === 'connect');
		expect(connect.query).toEqual({ v: '10', encoding: 'json' });
		const gatewayBot = await fake.waitForRequest({ method: 'GET', path: '/gateway/bot' });
		expect(gatewayBot.headers.authorization).toBe('Bot fake-token');
		expect(gatewayBot.rawPath).toBe('/api/v10/gateway/bot');
	});

	it('records guild command registration', async () => {
		const commands = await client.application?.commands.set(
			[
				{
					name: 'ping',
					description: 'Replies with pong',
					options: [
						{ name: 'query', description: 'Text', type: ApplicationCommandOptionType.String, autocomplete: true },
					],
				},
			],
			GUILD_ID,
		);
		expect(commands?.first()?.name).toBe('ping');
		const put = await fake.waitForRequest({
			method: 'PUT',
			path: `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
		});
		expect(put.body).toEqual([
			expect.objectContaining({
				name: 'ping',
				description: 'Replies with pong',
				options: [expect.objectContaining({ name: 'query', type: 3, autocomplete: true })],
			}),
		]);
		expect(fake.registeredCommands(GUILD_ID)).toHaveLength(1);
		expect(fake.chatInput('ping').data.id).toBe(commands?.first()?.id);
	});

	it('answers a chat-input command with reply', async () => {
		const seen: { query: string | null; guild: string | undefined; user: string; admin: boolean }[] = [];
		state.handler = async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			seen.push({
				query: interaction.options.getString('query'),
				guild: interaction.guild?.name,
				user: interaction.user.id,
				admin: interaction.memberPermissions?.has('Administrator') ?? false,
			});
			await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
		};
		const ix = fake.dispatchInteraction(
			fake.chatInput('ping', [{ name: 'query', type: ApplicationCommandOptionType.String, value: 'hello' }]),
		);
		const callback = await fake.waitForCallback(ix);
		expect(callback.body).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: 'pong', allowed_mentions: { parse: [] } },
		});
		expect(callback.status).toBe(204);
		expect(callback.headers.authorization).toBeUndefined();
		expect(seen).toEqual([{ query: 'hello', guild: 'Fake Guild', user: USER_ID, admin: true }]);
		expect(fake.originalMessage(ix)?.content).toBe('pong');
	});

	it('builds DM interactions without guild fields', async () => {
		const seen: { inGuild: boolean; user: string }[] = [];
		state.handler = async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			seen.push({ inGuild: interaction.inGuild(), user: interaction.user.id });
			await interaction.reply({ content: 'dm pong' });
		};
		const ix = fake.dispatchInteraction(fake.chatInput('ping', [], { dm: true }));
		expect(ix.payload).not.toHaveProperty('guild_id');
		expect(ix.payload).not.toHaveProperty('member');
		await fake.waitForCallback(ix);
		expect(seen).toEqual([{ inGuild: false, user: USER_ID }]);
	});

	it('answers autocomplete with respond (callback type 8)', async () => {
		state.handler = async (interaction) => {
			if (!interaction.isAutocomplete()) return;
			const focused = interaction.options.getFocused();
			await interaction.respond([{ name: `${focused}-choice`, value: `${focused}-value` }]);
		};
		const ix = fake.dispatchInteraction(
			fake.autocomplete('ping', [
				{ name: 'query', type: ApplicationCommandOptionType.String, value: 'ta', focused: true },
			]),
		);
		const callback = await fake.waitForCallback(ix);
		expect(callback.body).toEqual({
			type: InteractionResponseType.ApplicationCommandAutocompleteResult,
			data: { choices: [{ name: 'ta-choice', value: 'ta-value' }] },
		});
	});

	it('answers a button with update (callback type 7)', async () => {
		state.handler = async (interaction) => {
			if (!interaction.isButton()) return;
			await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
		};
		const ix = fake.dispatchInteraction(fake.button('page:2', '1100000000000000999'));
		const callback = await fake.waitForCallback(ix);
		expect(callback.body).toMatchObject({
			type: InteractionResponseType.UpdateMessage,
			data: { content: 'clicked page:2', components: [] },
		});
		expect(fake.originalMessage(ix)).toMatchObject({ id: '1100000000000000999', content: 'clicked page:2' });
	});

	it('sends a message context-menu command that discord.js reads with its target message', async () => {
		const seen: { name: string; target: string; content: string; author: string }[] = [];
		state.handler = async (interaction) => {
			if (!interaction.isMessageContextMenuCommand()) return;
			const { targetMessage } = interaction;
			seen.push({
				name: interaction.commandName,
				target: targetMessage.id,
				content: targetMessage.content,
				author: targetMessage.author.id,
			});
			await interaction.reply({ content: 'checked' });
		};
		const ix = fake.dispatchInteraction(
			fake.messageCommand('Check this', { id: '1100000000000000888', content: 'Some text' }),
		);
		expect(ix.payload).toMatchObject({
			type: 2,
			data: {
				type: 3,
				target_id: '1100000000000000888',
				resolved: { messages: { '1100000000000000888': { content: 'Some text' } } },
			},
		});
		await fake.waitForCallback(ix);
		expect(seen).toEqual([
			{ name: 'Check this', target: '1100000000000000888', content: 'Some text', author: USER_ID },
		]);
	});

	it('records deferReply then editReply on @original, and follow-ups', async () => {
		const edited: string[] = [];
		state.handler = async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply();
			const message = await interaction.editReply({ content: 'done' });
			edited.push(message.content);
			await interaction.followUp({ content: 'more' });
		};
		const ix = fake.dispatchInteraction(fake.chatInput('ping'));
		const callback = await fake.waitForCallback(ix);
		expect(callback.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
		const patch = await fake.waitForRequest({ method: 'PATCH', path: ix.originalMessagePath });
		expect(patch.path).toBe(`/webhooks/${APP_ID}/${ix.token}/messages/@original`);
		expect(patch.rawPath).toContain('%40original');
		expect(patch.body).toMatchObject({ content: 'done' });
		const followUp = await fake.waitForRequest({ method: 'POST', path: ix.followUpPath });
		expect(followUp.body).toMatchObject({ content: 'more' });
		expect(edited).toEqual(['done']);
	});

	it('calls onRequest listeners as each request is recorded, even after clearRequests, until removed', async () => {
		state.handler = async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply();
			await interaction.editReply({ content: 'heard' });
		};
		const heard: { path: string; status: number; recorded: boolean }[] = [];
		const remove = fake.onRequest((request) => {
			heard.push({ path: request.path, status: request.status, recorded: fake.requests.includes(request) });
		});
		const throwing = fake.onRequest(() => {
			throw new Error('listener bug');
		});
		fake.clearRequests();
		const ix = fake.dispatchInteraction(fake.chatInput('ping'));
		const patch = await fake.waitForRequest({ method: 'PATCH', path: ix.originalMessagePath });
		// A throwing listener changes nothing for the client: the edit was answered normally.
		expect(patch.status).toBe(200);
		expect(heard).toEqual([
			{ path: ix.callbackPath, status: 204, recorded: true },
			{ path: ix.originalMessagePath, status: 200, recorded: true },
		]);

		remove();
		throwing();
		fake.clearRequests();
		const after = fake.dispatchInteraction(fake.chatInput('ping'));
		await fake.waitForRequest({ method: 'PATCH', path: after.originalMessagePath });
		expect(fake.requests).toHaveLength(2);
		expect(heard).toHaveLength(2);
	});

	it('records channel messages, including multipart uploads', async () => {
		const channel = client.channels.cache.get(CHANNEL_ID);
		if (!channel?.isSendable()) throw new Error('channel not cached');
		const sent = await channel.send({
			content: 'with file',
			files: [{ attachment: Buffer.from('hello'), name: 'note.txt' }],
		});
		expect(sent.id).toMatch(/^\d{17,19}$/);
		const post = await fake.waitForRequest({ method: 'POST', path: `/channels/${CHANNEL_ID}/messages` });
		expect(post.body).toMatchObject({ content: 'with file' });
		expect(post.files).toEqual([expect.objectContaining({ field: 'files[0]', name: 'note.txt' })]);
		expect(post.files[0]?.data.toString()).toBe('hello');
	});

	it('injects faults: a 429 is retried, an Unknown interaction surfaces as DiscordAPIError', async () => {
		fake.failNext({ path: /\/callback$/ }, faults.rateLimited(0.05));
		const outcomes: unknown[] = [];
		state.handler = async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			outcomes.push(
				await interaction.reply({ content: 'after 429' }).then(
					() => 'ok',
					(error: unknown) => error,
				),
			);
		};
		const first = fake.dispatchInteraction(fake.chatInput('ping'));
		await fake.waitForRequest((request) => request.path === first.callbackPath && request.status === 204);
		expect(fake.requestsMatching({ path: first.callbackPath }).map((request) => request.status)).toEqual([429, 204]);

		fake.failNext({ path: /\/callback$/ }, faults.unknownInteraction());
		const second = fake.dispatchInteraction(fake.chatInput('ping'));
		await fake.waitForCallback(second);
		await expect.poll(() => outcomes.length).toBe(2);
		expect(outcomes[0]).toBe('ok');
		expect(outcomes[1]).toBeInstanceOf(DiscordAPIError);
		expect(outcomes[1]).toMatchObject({ code: 10062, status: 404 });
	});

	it('rejects a second acknowledgement like Discord (40060) and 404s unknown routes', async () => {
		const errors: unknown[] = [];
		state.handler = async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.reply({ content: 'one' });
			// bypass discord.js' own "already replied" guard to hit the API twice
			await client.rest
				.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
					body: { type: 4, data: { content: 'two' } },
					auth: false,
				})
				.catch((error: unknown) => errors.push(error));
		};
		const ix = fake.dispatchInteraction(fake.chatInput('ping'));
		await expect.poll(() => errors.length).toBe(1);
		expect(errors[0]).toMatchObject({ code: 40060 });
		expect(fake.requestsMatching({ path: ix.callbackPath })).toHaveLength(2);

		await expect(client.rest.get('/nope')).rejects.toMatchObject({ status: 404, code: 0 });
		expect(fake.unhandledRequests().map((request) => request.path)).toEqual(['/nope']);
	});

	it('survives closeGateway: the client resumes and still answers interactions', async () => {
		state.handler = async (interaction) => {
			if (interaction.isChatInputCommand()) await interaction.reply({ content: 'still here' });
		};
		expect(fake.closeGateway(4000)).toBe(1);
		// Dispatched while disconnected: queued and delivered after RESUMED.
		const ix = fake.dispatchInteraction(fake.chatInput('ping'));
		const callback = await fake.waitForCallback(ix);
		expect(callback.body).toMatchObject({ data: { content: 'still here' } });
		expect(fake.resumeCount).toBe(1);
		expect(fake.identifyCount).toBe(1);
		expect(fake.readyConnections).toBe(1);
	});
});

describe('FakeDiscord session invalidation', () => {
	it('forces a fresh IDENTIFY (fast with clientOptions) after which interactions still work', async () => {
		const { fake, client, state, ready } = await startPair((started) => ({
			intents: [GatewayIntentBits.Guilds],
			...started.clientOptions(),
		}));
		try {
			await client.login('fake-token');
			await ready;
			state.handler = async (interaction) => {
				if (interaction.isChatInputCommand()) await interaction.reply({ content: 're-identified' });
			};
			fake.closeGateway(4000, { invalidateSession: true });
			const ix = fake.dispatchInteraction(fake.chatInput('ping'));
			const callback = await fake.waitForCallback(ix);
			expect(callback.body).toMatchObject({ data: { content: 're-identified' } });
			expect(fake.gatewayEvents.map((event) => event.kind)).toContain('invalid-session');
			expect(fake.identifyCount).toBe(2);
			expect(state.errors).toEqual([]);
		} finally {
			await client.destroy();
			await fake.close();
		}
	});
});
