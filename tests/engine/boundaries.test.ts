/**
 * The engine knows no front end: nothing under src/engine/ imports from the bot, Discord, the renderers, the console,
 * the CLI, the daily posts or the commands. (Not a mirror of one module: a rule over the whole folder.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE = fileURLToPath(new URL('../../src/engine/', import.meta.url));
const FORBIDDEN = /^(\.\.\/)+(discord|bot|render|console|cli|daily|commands)\//u;

function sourceFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? sourceFiles(join(directory, entry.name))
			: entry.name.endsWith('.ts')
				? [join(directory, entry.name)]
				: [],
	);
}

describe('src/engine imports', () => {
	it('reach nothing of the bot, Discord, the renderers, the console, the CLI, the daily posts or the commands', () => {
		const offending = sourceFiles(ENGINE).flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/gu)]
				.map((match) => match[1] ?? '')
				.filter((specifier) => FORBIDDEN.test(specifier) || specifier === 'discord.js')
				.map((specifier) => `${relative(ENGINE, file)} → ${specifier}`),
		);
		expect(offending).toEqual([]);
	});
});
