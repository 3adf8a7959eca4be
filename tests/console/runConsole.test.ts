import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { SlashCommandBuilder } from '@discordjs/builders';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { GENERIC_ERROR } from '../../src/bot/messages.js';
import { ConsoleSession } from '../../src/console/runConsole.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Country, DocumentKind, Sector } from '../../src/data/schema.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { type DailyPoster, DailyScheduler } from '../../src/daily/dailyScheduler.js';
import { DailyStore } from '../../src/daily/dailyStore.js';
import { fixtureEngine } from '../support/commandHarness.js';
import { fixtureDocument } from '../support/datasetFixture.js';
import { pngSize } from '../support/pngSize.js';

/** The console posts nothing. */
const NO_POSTS: DailyPoster = { send: () => Promise.reject(new Error('no posts in this test')) };

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
		expect(text).toContain('Source: nCa, 26 October 2021');
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

	it('takes the paging words in any case', async () => {
		await session.run('/agreement year:2021');
		expect(await session.run('NEXT')).toContain('Page 2 of');
		expect(await session.run('Prev')).toContain('Page 1 of');
		expect(await session.run('Next')).toContain('Page 2 of');
	});

	it('takes a fixed choice by the name Discord shows, as /help writes it', async () => {
		expect(await session.run('/agreement year:2021 kind:any memorandum sector:transport')).toMatch(/^■ 3 documents/u);
	});

	it('lists the fixed choices of an option for a trailing question mark, narrowed by what was typed', async () => {
		expect(await session.answer('/agreement country:tur?')).toEqual({
			text: '  Turkmenistan  →  Turkmenistan\n  Türkiye  →  Türkiye',
			kind: 'choices',
			replies: [],
		});
		expect(await session.run('/agreement kind:?')).toContain('  any memorandum  →  memorandum');
	});

	it('says what it could not run, apart from what the bot answered', async () => {
		expect(await session.answer('/agreement year:2021 year:2025')).toEqual({
			text: 'Give year once.',
			kind: 'refused',
			replies: [],
		});
		const answered = await session.answer('/agreement query:doc-2021-border-regime');
		expect([answered.kind, answered.replies.length]).toEqual(['reply', 1]);
	});

	it('shows autocomplete choices for a trailing question mark', async () => {
		expect(await session.run('/agreement query:bord?')).toContain('doc-2021-border-regime');
	});

	it('shows every country, as Discord lists the fixed choices, instead of running the command with "?"', async () => {
		const text = await session.run('/agreement country:?');
		expect(text.split('\n')).toEqual(Country.options.map((country) => `  ${country}  →  ${country}`));
		expect(await session.run('/figure country:tur?')).toBe('  Turkmenistan  →  Turkmenistan\n  Türkiye  →  Türkiye');
		expect(await session.run('/timeline country:?')).toContain('Azerbaijan');
	});

	it('shows every kind of document, "any memorandum" first, and narrows them by what is typed', async () => {
		const lines = (await session.run('/agreement kind:?')).split('\n');
		expect(lines[0]).toBe('  any memorandum  →  memorandum');
		expect(lines.length).toBe(DocumentKind.options.length);
		expect(await session.run('/agreement kind:mou?')).toBe(
			'  memorandum of understanding (MoU)  →  memorandum-of-understanding',
		);
	});

	it('shows 25 sectors and says how to reach the other six', async () => {
		const lines = (await session.run('/agreement sector:?')).split('\n');
		expect(lines.length).toBe(26);
		expect(lines.at(-1)).toBe(`… and ${Sector.options.length - 25} more: type to narrow`);
		const shown = lines.slice(0, 25).map((line) => line.split('  →  ')[1]);
		for (const hidden of Sector.options.filter((sector) => !shown.includes(sector)))
			expect((await session.run(`/agreement sector:${hidden}?`)).split('\n')[0]).toContain(`→  ${hidden}`);
	});

	it("shows the years the records carry for the year option, through the bot's autocomplete", async () => {
		const text = await session.run('/agreement year:202?');
		expect(text.split('\n')[0]).toBe('  2025  →  2025');
		expect(text).not.toContain('2017');
	});

	it('shows the labels that tell documents apart, and the word typed in each', async () => {
		expect(await session.run('/agreement query:vet?')).toBe(
			'  2025 · MoU · veterinary medicine · agriculture ministries  →  doc-2025-veterinary',
		);
		for (const line of (await session.run('/agreement query:bord?')).split('\n')) expect(line).toMatch(/border/iu);
	});

	it('explains a mistyped command instead of failing', async () => {
		expect(await session.run('/agreemnt')).toBe('Unknown command /agreemnt. Type /help for the list.');
	});

	it('says so when there is no page in that direction', async () => {
		await session.run('/agreement query:doc-2021-border-regime');
		expect(await session.run('next')).toBe('There is no page in that direction.');
	});

	it('sets the daily post in a channel named #research, and names it so in the replies', async () => {
		const store = DailyStore.open(':memory:');
		try {
			const now = (): Date => new Date('2026-03-02T03:00:00Z');
			const logger = createLogger('silent');
			const daily = new ConsoleSession(loadCommands(), {
				engine,
				logger,
				now,
				daily: { store, scheduler: new DailyScheduler({ store, engine, poster: NO_POSTS, now, logger }) },
			});
			expect(await daily.run('/daily set channel:#research time:09:00 timezone:Asia/Almaty')).toBe(
				'Daily facts will be posted in #research at 09:00 (Asia/Almaty). Next post: Monday, 2 March 2026 at 09:00.',
			);
			expect(await daily.run('/daily status')).toContain('Channel: #research');
			expect(store.getSettings('console')?.channelId).toMatch(/^\d{18}$/u);
		} finally {
			store.close();
		}
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

describe('ConsoleSession buttons', () => {
	/** The last line of a reply: its buttons, numbered. */
	const buttonLine = (text: string): string => text.split('\n').at(-1) ?? '';

	it("lists a visit's live buttons, numbered, under its reply", async () => {
		const text = await session.run('/visit which:Ashgabat');
		expect(buttonLine(text)).toBe(
			'[1] All 20 documents  [2] All 6 figures  [3] All 8 side events  [4] All 14 proposals  [5] All 7 follow-ups  [6] Show source  [7] More citations (7)  [8] Export documents (CSV, JSON) — type a number or a label to press it.',
		);
	});

	it('presses a button by its number or its label in any case, through the router, keeping the others live', async () => {
		await session.run('/visit which:Ashgabat');
		const figures = await session.run('2');
		expect(figures).toContain('(only you can see this)');
		expect(figures).toContain('■ State visit of Kassym-Jomart Tokayev to Turkmenistan: 6 figures');
		const documents = await session.run('ALL 20 documents');
		expect(documents).toContain('■ State visit of Kassym-Jomart Tokayev to Turkmenistan: 20 documents');
		expect(documents).toContain('20. Agreement of intent on the construction of a cable border crossing');
		expect(buttonLine(documents)).toMatch(/^\[1\] All 20 documents {2}/u);
	});

	it('asks which button is meant when the words begin several labels, and says when a number names none', async () => {
		await session.run('/visit which:Ashgabat');
		expect(await session.answer('all')).toEqual({
			text: 'Which one? [1] All 20 documents  [2] All 6 figures  [3] All 8 side events  [4] All 14 proposals  [5] All 7 follow-ups: type its number.',
			kind: 'refused',
			replies: [],
		});
		expect(await session.run('9')).toBe('There is no button [9].');
	});

	it('presses buttons it knows nothing of: the visits a year names, each showing its visit', async () => {
		const choice = await session.run('/visit which:2025');
		expect(choice).toContain('`2025` names 2 visits. Which one?');
		expect(buttonLine(choice)).toBe(
			'[1] Ankara, 29 July 2025 (year inferred)  [2] Astana, 24–25 November 2025 — type a number or a label to press it.',
		);
		const visit = await session.run('astana, 24–25 november 2025');
		expect(visit.split('\n')[0]).toBe('■ State visit of Serdar Berdimuhamedov to Kazakhstan');
		expect(visit).toContain('  Document list:\n    • Joint Statement\n');
	});

	it("presses an answer's Show source by its label, showing privately the paragraph with the quote in bold", async () => {
		await session.run('/ask question:Who awarded Tokayev the Bitaraplyk order?');
		const source = await session.run('show source');
		expect(source.split('\n')[0]).toBe('(only you can see this)');
		expect(source).toContain('■ nCa, 26 October 2021');
		expect(source).toMatch(/\*\*[^*]*Bitaraplyk[^*]*\*\*/u);
	});

	it('shares a private answer, which then names who asked and the question', async () => {
		const asked = await session.run('/ask question:Who awarded Tokayev the Bitaraplyk order? private:true');
		expect(asked.split('\n')[0]).toBe('(only you can see this)');
		expect(buttonLine(asked)).toBe(
			'[1] Share  [2] Show source  [3] More citations (1)  [4] Export (CSV, JSON) — type a number or a label to press it.',
		);
		const shared = await session.run('share');
		expect(shared.split('\n')[0]).toBe('Asked by @you: “Who awarded Tokayev the Bitaraplyk order?”');
		expect(shared).not.toContain('(only you can see this)');
	});
});

describe('ConsoleSession exports and charts', () => {
	it('saves the whole list as CSV and JSON on "export", and prints the paths', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'console-export-'));
		const local = new ConsoleSession(
			loadCommands(),
			{ engine, logger: createLogger('silent'), now: () => new Date() },
			dir,
		);
		const list = await local.run('/agreement year:2021');
		expect(list.split('\n').at(-1)).toBe('[1] Next ▶  [2] Export (CSV, JSON) — type a number or a label to press it.');
		const saved = await local.run('export');
		expect(saved).toContain(`Saved documents.csv: ${join(dir, 'documents.csv')}`);
		expect(saved).toContain(`Saved documents.json: ${join(dir, 'documents.json')}`);
		const total = engine.agreements(undefined, { year: 2021 });
		if (!total.ok) throw new Error('the filter is valid');
		expect(
			readFileSync(join(dir, 'documents.csv'), 'utf8')
				.split('\r\n')
				.filter((line) => line.startsWith('doc-')),
		).toHaveLength(total.total);
		// The list is still the one that pages.
		expect(await local.run('next')).toContain('Page 2 of');
	});

	it('saves the files of a button pressed by its number, as Discord would attach them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'console-export-'));
		const local = new ConsoleSession(
			loadCommands(),
			{ engine, logger: createLogger('silent'), now: () => new Date() },
			dir,
		);
		const visit = await local.run('/visit which:visit-2025-astana');
		const number = /\[(\d+)\] Export documents/u.exec(visit)?.[1] ?? '';
		expect(number).not.toBe('');
		const saved = await local.run(number);
		expect(saved).toContain(`Saved visit-2025-astana-documents.csv: ${join(dir, 'visit-2025-astana-documents.csv')}`);
		expect(readFileSync(join(dir, 'visit-2025-astana-documents.csv'), 'utf8').split('\r\n')[1]).toMatch(
			/^doc-2025-joint-statement,/u,
		);
	});

	it('saves the chart as PNG on "chart", and says so when a list has none', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'console-chart-'));
		const local = new ConsoleSession(
			loadCommands(),
			{ engine, logger: createLogger('silent'), now: () => new Date() },
			dir,
		);
		await local.run('/figure query:trade turnover');
		expect(await local.run('chart')).toContain(
			`Saved chart-trade-turnover.png: ${join(dir, 'chart-trade-turnover.png')}`,
		);
		expect(pngSize(readFileSync(join(dir, 'chart-trade-turnover.png'))).height).toBe(1120);
		await local.run('/agreement year:2021');
		expect(await local.run('chart')).toBe('There is no chart for this list.');
	}, 30_000);
});

// Last: an engine over a fixture installs its own name spellings process-wide (see DESIGN), so no test on the real
// dataset may follow it in this file.
describe('ConsoleSession buttons over a long list', () => {
	const buttonLine = (text: string): string => text.split('\n').at(-1) ?? '';

	it("turns the pages of a visit's whole list in place, still private, the visit's buttons still live", async () => {
		const local = new ConsoleSession(loadCommands(), {
			engine: fixtureEngine({
				documents: Array.from({ length: 90 }, (_, index) =>
					fixtureDocument({
						id: `doc-test-${index + 1}`,
						title: `Memorandum ${index + 1} ${'on cooperation '.repeat(8)}`,
						list: { name: 'l', position: index + 1 },
					}),
				),
			}),
			logger: createLogger('silent'),
			now: () => new Date('2026-01-01'),
		});
		await local.run('/visit which:Astana');
		const first = await local.run('all 90 documents');
		expect(first.split('\n')[0]).toBe('(only you can see this)');
		expect(first).toMatch(/\(Page 1 of (\d) · 90 documents\)/u);
		expect(buttonLine(first)).toBe(
			'[1] Next ▶  [2] All 90 documents  [3] Show source  [4] Export documents (CSV, JSON) — type a number or a label to press it.',
		);
		const second = await local.run('next');
		expect(second.split('\n')[0]).toBe('(only you can see this)');
		expect(second).toMatch(/\(Page 2 of \d · 90 documents\)/u);
		expect(buttonLine(second)).toMatch(/^\[1\] ◀ Previous {2}\[2\] Next ▶ {2}\[3\] All 90 documents {2}/u);
		expect(await local.run('prev')).toMatch(/\(Page 1 of \d · 90 documents\)/u);
	});
});
