import type { APIEmbed } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import type { Command, CommandContext, CommandInput } from '../../src/bot/command.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { answerEmbed } from '../../src/render/answerEmbed.js';
import { embedLength } from '../../src/render/fitEmbed.js';
import type { Reply } from '../../src/render/reply.js';
import { LIST_PAGES } from '../../src/bot/pagedLists.js';

function expectWithinLimits(embed: APIEmbed): void {
	expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
	expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
	expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
	for (const field of embed.fields ?? []) {
		expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
		expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
		expect(field.value.trim()).not.toBe('');
	}
	expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
}

function expectReplyWithinLimits(reply: Reply): void {
	expect(reply.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.messageContent);
	expect(reply.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
	reply.embeds.forEach(expectWithinLimits);
	const total = reply.embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
	expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
	for (const button of reply.components.flatMap((row) => row.components)) {
		expect('custom_id' in button ? button.custom_id.length : 0).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
	}
}

let engine: Engine;
let context: CommandContext;
let commands: ReadonlyMap<string, Command>;

function command(name: string): Command {
	const found = commands.get(name);
	if (!found) throw new Error(`no command ${name}`);
	return found;
}

function input(options: Record<string, string | number>): CommandInput {
	return { options: new Map(Object.entries(options)), userId: '1', guildId: '2', canManageGuild: false };
}

beforeAll(async () => {
	engine = new Engine(await loadDataset());
	context = { engine, logger: createLogger('silent'), now: () => new Date('2026-11-23T09:00:00Z') };
	commands = loadCommands();
});

describe('answerEmbed', () => {
	it('renders every record of the dataset within Discord embed limits, with its citation named by its source', () => {
		for (const entry of engine.index.entries) {
			const embed = answerEmbed(entry.answer, engine.sourceCatalogue);
			expectWithinLimits(embed);
			expect(embed.fields?.some((field) => field.name.startsWith('Source: ') && !field.name.endsWith('.txt'))).toBe(
				true,
			);
		}
	});
});

describe('command replies', () => {
	it('keep every visit reply within limits', async () => {
		for (const visit of engine.dataset.visits) {
			const reply = await command('visit').execute(input({ which: visit.id }), context);
			expectReplyWithinLimits(reply);
			expect(reply.embeds[0]?.title).toBe(visit.title);
		}
	});

	it('keep every document and figure reply within limits when looked up by id', async () => {
		for (const document of engine.dataset.documents) {
			expectReplyWithinLimits(await command('agreement').execute(input({ query: document.id }), context));
		}
		for (const figure of engine.dataset.figures) {
			expectReplyWithinLimits(await command('figure').execute(input({ query: figure.id }), context));
		}
	});

	it('keep every page of the full agreement list within limits', () => {
		const total = engine.agreements().ok ? engine.dataset.documents.length : 0;
		for (let page = 0; page * 5 < total; page += 1) expectReplyWithinLimits(LIST_PAGES.agreement({}, page, context));
	});

	it('keep timeline, sources, help, fact and ask replies within limits', async () => {
		for (const name of ['timeline', 'sources', 'help', 'fact']) {
			expectReplyWithinLimits(await command(name).execute(input({}), context));
		}
		expectReplyWithinLimits(
			await command('ask').execute(input({ question: 'How many documents were signed in Astana?' }), context),
		);
	});
});
