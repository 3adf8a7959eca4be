import type { APIApplicationCommandOption, APIEmbedField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { execute } from '../../commands/help.js';
import { loadCommands } from '../../commands/index.js';
import { parseSlashLine } from '../../src/console/parseSlashLine.js';

const commands = loadCommands();
const definitions = new Map<string, readonly APIApplicationCommandOption[]>(
	[...commands].map(([name, command]) => [name, command.data.toJSON().options ?? []]),
);

function fields(): APIEmbedField[] {
	return execute().embeds[0]?.fields ?? [];
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
				const parsed = parseSlashLine(example, definitions);
				expect(parsed, example).toMatchObject({ ok: true, line: { name: commandOf(field) } });
			}
		}
	});

	it('replies privately', () => {
		expect(execute().ephemeral).toBe(true);
	});
});
