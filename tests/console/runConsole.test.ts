import { Writable } from 'node:stream';
import { SlashCommandBuilder } from '@discordjs/builders';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { GENERIC_ERROR } from '../../src/bot/messages.js';
import { ConsoleSession } from '../../src/console/runConsole.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';

let session: ConsoleSession;
let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
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

	it('checks a text against the sources with /check, as Apps → Check against sources does a message', async () => {
		const text = await session.run('/check text:25 documents were signed in Ashgabat.');
		expect(text).toContain('(only you can see this)');
		expect(text).toContain('❌ Contradicted: “25 documents were signed in Ashgabat.”');
		expect(text).toContain('(25 October 2021, Ashgabat), not 25.');
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

	it('says so when there is no page in that direction', async () => {
		await session.run('/agreement query:doc-2021-border-regime');
		expect(await session.run('next')).toBe('There is no page in that direction.');
	});

	it('shows the choices of an option inside a subcommand', async () => {
		expect(await session.run('/daily set channel:#1 time:09:00 timezone:Asia/Alm?')).toContain(
			'Asia/Almaty  →  Asia/Almaty',
		);
	});

	it("answers a command that throws with the router's generic error, and the router logs it", async () => {
		const lines: Record<string, unknown>[] = [];
		const sink = new Writable({
			write(chunk: Buffer, _encoding, done) {
				lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
				done();
			},
		});
		const broken = new ConsoleSession(
			new Map([
				[
					'boom',
					{
						data: new SlashCommandBuilder().setName('boom').setDescription('Throws'),
						execute: () => {
							throw new Error('kaboom');
						},
					},
				],
			]),
			{ engine, logger: createLogger('info', sink), now: () => new Date('2026-01-01') },
		);
		expect(await broken.run('/boom')).toBe(`(only you can see this)\n\n${GENERIC_ERROR}`);
		expect(lines).toContainEqual(expect.objectContaining({ event: 'interaction', command: 'boom', outcome: 'error' }));
	});
});
