/**
 * InteractionRouter with hand-made commands (one throws, one is slow, one records its input…), driven through a real
 * discord.js Client (from `createClient`) connected to FakeDiscord, so the failure paths are exercised end to end.
 */
import { ContextMenuCommandBuilder, SlashCommandBuilder } from '@discordjs/builders';
import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type Client,
	InteractionResponseType,
	MessageFlags,
} from 'discord.js';
import { type BotHarness, startBot } from '../support/botHarness.js';
import { asObject, stringOption } from '../support/sentPayloads.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Command, CommandInput, MessageCommand, MessageCommandInput } from '../../src/bot/command.js';
import type { ListPager } from '../../src/bot/listPage.js';
import { EXPIRED_BUTTON, GENERIC_ERROR } from '../../src/bot/messages.js';
import type { InteractionRouter } from '../../src/bot/router.js';
import { type PagedList, encodePageId } from '../../src/discord/customIds.js';
import { createLogger } from '../../src/logger.js';
import { embedReply, textReply } from '../../src/render/reply.js';
import { type FakeDiscord, GUILD_ID, type InteractionHandle, USER_ID } from '../support/fakeDiscord/index.js';

/** Commands slower than this are acknowledged first and edited later. */
const DEFER_AFTER_MS = 40;
/** How long the slow commands take: well past DEFER_AFTER_MS. */
const SLOW_MS = 150;

const NO_MENTIONS = { parse: [] };

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The `data.choices` of an autocomplete callback. */
function choicesOf(body: unknown): { name: string; value: string }[] {
	const choices = asObject(asObject(body, 'callback').data, 'callback data').choices;
	if (!Array.isArray(choices)) throw new Error(`no choices in ${JSON.stringify(body)}`);
	return choices.map((raw) => {
		const choice = asObject(raw, 'choice');
		return { name: String(choice.name), value: String(choice.value) };
	});
}

function fakeCommand(name: string, handlers: Omit<Command, 'data'>): [string, Command] {
	return [name, { data: new SlashCommandBuilder().setName(name).setDescription(`Test command ${name}`), ...handlers }];
}

/** Inputs the `probe` command received, in order. */
const probed: CommandInput[] = [];

const commands = new Map<string, Command>([
	fakeCommand('boom', {
		execute: () => {
			throw new Error('kaboom: internal detail');
		},
	}),
	fakeCommand('reject', { execute: () => Promise.reject(new Error('async kaboom')) }),
	fakeCommand('echo', { execute: () => textReply('echo', false) }),
	fakeCommand('probe', {
		execute: (input) => {
			probed.push(input);
			return textReply('probed');
		},
	}),
	fakeCommand('slow', {
		execute: async () => {
			await sleep(SLOW_MS);
			return embedReply([{ title: 'slow but public' }]);
		},
	}),
	fakeCommand('slow-secret', {
		execute: async () => {
			await sleep(SLOW_MS);
			return textReply('slow and private');
		},
	}),
	fakeCommand('slow-boom', {
		execute: async () => {
			await sleep(SLOW_MS);
			throw new Error('late kaboom');
		},
	}),
	fakeCommand('deferred-boom', {
		defer: true,
		execute: () => {
			throw new Error('kaboom after deferring');
		},
	}),
	fakeCommand('many', {
		execute: () => textReply('many'),
		autocomplete: () => ({
			choices: [
				{ name: '', value: 'empty-name' },
				...Array.from({ length: 40 }, (_, index) => ({ name: `${index} ${'n'.repeat(150)}`, value: 'v'.repeat(150) })),
			],
			more: () => 0,
		}),
	}),
	fakeCommand('years', {
		execute: () => textReply('years'),
		autocomplete: (option, partial) => ({
			choices: [
				{ name: `${option} ${partial}5`, value: '2025' },
				{ name: 'not a number', value: 'x' },
			],
			more: () => 3,
		}),
	}),
	fakeCommand('bad-autocomplete', {
		execute: () => textReply('bad'),
		autocomplete: () => {
			throw new Error('autocomplete kaboom');
		},
	}),
	// Paged lists are recognised by name: these three stand in for the real ones (their pages are in `PAGES`).
	fakeCommand('timeline', { execute: () => textReply('timeline') }),
	fakeCommand('figure', { execute: () => textReply('figure') }),
	fakeCommand('agreement', { execute: () => textReply('agreement without pages') }),
]);

/** Inputs the "Probe message" command received, in order. */
const probedMessages: MessageCommandInput[] = [];

function fakeMessageCommand(name: string, execute: MessageCommand['execute']): [string, MessageCommand] {
	return [
		name,
		{ data: new ContextMenuCommandBuilder().setName(name).setType(ApplicationCommandType.Message), execute },
	];
}

const messageCommands = new Map<string, MessageCommand>([
	fakeMessageCommand('Probe message', (input) => {
		probedMessages.push(input);
		return textReply('message probed');
	}),
	fakeMessageCommand('Boom message', () => {
		throw new Error('message kaboom');
	}),
	fakeMessageCommand('Slow message', async () => {
		await sleep(SLOW_MS);
		return textReply('slow message answer');
	}),
]);

/** The lists' pages: the timeline's throws, the figure's comes back private, the agreement list has none. */
const PAGES: Partial<Record<PagedList, ListPager>> = {
	timeline: () => {
		throw new Error('page kaboom');
	},
	figure: () => textReply('that page is gone'),
};

let bot: BotHarness;
let fake: FakeDiscord;
let client: Client;
let router: InteractionRouter;
const logLines: Record<string, unknown>[] = [];

type InteractionPayload = Parameters<FakeDiscord['dispatchInteraction']>[0];

async function send(payload: InteractionPayload): Promise<{ handle: InteractionHandle; body: unknown }> {
	const handle = fake.dispatchInteraction(payload);
	return { handle, body: (await fake.waitForCallback(handle)).body };
}

beforeAll(async () => {
	const logger = createLogger('info', {
		write: (line: string) => {
			logLines.push(asObject(JSON.parse(line), 'log line'));
		},
	});
	bot = await startBot({ logger, commands, messageCommands, deferAfterMs: DEFER_AFTER_MS, pages: PAGES });
	({ fake, client, router } = bot);
});

afterEach(async () => {
	await router.drain();
	expect(fake.unhandledRequests()).toEqual([]);
});

afterAll(async () => {
	await bot?.stop();
});

describe('a handler that throws', () => {
	it('answers /boom with the generic ephemeral error, without the error text', async () => {
		const { body } = await send(fake.chatInput('boom'));
		expect(body).toEqual({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: expect.objectContaining({
				content: GENERIC_ERROR,
				flags: MessageFlags.Ephemeral,
				allowed_mentions: NO_MENTIONS,
			}),
		});
		expect(JSON.stringify(body)).not.toContain('kaboom');
	});

	it('logs the failure with the command name, the outcome and the error', async () => {
		logLines.length = 0;
		await send(fake.chatInput('boom', [stringOption('note', 'logged')]));
		await router.drain();
		const failure = logLines.find((line) => line.command === 'boom' && line.outcome === 'error');
		expect(failure).toMatchObject({ event: 'interaction', options: { note: 'logged' }, user: USER_ID });
		expect(JSON.stringify(failure?.err)).toContain('kaboom: internal detail');
	});

	it('still serves the next interaction after /boom', async () => {
		await send(fake.chatInput('boom'));
		const { body } = await send(fake.chatInput('echo'));
		expect(body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'echo' } });
		expect(client.isReady()).toBe(true);
	});

	it('answers a handler whose promise rejects with the generic ephemeral error', async () => {
		const { body } = await send(fake.chatInput('reject'));
		expect(body).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: GENERIC_ERROR, flags: MessageFlags.Ephemeral },
		});
	});

	it('replaces the public placeholder with an ephemeral generic error when a deferring command throws', async () => {
		const { handle, body } = await send(fake.chatInput('deferred-boom'));
		expect(body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
		await fake.waitForRequest({ method: 'DELETE', path: handle.originalMessagePath });
		const followUp = await fake.waitForRequest({ method: 'POST', path: handle.followUpPath });
		expect(followUp.body).toMatchObject({
			content: GENERIC_ERROR,
			flags: MessageFlags.Ephemeral,
			allowed_mentions: NO_MENTIONS,
		});
	});

	it('defers ephemerally, then edits in the generic error, when a slow command throws', async () => {
		const { handle, body } = await send(fake.chatInput('slow-boom'));
		expect(body).toEqual({
			type: InteractionResponseType.DeferredChannelMessageWithSource,
			data: { flags: MessageFlags.Ephemeral },
		});
		const patch = await fake.waitForRequest({ method: 'PATCH', path: handle.originalMessagePath });
		expect(patch.body).toMatchObject({ content: GENERIC_ERROR, allowed_mentions: NO_MENTIONS });
	});
});

describe('slow commands', () => {
	it('acknowledges a slow public answer with a public deferral, then edits @original', async () => {
		const { handle, body } = await send(fake.chatInput('slow'));
		expect(body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 0 } });
		const patch = await fake.waitForRequest({ method: 'PATCH', path: handle.originalMessagePath });
		expect(patch.body).toMatchObject({ embeds: [{ title: 'slow but public' }], allowed_mentions: NO_MENTIONS });
	});

	it('acknowledges a slow private answer with an ephemeral deferral', async () => {
		const { handle, body } = await send(fake.chatInput('slow-secret'));
		expect(body).toEqual({
			type: InteractionResponseType.DeferredChannelMessageWithSource,
			data: { flags: MessageFlags.Ephemeral },
		});
		const patch = await fake.waitForRequest({ method: 'PATCH', path: handle.originalMessagePath });
		expect(patch.body).toMatchObject({ content: 'slow and private' });
		expect((fake.originalMessage(handle)?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
	});

	it('replies at once (type 4) when the answer is ready before the deferral delay', async () => {
		const { body } = await send(fake.chatInput('echo'));
		expect(body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
	});

	it('drain() resolves only once the slow answer has been edited in', async () => {
		const { handle } = await send(fake.chatInput('slow'));
		await router.drain();
		expect(fake.requestsMatching({ method: 'PATCH', path: handle.originalMessagePath })).toHaveLength(1);
	});
});

describe('command input', () => {
	it('passes option values, the user, the guild and the Manage Server permission to the command', async () => {
		probed.length = 0;
		await send(
			fake.chatInput('probe', [
				stringOption('query', 'border'),
				{ name: 'year', type: ApplicationCommandOptionType.Integer, value: 2021 },
			]),
		);
		expect(probed).toEqual([
			{
				options: new Map<string, string | number>([
					['query', 'border'],
					['year', 2021],
				]),
				subcommand: undefined,
				userId: USER_ID,
				guildId: GUILD_ID,
				canManageGuild: true,
			},
		]);
	});

	it('unwraps a subcommand into its name and its options', async () => {
		probed.length = 0;
		await send(
			fake.chatInput('probe', [
				{ name: 'list', type: ApplicationCommandOptionType.Subcommand, options: [stringOption('filter', 'x')] },
			]),
		);
		expect(probed[0]?.subcommand).toBe('list');
		expect([...(probed[0]?.options ?? [])]).toEqual([['filter', 'x']]);
	});

	it('does not grant Manage Server to a member without it, nor in a DM', async () => {
		probed.length = 0;
		await send(fake.chatInput('probe', [], { permissions: '0' }));
		await send(fake.chatInput('probe', [], { dm: true }));
		expect(probed.map((input) => [input.guildId, input.canManageGuild])).toEqual([
			[GUILD_ID, false],
			[null, false],
		]);
	});
});

describe('autocomplete', () => {
	it('cuts the choices to 25, names and values to 100 characters, and names an empty choice by its value', async () => {
		const { body } = await send(fake.autocomplete('many', [stringOption('query', 'x', true)]));
		expect(body).toMatchObject({ type: InteractionResponseType.ApplicationCommandAutocompleteResult });
		const choices = choicesOf(body);
		expect(choices).toHaveLength(25);
		expect(choices[0]).toEqual({ name: 'empty-name', value: 'empty-name' });
		for (const choice of choices) {
			expect(choice.name.length).toBeGreaterThan(0);
			expect(choice.name.length).toBeLessThanOrEqual(100);
			expect(choice.value.length).toBeLessThanOrEqual(100);
		}
	});

	it("sends an integer option's choices as numbers, leaving out any that is not one", async () => {
		const focusedYear = {
			name: 'year',
			type: ApplicationCommandOptionType.Integer,
			value: '202',
			focused: true,
		} as const;
		const { body } = await send(fake.autocomplete('years', [focusedYear]));
		expect(asObject(body, 'callback').data).toEqual({ choices: [{ name: 'year 2025', value: 2025 }] });
	});

	it('answers an autocomplete handler that throws with no choices', async () => {
		const { body } = await send(fake.autocomplete('bad-autocomplete', [stringOption('query', 'x', true)]));
		expect(body).toEqual({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
	});

	it('answers a command without an autocomplete handler with no choices', async () => {
		const { body } = await send(fake.autocomplete('echo', [stringOption('query', 'x', true)]));
		expect(choicesOf(body)).toEqual([]);
	});
});

describe('buttons', () => {
	it('answers a button whose page() throws with the generic ephemeral error', async () => {
		const { body } = await send(fake.button(encodePageId({ list: 'timeline', page: 1, state: {} })));
		expect(body).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: GENERIC_ERROR, flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS },
		});
	});

	it('replies ephemerally instead of updating the list when the page comes back as a private message', async () => {
		const { body } = await send(fake.button(encodePageId({ list: 'figure', page: 1, state: { q: 'x' } })));
		expect(body).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: 'that page is gone', flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS },
		});
	});

	it('treats a valid id for a list whose command has no pages as expired', async () => {
		const { body } = await send(fake.button(encodePageId({ list: 'agreement', page: 1, state: {} })));
		expect(body).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: EXPIRED_BUTTON, flags: MessageFlags.Ephemeral },
		});
	});
});

describe('message commands', () => {
	it('runs the one named, on the message it was used on, and replies once', async () => {
		probedMessages.length = 0;
		const { body } = await send(
			fake.messageCommand('Probe message', { id: '1100000000000000777', content: '20 documents' }),
		);
		expect(body).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: 'message probed', flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS },
		});
		expect(probedMessages).toEqual([
			{ message: { id: '1100000000000000777', content: '20 documents' }, userId: USER_ID, guildId: GUILD_ID },
		]);
	});

	it('gives an embed-only message as its embeds’ titles and descriptions', async () => {
		probedMessages.length = 0;
		await send(
			fake.messageCommand('Probe message', {
				content: '',
				embeds: [{ title: 'A title', description: 'Trade grew 30%.' }, { description: 'Second.' }],
			}),
		);
		expect(probedMessages.map(({ message }) => message.content)).toEqual(['A title\n\nTrade grew 30%.\n\nSecond.']);
	});

	it('answers a message command that throws with the generic ephemeral error, and logs the message id', async () => {
		logLines.length = 0;
		const { body } = await send(fake.messageCommand('Boom message', { id: '1100000000000000778', content: 'x' }));
		expect(body).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: GENERIC_ERROR, flags: MessageFlags.Ephemeral },
		});
		await router.drain();
		expect(logLines.find((line) => line.command === 'Boom message')).toMatchObject({
			outcome: 'error',
			options: { message: '1100000000000000778' },
		});
	});

	it('acknowledges a slow message command first, privately, and edits its answer in', async () => {
		const { handle, body } = await send(fake.messageCommand('Slow message', { content: 'x' }));
		expect(body).toEqual({
			type: InteractionResponseType.DeferredChannelMessageWithSource,
			data: { flags: MessageFlags.Ephemeral },
		});
		const edit = await fake.waitForRequest({ method: 'PATCH', path: handle.originalMessagePath });
		expect(edit.body).toMatchObject({ content: 'slow message answer', allowed_mentions: NO_MENTIONS });
	});

	it('says a message command it does not know is not available', async () => {
		const { body } = await send(fake.messageCommand('Gone message', { content: 'x' }));
		expect(body).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: 'This command is not available any more.', flags: MessageFlags.Ephemeral },
		});
	});
});
