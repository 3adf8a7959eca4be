import type { APIApplicationCommandOption, APIEmbedField } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../commands/help.js';
import { loadCommands } from '../../commands/index.js';
import type { CommandContext, CommandInput } from '../../src/bot/command.js';
import { parseSlashLine } from '../../src/console/parseSlashLine.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { validateDataset } from '../../src/data/validateDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { FIXTURE_SOURCE, datasetFixture, fixtureSource } from '../support/datasetFixture.js';

const commands = loadCommands();
const INPUT: CommandInput = { options: new Map(), userId: 'user-1', guildId: null, canManageGuild: false };
let context: CommandContext;

function contextOf(engine: Engine): CommandContext {
	return { engine, logger: createLogger('silent'), now: () => new Date('2026-01-01') };
}

beforeAll(async () => {
	context = contextOf(new Engine(await loadDataset()));
});
const definitions = new Map<string, readonly APIApplicationCommandOption[]>(
	[...commands].map(([name, command]) => [name, command.data.toJSON().options ?? []]),
);

function fields(): APIEmbedField[] {
	return execute(INPUT, context).embeds[0]?.fields ?? [];
}

/** The command a field is about: "/daily set · stop" → "daily". */
function commandOf(field: APIEmbedField): string {
	return field.name.slice(1).split(' ')[0] ?? '';
}

function examplesOf(field: APIEmbedField): string[] {
	return [...field.value.matchAll(/`([^`]+)`/gu)].map((match) => match[1] ?? '');
}

describe('/help', () => {
	it('lists exactly the loaded commands, in their order', () => {
		expect(fields().map(commandOf)).toEqual([...commands.keys()]);
	});

	it("describes each command with its builder's own description", () => {
		for (const field of fields())
			expect(field.value.split('\n')[0]).toBe(commands.get(commandOf(field))?.data.description);
	});

	it('names the subcommands of a command that has them', () => {
		expect(fields().find((field) => commandOf(field) === 'daily')?.name).toBe('/daily set · stop · status · preview');
	});

	it('gives every command an example that parses, as the console reads it, against that command', () => {
		for (const field of fields()) {
			const examples = examplesOf(field);
			expect(examples.length, field.name).toBeGreaterThan(0);
			for (const example of examples) {
				// The console names its channels as Discord's client does (#research); any id will do here.
				const parsed = parseSlashLine(example, definitions, { channelId: () => '1' });
				expect(parsed, example).toMatchObject({ ok: true, line: { name: commandOf(field) } });
			}
		}
	});

	it('replies privately', () => {
		expect(execute(INPUT, context).ephemeral).toBe(true);
	});

	it('counts the source articles of the dataset instead of naming a number', () => {
		expect(execute(INPUT, context).embeds[0]?.description).toContain('the 5 source articles (`/sources` lists them)');
		const one = contextOf(new Engine(validateDataset(datasetFixture())));
		expect(execute(INPUT, one).embeds[0]?.description).toContain('the 1 source article (`/sources` lists them)');
		const two = datasetFixture({
			sources: [fixtureSource(), fixtureSource({ id: '001_second.txt' })],
			sourceTexts: new Map([
				[
					FIXTURE_SOURCE,
					'ASTANA, 25 November 2025. The presidents held talks at the Akorda and signed a Joint Statement.',
				],
				['001_second.txt', 'ASTANA, 25 November 2025.'],
			]),
		});
		expect(execute(INPUT, contextOf(new Engine(validateDataset(two)))).embeds[0]?.description).toContain(
			'the 2 source articles',
		);
	});
});
