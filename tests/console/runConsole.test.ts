import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { ConsoleSession } from '../../src/console/runConsole.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';

let session: ConsoleSession;

beforeAll(async () => {
	const engine = new Engine(await loadDataset());
	session = new ConsoleSession(loadCommands(), {
		engine,
		logger: createLogger('silent'),
		now: () => new Date('2026-01-01'),
	});
});

describe('ConsoleSession.run', () => {
	it('runs a slash command through the same handler as the bot and prints the reply', async () => {
		const text = await session.run('/agreement query:doc-2021-border-regime');
		expect(text).toContain('regime of the Kazakh-Turkmen state border');
		expect(text).toContain('Source: 002_bb1a33c2bc12b1c8.txt');
	});

	it('pages a list with next and prev', async () => {
		const first = await session.run('/agreement year:2021');
		expect(first).toContain('Page 1 of');
		expect(await session.run('next')).toContain('Page 2 of');
		expect(await session.run('prev')).toContain('Page 1 of');
	});

	it('shows autocomplete choices for a trailing question mark', async () => {
		expect(await session.run('/agreement query:bord?')).toContain('doc-2021-border-regime');
	});

	it('explains a mistyped command instead of failing', async () => {
		expect(await session.run('/agreemnt')).toBe('Unknown command /agreemnt. Type /help for the list.');
	});
});
