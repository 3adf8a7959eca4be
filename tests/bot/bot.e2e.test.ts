/**
 * End-to-end: the real discord.js Client built by `createClient`, the real router, commands and dataset, talking to
 * FakeDiscord (REST v10 + gateway on 127.0.0.1). Each test sends an interaction through the gateway and asserts on
 * what the bot sent back over REST, exactly as Discord would receive it.
 */
import { type Client, GatewayIntentBits, InteractionResponseType, MessageFlags, REST } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands, loadMessageCommands } from '../../commands/index.js';
import { EXPIRED_BUTTON, GENERIC_ERROR } from '../../src/bot/messages.js';
import type { InteractionRouter } from '../../src/bot/router.js';
import { deployCommands } from '../../src/deploy.js';
import { YEAR_RANGE } from '../../src/engine/filters.js';
import { createLogger } from '../../src/logger.js';
import {
	APP_ID,
	BOT_ID,
	type FakeDiscord,
	GUILD_ID,
	type InteractionHandle,
	faults,
} from '../support/fakeDiscord/index.js';
import { type BotHarness, startBot } from '../support/botHarness.js';
import {
	asObject,
	embedCharacters,
	expectWithinDiscordLimits,
	integerOption,
	isEphemeral,
	NO_MENTIONS,
	readCallback,
	readMessage,
	type SentButton,
	type SentCallback,
	type SentMessage,
	stringOption,
} from '../support/sentPayloads.js';

// ---------------------------------------------------------------------------------------------------------------
// One fake Discord, one bot, for the whole file.
// ---------------------------------------------------------------------------------------------------------------

let bot: BotHarness;
let fake: FakeDiscord;
let client: Client;
let router: InteractionRouter;
/** JSON lines the commands' logger wrote (warn and above). */
const logLines: Record<string, unknown>[] = [];

type InteractionPayload = Parameters<FakeDiscord['dispatchInteraction']>[0];

/** Sends an interaction through the gateway and reads its (first) callback. */
async function send(payload: InteractionPayload): Promise<{ handle: InteractionHandle; callback: SentCallback }> {
	const handle = fake.dispatchInteraction(payload);
	return { handle, callback: readCallback(await fake.waitForCallback(handle)) };
}

/** What the user finally sees: the callback itself, or the `@original` edit that follows a deferral. */
async function finalMessage(handle: InteractionHandle, callback: SentCallback): Promise<SentMessage> {
	if (callback.type !== InteractionResponseType.DeferredChannelMessageWithSource) return callback;
	// A deferred answer is edited into @original; a private one replaces it with an ephemeral follow-up.
	const sent = await fake.waitForRequest(
		(request) =>
			(request.method === 'PATCH' && request.path === handle.originalMessagePath) ||
			(request.method === 'POST' && request.path === handle.followUpPath),
	);
	return readMessage(sent.body);
}

function buttonLabelled(message: SentMessage, label: string): SentButton {
	const button = message.buttons.find((candidate) => candidate.label.includes(label));
	if (!button) throw new Error(`no "${label}" button in ${JSON.stringify(message.buttons)}`);
	return button;
}

function pageFooter(message: SentMessage): { page: number; of: number } {
	const match = /^Page (\d+) of (\d+)/.exec(message.embeds[0]?.footer ?? '');
	if (!match) throw new Error(`no page footer in ${JSON.stringify(message.embeds[0])}`);
	return { page: Number(match[1]), of: Number(match[2]) };
}

beforeAll(async () => {
	const commandLogger = createLogger('warn', {
		write: (line: string) => {
			logLines.push(asObject(JSON.parse(line), 'log line'));
		},
	});
	bot = await startBot({ logger: commandLogger });
	({ fake, client, router } = bot);
});

afterEach(async () => {
	await router.drain();
	fake.clearFaults();
	expect(fake.unhandledRequests()).toEqual([]);
});

afterAll(async () => {
	await bot?.stop();
});

// ---------------------------------------------------------------------------------------------------------------

describe('connecting', () => {
	it('logs in through the fake gateway with only the Guilds intent and becomes ready', async () => {
		expect(client.isReady()).toBe(true);
		expect(client.user?.id).toBe(BOT_ID);
		expect(client.application?.id).toBe(APP_ID);
		expect(client.guilds.cache.has(GUILD_ID)).toBe(true);
		const identify = await fake.waitForGatewayEvent((event) => event.kind === 'identify');
		expect(identify.d).toMatchObject({ token: 'fake-token', intents: GatewayIntentBits.Guilds });
		expect(fake.identifyCount).toBe(1);
	});
});

describe('deployCommands', () => {
	// Every slash command, then every message command (Apps → "Check against sources").
	const expectedBody = () =>
		[...loadCommands().values(), ...loadMessageCommands().values()].map((command) => command.data.toJSON());
	const expectedNames = () => [...loadCommands().keys(), ...loadMessageCommands().keys()];

	it('asks GET /applications/@me for the id, then PUTs every command in full to the guild', async () => {
		const rest = new REST({ api: fake.apiUrl }).setToken('fake-token');
		const from = fake.requests.length;
		const result = await deployCommands(rest, undefined, GUILD_ID);

		const made = fake.requests.slice(from);
		expect(made.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /applications/@me',
			`PUT /applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
		]);
		const put = made[1];
		expect(put?.headers.authorization).toBe('Bot fake-token');
		expect(put?.body).toEqual(expectedBody());
		expect(result).toEqual({
			names: expectedNames(),
			scope: `server ${GUILD_ID}`,
			userInstallable: expectedNames().filter((name) => name !== 'daily'),
		});
		expect(fake.registeredCommands(GUILD_ID).map((command) => command.name)).toEqual(expectedNames());
		expect(fake.registeredCommands(GUILD_ID).at(-1)).toMatchObject({ name: 'Check against sources', type: 3 });
	});

	it('registers globally, without asking for the application, when given the id and no guild', async () => {
		const rest = new REST({ api: fake.apiUrl }).setToken('fake-token');
		const from = fake.requests.length;
		const result = await deployCommands(rest, APP_ID, undefined);

		const made = fake.requests.slice(from);
		expect(made.map((request) => `${request.method} ${request.path}`)).toEqual([
			`PUT /applications/${APP_ID}/commands`,
		]);
		expect(made[0]?.body).toEqual(expectedBody());
		expect(result.scope).toBe('all servers (global)');
		expect(fake.registeredCommands().map((command) => command.name)).toEqual(expectedNames());
	});
});

describe('/agreement', () => {
	it('answers one document with a public embed that cites its source and pings nobody', async () => {
		const { callback } = await send(fake.chatInput('agreement', [stringOption('query', 'doc-2021-border-regime')]));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(callback.embeds[0]?.title).toContain('regime of the Kazakh-Turkmen state border');
		expect(callback.embeds[0]?.fields.map((field) => field.name)).toContain('Source: nCa, 26 October 2021');
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
		expect(isEphemeral(callback)).toBe(false);
		expectWithinDiscordLimits(callback);
	});

	it('answers a list with the first page and Previous (disabled) / Next buttons', async () => {
		const { callback } = await send(fake.chatInput('agreement', [integerOption('year', 2021)]));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		const footer = pageFooter(callback);
		expect(footer.page).toBe(1);
		expect(footer.of).toBeGreaterThan(1);
		expect(callback.buttons.map((button) => button.label)).toEqual(['◀ Previous', 'Next ▶', 'Export (CSV, JSON)']);
		expect(buttonLabelled(callback, 'Previous').disabled).toBe(true);
		expect(buttonLabelled(callback, 'Next').disabled).toBe(false);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
		expectWithinDiscordLimits(callback);
	});

	it('turns to page 2 in place (callback type 7) when the Next button it sent is clicked', async () => {
		const { handle, callback } = await send(fake.chatInput('agreement', [integerOption('year', 2021)]));
		const pages = pageFooter(callback).of;
		const messageId = fake.originalMessage(handle)?.id;
		expect(messageId).toBeDefined();

		const click = await send(fake.button(buttonLabelled(callback, 'Next').customId, messageId));
		expect(click.callback.type).toBe(InteractionResponseType.UpdateMessage);
		expect(pageFooter(click.callback)).toEqual({ page: 2, of: pages });
		expect(click.callback.allowedMentions).toEqual(NO_MENTIONS);
		expect(buttonLabelled(click.callback, 'Previous').disabled).toBe(false);
		expect(fake.originalMessage(click.handle)?.id).toBe(messageId);
		expectWithinDiscordLimits(click.callback);
	});

	it('turns back to page 1 when the Previous button of page 2 is clicked', async () => {
		const first = await send(fake.chatInput('agreement', [integerOption('year', 2021)]));
		const second = await send(fake.button(buttonLabelled(first.callback, 'Next').customId));
		const back = await send(fake.button(buttonLabelled(second.callback, 'Previous').customId));
		expect(back.callback.type).toBe(InteractionResponseType.UpdateMessage);
		expect(pageFooter(back.callback).page).toBe(1);
		expect(back.callback.embeds[0]?.fields).toEqual(first.callback.embeds[0]?.fields);
	});

	// Discord rejects a message whose button custom_id exceeds 100 characters; filters must not crowd out the limit.
	it('keeps page button ids within 100 characters when a query is combined with long filters', async () => {
		const { callback } = await send(
			fake.chatInput('agreement', [
				stringOption('query', 'memorandum'),
				stringOption('country', 'Turkmenistan'),
				integerOption('year', 2021),
				stringOption('kind', 'memorandum-of-understanding'),
			]),
		);
		expect(pageFooter(callback).of).toBeGreaterThan(1);
		for (const button of callback.buttons) expect(button.customId.length).toBeLessThanOrEqual(100);
	});

	it('refuses an unknown query ephemerally, echoing it in inline code with "Did you mean" titles', async () => {
		const { callback } = await send(fake.chatInput('agreement', [stringOption('query', 'zzzzqqqq')]));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.content).toContain('`zzzzqqqq`');
		expect(callback.content).toContain('Did you mean');
		expect(callback.embeds).toEqual([]);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
	});

	it('refuses a year outside the dataset ephemerally, naming the year range', async () => {
		const { callback } = await send(fake.chatInput('agreement', [integerOption('year', 3000)]));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.content).toContain(`${YEAR_RANGE.min}–${YEAR_RANGE.max}`);
		expect(callback.content).toContain('`3000`');
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
	});
});

describe('page buttons that cannot be trusted', () => {
	it.each([
		['a state that is not base64 JSON', 'pg:agreement:0:not-base64!'],
		['an unknown list', 'pg:nosuchlist:0:e30'],
		['extra state keys', `pg:agreement:1:${Buffer.from('{"q":"x","evil":1}').toString('base64url')}`],
		['another prefix', 'xx:agreement:0:e30'],
	])('answers a button with %s with a friendly ephemeral message', async (_what, customId) => {
		const { callback } = await send(fake.button(customId));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.content).toBe(EXPIRED_BUTTON);
		expect(callback.content).not.toMatch(/Error:|\n\s+at /);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
	});
});

describe('/person and /proposal', () => {
	it('finds a person by a spelling the sources do not use, with roles and citations, pinging nobody', async () => {
		const { callback } = await send(fake.chatInput('person', [stringOption('name', 'Tokaev')]));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		const embed = callback.embeds[0];
		expect(embed?.title).toBe('Kassym-Jomart Tokayev');
		expect(embed?.description).toMatch(/Received: Order of “Bitaraplyk” \(neutrality\); Devlet Nişanı/u);
		expect(embed?.fields.find((field) => field.name === 'Roles')?.value).toBe('President of Kazakhstan');
		expect(embed?.fields.some((field) => field.name.startsWith('Source:'))).toBe(true);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
		expectWithinDiscordLimits(callback);
	});

	it.each([
		['erdo', 'person-recep-tayyip-erdogan'],
		['Elbasy', 'person-nursultan-nazarbayev'],
		['Berdymukhamedov', 'person-serdar-berdimuhamedov'],
	])('completes the person for "%s" by any name or alias', async (partial, id) => {
		const { callback } = await send(fake.autocomplete('person', [stringOption('name', partial, true)]));
		expect(callback.choices.map((choice) => choice.value)).toContain(id);
	});

	it("shows a proposal's status and what followed it, each side cited", async () => {
		const { callback } = await send(fake.chatInput('proposal', [stringOption('which', 'Garabogaz bridge')]));
		const embed = callback.embeds[0];
		expect(embed?.title).toBe('Bridge across Garabogaz Bay toward the Kazakh border');
		expect(embed?.description).toMatch(/commissioned as a road bridge in early November 2025/u);
		expect(embed?.fields.find((field) => field.name === 'Status')?.value).toBe('proposed');
		expectWithinDiscordLimits(callback);
	});

	it("lists a visit's proposals and follow-ups", async () => {
		const { callback } = await send(fake.chatInput('visit', [stringOption('which', 'visit-2021-ashgabat')]));
		const names = callback.embeds[0]?.fields.map((field) => field.name) ?? [];
		expect(names).toEqual(expect.arrayContaining(['Proposals', 'Follow-ups']));
		expectWithinDiscordLimits(callback);
	});
});

describe('autocomplete', () => {
	it('offers at most 25 choices of at most 100 characters, the border regime among them, for "bord"', async () => {
		const { callback } = await send(fake.autocomplete('agreement', [stringOption('query', 'bord', true)]));
		expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(callback.choices.length).toBeGreaterThan(0);
		expect(callback.choices.length).toBeLessThanOrEqual(25);
		for (const choice of callback.choices) {
			expect(choice.name.length).toBeGreaterThan(0);
			expect(choice.name.length).toBeLessThanOrEqual(100);
			expect(choice.value.length).toBeLessThanOrEqual(100);
		}
		expect(callback.choices.map((choice) => choice.value)).toContain('doc-2021-border-regime');
	});

	it.each([
		['agreement', 'query'],
		['agreement', 'sector'],
		['visit', 'which'],
		['figure', 'query'],
	])('offers default choices for /%s %s before anything is typed', async (command, option) => {
		const { callback } = await send(fake.autocomplete(command, [stringOption(option, '', true)]));
		expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(callback.choices.length).toBeGreaterThan(0);
		expect(callback.choices.length).toBeLessThanOrEqual(25);
	});

	it('offers no choices for an option it does not know', async () => {
		const { callback } = await send(fake.autocomplete('agreement', [stringOption('nosuch', 'bord', true)]));
		expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(callback.choices).toEqual([]);
	});

	it('offers no choices for a command it does not know', async () => {
		const { callback } = await send(fake.autocomplete('nosuchcommand', [stringOption('query', 'bord', true)]));
		expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(callback.choices).toEqual([]);
	});
});

describe('/ask', () => {
	it('answers in its one callback (type 4, public) with the counted answer, and sends nothing after it', async () => {
		const { handle, callback } = await send(
			fake.chatInput('ask', [stringOption('question', 'How many documents were signed in Ashgabat?')]),
		);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(callback.flags & MessageFlags.Ephemeral).toBe(0);
		expect(callback.embeds[0]?.description).toMatch(/\b20 documents\b/);
		expect(callback.allowedMentions).toEqual(NO_MENTIONS);
		expectWithinDiscordLimits(callback);
		await router.drain();
		const later = fake.requests.filter(
			(request) => request.path === handle.originalMessagePath || request.path === handle.followUpPath,
		);
		expect(later).toEqual([]);
	});

	it('shows a question back inert: mentions broken by a zero-width space, inside inline code', async () => {
		const { handle, callback } = await send(
			fake.chatInput('ask', [stringOption('question', '@everyone <@123> **bold**')]),
		);
		const shown = await finalMessage(handle, callback);
		const content = shown.content ?? '';
		expect(content).toContain('@\u200beveryone');
		expect(content).not.toMatch(/@everyone/);
		expect(content).not.toContain('<@123>');
		expect(content).toMatch(/`[^`]*@\u200beveryone[^`]*\*\*bold\*\*`/);
		expect(shown.allowedMentions).toEqual(NO_MENTIONS);
	});

	// A refusal must never be public, whether /ask replied at once or (when slow) deferred publicly first.
	it('says above the answers when the sources do not answer, and heads them as closest matches', async () => {
		const { handle, callback } = await send(
			fake.chatInput('ask', [stringOption('question', 'How many documents were signed in Ashgabat in 2025?')]),
		);
		const message = await finalMessage(handle, callback);
		expect(message.content).toMatch(
			/^Q: `How many documents were signed in Ashgabat in 2025\?`\nNo meeting in the sources matches all of that: .*the meeting in Ashgabat was on 25 October 2021\.\n\*\*Closest matches:\*\*$/u,
		);
		expect(message.embeds.length).toBeGreaterThan(0);
		expect(message.allowedMentions).toEqual(NO_MENTIONS);
	});

	it('keeps the "no answer" refusal of /ask visible only to the caller', async () => {
		const { handle, callback } = await send(fake.chatInput('ask', [stringOption('question', 'zzzzqqqq')]));
		await finalMessage(handle, callback);
		await router.drain();
		const original = fake.originalMessage(handle);
		const publicRefusal =
			original !== undefined &&
			original.content.includes('No answer matches') &&
			((original.flags ?? 0) & MessageFlags.Ephemeral) === 0;
		expect(publicRefusal).toBe(false);
	});

	// Discord's 6,000-character limit covers all embeds of a message together; three full answers can exceed it.
	it('keeps the combined embeds of an /ask answer within 6,000 characters', async () => {
		const { handle, callback } = await send(
			fake.chatInput('ask', [stringOption('question', 'mutual education and science')]),
		);
		const edited = await finalMessage(handle, callback);
		expect(edited.embeds.length).toBeGreaterThan(1);
		expect(embedCharacters(edited.embeds)).toBeLessThanOrEqual(6000);
	});
});

describe('every other command', () => {
	it.each([
		['visit', [stringOption('which', 'visit-2025-astana')], 'State visit of Serdar Berdimuhamedov to Kazakhstan'],
		['figure', [stringOption('query', 'trade turnover')], '"footer":"Figure'],
		['fact', [], 'Source: '],
		['timeline', [], 'Timeline'],
		['timeline', [stringOption('country', 'Türkiye')], 'Timeline · Türkiye'],
		['sources', [], 'source articles'],
		['help', [], '/agreement'],
	])('/%s %j answers with embeds within Discord limits, pinging nobody', async (name, options, expected) => {
		const { handle, callback } = await send(fake.chatInput(name, options));
		expect([
			InteractionResponseType.ChannelMessageWithSource,
			InteractionResponseType.DeferredChannelMessageWithSource,
		]).toContain(callback.type);
		const shown = await finalMessage(handle, callback);
		expect(shown.embeds.length).toBeGreaterThan(0);
		expect(JSON.stringify(shown.embeds)).toContain(expected);
		expect(shown.allowedMentions).toEqual(NO_MENTIONS);
		expectWithinDiscordLimits(shown);
	});

	it('says a command that is no longer registered is not available, ephemerally', async () => {
		const { callback } = await send(fake.chatInput('retired'));
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(isEphemeral(callback)).toBe(true);
		expect(callback.content).toContain('not available');
	});
});

describe('REST failures', () => {
	it('survives a reply that fails with 500 on every retry and an error reply that gets Unknown interaction', async () => {
		const payload = fake.chatInput('agreement', [stringOption('query', 'doc-2021-border-regime')]);
		const callbackPath = `/interactions/${payload.id}/${payload.token}/callback`;
		// @discordjs/rest retries a 5xx three times: four 500s surface the error to the router.
		fake.failNext({ method: 'POST', path: callbackPath }, faults.serverError(500), 4);
		fake.failNext({ method: 'POST', path: callbackPath }, faults.unknownInteraction());
		fake.dispatchInteraction(payload);

		await fake.waitForRequest((request) => request.path === callbackPath && request.status === 404);
		await router.drain();
		expect(fake.requestsMatching({ path: callbackPath }).map((request) => request.status)).toEqual([
			500, 500, 500, 500, 404,
		]);
		// The error reply that could not be sent was the generic message, never a stack trace.
		const lastAttempt = fake.requestsMatching({ path: callbackPath }).at(-1);
		expect(lastAttempt && readCallback(lastAttempt).content).toBe(GENERIC_ERROR);
		await expect
			.poll(() => logLines.map((line) => line.event))
			.toEqual(expect.arrayContaining(['interaction', 'error-reply-failed']));
		expect(client.isReady()).toBe(true);

		const next = await send(fake.chatInput('help'));
		expect(next.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(next.callback.embeds.length).toBeGreaterThan(0);
	});

	it('answers with the generic ephemeral error when the first reply gets Unknown interaction once', async () => {
		const payload = fake.chatInput('sources');
		const callbackPath = `/interactions/${payload.id}/${payload.token}/callback`;
		fake.failNext({ method: 'POST', path: callbackPath }, faults.unknownInteraction());
		fake.dispatchInteraction(payload);

		const answered = await fake.waitForRequest((request) => request.path === callbackPath && request.status === 204);
		const errorReply = readCallback(answered);
		expect(errorReply.content).toBe(GENERIC_ERROR);
		expect(isEphemeral(errorReply)).toBe(true);
		expect(errorReply.allowedMentions).toEqual(NO_MENTIONS);

		const next = await send(fake.chatInput('timeline'));
		expect(next.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
	});
});
